#!/usr/bin/env bash
# Wall time of a no-change `dotnet build` of the Fashion-MNIST example against the same project
# with TrainTasks removed (no package reference, no sweep), alternating runs in one session.
# Needs a finished `./build.sh` first, so the example is up to date. Prints JSON.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
example=examples/FashionMnist
baseline=$(mktemp -d)
trap 'rm -rf "$baseline"' EXIT
cp "$example/Program.cs" "$baseline/"
grep -v -E 'TrainTasks.MSBuild|TrainingSweep|dotnet build tunes' "$example/FashionMnist.csproj" > "$baseline/FashionMnist.csproj"
echo '<Project />' > "$baseline/Directory.Build.props"
echo '<Project />' > "$baseline/Directory.Packages.props"

build() { dotnet build "$1" -c Release -nologo -v:q -p:TrainTasksProgressImportance=low > /dev/null; }
seconds() {
  local start end
  start=$(date +%s.%N)
  build "$1"
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }'
}

build "$example"
build "$baseline"
with=() without=()
for _ in $(seq "$runs"); do
  with+=("$(seconds "$example")")
  without+=("$(seconds "$baseline")")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
m_with=$(median "${with[@]}")
m_without=$(median "${without[@]}")
ratio=$(awk -v a="$m_with" -v b="$m_without" 'BEGIN { printf "%.3f", a / b }')
printf '{"runs":%d,"with_traintasks_median_seconds":%s,"without_traintasks_median_seconds":%s,"ratio":%s}\n' \
  "$runs" "$m_with" "$m_without" "$ratio"
