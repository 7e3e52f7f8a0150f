"""Quality gate: typed entity F1 on seeds + dev, scored by ../shared/eval/score.py.

The floor is issue 10's dev floor (0.93; the project target was 0.85). Dev-set rules were
written to the guidelines, not to dev names, but dev is what they were developed on: expect
lower on unseen documents (docs/QUALITY.md).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FLOOR = 0.93  # issue 10: the dev floor (entities typed); measured 0.960


def _load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


@pytest.fixture(scope="module")
def result():
    score_py = SHARED / "eval" / "score.py"
    if not score_py.exists() or not (SHARED / "gold" / "dev.jsonl").exists():
        pytest.skip("../shared eval or gold files not available")
    score = _load(score_py, "mcf_score")
    ev = _load(ROOT / "bench" / "gold_eval.py", "mcf_gold_eval")
    gold = ev.gold_docs()
    pred = ev.predict(gold)
    return score.score(gold, pred)


def test_typed_entity_f1(result):
    assert result["documents_missing"] == []
    assert result["entities_typed"]["f1"] >= FLOOR, result["entities_typed"]


def test_untyped_at_least_typed(result):
    assert result["entities_untyped"]["f1"] >= result["entities_typed"]["f1"]


def test_no_type_collapses(result):
    # every type with a fair number of gold entities is found reasonably well
    weak = {t: v["f1"] for t, v in result["per_type"].items() if v["gold"] >= 10 and v["f1"] < 0.6}
    assert not weak, weak


def test_files_through_the_cli_score_as_the_texts_do(tmp_path):
    """`mcfgraph extract` on the gold texts written as files (what the before-stop hook and the
    unseen-set scoring run) gives what extraction on the texts gives: load-time cleaning must
    never change a name the guidelines copy from the text as written (e.g. pinyin glosses)."""
    import json
    import subprocess
    import sys

    score_py = SHARED / "eval" / "score.py"
    if not score_py.exists():
        pytest.skip("../shared eval files not available")
    score = _load(score_py, "mcf_score")
    ev = _load(ROOT / "bench" / "gold_eval.py", "mcf_gold_eval")
    gold = ev.gold_docs()
    docs = tmp_path / "docs"
    docs.mkdir()
    for gid, g in gold.items():
        (docs / f"{gid}.txt").write_text(g["text"], encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "cli", "extract", str(docs), "--format", "jsonl"],
                         capture_output=True, text=True, cwd=ROOT, check=True).stdout
    pred = {d["id"]: d for d in map(json.loads, filter(None, out.splitlines()))}
    via_files = score.score(gold, pred)
    via_texts = score.score(gold, ev.predict(gold))
    for k in ("entities_typed", "relations_typed"):
        assert via_files[k]["f1"] == pytest.approx(via_texts[k]["f1"]), k
