#!/usr/bin/env bash
# Process memory after each trial of a 20-trial Fashion-MNIST sweep (one epoch a trial, three
# optimizers, three widths), with a fresh study and cache, and the peak over the whole run.
# Prints JSON.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tool=src/TrainTasks.Cli/bin/Release/net10.0/dotnet-train.dll
dotnet build src/TrainTasks.Cli -c Release -nologo -v:q > /dev/null
/usr/bin/time -f '%M' -o "$work/peak" dotnet "$tool" sweep build/bench/memory.sweep.json \
  --cache-dir "$work/cache" --storage "$work/study.db" --out "$work/out" --progress plain -v detailed \
  > "$work/log"
after=$(grep -o 'process memory [0-9]* MB' "$work/log" | awk '{print $3}' | paste -sd, -)
peak=$(awk '{ printf "%d", $1 / 1024 }' "$work/peak")
printf '{"trials":20,"rss_mb_after_each_trial":[%s],"peak_rss_mb":%s}\n' "$after" "$peak"
