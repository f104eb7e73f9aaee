variable "small_shop_table_name" {
  description = "Name of the SmallShop DynamoDB table"
  type        = string
  default     = "SmallShop"
}
