"""Plain records that flow from `ingest` to the `graph` stores.

Extraction produces one `Extraction` per document (entities and relations named as the document
names them). Resolution turns it into a `DocumentGraph`: the same facts keyed by canonical,
jurisdiction-qualified node keys, which is all a store ever sees. Keeping both shapes plain
dataclasses (no spaCy, no driver objects) is what lets extraction, stores and analysis be tested
and swapped independently.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

ENTITY_TYPES: tuple[str, ...] = (
    "PartyGovBody",
    "MilitaryUnit",
    "Enterprise",
    "ResearchInstitute",
    "Association",
    "IndustrialPark",
    "Fund",
    "Policy",
    "Project",
    "Person",
    "Location",
    "Event",
)

RELATION_TYPES: tuple[str, ...] = (
    "LEADS",
    "SUPPORTS",
    "COORDINATES_WITH",
    "PART_OF",
    "LOCATED_IN",
    "IMPLEMENTS",
    "ESTABLISHED",
    "FUNDS",
    "PARTICIPATES_IN",
    "HOLDS_POSITION",
)

SYMMETRIC_RELATIONS: frozenset[str] = frozenset({"COORDINATES_WITH"})

SIGNATURES_PATH = Path(__file__).resolve().parent / "data" / "relation_signatures.json"


def _load_signatures(path: Path = SIGNATURES_PATH) -> tuple[dict[str, frozenset[str]], dict]:
    """Type groups and relation signatures from the one data file that holds them.

    Why a data file: the relation rules (ingest) and anything that checks a record (graph) must
    agree on which types may head and tail a relation; one table read by both cannot drift.
    """
    data = json.loads(path.read_text(encoding="utf-8"))
    groups: dict[str, frozenset[str]] = {}

    def expand(items: list[str]) -> frozenset[str]:
        out: set[str] = set()
        for item in items:
            if item.startswith("@"):
                out |= groups[item[1:]]
            elif item.startswith("-"):
                out.discard(item[1:])
            else:
                out.add(item)
        unknown = out - set(ENTITY_TYPES)
        if unknown:
            raise ValueError(f"{path}: not entity types: {sorted(unknown)}")
        return frozenset(out)

    for name, items in data["groups"].items():
        groups[name] = expand(items)
    sigs = {r: (expand(v["head"]), expand(v["tail"])) for r, v in data["signatures"].items()}
    if set(sigs) != set(RELATION_TYPES):
        raise ValueError(f"{path}: signatures must cover exactly {RELATION_TYPES}")
    return groups, sigs


_GROUPS, _SIGS = _load_signatures()
ORG_TYPES: frozenset[str] = _GROUPS["ORG"]  # organisations: bodies that act, hold posts, have parts
ACTOR_TYPES: frozenset[str] = _GROUPS["ACTOR"]  # what can act on a policy or project
# relation type -> (allowed head types, allowed tail types); see graph/data/relation_signatures.json
SIGNATURES: dict[str, tuple[frozenset[str], frozenset[str]]] = _SIGS

# Modality of the sentence that states a fact (Evidence.modality):
# - directive: an order or call addressed to another actor or the audience ("要", "必须"): the
#   actor is told to do it;
# - plan: the actor's own intention or application ("争取联合创建", "积极申报", "计划", "拟"): the
#   actor plans to do it; nobody else told it to (gaps word it "plans to", not "is told to");
# - reported: it happened (召开, 已, 签署 …), including thanks for support already given;
# - problem: the sentence states a shortfall (尚未运作, 推进慢, 信息不对称 …);
# - stated: a plain statement of fact.
MODALITIES: tuple[str, ...] = ("directive", "reported", "problem", "stated", "plan")

SIDES: tuple[str, ...] = ("military", "civilian", "joint", "neutral")


@dataclass(frozen=True)
class Mention:
    """One surface occurrence of an entity: where an analyst can find it again."""

    sentence: int  # index of the sentence in the document (0-based)
    start: int  # character offset in the document text (inclusive)
    end: int  # character offset in the document text (exclusive)
    text: str  # the surface form as written


@dataclass(frozen=True)
class Evidence:
    """The sentence that states a fact, with its position and modality."""

    document: str  # document id
    sentence: str  # the sentence text as written
    sentence_index: int
    start: int  # sentence start offset in the document
    end: int  # sentence end offset in the document
    modality: str = "stated"  # one of MODALITIES
    # who decided the fact, where that is not the record's own rule: "curated:<origin>" on a
    # problem statement a curated document GAVE its holder (ingest.annotations); "" for
    # everything the machine found, and then left out of every stored and exported form
    source: str = ""


def evidence_fields(ev: Evidence) -> dict:
    """An Evidence as a plain dict, without an empty `source`: a machine fact's evidence is
    stored, exported and written by `extract` exactly as before the mark existed."""
    d = dict(vars(ev))
    if not d["source"]:
        del d["source"]
    return d


@dataclass
class Entity:
    """An entity as one document names it (before cross-document resolution)."""

    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    source: str = ""  # component or rule that produced it, e.g. "gazetteer:location"
    confidence: float = 1.0
    problems: list[Evidence] = field(default_factory=list)  # "尚未实质性运作" statements about it


@dataclass
class Relation:
    """A relation as one document states it; head and tail are entity names of that document."""

    head: str
    type: str
    tail: str
    evidence: Evidence
    source: str = ""
    confidence: float = 1.0

    @property
    def modality(self) -> str:
        return self.evidence.modality


@dataclass
class Document:
    """A loaded document with the metadata its text states."""

    id: str
    source: str
    text: str
    sha256: str = ""
    title: str = ""
    date: str = ""  # ISO date (YYYY-MM-DD, or YYYY-MM / YYYY) when the text states one
    jurisdiction: str = ""  # the city or province the document speaks for; "XX"/"**" kept as written
    genre: str = ""  # speech | news | notice | report
    speaker: str = ""
    issuer: str = ""
    doc_number: str = ""  # 文号, e.g. 〔2017〕91号
    published: str = ""  # publication date (ISO) a web page states outside the text (发布时间)
    publisher: str = ""  # publishing body a web page states outside the text (来源)
    origin: str = "machine"  # machine | curated (ingest/annotations.py): a machine ingest keeps curated


@dataclass
class Extraction:
    """Everything extraction found in one document."""

    document: Document
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)  # (start, end) of each sentence

    def to_json(self) -> dict:
        """The `mcfgraph extract --format jsonl` line (read by ../shared/eval/score.py)."""
        doc = self.document
        return {
            "id": doc.id,
            "source": doc.source,
            "title": doc.title,
            "date": doc.date,
            "jurisdiction": doc.jurisdiction,
            "genre": doc.genre,
            "speaker": doc.speaker,
            "issuer": doc.issuer,
            "doc_number": doc.doc_number,
            "published": doc.published,
            "publisher": doc.publisher,
            "entities": [
                {
                    "name": e.name,
                    "type": e.type,
                    "aliases": list(e.aliases),
                    "mentions": [asdict(m) for m in e.mentions],
                    "source": e.source,
                    "confidence": round(e.confidence, 3),
                    "problems": [evidence_fields(p) for p in e.problems],
                }
                for e in self.entities
            ],
            "relations": [
                {
                    "head": r.head,
                    "type": r.type,
                    "tail": r.tail,
                    "evidence": r.evidence.sentence,
                    "sentence_index": r.evidence.sentence_index,
                    "start": r.evidence.start,
                    "end": r.evidence.end,
                    "modality": r.evidence.modality,
                    "source": r.source,
                    "confidence": round(r.confidence, 3),
                }
                for r in self.relations
            ],
        }


# ---------------------------------------------------------------------------------------------
# Resolved, store-facing records
# ---------------------------------------------------------------------------------------------


@dataclass
class NodeRecord:
    """One document's contribution to a graph node (keyed across documents by `key`)."""

    key: str  # canonical, jurisdiction-qualified name; the node's identity in every store
    type: str
    name: str  # fullest form this document uses
    aliases: list[str] = field(default_factory=list)
    jurisdiction: str = ""  # "" for national / global entities
    side: str = "neutral"  # military | civilian | joint | neutral
    gloss: str = ""  # English rendering
    mentions: list[Mention] = field(default_factory=list)
    problems: list[Evidence] = field(default_factory=list)
    source: str = ""
    confidence: float = 1.0
    # the sentences of this document that mention the entity (whole-sentence modality), so that
    # an absence claim can show the closest evidence: where two parties are named together
    sentences: list[Evidence] = field(default_factory=list)


@dataclass
class EdgeRecord:
    """One piece of evidence for a (head, type, tail) relationship between node keys."""

    head: str
    type: str
    tail: str
    evidence: Evidence
    source: str = ""
    confidence: float = 1.0


@dataclass
class DocumentGraph:
    """All that one document contributes to the graph: written (and replaced) as one unit."""

    document: Document
    nodes: list[NodeRecord] = field(default_factory=list)
    edges: list[EdgeRecord] = field(default_factory=list)

    def check(self) -> None:
        """Refuse what no store can hold faithfully; both stores call it before writing anything.

        A node key twice would make the document's contribution ambiguous, and evidence that names
        another document would survive that document's `forget`.
        """
        seen: set[str] = set()
        for n in self.nodes:
            if n.key in seen:
                raise ValueError(f"document {self.document.id} contributes node {n.key!r} twice")
            seen.add(n.key)
        for e in self.edges:
            if e.type not in RELATION_TYPES:
                raise ValueError(f"document {self.document.id}: not a relation type: {e.type!r}")
            if e.evidence.document != self.document.id:
                raise ValueError(f"document {self.document.id} contributes evidence from "
                                 f"{e.evidence.document!r}")


# ---------------------------------------------------------------------------------------------
# Store serialisation: one JSON form of a contribution, shared by both stores
# ---------------------------------------------------------------------------------------------


def node_to_json(rec: NodeRecord) -> str:
    """A node contribution as sorted-key JSON (vars, not asdict: asdict deep-copies, 3x slower)."""
    d = dict(vars(rec))
    d["mentions"] = [vars(m) for m in rec.mentions]
    d["problems"] = [evidence_fields(p) for p in rec.problems]
    d["sentences"] = [evidence_fields(p) for p in rec.sentences]
    return json.dumps(d, ensure_ascii=False, sort_keys=True)


def node_from_json(text: str) -> NodeRecord:
    d = json.loads(text)
    d["mentions"] = [Mention(**m) for m in d.get("mentions", [])]
    d["problems"] = [Evidence(**p) for p in d.get("problems", [])]
    d["sentences"] = [Evidence(**p) for p in d.get("sentences", [])]
    return NodeRecord(**d)


def edge_to_json(rec: EdgeRecord) -> str:
    d = dict(vars(rec))
    d["evidence"] = evidence_fields(rec.evidence)
    return json.dumps(d, ensure_ascii=False, sort_keys=True)


def edge_from_json(text: str) -> EdgeRecord:
    d = json.loads(text)
    d["evidence"] = Evidence(**d["evidence"])
    return EdgeRecord(**d)
