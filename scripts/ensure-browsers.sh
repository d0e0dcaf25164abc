#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium and Firefox ESR. Run first by `npm test`: installs
# whichever is missing when run as root (a fresh CI machine), else stops at once saying what to run,
# so a missing browser never surfaces later as a failed launch in the middle of the tests.
set -euo pipefail

browsers=(chromium firefox-esr)
missing=()
for browser in "${browsers[@]}"; do
  command -v "$browser" >/dev/null 2>&1 || missing+=("$browser")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "npm test needs ${missing[*]}: run as root 'apt-get update && apt-get install -y ${missing[*]}', then npm test again" >&2
  exit 1
fi
echo "ensure-browsers: installing ${missing[*]} from Debian's packages"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
