#!/usr/bin/env bash
# Create .venv (Python 3.11+) and install mcfgraph with its test tools. Safe to re-run.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "mcfgraph needs Python 3.11+")'
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip >/dev/null
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[test]"
# the CC-CEDICT name dictionary of the recogniser, built once from the installed package (offline)
.venv/bin/python scripts/build_cedict_names.py >/dev/null
