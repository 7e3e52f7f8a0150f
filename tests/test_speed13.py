"""Speed round 13 (docs/BENCHMARKS.md, fourteenth pass): the same output from cheaper scans.
Output identity over every text at hand is checked by bench/output_identity.py."""

from __future__ import annotations

import random
import re

from ingest.components.candidate import Cand


def _distributed_before(t: str, chosen: list[Cand]) -> list[Cand]:
    """gen_notice.distributed_classes as it was before speed13 (a step for every clause)."""
    from ingest.components.gen_notice import _CLAUSE
    from ingest.components.notice_layout import layout

    if "各" not in t:
        return chosen
    starts = tuple(layout().words["class_noun_starts"])
    drop: set[int] = set()
    for m in _CLAUSE.finditer(t):
        a = m.start() + len(m.group()) - len(m.group().lstrip(" \t\u3000"))
        if t[a:a + 1] != "各":
            continue
        drop |= {id(c) for c in chosen if a <= c.start and c.end <= m.end()
                 and c.type != "Location" and t.startswith(starts, c.start)}
    return [c for c in chosen if id(c) not in drop] if drop else chosen


def test_distributed_classes_as_before():
    from ingest.components.gen_notice import distributed_classes
    from ingest.components.notice_layout import layout

    nouns = list(layout().words["class_noun_starts"])[:6]
    rnd = random.Random(13)
    pool = list("，,；;。：:\n \t\u3000各乡镇县区") + ["各乡镇", "人民政府", "、"] + nouns
    for _ in range(4000):
        t = "".join(rnd.choice(pool) for _ in range(rnd.randint(0, 24)))
        chosen = []
        for _ in range(rnd.randint(0, 6)):
            s = rnd.randint(0, max(0, len(t) - 1))
            e = rnd.randint(s + 1, len(t) + 1)
            chosen.append(Cand(s, e, rnd.choice(["PartyGovBody", "Location", "Enterprise"]), "t", 0.5))
        assert distributed_classes(t, chosen) == _distributed_before(t, chosen), t


def test_acts_read_once_per_text():
    from ingest.components import gen_persons as G
    from ingest.components.name_rules import ACTS_AFTER_NAME

    a = "甲某主持会议，乙某作了报告。丙某、丁某专题汇报了工作"
    b = "".join(reversed(a))
    for t in (a, b, a, "".join(a)):
        got = G._acts(t)
        assert [m.span() for m in got] == [m.span() for m in ACTS_AFTER_NAME.finditer(t)]
        assert G._acts(t) is got  # (the same text again: not scanned again)


def test_opens_longer_name_with_the_callers_place():
    """gen_places.places hands _opens_longer_name the place it matched after the place (nxt_place):
    the same answer as the place matched again inside, over every place of some texts."""
    from ingest.components import gen_places as G
    from ingest.components.name_context import NameContext

    ctx = NameContext()
    texts = ["青山市白水烈士陵园位于青山市白水区", "青山东方新材料科技有限公司在青山市召开会议",
             "青山区域中心城市建设", "湖北省青山县白水镇人民政府", "青山重点项目和青山人防工程"]
    seen = 0
    for t in texts:
        covered = bytearray(len(t))
        for s in range(len(t)):
            m = ctx.place_re.match_at(t, s)
            if m is None:
                continue
            e = m.end()
            seen += 1
            nxt = ctx.place_re.match_at(t, e)
            got = G._opens_longer_name(ctx, t, s, e, covered, nxt)
            assert got == G._opens_longer_name(ctx, t, s, e, covered), (t, s, e)
    assert seen >= 5


def test_char_positions_are_the_class_scan():
    from ingest.components.prefilter import char_positions

    rnd = random.Random(7)
    pool = list("第一二三届党委中国，。、\n(（项X*") + ["第十", "一届"]
    for _ in range(3000):
        t = "".join(rnd.choice(pool) for _ in range(rnd.randint(0, 40)))
        chars = tuple(sorted(set(rnd.sample("第一二三党(（X*项", rnd.randint(1, 5)))))
        cls = re.compile("[" + "".join(re.escape(c) for c in chars) + "]")
        pos, n = rnd.randint(0, 5), rnd.randint(0, len(t) + 2)
        assert char_positions(t, chars, pos, min(n, len(t))) == \
            [m.start() for m in cls.finditer(t, pos, min(n, len(t)))], (t, chars, pos, n)


def test_prefiltered_scans_by_characters():
    """A Prefiltered pattern with a few first characters finds them by str.find (start_chars), one
    with a few anchor characters too (anchor_chars); both give finditer's matches
    (tests/test_prefilter.py compares every shape)."""
    from ingest.components.prefilter import Prefiltered

    p = Prefiltered(re.compile(r"第[一二三]届|[(（]青山"))
    assert p.start_chars == ("(", "第", "（")
    t = "第一届，（青山第二届(青山第四届"
    assert [m.span() for m in p.finditer(t)] == [m.span() for m in p.regex.finditer(t)] == [(0, 3), (4, 7),
                                                                                           (7, 10), (10, 13)]
    q = Prefiltered(re.compile(r"[一-鿿]{2,3}?[局委]、[一-鿿]{2,3}?[局委]"))
    assert q.anchor_chars == ("委", "局")
    t = "青山市委、东方局和白水县委、石桥局"
    assert [m.span() for m in q.finditer(t)] == [m.span() for m in q.regex.finditer(t)]


def test_space_chars_are_re_s():
    from ingest.components.prefilter import SPACE_CHARS

    cls = re.compile("[" + SPACE_CHARS + "]")
    spaces = re.compile(r"\s")
    for c in map(chr, range(0x110000)):
        assert bool(cls.fullmatch(c)) == bool(spaces.fullmatch(c)) == c.isspace(), hex(ord(c))


def test_after_scanners_without_a_category():
    from ingest.components import gen_persons, name_rules

    for w in (gen_persons._SPEAKER, name_rules.NAME_LIST_RE):
        assert w.after is not None and "\\s" not in w.after.pattern.split("](?=")[0]
