"""The ingest workflow end to end on the embedded store: idempotency, replace-on-change, bad input,
and a kill -9 in the middle of a batch."""

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from graph.embedded import EmbeddedStore
from graph.export import canonical_json
from workflows.ingest import ingest_paths

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


@pytest.fixture
def store(tmp_path):
    s = EmbeddedStore(tmp_path / "g.db")
    yield s
    s.close()


def test_sample_corpus_ingests_and_reingest_changes_nothing(store):
    first = ingest_paths([SAMPLES], store)
    assert first.count("written") == 3 and not first.failed
    counts = store.counts()
    assert counts["nodes"] > 30 and counts["relationships"] > 10
    export = canonical_json(store.to_networkx())
    second = ingest_paths([SAMPLES], store)
    assert second.count("unchanged") == 3
    assert canonical_json(store.to_networkx()) == export


def test_changed_file_replaces_its_facts(tmp_path, store):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    doc = corpus / "s001.txt"
    shutil.copy(SAMPLES / "s001.txt", doc)
    ingest_paths([corpus], store)
    assert "张丽华" in store.to_networkx()
    text = doc.read_text(encoding="utf-8").replace("张丽华", "王建国")
    doc.write_text(text, encoding="utf-8")
    summary = ingest_paths([corpus], store)
    assert summary.count("written") == 1
    g = store.to_networkx()
    assert "张丽华" not in g
    assert "王建国" in g
    assert not any("张丽华" in ev["sentence"] for _, _, d in g.edges(data=True) for ev in d["evidence"])


def test_bad_files_are_reported_and_the_batch_goes_on(tmp_path, store):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SAMPLES / "s001.txt", corpus / "good.txt")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "english.txt").write_text("No Chinese here at all.", encoding="utf-8")
    summary = ingest_paths([corpus], store)
    assert summary.count("written") == 1
    failed = {Path(o.path).name: o.error for o in summary.failed}
    assert set(failed) == {"empty.txt", "english.txt"}
    assert all(name in err for name, err in failed.items())
    assert store.counts()["documents"] == 1


def _doc_contributions(db: Path) -> dict[str, tuple[int, int]]:
    con = sqlite3.connect(db)
    try:
        docs = [r[0] for r in con.execute("SELECT id FROM documents")]
        return {d: (con.execute("SELECT count(*) FROM node_contrib WHERE doc_id=?", (d,)).fetchone()[0],
                    con.execute("SELECT count(*) FROM edge_evidence WHERE doc_id=?", (d,)).fetchone()[0])
                for d in docs}
    finally:
        con.close()


def test_kill_9_mid_batch_leaves_whole_documents_and_a_rerun_completes(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(30):
        for src in sorted(SAMPLES.glob("*.txt")):
            shutil.copy(src, corpus / f"{i:02d}_{src.name}")
    clean_db, crash_db = tmp_path / "clean.db", tmp_path / "crash.db"
    cmd = [sys.executable, "-m", "cli", "ingest", str(corpus), "--db"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([*cmd, str(clean_db)], check=True, cwd=ROOT, env=env, capture_output=True)
    clean = _doc_contributions(clean_db)

    proc = subprocess.Popen([*cmd, str(crash_db)], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 600  # generous: a loaded CI machine is slow
    while time.time() < deadline:
        if crash_db.exists():
            try:
                if len(_doc_contributions(crash_db)) >= 3:
                    break
            except sqlite3.OperationalError:
                pass
        if proc.poll() is not None:
            break
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = _doc_contributions(crash_db)
    assert 3 <= len(partial) < len(clean), "the kill should land mid-batch"
    for doc_id, contrib in partial.items():
        assert contrib == clean[doc_id], f"{doc_id} is half-written"

    subprocess.run([*cmd, str(crash_db)], check=True, cwd=ROOT, env=env, capture_output=True)
    with EmbeddedStore(clean_db) as a, EmbeddedStore(crash_db) as b:
        assert canonical_json(a.to_networkx()) == canonical_json(b.to_networkx())


class _UnreachableStore(EmbeddedStore):
    """An embedded store that behaves as a server that went away: every call fails."""

    def document_sha(self, doc_id):
        from graph.store import StoreError

        raise StoreError("server went away")

    def write_document(self, graph):
        from graph.store import StoreError

        raise StoreError("server went away")


def test_an_unreachable_store_fails_each_document_by_name_without_crashing(tmp_path):
    store = _UnreachableStore(tmp_path / "g.db")
    try:
        summary = ingest_paths([SAMPLES], store)
    finally:
        store.close()
    assert summary.count("failed") == 3
    for o in summary.failed:
        assert o.doc_id in o.error and "not written" in o.error
