#!/usr/bin/env bash
# The repository's pipeline. With no argument it runs the Fashion-MNIST example; otherwise
# the argument names a target of build/build.proj: example-ridge, test, build, pack, bench,
# bench-samplers, bench-hyperlr, check.
set -euo pipefail
cd "$(dirname "$0")"
target=${1:-example}
shift || true
case "$target" in
  example) msbuild_target=Example ;;
  example-ridge) msbuild_target=ExampleRidge ;;
  test) msbuild_target=Test ;;
  build) msbuild_target=Build ;;
  pack) msbuild_target=Pack ;;
  bench) msbuild_target=Bench ;;
  bench-samplers) msbuild_target=BenchSamplers ;;
  bench-hyperlr) msbuild_target=BenchHyperLr ;;
  check) msbuild_target=Check ;;
  *) echo "usage: ./build.sh [example|example-ridge|test|build|pack|bench|bench-samplers|bench-hyperlr|check] [msbuild options]" >&2; exit 2 ;;
esac
exec dotnet msbuild build/build.proj -t:"$msbuild_target" -nologo -v:minimal "$@"
