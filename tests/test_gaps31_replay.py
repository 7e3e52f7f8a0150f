"""gaps31: bench/judged_replay.py looks each judged finding up in a gaps result, and pools each
(set, key) once. Invented keys only."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import judged_replay as jr  # noqa: E402

RESULT = {
    "findings": [{"kind": "stalled", "key": "stalled|东川区退役军人局"}],
    "held_back": [{"kind": "orphan", "key": "orphan|青山产业园", "held_back": {"reason": "a venue"}}],
    "undetermined": [{"kind": "peer_gap", "key": "peer_gap|青山市|mcf_park"}],
}


def test_status_of_a_judged_key():
    assert jr.status("stalled|东川区退役军人局", RESULT) == ("reported", "")
    assert jr.status("orphan|青山产业园", RESULT) == ("held back", "a venue")
    assert jr.status("peer_gap|青山市|mcf_park", RESULT)[0] == "no coverage"
    gone, detail = jr.status("stalled|青山市东川区退役军人局", RESULT)
    assert gone == "gone" and detail == "renamed? reported: stalled|东川区退役军人局"
    assert jr.status("orphan|东方基金", RESULT) == ("gone", "")


def test_a_final_judgement_wins_over_a_start_one():
    rows = [{"set": "u1", "key": "k", "verdict": "real", "file": "fresh_u1_final"},
            {"set": "u1", "key": "k", "verdict": "artefact", "file": "fresh_u1_start"},
            {"set": "u2", "key": "k", "verdict": "artefact", "file": "fresh_u2_start"}]
    pooled = {(r["set"], r["verdict"]) for r in jr.unique(rows)}
    assert pooled == {("u1", "real"), ("u2", "artefact")}


def test_check_batches_are_left_out(tmp_path):
    (tmp_path / "fresh_x.jsonl").write_text(
        '{"set": "u13", "key": "k", "verdict": "real"}\n{"set": "u14", "key": "k", "verdict": "real"}\n',
        encoding="utf-8")
    assert [r["set"] for r in jr.load(tmp_path)] == ["u14"]
