#!/usr/bin/env bash
# Before the tests: the end-to-end tests drive Debian's Chromium and Firefox ESR.
# Installs whichever is missing (as root, or through sudo); says what to do where it cannot.
set -euo pipefail

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
firefox="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
missing=()
[ -x "$chromium" ] || missing+=(chromium)
[ -x "$firefox" ] || missing+=(firefox-esr)
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null; then
  echo "The browser tests need ${missing[*]}; install them, or set CHROMIUM_PATH / FIREFOX_PATH." >&2
  exit 1
fi
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
echo "Installing ${missing[*]} for the browser tests…"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
