#!/usr/bin/env bash
# Install what is missing, then run every check in CI order:
#   lint → typecheck → jest → test:pg (the cloud suite and the server's races and crash test on
#   PostgreSQL: the cluster of scripts/pg.sh, started here and stopped at the end) → build:weapp →
#   check:weapp → test:clocks (jest at four faked instants, the weapp check at 21:30 China time) →
#   build:h5 → build:h5:server → e2e (the project two-phones runs the server on PostgreSQL)   (npm run test:all)
# Ends with one summary line: "test-all: PASS …" or "test-all: FAIL at <stage> …".
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

start=$SECONDS
bash scripts/setup.sh --server

# PostgreSQL for test:pg; stopped on exit unless it was already running before us
if /usr/lib/postgresql/15/bin/pg_isready -q -h 127.0.0.1 -p "${PGPORT:-54329}"; then
  bash scripts/pg.sh start
else
  trap 'bash scripts/pg.sh stop >/dev/null || true' EXIT
  bash scripts/pg.sh start
fi

mkdir -p artifacts
log=artifacts/test-all.log
set +e
npm run test:all 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
set -e

elapsed=$((SECONDS - start))
e2e=$(grep -E '^e2e: [0-9]+ passed, [0-9]+ failed$' "$log" | tail -n1 || true)
if ((rc == 0)); then
  echo "test-all: PASS in ${elapsed}s (lint, typecheck, jest, test:pg, build:weapp, check:weapp, test:clocks, build:h5, build:h5:server, e2e)${e2e:+; $e2e}"
else
  # npm prints "> name@version <script>" before each script it runs: the last one is where it stopped.
  stage=$(grep -oE '^> [^ ]+ (lint|typecheck|test|test:pg|build:weapp|check:weapp|test:clocks|build:h5|build:h5:server|e2e)$' "$log" | tail -n1 | awk '{print $3}' || true)
  echo "test-all: FAIL at ${stage:-setup} (exit $rc) after ${elapsed}s; full log: $log${e2e:+; $e2e}"
fi
exit "$rc"
