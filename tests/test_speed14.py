"""Speed round 14 (docs/BENCHMARKS.md, fifteenth pass): the same output with less work per group,
mention and clause. Output identity over every text at hand is checked by bench/output_identity.py."""

from __future__ import annotations

import dataclasses
import random

import numpy as np


def _merge_reduced_before(groups):
    """grouping._merge_reduced as it was before speed14 (every group's reductions up front, every
    pair through `_reduction_of`, `_under_places` and `_one_past_levels`' list of forms)."""
    from ingest.components import grouping as G

    def one_past_levels(g, k, canon, same, dead):
        hits = []
        rest = canon[1]
        for h in same:
            if h is g or id(h) in dead:
                continue
            hforms = [f for f in map(G._compare_form, h.forms) if len(f) > len(k)]
            if not any(rest in f for f in hforms):
                continue
            if any(canon in red or ("", k) in red for red in (G._reductions(f, True) for f in hforms)):
                hits.append(h)
                if len(hits) > 1:
                    return []
        return hits

    dead: set[int] = set()
    info = {}
    for g in groups:
        if g.type in ("Person", "Location"):
            continue
        k = G._compare_form(max(g.forms, key=len))
        red: set = set()
        for f in g.forms:
            red |= G._reductions(G._compare_form(f))
        info[id(g)] = (k, G._canonical(k), red, G._event_core(k))
    order = sorted((g for g in groups if id(g) in info), key=lambda g: len(info[id(g)][0]))
    same_type: dict = {}
    for h in groups:
        if id(h) in info:
            same_type.setdefault(h.type, []).append(h)
    leveled: dict = {}
    for typ, hs in same_type.items():
        for h in hs:
            hk = info[id(h)][0]
            if hk[:1] and hk[0] in "省市县区":
                leveled.setdefault((typ, hk[1:]), []).append(h)
    for g in order:
        k, canon, _, core = info[id(g)]
        gcore = G._group_core(k)
        gacad = G._academy(k) if g.type == "ResearchInstitute" else ""
        gnum = G._institute_number(k) if g.type == "ResearchInstitute" else ""
        mine = (k, canon, core, gcore, gacad, gnum)
        targets = [h for h in same_type[g.type]
                   if h is not g and id(h) not in dead and G._reduction_of(g.type, mine, info[id(h)])]
        if not targets and g.type not in G.SUFFIX_TYPES:
            nested = [h for h in same_type[g.type]
                      if h is not g and id(h) not in dead and G._under_places(k, info[id(h)][0])]
            targets = nested if len(nested) == 1 else []
        if not targets and g.type not in G.SUFFIX_TYPES:
            targets = one_past_levels(g, k, canon, same_type[g.type], dead)
        if not targets and len(k) >= 3 and k[0] not in "省市县区":
            lvl = [h for h in leveled.get((g.type, k), ()) if h is not g and id(h) not in dead]
            if len(lvl) == 1:
                targets = lvl
        if not targets and g.type == "Enterprise":
            targets = G._same_firm(g, len(k), same_type[g.type], dead, info)
        if not targets and len(k) >= G.BODY_TAIL_MIN and g.type not in G.SUFFIX_TYPES:
            tails = [h for h in same_type[g.type] if h is not g and id(h) not in dead
                     and len(info[id(h)][0]) > len(k)
                     and any(len(f) > len(k) and f.endswith(k) and G._parent_before(f[:-len(k)], k)
                             for f in map(G._compare_form, h.forms))]
            targets = tails if len(tails) == 1 else []
        if targets:
            dst = min(targets, key=lambda h: h.first)
            G._merge_into(dst, g)
            dead.add(id(g))
    return [g for g in groups if id(g) not in dead]


def _merge_suffixes_before(groups):
    """grouping._merge_suffixes' target list as it was before speed14 (no joined-forms test)."""
    from ingest.components import grouping as G

    saved = G._joined_forms
    G._joined_forms = lambda joined, h, fs: "".join(f + "\x00" for f in fs) if fs else "\x00"
    try:
        return G._merge_suffixes(groups)
    finally:
        G._joined_forms = saved


def _groups_seen(groups):
    return [(g.type, dict(g.forms), sorted((c.start, c.end, c.type) for c in g.mentions)) for g in groups]


def _invented_groups(rnd):
    """Groups of invented names: places (full and short), level characters, group names, heads."""
    from ingest.components.candidate import Cand
    from ingest.components.grouping import Group

    places = ["东川省", "东川", "青山市", "青山", "白水县", "白水", "湖南省", "甲区", "全省", "全市", "国家"]
    levels = ["", "省", "市", "县", "区"]
    heads = ["人武部", "铁路法院", "区委", "军民融合产业园", "产业基金", "科技有限公司", "研究院",
             "推进大会", "推进大会暨签约仪式", "发展规划", "军分区"]
    types = {"人武部": "PartyGovBody", "铁路法院": "PartyGovBody", "区委": "PartyGovBody",
             "军民融合产业园": "IndustrialPark", "产业基金": "Fund", "科技有限公司": "Enterprise",
             "研究院": "ResearchInstitute", "推进大会": "Event", "推进大会暨签约仪式": "Event",
             "发展规划": "Policy", "军分区": "MilitaryUnit"}
    groups = []
    pos = 0
    for _ in range(rnd.randint(1, 14)):
        head = rnd.choice(heads)
        name = "".join(rnd.choice(places) for _ in range(rnd.randint(0, 2))) + rnd.choice(levels) + head
        g = Group(types[head])
        for _ in range(rnd.randint(1, 2)):
            form = name if rnd.random() < 0.7 else name[rnd.randint(0, max(0, len(name) - len(head))):]
            g.forms.setdefault(form, pos)
            g.mentions.append(Cand(pos, pos + len(form), g.type, "test", 0.8))
            pos += len(form) + 1
        groups.append(g)
    return groups


def test_merge_reduced_as_before():
    from ingest.components import grouping as G

    rnd = random.Random(14)
    for _ in range(600):
        seed = rnd.random()
        old = _merge_reduced_before(_invented_groups(random.Random(seed)))
        new = G._merge_reduced(_invented_groups(random.Random(seed)))
        assert _groups_seen(new) == _groups_seen(old)


def test_merge_suffixes_as_before():
    from ingest.components import grouping as G

    rnd = random.Random(41)
    for _ in range(600):
        seed = rnd.random()
        old = _merge_suffixes_before(_invented_groups(random.Random(seed)))
        new = G._merge_suffixes(_invented_groups(random.Random(seed)))
        assert _groups_seen(new) == _groups_seen(old)


def test_mentions_made_as_their_init():
    """_entities makes each Mention by setting its __dict__: the fields, in order, and nothing
    the generated __init__ would do besides (no __post_init__, no slots)."""
    from graph.model import Mention
    from ingest.components.entities import _SPAN_KEY_PREFIX, MENTION_FIELDS
    from ingest.extensions import span_key

    assert tuple(f.name for f in dataclasses.fields(Mention)) == MENTION_FIELDS
    assert not hasattr(Mention, "__post_init__") and not hasattr(Mention, "__slots__")
    m = object.__new__(Mention)
    object.__setattr__(m, "__dict__", dict(zip(MENTION_FIELDS, (2, 5, 9, "青山市"), strict=True)))
    ref = Mention(sentence=2, start=5, end=9, text="青山市")
    assert m == ref and hash(m) == hash(ref) and vars(m) == vars(ref) and repr(m) == repr(ref)
    assert span_key("entity_name", 3, 4) == (_SPAN_KEY_PREFIX, "entity_name", 3, 4)


def test_problem_word_scan_finds_every_occurrence():
    from ingest.components import modality as M

    scan = M._problem_word_scan()
    assert scan is not None
    words = M.cues()["problem"]
    rnd = random.Random(7)
    pool = words + list("的，问题不足尚未较慢在和") + [w[:-1] for w in words if len(w) > 2]
    for _ in range(2000):
        t = "".join(rnd.choice(pool) for _ in range(rnd.randint(0, 12)))
        before = []
        for cue in words:
            start = t.find(cue)
            while start >= 0:
                before.append((start, start + len(cue)))
                start = t.find(cue, start + 1)
        got = []
        for k, s, e in scan[0](t, overlapping=True):
            got += [(s, e)] * scan[1][k]
        assert sorted(got) == sorted(before)


def _cols_before(n, rows):
    cols = np.zeros((n, 2), dtype=np.uint64)
    cols[:, 0] = 2
    for s, e, lab in rows:
        if e > s:
            cols[s, 0] = 3
            cols[s + 1:e, 0] = 1
            cols[s:e, 1] = lab
    return cols


def test_set_ents_columns_as_before():
    import spacy
    from spacy.attrs import ENT_IOB, ENT_TYPE
    from spacy.tokens import Doc

    from ingest.components.entities import _set_ents

    vocab = spacy.blank("zh").vocab
    labels = [vocab.strings.add(x) for x in ("Enterprise", "Event", "PartyGovBody")]
    rnd = random.Random(3)
    for _ in range(300):
        n = rnd.randint(1, 40)
        rows, i = [], 0
        while i < n:
            i += rnd.randint(0, 3)
            e = min(n, i + rnd.randint(0, 5))
            if i < n:
                rows.append((i, e, rnd.choice(labels)))
            i = max(e, i + 1)
        if rnd.random() < 0.2 and rows:  # (rows out of order or overlapping: the loop, as before)
            rows.append(rows[0])
        doc = Doc(vocab, words=["x"] * n, spaces=[False] * n)
        _set_ents(doc, rows)
        ref = Doc(vocab, words=["x"] * n, spaces=[False] * n)
        ref.from_array([ENT_IOB, ENT_TYPE], _cols_before(n, rows))
        assert (doc.to_array([ENT_IOB, ENT_TYPE]) == ref.to_array([ENT_IOB, ENT_TYPE])).all()


def test_build_views_with_doubled_pairs_as_build_view():
    """build_views' fast path (mentions by slice, doubled punctuation found once per document)
    gives build_view's views, on texts with every pair of commas and 、, glosses and mentions that
    run past a sentence's end."""
    from ingest.components.relation_view import EntMention, build_view, build_views

    rnd = random.Random(5)
    pool = list("甲乙丙丁青山市委,，、。；") + [",,", ",、", "，、", "，，", ",，", "，,", "青(qīng)山", "\n"]
    for _ in range(500):
        text = "".join(rnd.choice(pool) for _ in range(rnd.randint(1, 30)))
        cuts = sorted({0, len(text), *(rnd.randint(0, len(text)) for _ in range(3))})
        sentences = [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]
        mentions, i = [], 0
        while i < len(text):
            i += rnd.randint(0, 4)
            e = min(len(text), i + rnd.randint(1, 4))
            if i < len(text):
                mentions.append(EntMention(i, e, f"名{i}", rnd.choice(["Enterprise", "Person", "Event"])))
            i = e
        views = build_views(text, sentences, mentions)
        for k, (s, e) in enumerate(sentences):
            alone = build_view(text, k, s, e, [m for m in mentions if s <= m.start < e])
            v = views[k]
            assert (v.masked, v.m2o, v.slots, v.raw, v.clause_spans) == \
                (alone.masked, alone.m2o, alone.slots, alone.raw, alone.clause_spans)
