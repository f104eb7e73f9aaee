/**
 * IAM export: least-privilege policies per application role from the design's plans
 * ({@link io.keysmith.export.iam.IamPolicies}), written as policy documents and used by the
 * CloudFormation and Terraform exports when asked ({@code --iam}).
 */
package io.keysmith.export.iam;
