#!/usr/bin/env bash
# Totals the TRX files of one test run into a single closing line: "N passed, N failed, N skipped".
set -euo pipefail
dir=${1:?usage: summarize-tests.sh RESULTS_DIR}
passed=0 failed=0 skipped=0 files=0
shopt -s nullglob
for trx in "$dir"/*.trx; do
  files=$((files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  value() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  skipped=$((skipped + $(value notExecuted)))
done
echo "Test projects reported: $files"
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$files" -eq 0 ] || [ $((passed + failed)) -eq 0 ]; then
  echo "No test ran." >&2
  exit 1
fi
