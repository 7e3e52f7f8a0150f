"""Generators `places` and `after_places`: administrative places (cpca) and regions, and names
that lean on a place found before them (某省首支…基金, 某某区(杭经开区)).
"""

from __future__ import annotations

from ingest.components import head_filters, segment
from ingest.components.candidate import Cand, coverage, is_cjk
from ingest.components.head_filters import HeadCand
from ingest.components.lexicon import Lexicon, data_lines
from ingest.components.name_context import NameContext
from ingest.components.name_rules import (
    FIRST_FUND,
    FOUNDING_VERBS,
    GENERIC_DISTRICTS,
    HEAD_INFO,
    MEDIA_AFTER,
    MEDIA_LONG,
    NESTED_AFTER_PLACE,
    NESTED_HEAD_MODIFIES,
    NESTED_NAME_HEADS,
    ONE_CHAR_PLACE_RE,
    ONE_CHAR_PLACES,
    PAREN_ZONE,
    PLACE_BODY_AFTER,
    PLACE_FEATURE_AFTER,
    PLACE_VERBS,
    QUOTE_BREAK,
    SOURCE_FIELD_BEFORE,
    STOP_CHARS,
    STREET_ALONE_BEFORE_WORDS,
    STREET_LEVEL,
    STREET_NAME_WORD_FREQ,
    SUB_AREA,
    SUB_AREA_BEFORE,
    SUB_AREA_POS,
    TOWN,
    TOWN_ALONE_AFTER_CHARS,
    TOWN_ALONE_BEFORE_WORDS,
    TOWN_LEVEL_CHAR,
    TOWN_VILLAGE,
    VILLAGE,
    VILLAGE_NOT_NAMES,
)
from ingest.components.place_codes import codes, inside
from ingest.components.trie_regex import WordMatcher

ADMIN_CHARS = frozenset("省市县区州盟旗镇乡")
# broad compass regions (华北, 西南): a direction or a broad area, never a Location by themselves
COMPASS_REGIONS = frozenset(data_lines("compass_regions.txt"))
# a bare three-character mask (XXX, ***) hides a person's name or a title (讲话人 XXX, 党委***):
# the texts mask a place as XX, ** or X市 (u11, u12, u46: no three-character mask is a place)
MASKED_NON_PLACES = frozenset(("XXX", "***"))
# the heads of names a place may open (name_rules.NESTED_NAME_HEADS) and how far after the place
# such a head may start
NAME_HEADS = WordMatcher(NESTED_NAME_HEADS, dfa="all")
NESTED_REACH = 16
# heads that after a place and a few words mostly name a kind (青山人防工程, 青山服务平台)
KIND_HEADS = frozenset(("工程", "平台"))
# the head reject rules that read a stretch as a description (a count, a first one, a generic body,
# a body's website, an address), not as a name the recogniser missed (head_filters.py)
DESCRIPTION_FILTERS = ("counted", "generic_body", "first_of_kind", "counted_before", "described_one",
                       "only_one", "verb_then_new", "plural_jurisdictions", "street_address",
                       "body_website", "field_description")


def _village_end(t: str, e: int, covered: bytearray) -> int:
    """The end of a village written right after its town (…白水镇石桥村), else e (the town's end)."""
    m = VILLAGE.match(t, e)
    if m is None or any(covered[e:m.end()]) or m.group(1) in VILLAGE_NOT_NAMES \
            or any(x in STOP_CHARS for x in m.group(1)):
        return e
    return m.end()


def _opens_source_field(t: str, s: int, e: int) -> bool:
    """Does the place open a page's source field, glued to more words (来源:青山检察)? The outlet's
    name, not the place (来源:青山市人民政府网 is the media rule's; 来源:青山 alone stays a place)."""
    return bool(SOURCE_FIELD_BEFORE.search(t, max(0, s - 6), s)) and is_cjk(t[e:e + 1])


def _town_villages(t: str, covered: bytearray, found: list[Cand]) -> list[Cand]:
    """Town + village written with no county before them (位于白水镇石桥村): one place, the village no
    kind of village (贫困村, 各村) and neither part holding a stop character (全乡, 各村)."""
    if "村" not in t and "邨" not in t:
        return []
    taken = coverage(len(t), found)
    out = []
    for m in TOWN_VILLAGE.finditer(t):
        town, village = m.group(1), m.group(2)
        if any(covered[m.start():m.end()]) or any(taken[m.start():m.end()]) \
                or village in VILLAGE_NOT_NAMES or any(x in STOP_CHARS for x in town + village):
            continue
        out.append(Cand(m.start(), m.end(), "Location", "rule:town_village", 0.6, priority=0))
    return out


# a place word of the dictionary rarer than this is a local place (天镇); 城镇, 重镇, 古镇 are common
# words jieba also tags as places
RARE_PLACE_WORD = 50


def _towns_alone(ctx: NameContext, t: str, covered: bytearray, found: list[Cand]) -> list[Cand]:
    """A town named alone, with no county before it (name_rules.TOWN_ALONE): one place, unless its
    name holds a stop character (全镇, 各乡) or is no name (贫困乡), or its last character and the level
    word make a common word (小镇, 重镇, 城镇, 家乡): a kind of town or a word, not a town's name."""
    if "镇" not in t and "乡" not in t:
        return []
    taken = coverage(len(t), found)
    out = []
    for m in TOWN_LEVEL_CHAR.finditer(t):
        e = m.end()
        if e < len(t) and is_cjk(t[e]) and not t.startswith(TOWN_ALONE_BEFORE_WORDS, e):
            continue  # 镇江, 乡镇, 白水镇烈士陵园: the level character opens a word or a longer name
        s = _town_alone_start(t, m.start())
        if s < 0 or any(covered[s:e]) or any(taken[s:e]) or not _town_name(ctx, t[s:e - 1], t[e - 2:e]) \
                or t[s - 1:s] == "“" and t[e:e + 1] == "”":
            continue  # (“三人乡”: a quoted epithet)
        out.append(Cand(s, e, "Location", "rule:town_alone", 0.6, priority=0))
    return out


def _streets_alone(ctx: NameContext, t: str, covered: bytearray, found: list[Cand]) -> list[Cand]:
    """ent48: a street (街道) named alone, as a town is (`_towns_alone`): its name two or three
    characters opened like a town's and closed by punctuation, a digit, 的, an event verb or its party
    committee (党). Why: the gazetteer holds few streets, and a city's report lists its streets by
    name (、白沙街道、青石街道63.5%); a street's facility (白沙街道退役军人服务站) or body (白沙街道办事处)
    follows with no mark and is left to the head rules. A frequent word before 街道 (城区, 社区) names a
    kind of street, no street."""
    if STREET_LEVEL[0] not in t:
        return []
    taken = coverage(len(t), found)
    jw = ctx.lex.jieba_words
    out = []
    k = t.find(STREET_LEVEL[0])
    while k >= 0:
        e = k + len(STREET_LEVEL[0])
        s = _town_alone_start(t, k)
        if (e >= len(t) or not is_cjk(t[e]) or t.startswith(STREET_ALONE_BEFORE_WORDS, e)) and s >= 0 \
                and not any(covered[s:e]) and not any(taken[s:e]) and t[s:k] not in VILLAGE_NOT_NAMES \
                and not any(x in STOP_CHARS for x in t[s:k]) \
                and (jw.get(t[s:k]) or (0, ""))[0] < STREET_NAME_WORD_FREQ:
            out.append(Cand(s, e, "Location", "rule:street_alone", 0.6, priority=0))
        k = t.find(STREET_LEVEL[0], e)
    return out


def _town_alone_start(t: str, k: int) -> int:
    """Start of a town's name of three or two characters before its level character at k, opened by
    the text's start, a non-Chinese character or a preposition or verb of going (-1: none)."""
    for s in (k - 3, k - 2):
        if s >= 0 and all(is_cjk(c) for c in t[s:k]) \
                and (s == 0 or not is_cjk(t[s - 1]) or t[s - 1] in TOWN_ALONE_AFTER_CHARS):
            return s
    return -1


def _town_name(ctx: NameContext, name: str, last_two: str) -> bool:
    """Can `name` before 镇/乡 be a town's own name? Not with a stop character or a word that is no
    name, nor when its last character and the level word make a common dictionary word (小镇, 城镇,
    重镇, 家乡; 天镇 is a rare county's name: a town's name may end in it)."""
    if name in VILLAGE_NOT_NAMES or any(x in STOP_CHARS for x in name):
        return False
    word = ctx.lex.jieba_words.get(last_two)
    return word is None or word[1] == "ns" and word[0] < RARE_PLACE_WORD


def _bracketed_place_after(ctx: NameContext, t: str, e: int) -> bool:
    """Is e followed by a place in brackets (中国(青山)国际合作周: the country's name opens a name)?"""
    if t[e:e + 1] not in "(（":
        return False
    m = ctx.place_re.match_at(t, e + 1)
    return m is not None and t[m.end():m.end() + 1] in ")）"


def places(ctx: NameContext, t: str, chosen: list[Cand]) -> list[Cand]:
    lx = ctx.lex
    covered = coverage(len(t), chosen)
    out = []
    for s, e, w in ctx.place_re.finditer(t):
        if any(covered[s:e]):
            continue
        e, w = _place_chain(ctx, t, s, e, w, covered)
        if not _place_boundary_ok(ctx, t, s, e, w):
            continue
        if w[0] in "和与及" and s and is_cjk(t[s - 1]) and t[s - 1] not in "省市":
            continue  # 项目和县媒体…: the conjunction 和 before 县, not 和县
        if w in ("中国", "中國") and (
                t.startswith(("特色", "梦", "式", "化", "制造"), e)
                or _bracketed_place_after(ctx, t, e)
                or is_cjk(t[e:e + 1]) and t[e] not in STOP_CHARS
                and not (lx.jieba_words.get(t[e:e + 2]) or (0, ""))[1].startswith("v")):
            continue  # 中国某某 glued: the national prefix of a name (中国云谷), not the country;
            # 中国革命 (before a verbal noun) is the country; 中国制造 a slogan; 中国(青山)…周 a
            # name that carries its host city in brackets
        if t[e:e + 1] in "-－" and is_cjk(t[e + 1:e + 2]) \
                or s and t[s - 1] in "-－" and is_cjk(t[s - 2:s - 1]):
            continue  # 中国-东盟自由贸易区: one half of a hyphenated pair, part of a longer name
        if _opens_quoted_phrase(t, s, e):
            continue  # “青山模式”, “东川造”: the place opens a quoted model or slogan, no place
        nxt_place = ctx.place_re.match_at(t, e)
        if MEDIA_AFTER.match(t, e) or nxt_place and MEDIA_AFTER.match(t, nxt_place.end()) \
                or MEDIA_LONG.match(t, e) or _opens_source_field(t, s, e):
            continue  # 闽东日报, 中国证券网, 宁德网: a news outlet, not the place
        if NESTED_AFTER_PLACE.match(t, e):
            continue  # 青山经济日报德阳讯, 青山通用机场, 青山奥运会: a word of a nested name
        if _opens_longer_name(ctx, t, s, e, covered, nxt_place):
            continue  # 青山东方新材料有限公司, 青山市白水烈士陵园: a word of a name not taken
        if w in COMPASS_REGIONS:
            continue  # 迁往西南、西北, 东北振兴: a direction or a broad area, no named place
        src = "gazetteer:region" if w in lx.regions else "gazetteer:cpca"
        e = _sub_area_end(ctx, t, s, e, covered, chosen)
        out.append(Cand(s, e, "Location", src, 0.85, priority=1))
    doc_places: list[str] = []  # every place form of the text, read once when first needed
    # places written back to back with a list comma between them: (end of one, start of the next)
    listed = {(a.end, b.start) for a in out for b in out if b.start == a.end + 1 and t[a.end] == "、"}
    out = [c for c in out if _written_as_place(t, c, listed)
           or not _unanchored_short_form(ctx, t, t[c.start:c.end], doc_places)]
    # county short forms that are common words: only inside an enumeration of places
    place_at = {c.start: c for c in out}
    place_end = {c.end: c for c in out}
    for s, e, _w in ctx.county_re.finditer(t):
        if any(covered[s:e]):
            continue
        left, right = t[s - 1:s], t[e:e + 1]
        if (left == "、" and (s - 1) in place_end) or (right == "、" and (e + 1) in place_at):
            out.append(Cand(s, e, "Location", "gazetteer:cpca:enumeration", 0.6, priority=0))
    out += _town_villages(t, covered, out)
    out += _towns_alone(ctx, t, covered, out)
    out += _streets_alone(ctx, t, covered, out)
    for m in ONE_CHAR_PLACE_RE.finditer(t):
        s, e = m.span(1)
        if not covered[s]:
            out.append(Cand(s, e, "Location", "rule:one_char_place", 0.6, priority=0,
                            key=ONE_CHAR_PLACES[m.group(1)]))
    for m in ctx.placeholder_re.finditer(t):
        s, e = m.span()
        if any(covered[s:e]) or t[e:e + 1] == "等" or m.group() in MASKED_NON_PLACES:
            continue
        out.append(Cand(s, e, "Location", "rule:placeholder", 0.6, priority=0))
    return out


# characters of counts and ordinals: a stretch holding one is a numbered thing (一中, 三号楼), no quarter
_NUMBER_CHARS = frozenset("一二三四五六七八九十百千万两第号")


def _sub_area_end(ctx: NameContext, t: str, s: int, e: int, covered: bytearray,
                  chosen: list[Cand]) -> int:
    """The end of the place at [s, e) with a named quarter of it written right after it, else e.

    在青山白沙洲举行, 赴青山石湖等地: where an event is held or people go, a city and a quarter the
    gazetteer does not hold (name_rules.SUB_AREA) are one place as written. The quarter is no word
    jieba reads as something else (隆重 an adjective, 宾馆 a common noun: SUB_AREA_POS), holds no stop
    or number character (首次, 一中), ends in no body head (市委, 人社局) and is no place itself (the
    chain's). A zone of the national list taken alone there (青山 + 石湖 of the park gazetteer) is
    the quarter: the place as written is the city and it (a zone with a park head, 青山高新区, is
    taken whole with its city and never reaches here)."""
    if not s or t[s - 1] not in SUB_AREA_BEFORE:
        return e
    m = SUB_AREA.match(t, e)
    if m is None or ctx.place_re.match_at(t, e) is not None:
        return e
    if any(covered[e:m.end()]) and not any(
            c.start == e and c.end == m.end() and c.source == "gazetteer:national" for c in chosen):
        return e
    q = m.group(1)
    if any(x in STOP_CHARS or x in _NUMBER_CHARS for x in q) or any(q.endswith(h) for h in HEAD_INFO):
        return e
    jw = ctx.lex.jieba_words
    entry = jw.get(q)
    if entry is not None:
        return m.end() if entry[1] in SUB_AREA_POS else e
    parts = segment.lcut(q, HMM=False)
    if any(len(x) > 1 and (jw.get(x) or (0, ""))[1] not in SUB_AREA_POS for x in parts):
        return e
    return m.end()


def _opens_longer_name(ctx: NameContext, t: str, s: int, e: int, covered: bytearray, nxt=False) -> bool:
    """Does the place at [s, e) open a longer name that no candidate took? A head word of a name
    (NAME_HEADS) that ends a jieba token (烈士|陵园 or 烈士陵园) within the run of untaken characters
    after the place, at least two characters of name material before it, the name read back from
    that head (the recogniser's left_extend: no stop word, particle or governing verb) reaching the
    place, and the stretch no description of a kind (_describes_kind).

    The place is then a word of the name (GUIDELINES "Nested names"): a firm or an office the
    recogniser missed (青山东方新材料科技有限公司), a cemetery or memorial the gold does not annotate
    (青山市白水烈士陵园); a mention of the place written on its own elsewhere still counts. A place
    before a stop word (青山市召开…会议, 青山市的…中心) or whose run is a place itself (青山市白水新区)
    stays. `nxt`: the place matched at e (ctx.place_re.match_at(t, e)) when the caller has it.
    """
    end = min(len(t), e + NESTED_REACH)
    i = e
    while i < end and is_cjk(t[i]) and not covered[i]:
        i += 1
    if i - e < 3:
        return False
    if nxt is False:
        nxt = ctx.place_re.match_at(t, e)
    for hs, he in NAME_HEADS.longest_at_each_start(t[e + 2:i]):
        hs, he = hs + e + 2, he + e + 2
        if nxt is not None and nxt.end() >= he or t.startswith(NESTED_HEAD_MODIFIES, he):
            continue  # (…or 青山区域中心|城市: the head word modifies a noun after it, no name ends there)
        if not _token_ends_at(t, he):  # (a segmentation: asked last)
            continue
        start, _hard = ctx.left_extend(t, hs, he)
        return start <= s and not _describes_kind(ctx, t, s, e, hs, he)
    return False


def _describes_kind(ctx: NameContext, t: str, s: int, e: int, hs: int, he: int) -> bool:
    """Is the place + words + head a description, not a name? The words open with a verb (青山建设
    …基地: to build one there), the head's reject rules read it as a count, a first one, a generic
    body or an address (DESCRIPTION_FILTERS: 青山第二个…示范基地, 青山地方政府, 青山两级党委), or it
    is a kind of project or of works (青山重点项目, 青山人防工程)."""
    head = t[hs:he]
    if head in KIND_HEADS or head == "项目" and not ctx._project_body_ok(t[e:hs]):
        return True
    first = segment.lcut(t[e:hs], HMM=False)[0]
    if first.startswith(FOUNDING_VERBS) or (ctx.lex.jieba_words.get(first) or (0, ""))[1] == "v":
        return True
    typ, cls = HEAD_INFO.get(head, ("", ""))
    h = HeadCand(t, head, typ, cls, t[s:hs], s, hs, he)
    return any(head_filters.FILTERS[f](ctx, h) for f in DESCRIPTION_FILTERS)


def _place_chain(ctx: NameContext, t: str, s: int, e: int, w: str, covered: list[bool]) -> tuple[int, str]:
    """(end, text) of the place at [s, e) extended over the places that follow it inside it.

    Compound places: 浙江省永康市, 顺德区杏坛镇; a chain of places each inside the one before, short
    forms too (东川青山市, 东川省青山市白水区); then a town after the county (or city, district) the
    chain ends with (湖北省青山县白水镇, 东川青山白水镇: a chain of short forms anchors its last
    county) and its village.
    """
    lx = ctx.lex
    last = w
    while True:
        m2 = ctx.place_re.match_at(t, e)
        if m2 and not any(covered[m2.start():m2.end()]) and m2.group() not in lx.regions \
                and (w in lx.places_full and m2.group() in lx.places_full
                     or inside(last, m2.group()) and not _opens_list_of_parts(ctx, t, m2.end(), last)):
            e = m2.end()
            w = t[s:e]
            last = m2.group()
            continue
        if last == w:
            e = _town_of_short_form(ctx, t, e, w, covered)
            if e > s + len(w):
                return e, t[s:e]
        m3 = TOWN.match(t[e:e + 7])
        if (_county_level(lx, last) or last != w and codes(last)) and m3 \
                and not any(covered[e:e + m3.end()]) \
                and not any(x in STOP_CHARS for x in m3.group()[:-1]):
            e += m3.end()
            e = _village_end(t, e, covered)
            w = t[s:e]
        return e, w


def _county_level(lx: Lexicon, w: str) -> bool:
    """Is w a city, county, district or banner written with its level character? A full name, or
    an autonomous county's short form with 县 (青山县 for 青山彝族自治县: the level is written, so a
    town after it is that county's, as after a full name)."""
    if not w or w[-1] not in "市县区縣區旗":
        return False
    return w in lx.places_full or w[-1] in "县縣" and bool(codes(w[:-1]))


def _opens_list_of_parts(ctx: NameContext, t: str, e: int, outer: str) -> bool:
    """Does the inner place ending at e open a list of the outer place's parts (东川青山、白水: each its
    own place)? Not when the next item lies outside the outer place (东川青山、西岭白水: a list of
    compound places, 山西大同、广东佛山: READ u76) or is no place at all."""
    if t[e:e + 1] != "、":
        return False
    nxt = ctx.place_re.match_at(t, e + 1)
    return nxt is None or inside(outer, nxt.group()) or not codes(nxt.group())


# the level words that make a county's or city's short form the name of a town (白水镇, 白水街道)
TOWN_LEVELS = ("街道", "镇", "乡", "鎮", "鄉")


def _town_of_short_form(ctx: NameContext, t: str, e: int, w: str, covered: list[bool]) -> int:
    """The end of a town named like a county or city and written with its level (白水 is 白水县'
    short form, 白水镇 a town of that name elsewhere): after the level word (and a village written
    right after it), else e.

    A short form before 镇, 乡 or 街道 names the town, not the county (READ u14, u54, u69); not
    when the level character opens a word (镇江, 乡村, 镇压) or another place, nor after a full form
    (青山县白水镇 is the chain rule's).
    """
    if w in ctx.lex.places_full or not t.startswith(TOWN_LEVELS, e) or covered[e]:
        return e
    level = "街道" if t.startswith("街道", e) else t[e]
    if len(level) == 1 and (ctx.lex.jieba_words.get(t[e:e + 2]) or ctx.place_re.match_at(t, e)):
        return e  # 乡村, 镇江, 乡镇: the level character begins a word
    return _village_end(t, e + len(level), covered)  # (白水镇石桥村: the town and its village, one place)


def _opens_quoted_phrase(t: str, s: int, e: int) -> bool:
    """Does the place open a short quoted phrase that goes on after it (“青山模式”, “东川样板”,
    “东川造”)? The phrase is the name of a model, a slogan or a title; the place is a word of it."""
    if t[s - 1:s] not in "“\"" or t[e:e + 1] in "”\"":
        return False
    close = next((i for i in range(e, min(len(t), e + 12)) if t[i] in "”\""), -1)
    return close > e and not QUOTE_BREAK.search(t, e, close)


def _written_as_place(t: str, c: Cand, listed: set[tuple[int, int]]) -> bool:
    """Is the form written as a place whatever it means: before an administrative character (青山市),
    in brackets (中国(青山)…周), or in a list with another place (来自永安、青山等地)?"""
    nxt = t[c.end:c.end + 1]
    return bool(nxt) and nxt in ADMIN_CHARS or c.start > 0 and t[c.start - 1] in "(（" \
        or any(c.start == b or c.end == a for a, b in listed)


def _unanchored_short_form(ctx: NameContext, t: str, w: str, doc_places: list[str]) -> bool:
    """Is `w` the short form of a county that nothing in the document places?

    A county's short form (安平 for 安平县), in a document that names neither
    its full form nor any place it lies in, is most often the everyday word it also is (人民安康,
    新建仓库, 了解和友谊) or a street or river of that name, not the distant county.
    """
    lx = ctx.lex
    full = lx.places_short.get(w, "")
    if w in lx.places_full or w in lx.regions or not full or full in t:
        return False
    if codes(w + "省") or not all(c[4:6] != "00" for c in codes(w)):
        return False  # a province's or a city's short form (洛阳, 北京; 河北 is also a district)
    if not doc_places:
        doc_places.extend(o for _s, _e, o in ctx.place_re.finditer(t))
    # anchored by a full form that starts with it (滨海新区 for 滨海, whichever county the table
    # gives the short form to) or by a place it lies in
    return not any(o.startswith(w) or inside(o, w) for o in doc_places if o != w)


def _place_boundary_ok(ctx: NameContext, t: str, s: int, e: int, w: str) -> bool:
    """A short place form must not be the first half of a longer word (红古|田, 兴国|之举)."""
    lx = ctx.lex
    if w in GENERIC_DISTRICTS:
        return False  # 近城区的单位: the word, not 某市城区
    if w not in lx.places_full and t.startswith(PLACE_FEATURE_AFTER, e):
        return False  # 紫阳湖宾馆, 东川路: a feature named after the place
    if len(w) == 2 and w[1] in "县区市旗" and s and lx.is_common_word(t[s - 1] + w[0], 300):
        return False  # 双拥模范县, 党管武装模范县: 模范 is the word; 范县 the county is not meant
    if len(w) == 2 and w in lx.places_full and w[1] in "县区":
        if w[0] in PLACE_VERBS and s and is_cjk(t[s - 1]) and t[s - 1] not in STOP_CHARS \
                and t.startswith(PLACE_BODY_AFTER + (w[1] + "长",), s + 1):
            return False  # 某某任县人武部政委: the verb 任 and 县人武部, not 任县 the county
        if not _glued_place_ok(t, s, e):
            return False  # 某某任县长: the verb 任 and 县长 (jieba: 任|县长)
    if w in lx.places_full or w in lx.regions and len(w) >= 3:
        return True
    full = lx.places_short.get(w, "")
    nxt, prev = t[e:e + 1], t[s - 1:s] if s else ""
    if nxt == "之":
        return False
    if full and full.endswith(("省", "自治区")):
        return True
    glued_right = nxt and is_cjk(nxt) and nxt not in STOP_CHARS
    glued_left = prev and is_cjk(prev) and prev not in STOP_CHARS
    if glued_right and len(w) == 2 and lx.is_common_word(w[1] + nxt, 300) \
            and not t.startswith(PLACE_BODY_AFTER, e):
        return False  # 惠民生 (惠 + 民生): the place's last character opens a common word
    if not glued_right and not glued_left:
        return True
    if w in lx.county_words and not t.startswith(PLACE_BODY_AFTER, e) and full not in t \
            and w + full[-1] not in t and not (ADMIN_CHARS | {"、"}) & {nxt, prev}:
        return False  # 生意兴隆, 健康长寿: a county's short form that is an everyday word, glued,
        # in a text that never names the county in full (立足青山实际 after 青山区委 is the place),
        # with no admin character beside it (东川省青山市) and in no list (来自青山、白水等地)
    if len(w) == 2 and t.startswith(PLACE_BODY_AFTER, e):
        return True  # 某某县委, 某某人武部: a body of the place
    if len(w) == 2 and glued_left and prev in lx.surnames1 and nxt not in "县区市旗" \
            and _single_token_at(t, s - 1):
        return False  # 书记王某康: a given name that is also a county's short form
    return _on_token_bounds(t, s, e)


def _glued_place_ok(t: str, s: int, e: int) -> bool:
    """A two-character 县/区 name glued to the words around it stands only where jieba's
    segmentation of the sentence starts and ends a token on it (not 任|县长, 惠|民生), or where
    its own body follows (某县县委, 某县人武部; the bare 委 is 县委 of the word after a verb)."""
    glued_left = s and is_cjk(t[s - 1]) and t[s - 1] not in STOP_CHARS
    glued_right = is_cjk(t[e:e + 1]) and t[e] not in STOP_CHARS
    if not glued_left and not glued_right:
        return True
    if t.startswith(tuple(b for b in PLACE_BODY_AFTER if b[0] == t[e - 1]), e):
        return True  # 某县县委; but 任县人武部 is 任 + 县人武部 unless jieba joins 某县
    return _on_token_bounds(t, s, e)


def _token_ends_at(t: str, i: int) -> bool:
    """Whether jieba's segmentation of the text around i ends a token at i."""
    pos = max(0, i - 4)
    for tok in segment.lcut(t[pos:i + 3], HMM=False):
        pos += len(tok)
        if pos >= i:
            return pos == i
    return False


def _single_token_at(t: str, i: int) -> bool:
    """Whether jieba makes the one character at i a token of its own (a surname before a name)."""
    window_s = max(0, i - 2)
    pos = window_s
    for tok in segment.lcut(t[window_s:i + 4], HMM=False):
        if pos == i:
            return len(tok) == 1
        if pos > i:
            return False
        pos += len(tok)
    return False


def _on_token_bounds(t: str, s: int, e: int) -> bool:
    """Whether jieba's segmentation of the text around [s, e) starts and ends a token there."""
    window_s = max(0, s - 2)
    toks = segment.lcut(t[window_s:e + 3], HMM=False)
    pos, bounds = window_s, set()
    for tok in toks:
        bounds.add(pos)
        pos += len(tok)
    bounds.add(pos)
    return s in bounds and e in bounds


def after_places(ctx: NameContext, t: str, chosen: list[Cand]) -> list[Cand]:
    """Names that lean on a place found before them: 某省首支…基金 (a place's first fund),
    某某区(杭经开区) (a zone in brackets after its district, named by one character)."""
    out = []
    ends = {c.end: c for c in chosen if c.type in ("Location", "IndustrialPark")}
    if "首" in t:
        for m in FIRST_FUND.finditer(t):
            if m.start() in ends and ends[m.start()].type == "Location" \
                    and not QUOTE_BREAK.search(m.group(1)) and "、" not in m.group(1):
                out.append(Cand(ends[m.start()].start, m.end(), "Fund", "rule:first_fund", 0.65, 2))
    if "区" in t:
        for m in PAREN_ZONE.finditer(t):
            if m.start() in ends and not any(c.start < m.end(1) and c.end > m.start(1)
                                             and c.type != "Location" for c in chosen):
                out.append(Cand(m.start(1), m.end(1), "IndustrialPark", "rule:paren_zone", 0.6, 2))
    return out
