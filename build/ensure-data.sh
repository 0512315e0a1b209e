#!/usr/bin/env bash
# Makes sure Debian's Fashion-MNIST package is installed: installs it when we can (as root),
# otherwise says exactly what to run.
set -euo pipefail
dir=/usr/share/datasets/fashion-mnist
if [ -f "$dir/train-images-idx3-ubyte.gz" ] && [ -f "$dir/t10k-labels-idx1-ubyte.gz" ]; then
  echo "Fashion-MNIST: found in $dir"
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Fashion-MNIST: installing the Debian package dataset-fashion-mnist"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dataset-fashion-mnist
  exit 0
fi
echo "Fashion-MNIST is missing from $dir. Install it with:" >&2
echo "  sudo apt-get install -y dataset-fashion-mnist" >&2
exit 1
