"""Prefiltered.finditer finds exactly what pattern.finditer finds (spans and groups), on invented
texts built from the characters the patterns look for, for the patterns the pipeline wraps and
for shapes that could trip the first-character analysis (optional openers, look-behinds,
alternations, repeats, anchors, empty matches)."""

from __future__ import annotations

import random
import re

import pytest

from ingest.components import gen_event_names, gen_persons, name_rules
from ingest.components.name_context import NameContext
from ingest.components.prefilter import Prefiltered, first_chars, lookahead, preceding_chars

SHAPES = [
    r"(?:党的|中共)?第?(?:十[一二三]|[一二三])届(?:[一二]中)全会",
    r"(?<![0-9一二三])第?(?:[0-9]{2,4}|[一二三〇]{2,4})(?:研究)?所(?![长属])",
    r"(?:^|(?<=[、，,]))(统战部|组织部)(?=副部长|部长)",
    r"(?m)^(?:[一二三]、)?青山",
    r"(?:东方|西山)?(?:重工)+集团",
    r"[X*]{1,3}(市|县)?",
    r"a*",  # can match empty: plain scan
    r"(?i)qingshan",  # case-folded: plain scan
    r".青",  # any first character: plain scan
    # clause starts (any Chinese character may open the match): tried after the look-behinds' characters
    r"(?m)(?:^|(?<=[，。\s]))([一-鿿]{2,3}?)(?=部长|集团)",
    r"(?:(?<=[，,])|(?<=第[一二]))([一-鿿]{1,3})",
    r"(?:^|(?<=\d))[^，]{2}",
    r"(?:^|(?<=[，、]))[一-鿿]*",  # can match empty: plain scan
    # a run every match holds, with a class in it (项目[、和]): a text without it is not scanned
    r"[一-鿿]{1,3}?项目(?:[、和][一-鿿]{1,3}?项目)+(?![一-鿿])",
    r"(重工)[集团]{2}(?:有限)?公司",
    # a short run of any characters before a rarer one: tried only that run's width before it
    r"([一-鿿]{2,3}?)同志",
    r"([一-鿿]{2,3})[(（][^()（）\n]{0,20}?(?:部长|书记)[)）]",
    r"(?:(?<=[^一-鿿])|(?<=[在、])|^)([一-鿿]{2,4}?)[乡镇]([一-鿿]{1,3}?)[村](?![党委])",
    r"([一-鿿]{1,10})[·・]([一-鿿]{1,10})(?:[·・]([一-鿿]{1,8}))?",
    r"(?:东方)?[一-鿿]{0,2}(?:\d|第)[一-鿿]?号",
    r"(?<![一-鿿])(?:[一-鿿]{2,5}?[局委])[一-鿿]{1,3}(处|室)",
    r"(?<![一-鿿])(?:[一-鿿]{2,5}?[局委]、){2,}[一-鿿]{2,5}?[局委](?![一-鿿]?[长员])",
    r"(?:青山|东方)?(?:[一-鿿]{1,2}[局委]){1,3}处",
]
ALPHABET = list("党的中共第十一二三届全会研究所长属统战部组织副、，,\n青山东方西重工集团X*市县a0123 〇和"
                "同志(（)）乡镇村·・号局委处室") + ["同志", "部长", "书记", "白水镇", "石桥村",
                                             "第3号", "（青山市部长）", "甲某·乙某", "·",
    "项目", "项目、", "有限公司", "公司",
    "党的", "中共", "届", "一中", "二中", "全会", "研究所", "所长", "统战部", "组织部", "副部长", "部长",
    "一、", "青山", "东方", "西山", "重工", "集团", "12", "一二", "〇三"]


def _texts(seed: int = 5) -> list[str]:
    rnd = random.Random(seed)
    out = ["", "青", "第十一届二中全会", "713所、七二五所长", "东方重工重工集团，西山集团"]
    # a match opening at each possible first character of the shapes, in and out of context
    whole = ["党的十二届一中全会", "中共三届二中全会", "三届一中全会", "十三届二中全会", "一二三届一中全会",
             "〇三所", "第12研究所", "一二所", "统战部部长", "、组织部副部长", "组织部长", "一、青山",
             "西山重工集团", "重工集团", "X市", "*县", "a", "qingshan", "QingShan", "一届二中全会",
             "二届一中全会", "01所", "23所", "45所", "35所", "56所", "89所", "98所", "6789所", "三〇所",
             "二〇所", "二、青山", "\n三、青山"]
    out += whole + ["，".join(rnd.sample(whole, 4)) for _ in range(50)]
    out += ["".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(1, 60))) for _ in range(400)]
    return out


def _same(p: re.Pattern, fast: Prefiltered, t: str, *args) -> bool:
    a = [(m.span(), m.groups()) for m in p.finditer(t, *args)]
    b = [(m.span(), m.groups()) for m in fast.finditer(t, *args)]
    return a == b


@pytest.mark.parametrize("shape", SHAPES)
def test_same_matches_as_finditer(shape):
    p = re.compile(shape)
    fast = Prefiltered(p)
    for t in _texts():
        assert _same(p, fast, t), (shape, t)
        assert _same(p, fast, t, 2, max(2, len(t) - 3)), (shape, t)


@pytest.mark.parametrize("shape", SHAPES)
def test_checked_scan_same_matches_as_finditer(shape):
    """checked=True: the first characters where the whole pattern matches, found in C (speed12)."""
    p = re.compile(shape)
    fast = Prefiltered(p, checked=True)
    assert fast.checked is not None or fast.starts is None or "(?m)" in shape
    for t in _texts():
        assert _same(p, fast, t), (shape, t)
        assert _same(p, fast, t, 2, max(2, len(t) - 3)), (shape, t)


def test_checked_scans_of_the_pipeline():
    from ingest.components import entities

    ctx = NameContext()
    wrapped = [entities.ALIAS_RE, ctx.party_re, name_rules.NUMBERED_INSTITUTE, name_rules.BARE_PARTY_DEPT,
               name_rules.PERSONS_RE7, name_rules.ONE_CHAR_PLACE_RE]
    assert all(w.checked is not None for w in wrapped)
    rnd = random.Random(12)
    pool = list("(（)）,，、。以下简称为：青山东方重工集团公司所院第十二三届中全会大\n\"“”*X省市") + [
        "以下简称", "简称", "下称", "（以下简称“东方重工”）", "，简称“青山”", "(青山)", "十二大",
        "第十三届三中全会", "七二五所", "十二大产业", "中共", "党的"]
    texts = ["东方重工集团有限公司（以下简称东方重工）", "青山市（青山）"]
    texts += ["".join(rnd.choice(pool) for _ in range(rnd.randint(1, 60))) for _ in range(800)]
    found = 0
    for w in wrapped:
        for t in texts:
            assert _same(w.regex, w, t), (w.pattern, t)
            assert _same(w.regex, w, t, 1, max(1, len(t) - 2)), (w.pattern, t)
            found += bool(w.regex.search(t))
    assert found > 100


def test_first_characters():
    assert first_chars(re.compile(r"(?<![0-9])第?(?:12|一二)所")) == frozenset("第1一")
    assert first_chars(re.compile(r"(?:东方|西山)?集团")) == frozenset("东西集")
    assert first_chars(re.compile(r"a*")) is None
    assert first_chars(re.compile(r"[^a]b")) is None
    assert first_chars(re.compile(r"(?i)ab")) is None


def test_preceding_characters():
    """A pattern opening with a clause start is tried right after the characters its look-behinds
    end with (and after a newline when ^ is multi-line)."""
    assert preceding_chars(re.compile(r"(?:^|(?<=[，。]))[一-鿿]{2}")) == "，。"
    assert preceding_chars(re.compile(r"(?m)(?:^|(?<=[，\s])|(?<=我[委局]))[一-鿿]{2}")) == "\\n，\\s委局"
    assert preceding_chars(re.compile(r"(?:^|(?<![，。]))[一-鿿]{2}")) is None  # a negative look-behind
    assert preceding_chars(re.compile(r"(?:^|(?<=[，。]))[一-鿿]*")) is None  # may be empty
    assert preceding_chars(re.compile(r"(?:^|青)[一-鿿]{2}")) is None  # not only assertions
    fast = Prefiltered(re.compile(r"(?:^|(?<=[，。]))([一-鿿]{2})(?=说)"))
    assert fast.after is not None and fast.starts is None
    assert [m.group(1) for m in fast.finditer("甲乙说，丙丁说。青山市戊己说")] == ["甲乙", "丙丁"]


def test_the_clause_start_scans_agree_with_their_plain_scan():
    ctx = NameContext()
    wrapped = [ctx.name_title_re, gen_persons._SPEAKER, name_rules.NAME_LIST_RE]
    assert all(w.after is not None for w in wrapped)
    rnd = random.Random(11)
    pool = list("，。、：；”\n 我委局办甲乙丙丁戊青山市") + [
        "主任", "书记", "市长", "说", "表示", "在", "等同志", "出席", "领导", "同志", "副部长"]
    texts = ["我委甲乙主任说，丙丁书记表示", "\n甲乙、丙丁等同志出席"]
    texts += ["".join(rnd.choice(pool) for _ in range(rnd.randint(1, 60))) for _ in range(600)]
    for w in wrapped:
        for t in texts:
            assert _same(w.regex, w, t), (w.pattern, t)
            assert _same(w.regex, w, t, 1, max(1, len(t) - 2)), (w.pattern, t)


def test_the_wrapped_patterns_agree_with_their_plain_scan():
    ctx = NameContext()
    wrapped = [ctx.party_re, ctx.placeholder_re] + [v for m in (name_rules, gen_event_names)
                                                    for v in vars(m).values() if isinstance(v, Prefiltered)]
    assert len(wrapped) >= 6 and all(w.starts or w.guard or w.needs or w.needs_one or w.anchor
                                     for w in wrapped)
    rnd = random.Random(9)
    pool = sorted(set("".join(w.starts.pattern for w in wrapped if w.starts)) - set("[]\\")) + list(
        "所全会届大中研究院部长同志书记市县区东方重工集团、，。\n") + [
        "等3个项目", "等项目", "项目", "项目、", "〔2021〕", "第3号", "号", "十二届三次全体会议",
        "委员会第二次会议", "董事长", "董事会", "政治部", "在京", "召开", "学习", "传达", "司令员", "政委",
        "院士"]
    texts = ["中共青山市第十二届三中全会", "七二五所", "航天四院和十院", "X市、**县同志"]
    texts += ["".join(rnd.choice(pool) for _ in range(rnd.randint(1, 80))) for _ in range(300)]
    for w in wrapped:
        for t in texts:
            assert _same(w.regex, w, t), (w.pattern, t)


@pytest.mark.parametrize("shape", SHAPES)
def test_lookahead_same_matches(shape):
    """A pattern behind its first-character look-ahead finds what it found alone, with every
    method the rules call (finditer, search, match at a position, sub)."""
    p = re.compile(shape)
    q = lookahead(p)
    for t in _texts():
        assert [(m.span(), m.groups()) for m in p.finditer(t)] == [
            (m.span(), m.groups()) for m in q.finditer(t)]
        a, b = p.search(t, 1), q.search(t, 1)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (shape, t)
        a, b = p.match(t, 2), q.match(t, 2)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (shape, t)
        assert p.sub("#", t) == q.sub("#", t)


def test_lookahead_on_the_relation_scans():
    """The relation patterns put behind a look-ahead (relation_patterns, end of module) agree with
    their plain form on invented masked sentences (type characters, list marks, cue words)."""
    from ingest.components import relation_patterns as rp
    from ingest.components.relation_view import TYPE_CHAR

    names = ("SUPPORT_DUI", "SUPPORTER_ATTRIBUTIVE", "SPONSOR_ATTRIBUTIVE", "SPONSOR_THEN_HOST",
             "SPONSOR_ACTIVE", "JOINED", "LISTED_AFFILIATES", "LISTED_MEMBERS")
    wrapped = [getattr(rp, n) for n in names]
    assert all(w.pattern.startswith("(?=[") for w in wrapped)
    plain = [re.compile(w.pattern[w.pattern.index("])(?:") + 5:-1], w.flags) for w in wrapped]
    marks = list(TYPE_CHAR.values())
    pool = marks * 3 + list("、、和与及等对的，。；在") + [
        "关心和支持", "支持", "主办", "承办了本次", "联合主办，", "共同", "的", "的“", "加入", "等", "等8家",
        "所属", "下属企业", "成员单位", "在青山", "对", "的大力扶持", "建设", "\ue003", "\ue00c", "\ue005"]
    rnd = random.Random(11)
    texts = ["".join(rnd.choice(pool) for _ in range(rnd.randint(1, 30))) for _ in range(3000)]
    found = 0
    for p, q in zip(plain, wrapped, strict=True):
        for t in texts:
            a = [(m.span(), m.groups()) for m in p.finditer(t)]
            assert a == [(m.span(), m.groups()) for m in q.finditer(t)], (p.pattern, t)
            found += bool(a)
    assert found > 100  # (the texts do hold matches to compare)


def test_trailing_lookahead_guard():
    """A pattern that closes with a look-ahead is scanned only on texts where the look-ahead matches;
    the split is taken only at the top level (nested or bracketed look-aheads give none)."""
    from ingest.components.prefilter import trailing_lookahead

    assert trailing_lookahead(re.compile(r"(?<=，)(青山|东方)(?=等[0-9]*个项目)")).pattern == "等[0-9]*个项目"
    assert trailing_lookahead(re.compile(r"青(?=山|$)")).pattern == "山|$"
    for no in (r"青山", r"a|(?=b)", r"(a(?=b))", r"x(?=a(?=b))", r"x(?=a(?=b)c)", r"x[(?=]", r"x\(?=y\)"):
        assert trailing_lookahead(re.compile(no)) is None, no
    shapes = [r"(?:(?<=[，,：:])|^)([青山东方]{1,4}(?:、[青山东方]{1,4})+)"
              r"(?=等[0-9一二三]*[个项]?[\u4e00-\u9fff]{0,3}项目)",
              r"(?<![青])东方(?=(?:重工集团|公司))"]
    pool = list("青山东方、，,：:等3一二个项目重工集团公司\n") + [
        "项目", "等3个项目", "重工集团", "公司", "青山、东方", "，东方、山"]
    rnd = random.Random(13)
    texts = ["".join(rnd.choice(pool) for _ in range(rnd.randint(1, 50))) for _ in range(2000)]
    for shape in shapes:
        p = re.compile(shape, re.M)
        fast = Prefiltered(p)
        assert fast.guard is not None
        found = 0
        for t in texts:
            assert _same(p, fast, t), (shape, t)
            found += bool(p.search(t))
        assert found > 20


def test_anchor_split():
    """A pattern opening with a short run of any characters before a few rarer ones is tried only
    that run's width before each of them (speed12); other shapes get no anchor."""
    from ingest.components.prefilter import anchor_split

    assert anchor_split(re.compile(r"([一-鿿]{2,3}?)同志")) == (2, 3, "同")
    assert anchor_split(re.compile(r"[一-鿿]{3,16}?项目")) == (3, 16, "项")
    opt = re.compile(r"(?<=[，])(?:[一-鿿]{1,4}?[部处])?([一-鿿]{2,3}?)(?:局|委)")
    assert anchor_split(opt) == (2, 8, "委局")
    assert anchor_split(re.compile(r"[一-鿿]{1,2}\d")) == (1, 2, r"\d")
    # a part repeated at least once opens with its first round (a run of departments)
    run = re.compile(r"(?<![一-鿿])(?:[一-鿿]{2,5}?[局委]、){2,}[一-鿿]{2,5}?[局委]")
    assert anchor_split(run) == (2, 5, "委局")
    for no in (r"[一-鿿]+同志", r"[一-鿿]{2,30}同志", r"[一-鿿]{2,3}[^，]", r"(?i)[a-z]{2}x", r"[一-鿿]{0,3}",
               r"([一-鿿])\1同", r"[一-鿿]{2}(?:甲|乙|丙|丁|戊|己|庚|辛|壬|癸|子|丑|寅)"):
        assert anchor_split(re.compile(no)) is None, no
    assert Prefiltered(re.compile(r"([一-鿿]{2,3}?)同志")).anchor is not None
    assert Prefiltered(re.compile(r"(?<![0-9])第?(?:12|一二)所")).anchor is None  # (first characters known)
    # the pipeline's: a name before 同志 or a bracketed title, a town before its village, dotted names
    from ingest.components.gen_persons import _DOTTED

    ctx = NameContext()
    for w in (name_rules.PERSONS_RE6, name_rules.TOWN_VILLAGE, ctx.paren_title_re, _DOTTED,
              name_rules.NAME_AFTER_DEPARTMENT, name_rules.DEPT_RUN):
        assert w.anchor is not None, w.pattern
    fast = name_rules.PERSONS_RE6
    assert [m.group(1) for m in fast.finditer("请甲乙丙同志、丁戊同志和同志们")] == ["甲乙丙", "丁戊"]


def test_required_sequence():
    from ingest.components.prefilter import required_sequence

    lists = re.compile(r"[一-鿿]{3,16}?项目(?:[、和及][一-鿿]{3,16}?项目)+")
    assert required_sequence(lists).pattern == "项目[、和及]"
    assert required_sequence(re.compile(r"(重工)[集团]{2}")).pattern == "重工[集团]"
    assert required_sequence(re.compile(r"重工集团")) is None  # a literal: required_literal's `in` says it
    assert required_sequence(re.compile(r"重工(?:集团|公司)")) is None
    assert required_sequence(re.compile(r"[甲乙]")) is None  # one class: the first-character scan says it
    fast = Prefiltered(re.compile(r"[一-鿿]{2}项目(?:[、和][一-鿿]{2}项目)+"))
    assert fast.needs_seq is not None and list(fast.finditer("青山项目和东方项目")) != []
    assert list(fast.finditer("青山项目，东方项目")) == []


def test_required_literal():
    """The literal every match holds: runs outside optional parts, alternatives and classes."""
    from ingest.components.prefilter import required_literal

    assert required_literal(re.compile(r"[青山]{3,16}?项目(?:[、和及][青山]{3,16}?项目)+")) == "项目"
    assert required_literal(re.compile(r"(?<![青])[东方]{1,10}〔20[0-9]{2}〕第?[0-9]{1,4}号")) == "〔20"
    assert required_literal(re.compile(r"(?:东方重工)?集团")) == "集团"
    assert required_literal(re.compile(r"(东方重工|西山)集团")) == "集团"
    assert required_literal(re.compile(r"a(?:bcd)+e")) == "bcd"
    assert required_literal(re.compile(r"(?:东方重工)*|集团")) == ""
    assert required_literal(re.compile(r"(?i)ab")) == ""
    p = re.compile(r"(?<![东])[东方西山]{1,6}(?:重工)?集团(?:有限)?公司")
    fast = Prefiltered(p)
    assert fast.needs == "集团"
    for t in _texts() + ["东方重工集团有限公司，西山集团公司", "东方重工公司", "集团"]:
        assert _same(p, fast, t), t


def test_required_words():
    """An alternation of literal words outside optional parts: every match holds one of them."""
    from ingest.components.prefilter import required_words

    titled = re.compile(r"(?<=学习)[东方]{2,3}?(?:司令员|政委|院士)")
    assert required_words(titled) == ("司令员", "政委", "院士")
    # (of two alternations, the one whose shortest word is longer)
    assert required_words(re.compile(r"(?:东方|西山)集团(?:公司|厂)")) == ("东方", "西山")
    for no in (r"(?:司令员|政委)?东方", r"(?:司令员|政委|)东方", r"(?:司令员|[政军]委)东方",
               r"(?i)(?:ab|cd)"):
        assert required_words(re.compile(no)) == (), no
    p = re.compile(r"(?<=学习)[东方西山]{2,3}?(?:司令员|政委|院士)")
    fast = Prefiltered(p)
    assert fast.needs_one == ("司令员", "政委", "院士")
    for t in _texts() + ["学习东方司令员讲话", "学习西山院士", "学习东方", "政委"]:
        assert _same(p, fast, t), t
