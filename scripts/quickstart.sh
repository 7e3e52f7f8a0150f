#!/usr/bin/env bash
# The main job on the embedded default store: install, ingest the bundled sample corpus into
# ./mcfgraph.db, print what was found. No server needed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/mcfgraph run samples/ "$@"
