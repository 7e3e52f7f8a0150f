#!/usr/bin/env bash
# Label Studio (PyPI `label-studio` 1.23.x) in its own virtualenv, .labelstudio-venv/, for the
# review round-trip test (tests/test_labelstudio_server.py). Its Django stack would clash with
# mcfgraph's own dependencies, so it never goes into .venv. Created only when missing; a venv
# left half-made by an interrupted install (no .installed marker) is made again.
# Its database schema (~200 Django migrations, minutes on a busy machine) is built once here into
# a template database that each test server copies, so a server start takes seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.labelstudio-venv
if [ -f "$VENV/.installed" ] && [ -x "$VENV/bin/label-studio" ]; then
  exit 0
fi
PY=${PYTHON:-python3}
start=$(date +%s)
rm -rf "$VENV"
"$PY" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip >/dev/null
# sentry-sdk 3.x (now what pip picks) rejects options label-studio 1.23 passes (send_default_pii): its server fails to start
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check 'label-studio>=1.23,<1.24' 'sentry-sdk<3'
# (the data dir by environment too: LS creates its settings' data dir on import, before --data-dir)
LABEL_STUDIO_BASE_DATA_DIR="$PWD/$VENV/template-data" LABEL_STUDIO_LATEST_VERSION_CHECK=false \
  LABEL_STUDIO_COLLECT_ANALYTICS=false "$VENV/bin/label-studio" version --data-dir "$VENV/template-data" >/dev/null
test -s "$VENV/template-data/label_studio.sqlite3"
touch "$VENV/.installed"
echo "label-studio installed in $VENV in $(( $(date +%s) - start )) s" >&2
