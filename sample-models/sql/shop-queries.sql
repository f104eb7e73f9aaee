-- The shop application's statements, as its data-access layer sends them, with peak rates.

-- Sign-in: look a customer up by email.
SELECT customer_id, full_name FROM shop.customers WHERE email = ?; -- rate: 40/s

-- Product page: the product with its reviews.
SELECT * FROM shop.products p WHERE p.product_id = $1; -- rate: 300/s
SELECT r.* FROM shop.reviews r WHERE r.product_id = $1 ORDER BY r.created_at DESC LIMIT 20; -- rate: 250/s

-- Category page, cheapest first, within a price range.
SELECT * FROM shop.products
 WHERE category_id = :category AND unit_price BETWEEN :low AND :high AND status = 'ACTIVE'
 ORDER BY unit_price
 LIMIT 50; -- rate: 120/s

-- "My orders": a customer's latest orders.
SELECT o.order_id, o.status, o.placed_at, o.total
  FROM shop.orders o
 WHERE o.customer_id = ? AND o.placed_at > ?
 ORDER BY o.placed_at DESC
 LIMIT 10; -- rate: 60/s

-- Order page: the order with its lines and payment.
SELECT * FROM shop.orders o
  JOIN shop.order_items i ON i.order_id = o.order_id
  LEFT JOIN shop.payments p ON p.order_id = o.order_id
 WHERE o.order_id = ?; -- rate: 80/s

-- Checkout.
INSERT INTO shop.orders (order_id, customer_id, status, total) VALUES (?, ?, 'PLACED', ?); -- rate: 15/s
INSERT INTO shop.order_items (order_id, line_no, product_id, quantity, unit_price) VALUES (?, ?, ?, ?, ?); -- rate: 45/s
INSERT INTO shop.payments (payment_id, order_id, provider, amount) VALUES (?, ?, ?, ?); -- rate: 15/s
UPDATE shop.orders SET status = 'PAID' WHERE order_id = ?; -- rate: 15/s

-- Fulfilment.
UPDATE shop.orders SET status = ? WHERE order_id = ?; -- rate: 20/s
UPDATE shop.products SET unit_price = ?, updated_at = now() WHERE sku = ?; -- rate: 2/min
DELETE FROM shop.addresses WHERE address_id = ?; -- rate: 1/min

-- Reports the back office runs: no key can serve these, and the import says why.
SELECT status, count(*) FROM shop.orders GROUP BY status; -- rate: 1/min
SELECT * FROM shop.customers WHERE email LIKE '%@example.com' OR phone IS NULL; -- rate: 1/h
