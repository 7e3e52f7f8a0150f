"""ux3: `ingest --force` extracts an unchanged file again.

Found after this round's gloss changes: a store written before kept 乌审旗 "Wushen Qi"; `mcfgraph
ingest DIR --force` reported every file unchanged and wrote nothing, so an upgrade's rules and
glosses reached an existing store only by `clear` and a new ingest. Invented text.
"""

from __future__ import annotations

from graph.embedded import EmbeddedStore
from workflows.ingest import ingest_paths


def test_force_writes_an_unchanged_file_again(tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "q1.txt").write_text("青松市委与青松军分区召开军地联席会议。", encoding="utf-8")
    store = EmbeddedStore(tmp_path / "g.db")
    assert ingest_paths([texts], store).count("written") == 1
    assert ingest_paths([texts], store).count("unchanged") == 1
    again = ingest_paths([texts], store, force=True)
    assert again.count("written") == 1 and again.count("unchanged") == 0
    store.close()
