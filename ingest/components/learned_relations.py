"""A learned relation component (rel32, issue 10 §2–§3): a pair classifier over the entities one
sentence names, to find relations the hand cue rules miss because unseen texts word them otherwise.

Candidates: every ordered pair of two entities named in one sentence whose types some relation
type admits (the one signature table, graph/data/relation_signatures.json through
graph.model.SIGNATURES); one pair of mentions per pair of names and sentence (the closest). The
model reads a window of the sentence with the head marked ⟦Type⟧ and the tail ⟪Type⟫, every other
mention masked as ⟨Type⟩ (the rules' masked view, so that names do not become features), plus the
two types, their order and their distance; characters are tokens, as in the rule pipeline. It is a
spaCy `textcat_multilabel` (bag of n-grams, CPU, seeded) with one label per relation type; no
label above the threshold is NONE. Trained by scripts/train_relations.py
(ingest/learned_rel_training.py) on gold mentions of the annotated texts.

What it may do is data (`RelConfig`): mode "add" adds a relation the model scores at least
`threshold` between two entities no rule relation links (either way, any type); mode "veto" drops
a rule relation whose two mentions share its evidence sentence and that the model scores below
`veto_threshold` there. An added relation has source `learned:rel`, the model's score as its
confidence, and the modality the project's classifier gives its sentence.

Measured leave-group-out in bench/rel32_lbo.py (docs/QUALITY.md, tenth session, rel32): below the
bar, so it is not wired into the pipeline and no model is shipped; `to_relation` is what a
component would emit.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from graph.model import SIGNATURES, Evidence, Relation
from ingest.components.modality import classify_fact
from ingest.textfold import view_fold

SOURCE = "learned:rel"
LABELS = tuple(sorted(SIGNATURES))
SYMMETRIC = frozenset({"COORDINATES_WITH"})
WINDOW = 12  # characters of context before the first and after the second mention
BETWEEN = 40  # characters between the two mentions kept whole; a longer gap keeps both ends


@dataclass(frozen=True)
class RelMention:
    """One mention: document offsets, the entity's name and type."""

    start: int
    end: int
    name: str
    type: str


@dataclass(frozen=True)
class Candidate:
    """An ordered pair of mentions in one sentence, with the model's input tokens."""

    sentence: int
    head: RelMention
    tail: RelMention
    tokens: tuple[str, ...]


@dataclass
class RelConfig:
    """What the component may do (data, not code forks)."""

    modes: list[str] = field(default_factory=lambda: ["add"])
    threshold: float = 0.7
    veto_threshold: float = 0.05


def admitted(head_type: str, tail_type: str) -> list[str]:
    """The relation types the signature table admits from `head_type` to `tail_type`."""
    return [r for r in LABELS if head_type in SIGNATURES[r][0] and tail_type in SIGNATURES[r][1]]


def _distance(n: int) -> str:
    return "D0" if n <= 1 else "D1" if n <= 5 else "D2" if n <= 15 else "D3" if n <= 40 else "D4"


def _chars(folded: str, a: int, b: int, others: list[RelMention]) -> list[str]:
    """Characters of folded[a:b] (document offsets), each other mention there one ⟨Type⟩ token."""
    out: list[str] = []
    i = a
    for m in others:
        if m.end <= a or m.start >= b:
            continue
        s = max(m.start, a)
        out.extend(folded[i:s])
        out.append(f"⟨{m.type}⟩")
        i = max(i, min(m.end, b))
    out.extend(folded[i:b])
    return [c for c in out if not c.isspace()]


def pair_tokens(folded: str, sent: tuple[int, int], head: RelMention, tail: RelMention,
                others: list[RelMention]) -> tuple[str, ...]:
    """The model's input for `head` → `tail` in the sentence `sent` of the folded text."""
    first, second = (head, tail) if head.start < tail.start else (tail, head)
    mark = {id(head): f"⟦{head.type}⟧", id(tail): f"⟪{tail.type}⟫"}
    rest = [m for m in others if m is not head and m is not tail
            and not (m.start < first.end and m.end > first.start)
            and not (m.start < second.end and m.end > second.start)]
    left = _chars(folded, max(sent[0], first.start - WINDOW), first.start, rest)
    gap = second.start - first.end
    if gap > BETWEEN:
        half = BETWEEN // 2
        between = (_chars(folded, first.end, first.end + half, rest) + ["…"]
                   + _chars(folded, second.start - half, second.start, rest))
    else:
        between = _chars(folded, first.end, max(first.end, second.start), rest)
    right = _chars(folded, second.end, min(sent[1], second.end + WINDOW), rest)
    order = "HT" if first is head else "TH"
    meta = [f"H={head.type}", f"T={tail.type}", f"O={order}", _distance(max(gap, 0))]
    return tuple(meta + ["<s>"] + left + [mark[id(first)]] + between + [mark[id(second)]] + right + ["</s>"])


def candidates(text: str, sentences: list[tuple[int, int]], mentions: list[RelMention],
               folded: str | None = None) -> Iterator[Candidate]:
    """Every candidate pair of the document, sentence by sentence (see the module docstring)."""
    folded = folded if folded is not None else view_fold(text)
    ordered = sorted(mentions, key=lambda m: (m.start, -m.end))
    k = 0
    for si, (s, e) in enumerate(sentences):
        while k < len(ordered) and ordered[k].start < s:
            k += 1
        inside = []
        j = k
        while j < len(ordered) and ordered[j].start < e:
            if ordered[j].end <= e:
                inside.append(ordered[j])
            j += 1
        if len({m.name for m in inside}) < 2:
            continue
        best: dict[tuple[str, str], tuple[int, RelMention, RelMention]] = {}
        for h in inside:
            for t in inside:
                if h.name == t.name or not admitted(h.type, t.type):
                    continue
                if h.start < t.end and t.start < h.end:
                    continue  # nested or overlapping mentions: a name inside a name
                gap = abs((t.start - h.end) if h.start < t.start else (h.start - t.end))
                key = (h.name, t.name)
                if key not in best or gap < best[key][0]:
                    best[key] = (gap, h, t)
        for _gap, h, t in best.values():
            yield Candidate(si, h, t, pair_tokens(folded, (s, e), h, t, inside))


@dataclass(frozen=True)
class Added:
    """A relation the model adds: the candidate it was read from, its type and score."""

    candidate: Candidate
    type: str
    score: float


def decide(cands: list[Candidate], scores, labels: list[str], rule_relations: list[dict],
           config: RelConfig) -> tuple[list[Added], set[int]]:
    """What the model changes, by `config.modes`: the relations "add" adds (one per head, type and
    tail, its best score; only between entities no rule relation links, only types the signature
    table admits) and the indexes of the rule relations "veto" drops (`rule_relations`: dicts
    with head, type, tail, sentence_index). `scores[i][j]`: candidate i, label labels[j]."""
    col = {lab: j for j, lab in enumerate(labels)}
    added: dict[tuple[str, str, str], Added] = {}
    if "add" in config.modes:
        related = {(r["head"], r["tail"]) for r in rule_relations}
        related |= {(t, h) for h, t in related}
        for i, c in enumerate(cands):
            if (c.head.name, c.tail.name) in related:
                continue
            for rtype in admitted(c.head.type, c.tail.type):
                s = float(scores[i][col[rtype]]) if rtype in col else 0.0
                if s < config.threshold:
                    continue
                h, t = c.head.name, c.tail.name
                key = (min(h, t), rtype, max(h, t)) if rtype in SYMMETRIC else (h, rtype, t)
                if key not in added or s > added[key].score:
                    added[key] = Added(c, rtype, s)
    vetoed: set[int] = set()
    if "veto" in config.modes:
        at = {(c.sentence, c.head.name, c.tail.name): i for i, c in enumerate(cands)}
        for k, r in enumerate(rule_relations):
            if r["type"] not in col:
                continue
            rows = [at.get((r.get("sentence_index"), r["head"], r["tail"]))]
            if r["type"] in SYMMETRIC:
                rows.append(at.get((r.get("sentence_index"), r["tail"], r["head"])))
            seen = [float(scores[i][col[r["type"]]]) for i in rows if i is not None]
            if seen and max(seen) < config.veto_threshold:
                vetoed.add(k)
    return list(added.values()), vetoed


def to_relation(added: Added, text: str, sentences: list[tuple[int, int]], doc_id: str = "") -> Relation:
    """An added relation with its provenance: source `learned:rel`, the model's score as confidence,
    its sentence as evidence with the modality the project's classifier gives the two mentions."""
    c = added.candidate
    s, e = sentences[c.sentence]
    raw = text[s:e]
    modality = classify_fact(raw, [c.head.start - s, c.tail.start - s])
    ev = Evidence(doc_id, raw, c.sentence, s, e, modality)
    return Relation(c.head.name, added.type, c.tail.name, ev, source=SOURCE, confidence=added.score)
