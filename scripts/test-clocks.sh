#!/usr/bin/env bash
# No test may read the wall clock: run jest again at four instants that have broken date code
# before, and the weapp check at 21:30 China time (after the day's last shuttle), all under
# Debian's libfaketime. FAKETIME_DONT_FAKE_MONOTONIC keeps Node's timers running.
# Usage: bash scripts/test-clocks.sh [jest|weapp]   (default: both; the weapp check needs build:weapp)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

JEST_INSTANTS=(
  2027-03-15T23:40:00+08:00 # late evening: China's date is ahead of UTC's by a day
  2027-07-20T21:30:00+08:00 # grape season, after the day's last shuttle
  2027-12-31T23:30:00+08:00 # New Year's Eve: the year differs between UTC and China
  2028-02-29T12:00:00+08:00 # leap day
)
WEAPP_INSTANT=2027-07-20T21:30:00+08:00
what=${1:-all}

at() {
  local instant=$1
  shift
  local seen
  seen=$(FAKETIME_DONT_FAKE_MONOTONIC=1 faketime "$instant" node -e 'process.stdout.write(new Date().toISOString())')
  local want
  want=$(date -u -d "$instant" +%Y-%m-%dT%H:%M)
  if [[ $seen != "$want"* ]]; then
    echo "test-clocks: faketime did not take (wanted $want, node saw $seen)" >&2
    return 1
  fi
  echo "== at $instant (node sees $seen) : $*"
  FAKETIME_DONT_FAKE_MONOTONIC=1 faketime "$instant" "$@"
}

command -v faketime >/dev/null || { echo "test-clocks: faketime missing (bash scripts/setup.sh installs it)" >&2; exit 1; }
if [[ $what == all || $what == jest ]]; then
  for instant in "${JEST_INSTANTS[@]}"; do at "$instant" npx jest; done
fi
if [[ $what == all || $what == weapp ]]; then
  at "$WEAPP_INSTANT" node scripts/weapp-check.mjs --report artifacts/weapp-report-2130.json
fi
