"""ux3: a Cypher result read at 80 columns.

Found on the trial's Neo4j store: `mcfgraph cypher --saved brokers` gave each of seven columns the
same width, so English names broke inside words ("High-leve / l Forum", "Technolog / y") while
columns of small numbers took as much room, and a header such as military_ties_it_bridges could
not wrap at all. A result wider than the terminal allows (16 characters a column) is now printed one
block a row, column name then value, as psql -x does. Invented rows; no server needed.
"""

from __future__ import annotations

import io

from rich.console import Console

import cli_cypher


def test_text_columns_wrap_between_words_at_80(monkeypatch):
    buf = io.StringIO()
    monkeypatch.setattr(cli_cypher, "out", Console(width=80, file=buf))
    monkeypatch.setattr(cli_cypher, "err", Console(width=80, file=io.StringIO()))
    columns = ["key", "name", "gloss", "side", "military_ties", "civilian_ties", "military_ties_it_bridges"]
    rows = [["青松军民融合高层论坛", "青松军民融合高层论坛",
             "Qingsong MCF High-level Forum Technology Achievements",
             "neutral", 3, 5, 3]]
    cli_cypher._print_rows(columns, rows, "Brokers", as_json=False)
    text = buf.getvalue()
    for word in ("High-level", "Technology", "Achievements", "neutral"):
        assert word in text, (word, text)
    assert "bridges" in text
