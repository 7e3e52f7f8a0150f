"""Speed round 10: the word gates and the one cue scan per sentence in front of the relation rules'
patterns, the per-sentence gates of `subjects`, the clause openers' first-character tests, the
problem cues' gates and the title masking, and the prebuilt patterns (docs/BENCHMARKS.md, eleventh
pass). Output identity is checked by bench/output_identity.py; these are the invariants behind it:
a gate turns a text away only when the pattern has no match in it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ingest.components import modality as M
from ingest.components import relation_base as B
from ingest.components import relation_patterns as P
from ingest.components import relations as R
from ingest.components.prefilter import OpeningGate, WordGate, needed_words

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "gold"
SOURCES = sorted((ROOT / "ingest" / "components").glob("relation_rules_*.py"))


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    for name in ("seeds.jsonl", "dev.jsonl"):
        path = GOLD / name
        if path.exists():
            lines = path.read_text(encoding="utf-8").splitlines()
            texts += [json.loads(x)["text"] for x in lines if x.strip()]
    return texts


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    """The masked sentences the rules read (every view, with a mention or not) and the folded
    sentences, of the sample texts and the gold texts at hand."""
    from graph.model import Document
    from ingest import extract as ex
    from ingest.textfold import view_fold

    got: list[str] = []
    orig = R._Extractor.run

    def run(self):
        got.extend(sv.masked for sv in self.views)
        got.extend(view_fold(sv.raw) for sv in self.views)
        return orig(self)

    R._Extractor.run = run
    try:
        docs = [Document(id=f"t{i}", source="test", text=t) for i, t in enumerate(_texts())]
        list(ex.extract_many(docs, nlp=ex.get_nlp(True)))
    finally:
        R._Extractor.run = orig
    assert len(got) > 100
    return got


def _all_patterns() -> dict[str, re.Pattern]:
    out = {f"P.{k}": v for k, v in vars(P).items() if isinstance(v, re.Pattern)}
    p = P.patterns()
    fields = [k for k in p.__dataclass_fields__ if isinstance(getattr(p, k), re.Pattern)]
    out.update({f"p.{k}": getattr(p, k) for k in fields})
    out.update({f"cue.{r}": v for r, v, _c in p.cue_table})
    out.update({f"M.{k}": v for k, v in M._cue_res().items() if isinstance(v, re.Pattern)})
    return out


PATTERNS = _all_patterns()


# ---- needed_words ---------------------------------------------------------------------------------

@pytest.mark.parametrize("src,words", [
    ("研究(?:所|院)", {"研究所", "研究院"}),
    ("(?:各|我)(?:区|县)", {"各区", "各县", "我区", "我县"}),
    ("(?:出资|投资)设立", {"出资设立", "投资设立"}),
    ("[^，]{1,8}(?:支持|帮扶)", {"支持", "帮扶"}),
    ("由[^，]{1,8}牵头", {"由", "牵头"}),  # one of the two runs (both are certain)
    ("将|我们将", {"将"}),  # a word holding another adds nothing
    ("(?<=[，,])(?:会上|论坛上)[，,]", {"会上，", "会上,", "论坛上，", "论坛上,"}),
])
def test_needed_words(src, words):
    got = needed_words(re.compile(src))
    assert got is not None
    if src.startswith("由"):
        assert got in ({"由"}, {"牵头"})
    else:
        assert got == words


@pytest.mark.parametrize("src", ["(?:东山)?市", "\\d+", "[^，]+", "a|\\w+", "(?i)ab"])
def test_needed_words_unknown_or_partial(src):
    got = needed_words(re.compile(src))
    # unknown (None), or words every match still holds
    assert got is None or all(any(w in m for w in got) for m in ("市", "东山市"))


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_word_gate_closes_only_without_a_match(name, sentences):
    pat = PATTERNS[name]
    gate = WordGate(pat)
    for s in sentences:
        if not gate.open(s):
            assert pat.search(s) is None, (name, s)


def test_most_patterns_have_words():
    assert sum(needed_words(p) is not None for p in PATTERNS.values()) >= 0.9 * len(PATTERNS)


# ---- the cue scan ---------------------------------------------------------------------------------

def test_cue_scan_closes_only_patterns_without_a_match(sentences):
    scan = B.cue_scan()
    assert len(scan.gated) >= 15
    closed_any = 0
    for s in sentences:
        closed = scan.closed(s)
        closed_any += bool(closed)
        for pat in scan.patterns:
            if pat.pattern in closed:
                assert pat.search(s) is None, (pat.pattern[:40], s)
    assert closed_any > 0.5 * len(sentences)


def test_cue_scan_patterns_differ_by_source():
    scan = B.cue_scan()
    assert len({p.pattern for p in scan.patterns}) == len(scan.patterns)
    assert all(p.flags == scan.patterns[0].flags for p in scan.patterns)


def test_cue_scan_reads_overlapping_words():
    scan = B.CueScan([re.compile("基金支持"), re.compile("支持")])
    assert scan.closed("以基金支持") == frozenset()
    assert scan.closed("无关") == scan.gated


_GATE = re.compile(r"((?:self\.p\.[a-z_0-9]+|P\.[A-Z_0-9]+|cue_re))\.pattern (?:not )?in sv\.closed")


def _registered(expr: str) -> bool:
    scan = B.cue_scan()
    if expr == "cue_re":  # rule_cues' table and _established_cue's two patterns
        p = P.patterns()
        table = all(r.pattern in scan.gated for _t, r, _c in p.cue_table)
        return table and {p.established.pattern, p.established_park.pattern} <= scan.gated
    pat = getattr(P, expr[2:]) if expr.startswith("P.") else getattr(P.patterns(), expr[len("self.p."):])
    return pat.pattern in scan.gated


def test_every_closed_test_names_a_scanned_pattern():
    found = [m.group(1) for f in SOURCES for m in _GATE.finditer(f.read_text(encoding="utf-8"))]
    assert len(found) >= 20
    for expr in found:
        assert _registered(expr), expr


def test_closed_is_set_before_the_rules():
    src = (ROOT / "ingest" / "components" / "relations.py").read_text(encoding="utf-8")
    run = src[src.index("def run(self)"):src.index("def problems(self)")]
    assert run.index("sv.closed = closed(sv.masked)") < run.index("self.rule_titles(sv)")


# ---- subjects' gates and the clause openers -------------------------------------------------------

def test_subject_gates_close_only_without_a_match(sentences):
    p = P.patterns()
    gated = (p.unnamed_actor_open, P.SPEAKER_COMMITS, p.pivot)
    for gate, pat in zip(B.subject_gates()[:3], gated, strict=True):
        for s in sentences:
            if not gate(s):
                assert all(pat.match(s, i) is None for i in range(len(s))), s
                assert pat.search(s) is None, s


@pytest.mark.parametrize("name,test", [("ENUM_OPENER", B._ENUM), ("DATE_OPENER", B._DATE),
                                       ("ACCORDING_TO", B._ACCORDING)])
def test_opener_first_characters(name, test, sentences):
    pat = getattr(P, name)
    chars, digits = test
    for s in sentences[:3000]:
        for i in range(len(s)):
            m = pat.match(s, i)
            if m and m.end() > i:
                c = s[i]
                assert c in chars or digits and c.isdecimal(), (name, s, i)


def test_title_chain_openings(sentences):
    p = P.patterns()
    chars, digits = B.subject_gates()[3]
    for s in sentences[:3000]:
        for i in range(len(s)):
            for pat in (p.title_chain_person, p.title_body_chain):
                if pat.match(s[i:]):
                    assert s[i] in chars or digits and s[i].isdecimal(), s[i:i + 10]


def test_opening_gate():
    g = OpeningGate(re.compile(r"(\d{4}年)?(上午|下午)?"))
    assert g.known and g.empty and g.digits and g.chars == {"上", "下"}
    assert not OpeningGate(re.compile(r"[^，]x")).known


# ---- modality -------------------------------------------------------------------------------------

def _mask_titles_reference(t: str) -> str:
    if M._TITLE_MARK.search(t) is None:
        return t
    for pat in M._title_res():
        t = pat.sub(lambda m: "".join(ch if ch in M.TITLE_MARKS else "□" for ch in m.group(0)), t)
    return t


def test_mask_titles_as_before(sentences):
    extra = ["《关于进一步做好", "做好工作》的通知", "“双拥模范城”称号", "〈试行〉办法", "无标题"]
    for s in sentences + extra:
        assert M.mask_titles(s) == _mask_titles_reference(s), s


def test_problem_gates_close_only_without_a_match(sentences):
    """Also on the unmasked text: a gate closed there is closed on the masked text too."""
    res = M._cue_res()
    for key, gate in M._problem_gates().items():  # (speed12: "a|b", one gate for two patterns)
        for s in sentences + ["《关于解决融资难问题的意见》", "存在“不敢融”的问题"]:
            t = M.mask_titles(s)
            if not gate(s):
                assert not gate(t), (key, s)
            if not gate(t):
                assert all(res[k].search(t) is None for k in key.split("|")), (key, s)


# ---- entity side and prebuilding ------------------------------------------------------------------

def test_place_word_test_agrees_with_the_trie_regex():
    from ingest import extract as ex

    ctx = ex.get_nlp(True).get_pipe("mcf_entities").rec
    bodies = ["军民融合产业发展", "东山市委", "高新技术产业", "青山省", "", "中国", "市场监管"]
    for t in _texts()[:3]:
        bodies += [t[i:i + k] for i in range(0, min(len(t), 600), 7) for k in (3, 5, 8)]
    for b in bodies:
        by_automaton = next(ctx.place_re.finditer(b), None) is not None
        assert by_automaton == (ctx.place_re.regex.search(b) is not None), b


def test_lazy_patterns_are_prebuilt():
    from ingest import extract as ex
    from ingest.components import grouping

    ex.get_nlp(True)
    for fn in (M._deictic_thing_re, M._inspection_res, M._visit_res, M._problem_gates, M._title_gates,
               grouping._group_forms, B.subject_gates, B.cue_scan):
        assert fn.cache_info().currsize == 1, fn.__name__


def _prefiltered() -> list:
    import sys

    from ingest import extract as ex
    from ingest.components.prefilter import Prefiltered

    ctx = ex.get_nlp(True).get_pipe("mcf_entities").rec
    found = {id(v): v for name, mod in list(sys.modules.items()) if name.startswith("ingest")
             for v in vars(mod).values() if isinstance(v, Prefiltered)}
    found.update({id(v): v for v in vars(ctx).values() if isinstance(v, Prefiltered)})
    return list(found.values())


def test_prefiltered_word_gates_keep_the_matches():
    from ingest.textfold import view_fold

    pfs = _prefiltered()
    assert sum(p.gate is not None for p in pfs) >= 10
    texts = [view_fold(t) for t in _texts()]
    for p in pfs:
        for t in texts:
            got = [m.span() for m in p.finditer(t)]
            assert got == [m.span() for m in p.regex.finditer(t)], p.pattern[:40]
            if p.gate is not None and p.gate.search(t) is None:
                assert p.regex.search(t) is None
