"""What every gap finding is made of: key and id, tier, dates, evidence, the rules file.

A finding is a plain dict (JSON-ready). `finding()` is the one place that builds it, so every
kind carries the same fields: key, id, kind, tier, score, title, jurisdiction (also in the title),
entities, evidence (never empty), dates, searched (what an absence claim looked for) and details.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import networkx as nx

from graph.analysis.filters import MODALITY_PREFERENCE, node_summary
from graph.resolve import is_national
from ingest.normalise import fold

KINDS: dict[str, str] = {
    "mandate_without_action": "Mandate without action",
    "stalled": "Stalled item",
    "single_broker": "Single-broker dependence",
    "disconnected_sides": "Disconnected sides",
    "orphan": "Orphan",
    "peer_gap": "Missing institution (peer comparison)",
}
# How a finding is known, strongest first: the text states it; a directive went unanswered; it is
# inferred from an absence (needs coverage).
TIERS: tuple[str, ...] = ("stated", "directive", "structural")
TIER_OF: dict[str, str] = {
    "stalled": "stated",
    "mandate_without_action": "directive",
    "single_broker": "structural",
    "disconnected_sides": "structural",
    "orphan": "structural",
    "peer_gap": "structural",
}
RULES_FILE = Path(__file__).resolve().parents[2] / "data" / "gap_rules.json"
MAX_EVIDENCE = 5


@lru_cache(maxsize=4)
def rules(path: str | None = None) -> dict:
    """graph/data/gap_rules.json (MCFGRAPH_GAP_RULES names an override file)."""
    p = Path(path or os.environ.get("MCFGRAPH_GAP_RULES") or RULES_FILE)
    with open(p, encoding="utf-8") as fh:
        return json.load(fh)


def finding_id(key: str) -> str:
    """A short stable id for a finding key (10 hex digits of its SHA-1): what --dismiss takes."""
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


UNKNOWN_PLACE = "jurisdiction unknown"
DOC_QUALIFIED = re.compile(r"〔[^〔〕]+〕$")
UNPLACED_TYPES = ("Location", "Person", "Event")
PLACE_LEVELS = "省市县区州旗盟"


def jur_label(j: str, entity: dict | None = None) -> str:
    """The jurisdiction a finding's title names. No jurisdiction reads "national" only for a
    national body or item; it reads "jurisdiction unknown" when the finding's entity has a place the
    corpus does not give (gaps10): a local body of a document whose place is unknown or anonymised
    (its key qualified by the document, 某县人武部〔d7〕), a person or an event (not named as
    national: 全国…, 中国…), a place the gazetteer does not know (named by itself when its name ends
    in a level, 青山市, 某某区). "[national]" on an anonymised county's body told an analyst the
    wrong level."""
    if j:
        return j
    if entity and unplaced(entity):
        name = entity.get("name", "")
        own = entity.get("type") == "Location" and name[-1:] in PLACE_LEVELS
        return name if own else UNKNOWN_PLACE  # a place the gazetteer lacks is its own place
    return "national"


PLACE_NOTE = ("[national] = the finding's actor is a national body or item, with no place of its "
              "own (a ministry, 全国…, 中国…); [jurisdiction unknown] = a local actor whose place the corpus "
              "does not give (a person, an event, a body of a document that names no place, a place the "
              "gazetteer lacks): its document says where it is, if anywhere.")


def place_note(*titles: str) -> str:
    """PLACE_NOTE when a finding's title is headed by one of its two labels, else "": both head
    findings whose actor has no place of its own, and nothing said which is which (gaps22, ux3)."""
    return PLACE_NOTE if any("[national]" in t or "[jurisdiction unknown]" in t for t in titles if t) else ""


def unplaced(entity: dict) -> bool:
    """Whether an entity with no jurisdiction has a place that is not known (see jur_label)."""
    if DOC_QUALIFIED.search(entity.get("key", "")):
        return True
    name = entity.get("name", "")
    return entity.get("type") in UNPLACED_TYPES and not is_national(name)


def finding(
    kind: str,
    score: float,
    title: str,
    entities: list[dict],
    evidence: list[dict],
    jurisdiction: str = "",
    key_parts: Iterable[str] = (),
    searched: str = "",
    dates: dict | None = None,
    **details,
) -> dict:
    """One finding. The title always names its jurisdiction; evidence is de-duplicated."""
    seen: set[tuple] = set()
    ev = []
    for e in evidence:
        if not e:
            continue
        ident = (e.get("document"), e.get("sentence_index"), e.get("sentence"))
        if ident in seen:
            continue
        seen.add(ident)
        ev.append(e)
    key = "|".join([kind, *key_parts])
    prefix = f"[{jur_label(jurisdiction, entities[0] if entities else None)}] "
    return {
        "key": key,
        "id": finding_id(key),
        "kind": kind,
        "label": KINDS[kind],
        "tier": TIER_OF[kind],
        "score": round(min(score, 1.0), 4),
        "title": prefix + title,
        "summary": prefix + title,
        "jurisdiction": jurisdiction,
        "entities": entities,
        "evidence": ev[:MAX_EVIDENCE],
        "searched": searched,
        "dates": dates or {},
        "details": details,
    }


def edges(G: nx.MultiDiGraph):
    """(u, v, key, data) for every edge; plain dict iteration (G.edges(data=True) is ~3x slower)."""
    for u, nbrs in G.adjacency():
        for v, keyed in nbrs.items():
            for k, d in keyed.items():
                yield u, v, k, d


def kept_sentences(G: nx.MultiDiGraph, problems: bool = False) -> Iterator[dict]:
    """Every sentence the graph keeps: each node's mention sentences (and, with `problems`, its
    stated problems, right after them), then every tie's evidence. The graph keeps no document
    text, so per-document sentence indexes (dates, cut-off ends, backstory) are built from this."""
    for _n, a in G.nodes(data=True):
        yield from a.get("sentences") or ()
        if problems:
            yield from a.get("problems") or ()
    for _u, _v, _k, d in edges(G):
        yield from d.get("evidence", ())


def neighbours(G: nx.MultiDiGraph, n: str) -> set[str]:
    return (set(G._succ[n]) | set(G._pred[n])) - {n}


def tie_evidence(G: nx.MultiDiGraph, u: str, v: str) -> list[dict]:
    return [
        e
        for keyed in (G._succ[u].get(v), G._succ[v].get(u))
        if keyed
        for d in keyed.values()
        for e in d.get("evidence", ())
    ]


def doc_date(G: nx.MultiDiGraph, doc: str) -> str:
    return (G.graph.get("documents", {}).get(doc) or {}).get("date", "") or ""


def dated(G: nx.MultiDiGraph, e: dict) -> dict:
    """The evidence with its document's date (an analyst weighs a quote by when it was said)."""
    return {**e, "date": doc_date(G, e.get("document", ""))}


def lower(date: str) -> str:
    """A partial date's earliest day: '2019' -> '2019-01-01'."""
    parts = date.split("-")
    return "-".join([parts[0], *(parts[1:] + ["01", "01"])[:2]]) if date else ""


def upper(date: str) -> str:
    parts = date.split("-")
    return "-".join([parts[0], *(parts[1:] + ["12", "31"])[:2]]) if date else ""


def not_before(action_date: str, directive_date: str) -> bool:
    """Whether an action dated `action_date` can answer a directive dated `directive_date`
    (undated on either side: it cannot be shown to come before, so it counts)."""
    if not action_date or not directive_date:
        return True
    return upper(action_date) >= lower(directive_date)


def latest_date(G: nx.MultiDiGraph) -> str:
    """The date the corpus speaks for: `gaps(as_of=…)`'s date, else its latest document's."""
    if G.graph.get("as_of"):
        return G.graph["as_of"]
    dates = [m.get("date", "") for m in G.graph.get("documents", {}).values() if m.get("date")]
    return max(dates, key=upper) if dates else ""


def mention_sentences(G: nx.MultiDiGraph, n: str) -> list[dict]:
    return list(G.nodes[n].get("sentences") or ())


def co_mentions(G: nx.MultiDiGraph, a: str, b: str) -> list[dict]:
    """Sentences (any document) that mention both a and b, dated, in document order."""
    at = {(e["document"], e.get("sentence_index")): e for e in mention_sentences(G, a)}
    out = [
        dated(G, at[(e["document"], e.get("sentence_index"))])
        for e in mention_sentences(G, b)
        if (e["document"], e.get("sentence_index")) in at
    ]
    return sorted(out, key=lambda e: (e["document"], e.get("start", 0)))


def folded(sentence: str) -> str:
    """The sentence as the cue lists are matched (traditional and full-width forms folded; same
    length, so positions carry over)."""
    return fold(sentence)


def reports_joint_work(sentence: str) -> bool:
    s = folded(sentence)
    return any(c in s for c in rules()["joint_work"])


DEADLINE = re.compile(r"\d{1,2}日(?:前|以前|之前|起)")
DATED = re.compile(r"\d{1,2}月\d{1,2}(?:[-—至~～]\d{1,2})?日(?![前起])(?!以前|之前)")


def reports_own_joint_action(sentence: str, date: str = "") -> bool:
    """An order sentence that itself reports the parties' joint action as done: a joint-work cue
    with a past marker or a date (去年…联合出台, 5月26-27日…联合主办), not a deadline (5月30日前),
    or after a stated year no later than the order's `date` (2020年,…联合出台: past_year)."""
    s = folded(sentence)
    if not reports_joint_work(s):
        return False
    s = DEADLINE.sub("", s)  # 5月30日前: a deadline, and no 日前 ("the other day") either
    return any(m in s for m in rules()["past_markers"]) or bool(DATED.search(s)) or _past_year(s, date)


def _past_year(s: str, date: str) -> bool:
    """Whether a year stated before the sentence's first joint-work cue is no later than `date`
    (the order's date; undated: any year not a target counts). gap_rules.json "past_year"."""
    cue = min((s.find(c) for c in rules()["joint_work"] if c in s), default=-1)
    years = [int(m.group(1)) for m in _past_year_re().finditer(s, 0, max(cue, 0))]
    return bool(years) and (not date or max(years) <= int(date[:4]))


@lru_cache(maxsize=1)
def _past_year_re() -> re.Pattern:
    return re.compile(rules()["past_year"]["pattern"])


def not_an_order(sentence: str) -> str:
    """Why an order sentence is no order ("" if it is one): a pledge or commitment (将继续支持,
    还将, 愿意), a wish addressed to troops or a body (希望…, 祝愿…: a request), work going on or done
    (正在, 正…大力实施, 已…), or a contract already signed (签订…合同 with no order word before the
    signing cue). The modality rule reads the verb (支持, 实施, 签订) and misses these wordings; the
    held-out judgements (docs/QUALITY.md) found them behind most mandate artefacts."""
    s = folded(sentence)
    r = rules()["not_an_order"]
    pledges = [s.find(w) for w in r["pledge"] if w in s]
    pledges += [m.start() for p in r["pledge_patterns"] for m in [re.search(p, s)] if m]
    order = re.search(r["order_before_pledge"], s)
    if pledges and not (order and order.start() < min(pledges)):  # 甲要与乙对接,我市将给予支持: an order
        return "a pledge or commitment (将继续/还将/将…支持/愿意), not an order"
    if any(w in s for w in r["wish"]):
        return "a wish or greeting (希望/祝愿/相信): a request, not an order"
    if any(w in s for w in r["ongoing"]) or any(re.search(p, s) for p in r["ongoing_patterns"]):
        return "the sentence reports the work as going on or done (正在/正…实施/已…), not an order"
    for p in r["signed_patterns"]:
        m = re.search(p, s)
        if m and not any(w in s[: m.start()] for w in r["order_before_signing"]):
            return "the sentence reports a contract or agreement already signed"
    return ""


def reports_action(sentence: str) -> bool:
    """A sentence that reports the parties it names doing something (joint work, or any action cue:
    出席, 调研, 签约, 召开 …): on unseen text extraction finds about half the ties a reader finds, so
    two parties named in such a sentence are likely tied even when no relation was typed."""
    s = folded(sentence)
    return reports_joint_work(s) or any(c in s for c in rules()["action"])


CLAUSE_ENDS = "，,；;。！？!?：:"
TITLE_RUN = re.compile(r"(?:《[^《》]*》[、和及与]?|“[^“”]*”[、和及与]?)*$")


def _clause_before(sentence: str, name: str) -> str | None:
    """The clause text before the first mention of `name` (None: not named), with the run of
    book titles right before it (《A》、《B》) left out, so a cue before a list of titles reaches
    every title of the list."""
    forms = [f for f in {name, name.strip('《》“”"')} if f]
    pos = min((sentence.find(f) for f in forms if f in sentence), default=-1)
    if pos < 0:
        return None
    if pos and sentence[pos - 1] in "《“":
        pos -= 1
    before = sentence[:pos]
    start = max(before.rfind(c) for c in CLAUSE_ENDS) + 1
    clause = before[start:]
    return clause[: TITLE_RUN.search(clause).start()] if clause else clause


def issued_or_cited(sentence: str, names) -> str:
    """ "issued" when the sentence says the policy named there is (being) issued or drawn up
    (出台了《X》, 组织编制《X》) with no order word before the cue, "cited" when its clause cites it
    as a basis (根据X, 为贯彻落实《X》), "" otherwise. Such a policy's issuer is named in the
    sentence or the policy is another text's basis: "nobody leads it" or "told to implement it"
    would read an untyped tie as an absence."""
    r = rules()
    sentence = folded(sentence)
    for name in names:
        clause = _clause_before(sentence, folded(name))
        if clause is None:
            continue
        cue = max((clause.rfind(c) for c in r["issuing"]), default=-1)
        if cue >= 0 and not any(o in clause[:cue] for o in r["order"]):
            return "issued"
        if any(clause.lstrip().startswith(c) for c in r["basis_openers"]) and any(
            c in clause for c in r["citing"]
        ):
            return "cited"
    return ""


def in_enumeration(sentence: str, name: str) -> bool:
    """Whether `name` is one item of an enumeration closed by 等 (建成A、B、C等一批园区): an
    item named only so is mentioned in passing, and the text says nothing about its ties."""
    sentence, name = folded(sentence), folded(name)
    forms = [f for f in {name, name.strip('《》“”"')} if f]
    for f in forms:
        pos = sentence.find(f)
        if pos < 0:
            continue
        before, after = sentence[:pos].rstrip('《“"'), sentence[pos + len(f) :].lstrip('》”"')
        clause_after = re.split(f"[{CLAUSE_ENDS}]", after, maxsplit=1)[0]
        if (before.endswith("、") or after.startswith("、")) and "等" in clause_after:
            return True
    return False


def conferred_title(sentence: str, name: str) -> bool:
    """Whether `name` is named as a title conferred (被授予“X”称号, 被评为X): a designation."""
    sentence, name = folded(sentence), folded(name).strip('《》“”"')
    pos = sentence.find(name)
    if pos < 0 or not name:
        return False
    r = rules()
    after = sentence[pos + len(name) : pos + len(name) + 4].lstrip('”"》')
    clause = sentence[:pos]
    clause = clause[max(clause.rfind(c) for c in CLAUSE_ENDS) + 1 :]
    return any(after.startswith(w) for w in r["title_after"]) or any(w in clause for w in r["title_before"])


def speakers_plan(sentence: str, names: list[list[str]]) -> bool:
    """Whether the sentence states the speaker's own plan or order (a first-person subject with an
    order word, 我省将…, 我市要…) before every party named: in a government work report the
    parties named after it are items of the speaker's plan (我省将…加大A建设…推进与B签署协议), and a
    tie read between two of them pairs items, not partners (gap_rules.json "first_person")."""
    s = folded(sentence)
    r = rules()
    firsts = [
        m.start()
        for w in r["first_person"]
        for m in re.finditer(re.escape(w), s)
        if any(o in s[m.end() : m.end() + 4] for o in r["order"])
    ]
    if not firsts:
        return False
    at = []
    for forms in names:
        pos = [(s.find(folded(f)), len(folded(f))) for f in forms if f and folded(f) in s]
        if not pos:
            return False
        at.append(min(pos))
    (p1, n1), (p2, _) = sorted(at)
    joined = 0 <= p2 - (p1 + n1) <= 2 and all(c in "与和同及、跟" for c in s[p1 + n1 : p2])
    return min(firsts) < p1 and not joined  # 我们要推动A与B合作: A and B are told, as partners


def aspiration(sentence: str, names) -> bool:
    """Whether the sentence makes the designation named there an aspiration (要…打造X, 建成X,
    成为X: to become it), not an application whose outcome is reported (申报X, 创建X, 争创X)
    (gap_rules.json "aspiration_verbs", matched in the clause right before the name)."""
    s = folded(sentence)
    for name in names:
        clause = _clause_before(s, folded(name))
        if clause and any(clause.rstrip("“\"《").endswith(v) or clause.endswith(v + "成")
                          for v in rules()["aspiration_verbs"]):
            return True
    return False


def clause_name(a: dict) -> str:
    """The verb inside a park's or fund's name that makes it read as a clause (三沙建设…示范园区,
    项目拟建设…产业园: a mis-bounded name), or ""; gap_rules.json "clause_verbs"."""
    if a.get("type") not in ("IndustrialPark", "Fund"):
        return ""
    name = folded(a.get("name", "")).strip('《》“”"')
    return next((v for v in rules()["clause_verbs"] if v in name[1:]), "")


def low_confidence(G: nx.MultiDiGraph, n: str) -> bool:
    """An entity recognised with less confidence than min_confidence (gap_rules.json)."""
    return G.nodes[n].get("confidence", 1.0) < rules().get("min_confidence", 0.0)


def in_title_only(G: nx.MultiDiGraph, n: str) -> bool:
    """Whether every sentence naming n is a title line of its document (the document's title, or
    its first sentence when that is a 《…》 title): a body named only there (the issuer of
    《中共某省委关于…的意见》, the organiser in 某军区召开…会议) is rarely linked by extraction."""
    ss = mention_sentences(G, n)
    if not ss:
        return False
    docs = G.graph.get("documents", {})

    def title_line(e: dict) -> bool:
        t = ((docs.get(e.get("document")) or {}).get("title") or "").strip()
        s = e.get("sentence", "").strip()
        return bool(t) and (s == t or (len(s) <= len(t) + 2 and t in s))

    return all(title_line(e) for e in ss)


def first_sentences(G: nx.MultiDiGraph, nodes: Iterable[str], per_node: int = 1) -> list[dict]:
    """The first mention sentences of each node: the evidence of an absence claim about them."""
    out = []
    for n in nodes:
        ss = mention_sentences(G, n)
        if not ss:  # a store written before nodes kept their sentences: quote the node's ties
            ss = [e for m in neighbours(G, n) for e in tie_evidence(G, n, m)] + list(
                G.nodes[n].get("problems") or ()
            )
        ss = sorted(
            ss,
            key=lambda e: (
                MODALITY_PREFERENCE.get(e.get("modality"), 9),
                e.get("document", ""),
                e.get("start", 0),
            ),
        )
        out += [dated(G, e) for e in ss[:per_node]]
    return out


def summaries(G: nx.MultiDiGraph, nodes: Iterable[str]) -> list[dict]:
    return [node_summary(G, n) for n in nodes]
