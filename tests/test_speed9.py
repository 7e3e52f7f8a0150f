"""Speed round 9: the literal gates written in front of the relation rules' scans of a sentence
(`(P.X.finditer(s) if "在" in s else ())`) must each name a literal every match of the pattern
holds, or the words one of which every match holds, so that a sentence the gate turns away holds
no match (output identity is checked by bench/output_identity.py; this is the invariant behind it)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest.components import relation_patterns as P
from ingest.components.prefilter import required_literal, required_words

FILES = sorted((Path(__file__).resolve().parent.parent / "ingest" / "components").glob("relation*.py"))
PAT = r"(P\.[A-Z_0-9]+|self\.p\.[a-z_0-9]+)"
# (X.finditer(s) if COND else ()) / (X.search(s, a, b) if COND else None)
WRAPPED = re.compile(PAT + r"\.(?:finditer|search)\(([\w.]+)[^()]*\) if (.+?) else (?:\(\)|None)\)")
# if "lit" in s and X.search(s)
LEADING = re.compile(r"((?:\"[^\"]+\" in ([\w.]+) and )+)" + PAT + r"\.(?:finditer|search)\(([\w.]+)")
TERM = re.compile(r"\"([^\"]+)\" in ([\w.]+)")


def _pattern(expr: str):
    return getattr(P, expr[2:]) if expr.startswith("P.") else getattr(P.patterns(), expr[len("self.p."):])


def _gates() -> list[tuple[str, str, list[str], bool]]:
    """(pattern expression, scanned text, gate words, words joined by `or`) found in the sources."""
    out = []
    for f in FILES:
        src = f.read_text(encoding="utf-8")
        for m in WRAPPED.finditer(src):
            cond = m.group(3)
            terms = TERM.findall(cond)
            assert terms and all(arg == m.group(2) for _, arg in terms), (f.name, m.group(0))
            out.append((m.group(1), m.group(2), [w for w, _ in terms], " or " in cond))
        for m in LEADING.finditer(src):
            terms = TERM.findall(m.group(1))
            if all(arg == m.group(4) for _, arg in terms):
                out.append((m.group(3), m.group(4), [w for w, _ in terms], False))
    return out


GATES = _gates()


def _unescape(w: str) -> str:
    return w.encode("ascii", "backslashreplace").decode("unicode_escape") if "\\u" in w else w


def test_gates_found():
    assert len(GATES) >= 40


@pytest.mark.parametrize("expr,arg,words,any_of", GATES, ids=[g[0] for g in GATES])
def test_gate_is_required(expr, arg, words, any_of):
    pat = _pattern(expr)
    words = [_unescape(w) for w in words]
    if any_of:  # one of the words: every match holds one of them (the pattern's required words)
        assert set(words) == set(required_words(pat)), expr
    else:  # one of the terms joined by `and` is the literal every match holds (any other term
        # is the rule's own condition, kept from before: "由" in s and "任" in s and …)
        assert required_literal(pat) and required_literal(pat) in words, expr

def test_gates_turn_away_only_sentences_without_a_match():
    """On invented sentences: a sentence that fails a gate holds no match of its pattern."""
    texts = ["在\ue00a的领导下，\ue001由\ue00a担任组长", "\ue001是\ue002的下属单位", "来自\ue001的\ue00a",
             "\ue003入驻\ue006", "对\ue001的关心和支持表示感谢", "以\ue005为主线，双方就合作进行了交流"]
    for expr, _arg, words, any_of in GATES:
        pat = _pattern(expr)
        words = [_unescape(w) for w in words]
        for t in texts:
            passes = any(w in t for w in words) if any_of else required_literal(pat) in t
            if not passes:
                assert pat.search(t) is None, (expr, t)


def _reference_view(text: str, start: int, end: int, mentions) -> tuple[str, list[int], dict]:
    """build_view's masking as written before its fast path (one call per unmasked run)."""
    from ingest.components.relation_view import TYPE_CHAR, UNKNOWN_CHAR
    from ingest.textfold import fold

    folded_raw = fold(text)[start:end]
    by_start = {m.start: m for m in mentions if m.start >= start and m.end <= end}
    out, m2o, slots = [], [], {}

    def plain(a: int, b: int) -> None:
        out.append(folded_raw[a - start : b - start])
        m2o.extend(range(a, b))

    i = start
    for m in sorted(by_start.values(), key=lambda m: m.start):
        if m.start < i:
            continue
        plain(i, m.start)
        slots[len(m2o)] = m
        out.append(TYPE_CHAR.get(m.type, UNKNOWN_CHAR))
        m2o.append(m.start)
        i = max(m.end, m.start + 1)
    plain(i, end)
    return "".join(out), m2o, slots


def test_build_view_fast_path_masks_as_before():
    """Mentions overlapping, nested, crossing the sentence's ends, empty, given out of order."""
    import random

    from ingest.components.relation_view import EntMention, build_view

    rng = random.Random(9)
    text = "青山市人民政府与东川集团在北京签署战略合作协议，甲某出席会议并讲话。" * 2
    types = ("PartyGovBody", "Enterprise", "Location", "Person", "Event", "Nothing")
    for _ in range(400):
        start = rng.randrange(0, 20)
        end = rng.randrange(start + 1, len(text) + 1)
        ments = []
        for _k in range(rng.randrange(0, 7)):
            a = rng.randrange(0, len(text))
            ments.append(EntMention(a, min(len(text), a + rng.randrange(0, 6)), f"n{a}", rng.choice(types)))
        v = build_view(text, 0, start, end, ments)
        masked, m2o, slots = _reference_view(text, start, end, ments)
        assert (v.masked, v.m2o, list(v.slots.items())) == (masked, m2o, list(slots.items()))
