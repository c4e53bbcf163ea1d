#!/usr/bin/env bash
# The one command to run the app: install what is missing, build the H5 app, serve it.
#   bash scripts/start.sh            → http://127.0.0.1:10086   (PORT=8080 bash scripts/start.sh to change)
#   bash scripts/start.sh --server   → the same app talking to a local server (PostgreSQL + Fastify, demo mode)
#                                      on http://127.0.0.1:8787 (SERVER_PORT), so several browsers share one truth;
#                                      Ctrl+C stops all three (KEEP_PG=1 leaves PostgreSQL running)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

case "${1:-}" in
  '') ;;
  --server) ;;
  *)
    echo "usage: bash scripts/start.sh [--server]" >&2
    exit 2
    ;;
esac

if [[ "${1:-}" != --server ]]; then
  bash scripts/setup.sh
  npm run build:h5
  echo "start: open http://127.0.0.1:${PORT:-10086}/ (Ctrl+C to stop)"
  exec node scripts/serve.mjs dist/h5
fi

# --server: PostgreSQL in .pg/ (scripts/pg.sh), the server in demo mode, the H5 built against it.
H5_PORT=${PORT:-10086}
SERVER_PORT=${SERVER_PORT:-8787}
H5_ORIGIN="http://127.0.0.1:${H5_PORT}"
SERVER_URL="http://127.0.0.1:${SERVER_PORT}"

bash scripts/setup.sh --server

# pg.sh prints the DATABASE_URL among its messages; take the last one it names.
pg_out=$(bash scripts/pg.sh start)
printf '%s\n' "$pg_out"
db_url=$(printf '%s\n' "$pg_out" | grep -o 'postgres\(ql\)\?://[^[:space:]]*' | tail -n 1 || true)
export DATABASE_URL="${DATABASE_URL:-${db_url:-postgres://linli@127.0.0.1:${PGPORT:-54329}/linli}}"

# Ctrl+C reaches this script (the server runs in its own session, out of the terminal's reach), which
# then stops the app's static server, the API server (gracefully) and PostgreSQL, in that order.
server_pid=
serve_pid=
cleanup() {
  if [[ -n $serve_pid ]]; then kill -TERM "$serve_pid" 2>/dev/null || true; fi
  if [[ -n $server_pid ]] && kill -0 -- "-$server_pid" 2>/dev/null; then
    # SIGTERM to its whole process group (npm does not pass it on): the server finishes in-flight calls.
    kill -TERM -- "-$server_pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 -- "-$server_pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$server_pid" 2>/dev/null || true
  fi
  if [[ ${KEEP_PG:-0} != 1 ]]; then bash scripts/pg.sh stop >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Sessions are signed with this secret; a new one per run only means each phone logs in again.
SESSION_SECRET=${SESSION_SECRET:-$(node -e "console.log(require('node:crypto').randomBytes(32).toString('hex'))")}
echo "start: server on ${SERVER_URL} (demo mode, database ${DATABASE_URL})"
# The server runs its schema migrations on start; the cloud loads the demo seed into an empty database.
DEMO_MODE=1 PORT="$SERVER_PORT" H5_ORIGIN="$H5_ORIGIN" SESSION_SECRET="$SESSION_SECRET" \
  setsid npm run --silent server &
server_pid=$!

# Wait for /healthz (it answers once the database does), then make one call as a demo resident:
# that proves migrations ran and the seed is in (and loads it now rather than on the first tap).
node - "$SERVER_URL" "$server_pid" <<'EOF'
const [url, pid] = process.argv.slice(2)
const alive = () => {
  try {
    process.kill(Number(pid), 0)
    return true
  } catch {
    return false
  }
}
const post = async (path, body, token) => {
  const headers = { 'Content-Type': 'application/json' }
  if (token) headers.Authorization = `Bearer ${token}`
  const res = await fetch(url + path, { method: 'POST', headers, body: JSON.stringify(body) })
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status} ${await res.text()}`)
  return res.json()
}
const deadline = Date.now() + 90_000
for (;;) {
  if (!alive()) {
    console.error('start: the server exited (see its log above)')
    process.exit(1)
  }
  const ok = await fetch(url + '/healthz').then((r) => r.ok, () => false)
  if (ok) break
  if (Date.now() > deadline) {
    console.error(`start: ${url}/healthz did not answer within 90 s`)
    process.exit(1)
  }
  await new Promise((r) => setTimeout(r, 500))
}
try {
  const { token } = await post('/api/session/demo', { openid: 'demo-resident-a' })
  const { result } = await post('/api/call', { name: 'news', data: { action: 'list' } }, token)
  if (!result?.ok) throw new Error(`news.list: ${JSON.stringify(result)}`)
  console.log(`start: server ready (${result.data.items.length} seeded news items on the first page)`)
} catch (err) {
  console.error(`start: the server answers but a demo call failed: ${err.message}`)
  process.exit(1)
}
EOF

# dist/h5 is now the server-mode build; a plain `start.sh` rebuilds the embedded one.
TARO_APP_CLOUD_URL="$SERVER_URL" npm run build:h5
echo "start: open ${H5_ORIGIN}/ — the app talks to ${SERVER_URL} (Ctrl+C stops the app, the server and PostgreSQL)"
PORT="$H5_PORT" node scripts/serve.mjs dist/h5 &
serve_pid=$!
# Whichever stops first (the static server, or the API server crashing) ends the run.
while kill -0 "$serve_pid" 2>/dev/null && kill -0 "$server_pid" 2>/dev/null; do sleep 1; done
kill -0 "$server_pid" 2>/dev/null || echo "start: the server stopped" >&2
kill -TERM "$serve_pid" 2>/dev/null || true
