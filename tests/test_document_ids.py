"""Document ids are unique and stable per source: two files never silently replace each other."""

from pathlib import Path

import pytest

from graph.embedded import EmbeddedStore
from ingest.load import LoadError, iter_documents
from workflows.ingest import ingest_paths

TEXT_A = "青山市委军民融合办召开会议，青山军分区参加。"
TEXT_B = "东方重工集团有限公司与青山市人民政府签署合作协议。"


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def store(tmp_path):
    s = EmbeddedStore(tmp_path / "g.db")
    yield s
    s.close()


def test_same_name_in_two_folders_is_an_error_not_a_silent_replace(tmp_path, store):
    a = _write(tmp_path / "a" / "report.txt", TEXT_A)
    b = _write(tmp_path / "b" / "report.txt", TEXT_B)
    summary = ingest_paths([a, b], store)
    assert summary.count("written") == 1
    assert len(summary.failed) == 1
    err = summary.failed[0].error
    assert str(b) in err and "report" in err and str(a) in err
    assert [d["source"] for d in store.documents()] == [str(a)]


def test_ids_inside_a_folder_are_relative_paths(tmp_path, store):
    _write(tmp_path / "corpus" / "2019" / "report.txt", TEXT_A)
    _write(tmp_path / "corpus" / "2020" / "report.txt", TEXT_B)
    _write(tmp_path / "corpus" / "top.txt", TEXT_A)
    docs = [d for d in iter_documents([tmp_path / "corpus"]) if not isinstance(d, LoadError)]
    assert [d.id for d in docs] == ["2019/report", "2020/report", "top"]
    summary = ingest_paths([tmp_path / "corpus"], store)
    assert summary.count("written") == 3 and not summary.failed
    assert {d["id"] for d in store.documents()} == {"2019/report", "2020/report", "top"}


def test_a_later_run_with_another_file_under_a_stored_id_is_refused(tmp_path, store):
    a = _write(tmp_path / "a" / "report.txt", TEXT_A)
    b = _write(tmp_path / "b" / "report.txt", TEXT_B)
    assert ingest_paths([a], store).count("written") == 1
    before = store.documents()
    refused = ingest_paths([b], store)
    assert refused.count("written") == 0 and len(refused.failed) == 1
    assert "--force" in refused.failed[0].error
    assert store.documents() == before
    forced = ingest_paths([b], store, force=True)
    assert forced.count("written") == 1
    assert [d["source"] for d in store.documents()] == [str(b)]


def test_the_same_file_changed_still_replaces_itself(tmp_path, store):
    a = _write(tmp_path / "a" / "report.txt", TEXT_A)
    ingest_paths([a], store)
    a.write_text(TEXT_B, encoding="utf-8")
    assert ingest_paths([a], store).count("written") == 1
