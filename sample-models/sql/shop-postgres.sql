-- An online shop's PostgreSQL schema, as its migrations leave it (pg_dump style in places).
-- Imported into ../shop-from-postgres.json with:
--   java -jar target/keysmith.jar import sample-models/sql/shop-postgres.sql \
--        --queries sample-models/sql/shop-queries.sql -o sample-models/shop-from-postgres.json

SET statement_timeout = 0;
SET client_encoding = 'UTF8';
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE SCHEMA IF NOT EXISTS shop;

CREATE TYPE shop.order_status AS ENUM ('PLACED', 'PAID', 'SHIPPED', 'DELIVERED', 'CANCELLED');

CREATE TABLE shop.customers (
    customer_id   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email         varchar(320) NOT NULL UNIQUE,
    full_name     text NOT NULL,
    phone         text,
    marketing_opt_in boolean NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE shop.customers IS 'People who can sign in and order';
COMMENT ON COLUMN shop.customers.email IS 'Login, unique without regard to case';

CREATE TABLE shop.addresses (
    address_id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id   uuid NOT NULL REFERENCES shop.customers (customer_id) ON DELETE CASCADE,
    label         text NOT NULL DEFAULT 'home',
    line1         text NOT NULL,
    city          text NOT NULL,
    postal_code   text NOT NULL,
    country       char(2) NOT NULL
);
CREATE INDEX addresses_customer_idx ON shop.addresses USING btree (customer_id);

-- Categories nest: a category may have a parent category.
CREATE TABLE shop.categories (
    category_id   integer PRIMARY KEY,
    parent_id     integer REFERENCES shop.categories (category_id),
    "name"        text NOT NULL,
    slug          text NOT NULL,
    CONSTRAINT categories_slug_key UNIQUE (slug)
);

CREATE TABLE shop.products (
    product_id    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    sku           text NOT NULL,
    category_id   integer NOT NULL,
    title         text NOT NULL,
    description   text,
    unit_price    numeric(10,2) NOT NULL CHECK (unit_price >= 0),
    status        text NOT NULL DEFAULT 'DRAFT',
    attributes    jsonb NOT NULL DEFAULT '{}'::jsonb,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT products_status_check CHECK (status = ANY (ARRAY['DRAFT'::text, 'ACTIVE'::text, 'RETIRED'::text]))
);
ALTER TABLE ONLY shop.products ADD CONSTRAINT products_sku_key UNIQUE (sku);
ALTER TABLE ONLY shop.products
    ADD CONSTRAINT products_category_fk FOREIGN KEY (category_id) REFERENCES shop.categories(category_id);
CREATE INDEX products_category_price_idx ON shop.products (category_id, unit_price);
CREATE INDEX products_attributes_gin ON shop.products USING gin (attributes);

CREATE TABLE shop.tags (
    tag_id        serial PRIMARY KEY,
    label         text NOT NULL UNIQUE
);

-- A pure join table: products carry many tags, a tag marks many products.
CREATE TABLE shop.product_tags (
    product_id    uuid NOT NULL REFERENCES shop.products ON DELETE CASCADE,
    tag_id        integer NOT NULL REFERENCES shop.tags ON DELETE CASCADE,
    PRIMARY KEY (product_id, tag_id)
);

CREATE TABLE shop.orders (
    order_id      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    customer_id   uuid NOT NULL,
    status        shop.order_status NOT NULL DEFAULT 'PLACED',
    placed_at     timestamptz NOT NULL DEFAULT now(),
    total         numeric(12,2) NOT NULL,
    shipping_address_id bigint REFERENCES shop.addresses (address_id),
    CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES shop.customers (customer_id)
);
CREATE INDEX orders_customer_placed_idx ON shop.orders (customer_id, placed_at DESC);

-- Lines of an order: a composite primary key.
CREATE TABLE shop.order_items (
    order_id      uuid NOT NULL REFERENCES shop.orders (order_id) ON DELETE CASCADE,
    line_no       smallint NOT NULL,
    product_id    uuid NOT NULL REFERENCES shop.products (product_id),
    quantity      integer NOT NULL CHECK (quantity > 0),
    unit_price    numeric(10,2) NOT NULL,
    PRIMARY KEY (order_id, line_no)
);

-- At most one payment per order (a one-to-one).
CREATE TABLE shop.payments (
    payment_id    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    order_id      uuid NOT NULL UNIQUE REFERENCES shop.orders (order_id),
    provider      text NOT NULL CHECK (provider IN ('card', 'paypal', 'invoice')),
    amount        numeric(12,2) NOT NULL,
    captured_at   timestamptz
);

CREATE TABLE shop.reviews (
    review_id     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    product_id    uuid NOT NULL REFERENCES shop.products (product_id),
    customer_id   uuid NOT NULL REFERENCES shop.customers (customer_id),
    rating        smallint NOT NULL CHECK (rating IN (1, 2, 3, 4, 5)),
    body          text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (product_id, customer_id)
);
CREATE INDEX reviews_product_created_idx ON shop.reviews (product_id, created_at DESC);

CREATE FUNCTION shop.touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now(); -- a semicolon inside the body
    RETURN NEW;
END;
$$;
CREATE TRIGGER products_touch BEFORE UPDATE ON shop.products
    FOR EACH ROW EXECUTE FUNCTION shop.touch_updated_at();
ALTER TABLE shop.products OWNER TO shop_owner;
GRANT SELECT ON ALL TABLES IN SCHEMA shop TO shop_reader;
