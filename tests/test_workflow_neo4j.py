"""Neo4j going away in the middle of an ingest (the real server, stopped and started again)."""

import shutil
from pathlib import Path

import pytest

from graph import neo4j_server
from graph.embedded import EmbeddedStore
from graph.export import canonical_json
from graph.neo4j_store import Neo4jStore, connection_settings
from workflows.ingest import ingest_paths

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.mark.neo4j
def test_server_stopped_mid_ingest_names_unwritten_documents_and_rerun_completes(
        tmp_path, neo4j_store, neo4j_home):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(3):
        for src in sorted(SAMPLES.glob("*.txt")):
            shutil.copy(src, corpus / f"{i}_{src.name}")
    store = Neo4jStore(**connection_settings(), max_retry_time=2.0)  # keep failing writes short
    seen = []

    def on_outcome(outcome):
        seen.append(outcome)
        if outcome.status == "written" and len([o for o in seen if o.status == "written"]) == 3:
            neo4j_server.stop(neo4j_home)

    try:
        summary = ingest_paths([corpus], store, on_outcome=on_outcome)
    finally:
        if not neo4j_server.status(neo4j_home)["running"]:
            neo4j_server.start(neo4j_home)
        store.close()
    written = [o.doc_id for o in summary.outcomes if o.status == "written"]
    failed = summary.failed
    assert len(written) == 3
    assert len(failed) == 6
    for o in failed:
        assert o.doc_id and o.doc_id in o.error, "the error names the document not written"

    # nothing half-written: Neo4j holds exactly what a clean run of the written documents gives
    with EmbeddedStore(tmp_path / "subset.db") as emb:
        ingest_paths([corpus / f"{doc_id}.txt" for doc_id in written], emb)
        assert canonical_json(neo4j_store.to_networkx()) == canonical_json(emb.to_networkx())

    # a re-run after the restart completes the job
    again = ingest_paths([corpus], neo4j_store)
    assert again.count("unchanged") == 3 and again.count("written") == 6 and not again.failed
    with EmbeddedStore(tmp_path / "full.db") as emb:
        ingest_paths([corpus], emb)
        assert canonical_json(neo4j_store.to_networkx()) == canonical_json(emb.to_networkx())
