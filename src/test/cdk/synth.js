// Synthesizes CDK apps compiled in place: for each folder given, runs its bin/app.js (which calls
// app.synth()) with CDK_OUTDIR set to the folder's cdk.out, as the CDK CLI would. One process for
// all of them: aws-cdk-lib loads once (every folder's node_modules links to this one).
"use strict";
const path = require("path");

for (const folder of process.argv.slice(2)) {
  const app = path.resolve(folder, "bin", "app.js");
  process.env.CDK_OUTDIR = path.resolve(folder, "cdk.out");
  try {
    require(app);
  } catch (error) {
    console.error(`${folder}: ${error && error.stack ? error.stack : error}`);
    process.exitCode = 1;
  }
}
