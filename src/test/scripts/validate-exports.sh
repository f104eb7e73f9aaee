#!/usr/bin/env bash
# Exports CloudFormation (YAML, JSON) and Terraform for every sample model (in both styles), every benchmark model
# (designed by the engine) and every benchmark expert design, then runs the offline validators.
# Usage: src/test/scripts/validate-exports.sh [VALIDATORS_DIR] [BENCHMARK_DIR]   (after mvn package)
set -u
cd "$(dirname "$0")/../../.."
V=${1:-../shared/tools/validators}
B=${2:-../shared/benchmark}
OUT=$(mktemp -d)
JAR=target/keysmith.jar
pass=0; fail=0
check() { # name, input, extra args...
  local name=$1 input=$2; shift 2
  for fmt in cloudformation cloudformation-json terraform; do
    local dir="$OUT/$name/$fmt"
    if ! java -jar "$JAR" export "$input" --to "$fmt" -o "$dir" "$@" >/dev/null 2>"$OUT/err"; then
      echo "EXPORT FAILED $name $fmt: $(cat "$OUT/err")"; fail=$((fail+1)); continue
    fi
    if [ "$fmt" = terraform ]; then
      "$V/validate-tf" --strict "$dir" >"$OUT/log" 2>&1
    else
      "$V/validate-cfn" --strict --cfn-lint=require "$dir"/* >"$OUT/log" 2>&1
    fi
    if [ $? -eq 0 ]; then pass=$((pass+1)); else fail=$((fail+1)); echo "INVALID $name $fmt"; cat "$OUT/log"; fi
  done
}
for m in sample-models/*.json; do check "sample-$(basename "$m" .json)" "$m"; done
# the multi-table style: one table per entity plus the markers' table, all in one template or module
for m in sample-models/*.json; do check "sample-$(basename "$m" .json)-multi-table" "$m" --style multi-table; done
if [ -d "$B" ]; then
  for m in "$B"/*.model.json; do check "bench-$(basename "$m" .model.json)" "$m"; done
  for d in "$B"/*.expert.json; do check "expert-$(basename "$d" .expert.json)" "$d"; done
fi
echo "validated: $pass passed, $fail failed (outputs in $OUT)"
[ $fail -eq 0 ]
