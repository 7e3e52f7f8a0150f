"""Plain records that flow from `ingest` to the `graph` stores.

Extraction produces one `Extraction` per document (entities and relations named as the document
names them). Resolution turns it into a `DocumentGraph`: the same facts keyed by canonical,
jurisdiction-qualified node keys, which is all a store ever sees. Keeping both shapes plain
dataclasses (no spaCy, no driver objects) is what lets extraction, stores and analysis be tested
and swapped independently.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

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

MODALITIES: tuple[str, ...] = ("directive", "reported", "problem", "stated")

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
            "entities": [
                {
                    "name": e.name,
                    "type": e.type,
                    "aliases": list(e.aliases),
                    "mentions": [asdict(m) for m in e.mentions],
                    "source": e.source,
                    "confidence": round(e.confidence, 3),
                    "problems": [asdict(p) for p in e.problems],
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
