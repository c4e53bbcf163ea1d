#!/usr/bin/env bash
# Idempotent install of everything the app, its tests and the H5 e2e run need:
#   - Debian packages: chromium (e2e browser), fonts-noto-cjk (Chinese text in screenshots),
#     faketime (jest and the weapp check at fixed instants: scripts/test-clocks.sh)
#   - node_modules via `npm ci`, when missing or older than package-lock.json
#   - with --server (scripts/start.sh --server): also Debian's postgresql (initdb, pg_ctl for scripts/pg.sh)
# Safe to run again and again: it does nothing when all is in place.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

APT_PACKAGES=(chromium fonts-noto-cjk faketime)
if [[ "${1:-}" == --server ]]; then APT_PACKAGES+=(postgresql); fi

is_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  is_installed "$pkg" || missing+=("$pkg")
done

if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]]; then
    SUDO=()
  elif command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
  else
    echo "setup: need root (or sudo) to install: ${missing[*]}" >&2
    exit 1
  fi
  echo "setup: installing ${missing[*]} (apt)"
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "setup: apt packages present (${APT_PACKAGES[*]})"
fi

# npm writes node_modules/.package-lock.json on every install: use it as the install stamp.
stamp=node_modules/.package-lock.json
if [[ ! -d node_modules || ! -f $stamp || package-lock.json -nt $stamp ]]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund
else
  echo "setup: node_modules up to date with package-lock.json"
fi
