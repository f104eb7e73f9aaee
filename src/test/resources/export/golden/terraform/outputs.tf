output "small_shop_table_name" {
  description = "Name of the SmallShop table"
  value       = aws_dynamodb_table.small_shop.name
}

output "small_shop_table_arn" {
  description = "ARN of the SmallShop table"
  value       = aws_dynamodb_table.small_shop.arn
}

output "small_shop_stream_arn" {
  description = "ARN of the SmallShop table's stream"
  value       = aws_dynamodb_table.small_shop.stream_arn
}
