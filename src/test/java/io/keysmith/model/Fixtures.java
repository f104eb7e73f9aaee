package io.keysmith.model;

/** Small models written inline for the model tests. */
final class Fixtures {
    private Fixtures() {
    }

    static final String SHOP = """
            {
              "format": "keysmith-model/1",
              "name": "Shop",
              "entities": [
                { "name": "Customer", "attributes": [
                    { "name": "customerId", "type": "string", "identifier": true },
                    { "name": "email", "type": "string", "unique": true } ] },
                { "name": "Order", "attributes": [
                    { "name": "orderId", "type": "string", "identifier": true },
                    { "name": "customerId", "type": "string" },
                    { "name": "orderDate", "type": "datetime" },
                    { "name": "status", "type": "string", "values": ["PLACED", "SHIPPED"] } ] }
              ],
              "relationships": [
                { "from": "Customer", "to": "Order", "cardinality": "one-to-many", "foreignKey": "customerId" }
              ],
              "accessPatterns": [
                { "id": "AP1", "name": "Customer by id", "type": "read", "entity": "Customer",
                  "where": [ { "attribute": "customerId", "op": "=" } ] },
                { "id": "AP2", "name": "Orders of a customer", "type": "read", "entity": "Order",
                  "where": [ { "attribute": "customerId", "op": "=" }, { "attribute": "orderDate", "op": "between" } ],
                  "orderBy": { "attribute": "orderDate", "direction": "desc" } },
                { "id": "AP3", "name": "Place an order", "type": "create", "entity": "Order" }
              ]
            }
            """;
}
