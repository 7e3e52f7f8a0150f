"""Speed round 12: what the first pass still built inside it is built with the pipeline, and no
pattern is compiled from a string inside a rule (docs/BENCHMARKS.md, thirteenth pass). The anchor
scans of `Prefiltered` are tested in tests/test_prefilter.py; output identity is checked by
bench/output_identity.py."""

from __future__ import annotations

import re
import sys

from graph.model import Document
from tests.text_helpers import sample_and_dev_texts


def _one_time_builders() -> dict[str, object]:
    """Every lru_cache of at most 16 entries in the pipeline's modules (the one-time builders)."""
    out = {}
    for name, mod in list(sys.modules.items()):
        if not name.startswith("ingest"):
            continue
        for key, v in list(vars(mod).items()):
            for o in [v] + ([getattr(v, a) for a in vars(v)] if isinstance(v, type) else []):
                o = getattr(o, "__func__", o)
                info = getattr(o, "cache_info", None)
                if callable(info) and info().maxsize is not None and info().maxsize <= 16:
                    out[f"{name}.{getattr(o, '__qualname__', key)}"] = o
    return out


_texts = sample_and_dev_texts


def test_first_pass_builds_nothing_once_per_process():
    """After the build and a warm-up sentence (as the bench's first pass), a pass over the sample
    and dev texts neither imports a module nor runs a one-time builder for the first time."""
    from ingest import extract as ex

    nlp = ex.get_nlp(True)
    list(ex.extract_many([Document(id="w", source="t", text="某县召开会议，研究部署有关工作。")], nlp=nlp))
    builders = _one_time_builders()
    before = {k: f.cache_info().misses for k, f in builders.items()}
    modules = set(sys.modules)
    docs = [Document(id=f"s12_{i}", source="t", text=t) for i, t in enumerate(_texts())]
    list(ex.extract_many(docs, nlp=nlp))
    assert set(sys.modules) == modules
    missed = [k for k, f in builders.items() if f.cache_info().misses > before[k]]
    assert missed == []


def test_prebuilt_with_the_pipeline():
    from ingest import extract as ex
    from ingest import metadata
    from ingest.components import initials_regions, modality

    ex.get_nlp(True)
    for fn in (modality._addressee_res, initials_regions._city_chars, metadata._gazetteer):
        assert fn.cache_info().currsize == 1, fn.__name__


def test_patterns_compiled_at_import():
    from ingest.components import gen_enumerations, name_rules

    assert isinstance(name_rules.ORG_END, re.Pattern)
    assert name_rules.ORG_END.search("青山市人民政府") and not name_rules.ORG_END.search("青山")
    assert all(isinstance(p, re.Pattern) for p in gen_enumerations.ENTERPRISE_LIST_PATTERNS)


def test_route_shared_by_both_segmentations(monkeypatch):
    """A body segmented with and without HMM computes its route once (segment._shared_route), and
    the words are jieba's either way."""
    import jieba

    from ingest.components import segment

    jieba.initialize()
    calls = []
    real = segment._route
    monkeypatch.setattr(segment, "_route", lambda s: calls.append(s) or real(s))
    body = "福建省军民融合发展委员会办公室某某专项工作组"
    segment._ROUTES.pop(body, None)
    assert segment.lcut(body, HMM=True) == jieba.lcut(body, HMM=True)
    assert segment.lcut(body, HMM=False) == jieba.lcut(body, HMM=False)
    assert calls == [body]
    monkeypatch.setattr(segment, "_ROUTES_MAX", 1)
    segment.lcut("青山市人民政府", HMM=False)
    assert len(segment._ROUTES) <= 1


def test_title_fill_as_before():
    """mask_titles' fill writes a title of a mark, words and a mark at once: the same text as the
    substitution of every character but the marks."""
    import random

    from ingest.components import modality as M

    rnd = random.Random(3)
    pool = list("《》〈〉“”青山市关于的意见，。") + ["《关于", "的意见》", "“双拥”"]
    for _ in range(5000):
        t = "".join(rnd.choice(pool) for _ in range(rnd.randint(0, 20)))
        for pat, _marks in M._title_gates():
            assert pat.sub(M._filled, t) == pat.sub(lambda m: M._NOT_A_MARK.sub("□", m.group(0)), t), t


def test_clauses_are_the_runs_between_marks():
    import random

    from ingest.components.relation_view import _CLAUSE_RUN, CLAUSE_PUNCT, _clauses

    rnd = random.Random(5)
    pool = list(CLAUSE_PUNCT) + list("青山市委\ue001\ue003与和 \n") + ["，，", "。！"]
    texts = ["", "，", "青山", "青山，", "，青山。东方！"]
    texts += ["".join(rnd.choice(pool) for _ in range(rnd.randint(0, 30))) for _ in range(3000)]
    for t in texts:
        assert _clauses(t) == [m.span() for m in _CLAUSE_RUN.finditer(t)], t


def test_event_pattern_scan_as_plain():
    """rel21's deictic-event pattern, scanned only where a deictic prefix stands and it matches
    (Prefiltered, checked), finds what its plain scan finds."""
    import random

    from ingest.components import relation_deixis as R
    from ingest.components.relation_patterns import cues

    w = R._event_pattern(cues()["deictic_bodies"])
    assert w.checked is not None
    rnd = random.Random(21)
    pool = list("，。；：、 \n“”青山办") + ["本次", "此次", "这次", "本届", "大赛", "比赛", "论坛", "博览会",
                                       "活动"]
    for _ in range(3000):
        t = "".join(rnd.choice(pool) for _ in range(rnd.randint(0, 30)))
        assert [m.span() for m in w.finditer(t)] == [m.span() for m in w.regex.finditer(t)], t


def test_paired_problem_gates_close_where_both_do():
    from ingest.components import modality as M

    gates = M._problem_gates()
    texts = [s for t in _texts() for s in t.split("。")]
    texts += ["存在“不敢融”的问题", "未及时报送", "青山市召开会议"]
    for pair in ("problem|problem_patterns", "problem|statement_patterns"):
        a, b = pair.split("|")
        opened = 0
        for t in texts:
            assert gates[pair](t) == (gates[a](t) or gates[b](t)), (pair, t)
            opened += gates[pair](t)
        assert 0 < opened < len(texts)
