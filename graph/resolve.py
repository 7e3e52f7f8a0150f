"""Entity resolution: one document's extraction → records keyed by canonical node keys.

A node key is the entity's canonical, jurisdiction-qualified name. "市委军民融合办" in a Longyan
document and "龙岩市委军民融合发展委员会办公室" elsewhere both become 龙岩市委军民融合办; the same words
in a document about another city become another key. Anonymised places (XX, **) are qualified by
their document (XX〔s000〕) because two documents' "XX" need not be the same city. National bodies,
enterprises, research institutes and people resolve globally.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from graph import places
from graph.model import SYMMETRIC_RELATIONS, DocumentGraph, EdgeRecord, Evidence, Extraction, NodeRecord
from ingest.components.lexicon import abbreviation_pairs, lexicon
from ingest.components.name_rules import PLACE_NAMED_FEATURES
from ingest.normalise import key as norm_key

PLACEHOLDER = re.compile(r"^(?:[XＸxｘ]{1,3}|\*{1,3}|＊{1,3}|某)")
LEVEL_CHARS = {"省": "province", "市": "city", "县": "county", "区": "county"}
# types whose unqualified names mean "the one of this document's jurisdiction"
LOCAL_TYPES = {"PartyGovBody", "MilitaryUnit", "IndustrialPark", "Fund", "Association"}
# types that only become local when their name says so (starts with a level word or a place)
PREFIXED_LOCAL_TYPES = {"Event", "Policy", "Project"}
GLOBAL_TYPES = {"Person", "Enterprise", "ResearchInstitute"}
PARTY = "中共"
REGION = "自治区"


def _abbreviations() -> tuple[tuple[str, str], ...]:
    """The key rows of the one abbreviation table (ingest/data/abbreviations.tsv, use keys/both)."""
    return abbreviation_pairs("keys")


@lru_cache(maxsize=1)
def _national() -> tuple[frozenset[str], tuple[str, ...]]:
    text = resources.files("graph").joinpath("data/national.txt").read_text(encoding="utf-8")
    names, prefixes = set(), []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("prefix:"):
            prefixes.append(line[len("prefix:"):])
        else:
            names.add(line)
    return frozenset(names), tuple(prefixes)


def canonical(name: str) -> str:
    """The key form of a name: folded (繁→简, full width), abbreviations shortened."""
    out = norm_key(name)
    for long, short in _abbreviations():
        out = out.replace(long, short)
    return out


def is_national(name: str) -> bool:
    """Whether a body resolves globally (graph/data/national.txt), written with or without a page's
    pinyin glosses (工业(yè)和信息化部 is 工业和信息化部)."""
    from ingest.textfold import strip_pinyin

    names, prefixes = _national()
    if name in names or name.startswith(prefixes):
        return True
    plain = strip_pinyin(name) if "(" in name else name
    return plain != name and (plain in names or plain.startswith(prefixes))


@dataclass(frozen=True)
class Jurisdiction:
    """The place a document speaks for, resolved to the levels that prefixes refer to."""

    label: str  # as used in keys: 龙岩市, or XX〔s000〕 for a placeholder, or "" if unknown
    level: str = ""
    province: str = ""
    city: str = ""
    county: str = ""  # the one county a document about a province or city names (see `document_county`)

    def at_level(self, level: str) -> str | None:
        if not self.level:
            return self.label or None  # a placeholder or unknown place stands for every level
        if level == self.level:
            return self.label
        if level == "province":
            return self.province or None
        if level == "city":  # a county's city, or the municipality or county-level city itself
            return self.city or None
        if level == "county":
            return self.county or None
        return None


def document_jurisdiction(label: str, doc_id: str) -> Jurisdiction:
    label = norm_key(label or "")
    if not label:
        return Jurisdiction("")
    if PLACEHOLDER.match(label):
        return Jurisdiction(f"{label}〔{doc_id}〕")
    place = places.lookup(label)
    if place is None:
        return Jurisdiction(label)
    return Jurisdiction(place.name, place.level, place.province if place.level != "province" else "",
                        _city_of(place))


# the adcode table's rows that group counties without being a city (a municipality's districts, the
# counties a province governs directly)
PSEUDO_CITIES = frozenset(("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"))


def _city_of(place: places.Place) -> str:
    """The place that a 市-prefixed body (市委, 市政府, 市人武部) of a document about `place` belongs to:
    - a municipality (天津市) and its districts (青山区 of 天津市): the municipality, not a city-level
      row of the table (市辖区 is no place: its 市委 merged every municipality district's);
    - a county-level city (青山市 under 东川市): the county-level city itself (its own 市委, 市政府);
    - a county or district: its prefecture city; a province: none."""
    if place.level == "province":
        return place.name if place.name.endswith("市") else ""
    if place.level == "county" and place.name.endswith("市"):
        return place.name
    if place.city in PSEUDO_CITIES or not place.city:
        return place.province if place.province.endswith("市") else ""
    return place.city


def document_county(extraction: Extraction, jur: Jurisdiction) -> Jurisdiction:
    """The jurisdiction with the county a 县- or 区-prefixed body (县委, 县政府, 区人武部) of the
    document belongs to, when the document's place is above a county (gaps16): the one county-level
    place inside it that the document names (a Location, or the innermost place a body's name
    opens with: 沧县人武部). A report filed under its province (河北沧县…, metadata 河北) keyed its
    bare 县委 as 河北省·县委, a node of the province; with two counties named, or none, it stays so."""
    if jur.level not in ("province", "city") or jur.county:
        return jur
    found = set()
    for ent in extraction.entities:
        n = norm_key(ent.name)
        if ent.type == "Location":
            place = places.lookup(n)
        else:
            lp = _innermost_place(n, jur) if ent.type in LOCAL_TYPES else None
            place = lp[0] if lp else None
        if place is not None and place.level == "county" and jur.label in (place.province, place.city):
            found.add(place.name)
    if len(found) != 1:
        return jur
    return Jurisdiction(jur.label, jur.level, jur.province, jur.city, found.pop())


def _leading_place(name: str, jur: Jurisdiction) -> tuple[places.Place, str] | None:
    """The place a name opens with, unless it opens with a short form that is not the place:
    - one that names a lake, bay, wetland or street (青山湾生物科技园, 东川湿地公园疏散基地, 青山路消防站:
      name_rules.PLACE_NAMED_FEATURES): such a feature is named after the place, not in it;
    - a county's short form that is an everyday word (解放 in 解放军…学院, 新兴 in 新兴产业…论坛, 东方 in
      东方某某公司, 公安 in 公安局): extraction reads these as places only in a list of places
      (lexicon.county_short), and a name that opens with one is the word, not the county, unless
      the county or its city is the document's place (中方人武部 in a 中方县 report).
    Such a name takes the document's place (local types) or none."""
    lp = places.leading_place(name)
    if lp is None or lp[1] == lp[0].name:
        return lp
    if name.startswith(PLACE_NAMED_FEATURES, len(lp[1])):
        return None
    if lp[0].level == "county" and lp[1] in lexicon().county_short \
            and jur.label not in (lp[0].name, lp[0].city):
        return None
    return lp


def _brand_word(lp: tuple[places.Place, str], jur: Jurisdiction) -> bool:
    """Whether the place an enterprise's or institute's name opens with is a word of its brand,
    not where it is: a county written short (no 县, 区, 市) that lies in another province than the
    document's (青山化工 in a 东川省 report: 青山 is also a county far away; a firm of that county
    is written with its level word, 青山县化工厂, or its province). The body then has no place: a
    wrong place is worse than none."""
    place, surface = lp
    own = jur.at_level("province") or (jur.label if jur.level == "province" else "")
    return (place.level == "county" and surface == place.short and bool(jur.level) and bool(own)
            and place.province != own)


def _innermost_place(name: str, jur: Jurisdiction) -> tuple[places.Place, str] | None:
    """The place a name opens with, followed down a chain of places each inside the one before
    (河南省兰考县人武部 → 兰考县, 安徽省安庆市大观区人武部 → 大观区, 湖南省衡阳白沙…产业园 → 衡阳市): the
    body is of the innermost place, as the same body written without the province is (兰考县人武部),
    so both are one node with that place's jurisdiction, not the province's."""
    lp = _leading_place(name, jur)
    if lp is None:
        return None
    place, end = lp[0], len(lp[1])
    while True:
        nxt = _next_link(name[end:], place, jur)
        if nxt is None or len(name) - end - len(nxt[1]) < 1:
            break
        place, end = nxt[0], end + len(nxt[1])
    return place, name[:end]


def _next_link(rest: str, outer: places.Place, jur: Jurisdiction) -> tuple[places.Place, str] | None:
    """The place inside `outer` that `rest` opens with: the table's own reading when it is inside,
    else the namesake inside `outer` (东川省 + 青山军分区: the 青山彝族自治州 of 东川省, not a county
    elsewhere the table keeps for 青山) when its full name is its own (a node is keyed and filed by
    the place's full name: the 鼓楼区 of 青山市 would be keyed as the table's other 鼓楼区) and the
    words after it do not make it a feature named after a place."""
    nxt = _leading_place(rest, jur)
    if nxt is not None and nxt[0].level != outer.level and outer.name in (nxt[0].province, nxt[0].city):
        return nxt
    inside = places.leading_place_inside(rest, outer)
    if inside is None or places.lookup(inside[0].name) != inside[0] \
            or rest.startswith(PLACE_NAMED_FEATURES, len(inside[1])):
        return None
    return inside


def _place_chain(name: str, jur: Jurisdiction) -> places.Place | None:
    """The innermost place of a place name written as a chain of places, each inside the one
    before, that the chain consumes whole (河北沧县 → 沧县, 山西省晋城市泽州县 → 泽州县, 浙江省丽水市莲都区 →
    莲都区: gaps16; 东川省青山州 → 青山彝族自治州 of 东川省, though the table keeps a county elsewhere for
    青山: `_next_link`); None when a link is not inside the one before (包头市青山区: the table's 青山区
    is another city's) or text is left over (…镇, …街道)."""
    lp = _leading_place(name, jur)
    if lp is None:
        return None
    place, end = lp[0], len(lp[1])
    while end < len(name):
        nxt = _next_link(name[end:], place, jur)
        if nxt is None:
            return None
        place, end = nxt[0], end + len(nxt[1])
    return place


def _region_key(n: str, jur: Jurisdiction, doc_id: str) -> tuple[str, str]:
    """自治区党委, 自治区政协, 自治区…会议: 自治区 is a level word like 省 (the province-level autonomous
    region the document's place lies in), not the start of a name to put after the document's city
    (乌鲁木齐市自治区党委, 新疆维吾尔自治区自治区党委)."""
    region = jur.at_level("province")
    if region and region.endswith(REGION):
        from ingest.textfold import strip_pinyin

        return region + canonical(strip_pinyin(n)[len(REGION):]), region  # (自治区(qū)党委 too)
    if not jur.label:
        return f"{canonical(n)}〔{doc_id}〕", ""
    return f"{jur.label}·{canonical(n)}", jur.label


# a place set inside a body's name, where that body is: 东方重工(青山)研究院, 中国(青山)航天城,
# 中国·青山产业园
SITED_PLACE = re.compile(r"[(（]([^()（）]{2,8})[)）]|^中国[·・]([^·・]{2,12})")
# the types a name's sited place files: bodies that are somewhere, not a level of government
SITED_TYPES = frozenset(("Enterprise", "ResearchInstitute", "IndustrialPark"))


def _sited_place(n: str, where: str, jur: Jurisdiction) -> str:
    """The place a body's name sets apart in brackets or after 中国· (东方重工集团(青山)研究院: the
    institute the group has in 青山市; 中国(青山)航天城): the name's own statement of where this body
    is, which wins over the place the name opens with (the group's home: `where`) or none. Read
    inside `where` first (东川(滨江)创新中心: the 滨江 of 东川, not a county elsewhere); a place that holds
    `where` leaves it (青山(东川)科学城 of 青山区 stays there). "" when none (a pinyin gloss in
    brackets, 工业(yè), is no place)."""
    outer = places.lookup(where) if where else None
    for m in SITED_PLACE.finditer(n):
        inner = m.group(1) or m.group(2)
        found = places.leading_place_inside(inner, outer) if outer is not None else None
        place = found[0] if found and found[1] == inner else None
        if place is None and m.group(1):
            place = places.lookup(inner)
        if place is None and m.group(2):
            lp = _innermost_place(inner, jur)
            place = lp[0] if lp else None
        if place is None or places.lookup(place.name) != place:
            continue  # no place, or one whose full name another place shares (keyed as that one)
        if outer is not None and place.name in (outer.province, outer.city):
            return where
        return place.name
    return ""


def node_key(name: str, etype: str, jur: Jurisdiction, doc_id: str) -> tuple[str, str]:
    """(key, node jurisdiction) for an entity named `name` of type `etype` in a document; a body
    whose name sets its place apart (`_sited_place`) is filed under that place."""
    key, where = _node_key(name, etype, jur, doc_id)
    if etype in SITED_TYPES and ("(" in name or "（" in name or "·" in name or "・" in name):
        where = _sited_place(norm_key(name), where, jur) or where
    return key, where


def _node_key(name: str, etype: str, jur: Jurisdiction, doc_id: str) -> tuple[str, str]:
    n = norm_key(name)
    m = PLACEHOLDER.match(n)
    if m:
        ph = m.group(0)
        label = jur.label if jur.label.startswith(ph + "〔") else f"{ph}〔{doc_id}〕"
        return label + canonical(n[len(ph):]), label
    if etype == "Location":
        place = places.lookup(n) or _place_chain(n, jur)
        return (place.name, place.name) if place else (canonical(n), "")
    if etype in GLOBAL_TYPES:
        lp = _innermost_place(n, jur) if etype != "Person" else None
        return canonical(n), (lp[0].name if lp and not _brand_word(lp, jur) else "")
    if is_national(n):
        return canonical(n), ""
    if n.startswith(PARTY) and _leading_place(n[len(PARTY):], jur) is not None:
        n = n[len(PARTY):]  # 中共青山市委 is 青山市委: the Party's name before a place's body
    lp = _innermost_place(n, jur)
    if lp is not None:
        place, surface = lp
        rest = n[len(surface):]
        if place.name.endswith(rest[:1]) and rest[:1] in LEVEL_CHARS:
            rest = rest[1:]  # 龙岩市 + 市委 → 龙岩市委, not 龙岩市市委
        return place.name + canonical(rest), place.name
    if n.startswith(REGION) and (etype in LOCAL_TYPES or etype in PREFIXED_LOCAL_TYPES):
        return _region_key(n, jur, doc_id)
    local = etype in LOCAL_TYPES or (etype in PREFIXED_LOCAL_TYPES and n[:1] in LEVEL_CHARS)
    if n.startswith(("全省", "全市", "全县", "全区", "本市", "本省")) and etype in PREFIXED_LOCAL_TYPES:
        n, local = n[1:], True
    if not local:
        return canonical(n), ""
    if not jur.label:
        return f"{canonical(n)}〔{doc_id}〕", ""
    level = LEVEL_CHARS.get(n[:1])
    if level:
        # 区级武装部 (the district-level PAFDs, a class) is no one county's body
        label = jur.at_level(level) if not (jur.county and level == "county" and n[1:2] == "级") else None
        if label:
            rest = n[1:] if jur.level and label.endswith(n[:1]) else n
            return label + canonical(rest), label
        return f"{jur.label}·{canonical(n)}", jur.label
    return jur.label + canonical(n), jur.label


@dataclass
class Decisions:
    """Analyst decisions on candidate merges, applied to every later ingest.

    Stored as JSON beside the store so that both store kinds honour the same decisions:
    {"merge": {"key": "into key"}, "distinct": [["a", "b"], ...]}.
    """

    merge: dict[str, str] = field(default_factory=dict)
    distinct: list[list[str]] = field(default_factory=list)
    path: Path | None = None

    @classmethod
    def load(cls, path: str | os.PathLike | None) -> Decisions:
        if path is None:
            return cls()
        p = Path(path)
        if not p.exists():
            return cls(path=p)
        data = json.loads(p.read_text(encoding="utf-8"))
        return cls(dict(data.get("merge", {})), [list(x) for x in data.get("distinct", [])], p)

    def save(self) -> None:
        if self.path is None:
            raise ValueError("no decisions file")
        data = {"merge": dict(sorted(self.merge.items())),
                "distinct": sorted(sorted(p) for p in self.distinct)}
        self.path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    def apply(self, key: str) -> str:
        seen = set()
        while key in self.merge and key not in seen:
            seen.add(key)
            key = self.merge[key]
        return key

    def is_distinct(self, a: str, b: str) -> bool:
        return sorted((a, b)) in [sorted(p) for p in self.distinct]


def display_name(name: str) -> str:
    """The name as the graph shows it: simplified script, full-width forms folded, and no pinyin
    glosses a page printed after its characters (海淀區(qū) → 海淀区). The name as written stays an
    alias, so a search for either finds the node."""
    from ingest.textfold import fold, strip_pinyin

    return fold(strip_pinyin(name))


def _describe(name: str, etype: str) -> tuple[str, str]:
    """Side and English gloss, from graph.side / graph.gloss."""
    from graph.gloss import gloss
    from graph.side import side_of

    return side_of(name, etype), gloss(name, etype)


def mention_sentences(extraction: Extraction, mentions: list) -> list[Evidence]:
    """The sentences holding `mentions`, once each, with the sentence's modality: the closest
    evidence a gap finding can show where no relation was typed (see graph.analysis.gaps)."""
    from ingest.components.modality import classify

    doc, spans = extraction.document, extraction.sentences
    out: dict[int, Evidence] = {}
    for m in mentions:
        i = m.sentence
        if i in out or not 0 <= i < len(spans):
            continue
        a, b = spans[i]
        raw = doc.text[a:b]
        out[i] = Evidence(doc.id, raw, i, a, b, classify(raw))
    return [out[i] for i in sorted(out)]


# types with no place of their own until their name or a stated LOCATED_IN gives one
LOCATED_GLOBAL_TYPES = frozenset(("Enterprise", "ResearchInstitute"))


def located_places(extraction: Extraction, jur: Jurisdiction) -> dict[str, str]:
    """{name: place} for an enterprise or institute the document states is in a place (a LOCATED_IN
    relation to a Location the place table knows: 东方重工集团位于青山市): the place its name does not
    give (a global type takes no document place, so it had none). Not a national name (中国…,
    国家…: graph/data/national.txt): one node across documents, never one document's place."""
    types = {f: e.type for e in extraction.entities for f in [e.name, *e.aliases]}
    canon = {f: e.name for e in extraction.entities for f in [e.name, *e.aliases]}
    out: dict[str, str] = {}
    for rel in extraction.relations:
        if rel.type != "LOCATED_IN" or types.get(rel.head) not in LOCATED_GLOBAL_TYPES \
                or types.get(rel.tail) != "Location":
            continue
        if is_national(norm_key(canon[rel.head])):
            continue  # a national group's unit is one node everywhere: a document's place is no home
        place = node_key(rel.tail, "Location", jur, extraction.document.id)[1]
        if place:
            out.setdefault(canon[rel.head], place)
    return out


def resolve(extraction: Extraction, decisions: Decisions | None = None) -> DocumentGraph:
    """Key every entity and relation of one document; merge what the document says twice."""
    decisions = decisions or Decisions()
    doc = extraction.document
    jur = document_county(extraction, document_jurisdiction(doc.jurisdiction, doc.id))
    located = located_places(extraction, jur)
    by_key: dict[str, NodeRecord] = {}
    name_to_key: dict[str, str] = {}
    for ent in extraction.entities:
        k, node_jur = node_key(ent.name, ent.type, jur, doc.id)
        node_jur = node_jur or located.get(ent.name, "")
        k = decisions.apply(k)
        for form in [ent.name, *ent.aliases]:
            name_to_key.setdefault(form, k)
        rec = by_key.get(k)
        shown = display_name(ent.name)
        if rec is None:
            side, gl = _describe(shown, ent.type)
            by_key[k] = NodeRecord(
                key=k, type=ent.type, name=shown, aliases=sorted({ent.name, *ent.aliases} - {shown}),
                jurisdiction=node_jur, side=side, gloss=gl, mentions=list(ent.mentions),
                problems=list(ent.problems), source=ent.source, confidence=ent.confidence,
            )
            continue
        forms = set(rec.aliases) | {rec.name, ent.name, *ent.aliases}
        if len(shown) > len(rec.name):
            rec.name = shown
            rec.side, rec.gloss = _describe(shown, rec.type)
        rec.aliases = sorted(forms - {rec.name})
        rec.mentions = sorted(set(rec.mentions) | set(ent.mentions), key=lambda m: (m.start, m.end))
        rec.problems = rec.problems + [p for p in ent.problems if p not in rec.problems]
        rec.confidence = max(rec.confidence, ent.confidence)
    edges: dict[tuple, EdgeRecord] = {}
    for rel in extraction.relations:
        h, t = name_to_key.get(rel.head), name_to_key.get(rel.tail)
        if h is None or t is None or h == t:
            continue
        if rel.type in SYMMETRIC_RELATIONS and t < h:
            h, t = t, h
        ident = (h, rel.type, t, rel.evidence.sentence_index)
        if ident not in edges or rel.confidence > edges[ident].confidence:
            edges[ident] = EdgeRecord(h, rel.type, t, rel.evidence, rel.source, rel.confidence)
    for rec in by_key.values():
        rec.sentences = mention_sentences(extraction, rec.mentions)
    return DocumentGraph(
        document=doc,
        nodes=[by_key[k] for k in sorted(by_key)],
        edges=[edges[i] for i in sorted(edges)],
    )
