/** CloudFormation export: one {@code AWS::DynamoDB::Table} per design table, as YAML or JSON. */
package io.keysmith.export.cloudformation;
