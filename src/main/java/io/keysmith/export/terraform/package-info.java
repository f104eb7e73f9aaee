/** Terraform export: {@code main.tf}, {@code variables.tf} and {@code outputs.tf}, formatted as {@code terraform fmt} would. */
package io.keysmith.export.terraform;
