#!/usr/bin/env bash
# Everything the tests need, then the whole suite: the venv, headless Chromium (report test),
# Label Studio in .labelstudio-venv (review round trip; the test starts and stops its own server),
# a real Neo4j 5.26 assembled from Maven Central and started on loopback; stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# unicode-data: the Unicode file tests check ingest/data/radicals.tsv against
if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi 'cjk\|wqy' \
    || [ ! -e /usr/share/unicode/EquivalentUnifiedIdeograph.txt ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk \
      unicode-data >/dev/null) || echo "warning: could not install chromium/fonts-noto-cjk/unicode-data" >&2
  fi
fi
# The tests' own Neo4j instance (own home, ports and credentials), never the analyst's .neo4j/.
export MCFGRAPH_NEO4J_HOME="$PWD/.neo4j-test"
unset NEO4J_URI NEO4J_USER NEO4J_PASSWORD NEO4J_DATABASE
bash scripts/labelstudio.sh
.venv/bin/mcfgraph neo4j install
.venv/bin/mcfgraph neo4j start
trap '.venv/bin/mcfgraph neo4j stop || true' EXIT
.venv/bin/ruff check .
.venv/bin/python -m pytest -q "$@"
