/**
 * Code export: for every access pattern a ready-to-paste request in Java (AWS SDK v2),
 * TypeScript (AWS SDK v3) and Python (boto3), with expression attribute names and values filled.
 */
package io.keysmith.export.code;
