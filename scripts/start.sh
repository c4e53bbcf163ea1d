#!/usr/bin/env bash
# The one command to run the app: install what is missing, build the H5 app, serve it.
#   bash scripts/start.sh            → http://127.0.0.1:10086   (PORT=8080 bash scripts/start.sh to change)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup.sh
npm run build:h5
echo "start: open http://127.0.0.1:${PORT:-10086}/ (Ctrl+C to stop)"
exec node scripts/serve.mjs dist/h5
