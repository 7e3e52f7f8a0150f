"""Stalled items: what a document itself states as a problem (尚未运作, 推进慢, 底数不清 …).

The title quotes the earliest statement, and of one date the sentence with the most problem
clauses (推进慢…还没有摸清…没有做到位 before a bare 问题依然不少, gaps9). Only problem sentences
that name the entity count (see `naming`; or that a curated document gave it), and those that name no body
given to the place the document speaks for (gaps9: "有的部门…不愿融" in a city's speech is the
city's problem as the document states it).

The strongest tier: the text states the gap, so the title quotes it as stated. A problem stated in
a document dated t stays "still open as of <date>" (the latest document about the entity or its
jurisdiction, gaps9: not the newest article about an unrelated place) unless a later document reports action
on the same entity (a reported sentence naming it, dated after t), which is shown instead.
A problem told as backstory (a past passage, 曾一度搁置, or reported solved later in the same
document: graph/analysis/gaps/backstory.py) is no current problem: a finding whose every problem
sentence is history is held back with the deciding sentence (gaps6).
"""

from __future__ import annotations

import re

import networkx as nx

from graph.analysis.filters import node_summary
from graph.analysis.gaps.backstory import document_sentences, history
from graph.analysis.gaps.common import dated, edges, finding, lower, upper
from graph.analysis.gaps.dates import JurisdictionDates
from graph.analysis.gaps.dates import as_of as parties_as_of
from graph.analysis.gaps.owner import not_owner
from graph.places import short_form
from ingest.annotations import is_curated_source
from ingest.components.modality import (
    addressed_spans,
    back_reference_word,
    back_references,
    deictic_level,
    deictic_word,
    inspected_spans,
    party_spans,
    problem_clauses,
    refers_to,
    visited_spans,
    writes,
)
from ingest.metadata import place_short
from ingest.textfold import fold, strip_pinyin

QUOTE = 60


def _quote(s: str) -> str:
    """The title's quote: the sentence's first QUOTE characters, or, when its first problem clause
    lies beyond them, from the start of that clause (gaps16: a sentence that opens with a byline and
    a recommendation's boilerplate showed neither 年久失修 nor any problem word in the title)."""
    s = s.strip()
    if len(s) <= QUOTE:
        return s
    spans = problem_clauses(s)
    if spans and spans[0][1] > QUOTE - 1:
        start = max(s.rfind(x, 0, spans[0][0]) for x in "，,；;：:。!！?？") + 1
        if start > 0:
            rest = s[start:]
            return "…" + (rest if len(rest) <= QUOTE - 1 else rest[: QUOTE - 2] + "…")
    return s[: QUOTE - 1] + "…"


def _what(s: str) -> str:
    """The headline's quote: what the sentence states as stalled, its problem clauses (一是整体教育水平
    发展滞后…存在求学远等问题), not the whole sentence, which the first evidence line quotes in full
    (gaps22: ux3 read the headline as the evidence said twice, and the item that is stalled was lost
    in the sentence). Clauses not next to each other are joined by "…", up to QUOTE characters; one
    clause longer than that by its end; with no clause found (a quoted problem, an analyst's given
    one), or a clause that is the whole sentence, the sentence's `_quote`."""
    s = s.strip()
    spans = problem_clauses(s)
    if not spans:
        return _quote(s)
    out, end = "", None
    for a, b in spans:
        piece = s[a:b].strip(" ，,；;：:")
        joint = "" if not out else ("，" if end is not None and not s[end:a].strip(" ，,") else "…")
        if out and len(out) + len(joint) + len(piece) > QUOTE:
            return out if len(out) <= QUOTE else "…" + out[-(QUOTE - 1):]
        out, end = out + joint + piece, b
    if out == s.rstrip("。！？!?；;").strip():  # the clause is the sentence: quoted as it is
        return _quote(s)
    # one clause too long: its end, where the predicate that states the problem stands (…均存在未依法
    # 足额缴纳人防易地建设费的情况 after a list of three developers and their projects)
    return out if len(out) <= QUOTE else "…" + out[-(QUOTE - 1):]


def naming(G: nx.MultiDiGraph, n: str, problems) -> list[dict]:
    """The problem sentences that name the entity (by a name or alias, or as one of the sentences
    that mention it): a problem stated about "有的部门" in the sentences after a body was named is
    not a problem stated about that body. A place is also named by a deictic of its own documents
    (我省, 全市: ingest/data/problem_cues.json "deictic"), which extraction gave it as the
    document's place of that level. A problem a curated document GAVE the entity (gold, an
    analyst's correction: its evidence's source is curated, ingest/annotations.py) is kept as it
    is: its holder was decided by a person, and the clause that states it (这座军港…, 该局2家下属单位…)
    need not repeat the name; a problem the machine found never carries that source. The body an
    outside check inspects keeps the problems listed after the check without its name (_inspected), and
    so does a place a check or survey goes to (到青山县、东川县检查, gaps18)."""
    a = G.nodes[n]
    forms = [f for f in {a.get("name", ""), *a.get("aliases", ())} if f]
    at = {(e["document"], e.get("sentence_index")) for e in a.get("sentences") or ()}
    place = a.get("type") == "Location"
    return [
        p
        for p in problems
        if given(p)
        or (p["document"], p.get("sentence_index")) in at
        or any(f in p.get("sentence", "") for f in forms)
        or (place and deictic_level(p.get("sentence", "")))
        or (place and _speaks_for(G, p["document"], forms))
        or _inspected(a, p, forms)
        or _recommended(a, p, forms)
        or _referred(a, p)
        or bool(_authored(G, a, p, forms))
        or bool(_party(a, p, forms))
    ]


def _party(a: dict, p: dict, forms: list[str]) -> dict | None:
    """The sentence of p's document, up to p, whose party line names the entity (当事人:青山置业有限公司,
    or the salutation 青山置业有限公司: of a penalty decision: modality.party_spans): extraction gave it
    the problems of the decision that name no body of their own (gaps38), which need not repeat its
    name. None when it stands on no such line before p."""
    at = p.get("sentence_index") or 0
    for e in sorted(a.get("sentences") or (), key=lambda e: e.get("sentence_index") or 0):
        if e.get("document") != p["document"] or (e.get("sentence_index") or 0) > at:
            continue
        s = e.get("sentence", "")
        spans = party_spans(s, address=False)
        if not spans:
            continue
        folded, names = fold(s), [fold(f) for f in forms if f]
        if any(f in folded[x:y] for x, y in spans for f in names):
            return e
    return None


def _inspected(a: dict, p: dict, forms: list[str]) -> bool:
    """Whether the entity is what an outside check named before the problem sentence p in its
    document inspects (对青山县民政局开展巡察, 向青山局党组反馈巡察情况: modality.inspected_spans):
    extraction gave it the problems the document then lists without naming a body (…未及时停发补助
    资金; 一是…), which need not repeat its name (gaps17); for a place, also where a check or survey
    goes (到青山县、东川县检查, modality.visited_spans: gaps18)."""
    for e in a.get("sentences") or ():
        before = (e.get("sentence_index") or 0) <= (p.get("sentence_index") or 0)
        if e.get("document") != p["document"] or not before:
            continue
        s = e.get("sentence", "")
        spans = inspected_spans(s) + (visited_spans(s) if a.get("type") == "Location" else [])
        if any(f in s[x:y] for x, y in spans for f in forms):
            return True
    return False


def _recommended(a: dict, p: dict, forms: list[str]) -> bool:
    """Whether the entity is a body an inspecting body sends its recommendation to in p's document
    (向青山县民政局发出检察建议: modality.addressed_spans): extraction gave it the problems stated before
    that name no body but the finder, or only the thing's place (gaps23), or, told first in a news
    lead, the problems stated after it (gaps36: relations._addressed_before, which checks the case
    was not closed nor another finder named in between), which need not repeat its name."""
    for e in a.get("sentences") or ():
        if e.get("document") != p["document"]:
            continue
        s = e.get("sentence", "")
        if any(f in s[x:y] for x, y in addressed_spans(s) for f in forms):
            return True
    return False


def _referred(a: dict, p: dict) -> bool:
    """Whether the problem sentence p refers back to the entity (该县, 该公司, 公司本身 of its type and
    name head: modality.back_references) and the entity is named in an earlier sentence of the same
    document: extraction gave it the problem of a clause that names no holder of its own (gaps25),
    which need not repeat its name."""
    refs = back_references(p.get("sentence", ""))
    if not any(refers_to(a.get("name", ""), a.get("type", ""), r) for r in refs):
        return False
    at = p.get("sentence_index") or 0
    return any(e.get("document") == p["document"] and (e.get("sentence_index") or 0) < at
               for e in a.get("sentences") or ())


def _authored(G: nx.MultiDiGraph, a: dict, p: dict, forms: list[str]) -> dict | None:
    """The sentence (or the document's title, as a sentence-like dict) by which the entity writes
    p's document: its heading before p (青山县交通运输局关于…的答复函; the title 人武部部长关于…的调研报告
    for 青山县人武部) or the signature after p that a reply closes with (modality.writes). Extraction
    gave it the problems of its own text that name no other holder (gaps29), which need not repeat
    its name. Found by the title: the document's first sentence naming it, with the title under
    "title". None when it writes nothing of p's document."""
    doc, at = p["document"], p.get("sentence_index") or 0
    title = (G.graph.get("documents", {}).get(doc) or {}).get("title", "")
    own = sorted((e for e in a.get("sentences") or () if e.get("document") == doc),
                 key=lambda e: e.get("sentence_index") or 0)
    for e in own:
        i = e.get("sentence_index") or 0
        if (i <= at and writes(forms, heading=e.get("sentence", ""))) \
                or (i > at and writes(forms, signature=e.get("sentence", ""))):
            return e
    if title and writes(forms, heading=title) and own:
        return {**own[0], "title": title}  # (the title is no stored sentence: quote one naming it)
    return None


LEVEL_WORDS = {"province": "province", "city": "city", "county": "county or district"}


def _names(forms: list[str], sentence: str) -> bool:
    """Whether the sentence names the entity by one of its forms (traditional script and a mirror's
    pinyin read past: 縣退役軍人事務(wù)局 names 县退役军人事务局)."""
    text = fold(strip_pinyin(sentence or ""))
    return any(fold(f) in text for f in forms if f)


def holder_basis(G: nx.MultiDiGraph, n: str, p: dict) -> dict | None:
    """Why the problem sentence p is the entity's when p does not name it (ux4: an analyst checking
    a finding saw “以前，该县武装工作…的现象” under 甘肃省徽县, “我市目前没有…” under 长沙市, a
    damaged cemetery under the bureau a recommendation went to, and no sentence of the report said
    why that body): {"why": the rule of `naming` that gave it the problem, in words, "evidence": the
    sentence of the same document that names it (the frame a check or recommendation names it in;
    else the last one before p, else the first after)}. None when p names it, or a curated document
    gave it the problem (a person decided the holder). Which findings are reported is unchanged."""
    a = G.nodes[n]
    forms = [f for f in {a.get("name", ""), *a.get("aliases", ())} if f]
    sentence = p.get("sentence", "")
    if not forms or given(p):
        return None
    if _names(forms, sentence):
        basis = _place_basis(a, p, forms)
        return {**basis, "evidence": [dated(G, e) for e in basis["evidence"]]} if basis else None
    place = a.get("type") == "Location"
    doc, at = p["document"], p.get("sentence_index") or 0
    own = sorted((e for e in a.get("sentences") or ()
                  if e.get("document") == doc and _names(forms, e.get("sentence", ""))),
                 key=lambda e: e.get("sentence_index") or 0)
    before = [e for e in own if (e.get("sentence_index") or 0) < at]
    after = [e for e in own if (e.get("sentence_index") or 0) > at]

    def framed(spans, es):  # the sentences whose check or recommendation frame names the entity
        return [e for e in es if any(_names(forms, e["sentence"][x:y]) for x, y in spans(e["sentence"]))]

    nearest = before[-1] if before else (after[0] if after else None)
    first = own[0] if own else None  # a document's place: its title or lead says what it is about
    refs = [r for r in back_references(sentence) if refers_to(a.get("name", n), a.get("type", ""), r)]
    if refs and before:
        ref = back_reference_word(sentence, refs[-1][0]) or "a back reference"
        why, e = f"{ref} in the problem sentence refers back to it", before[-1]
    elif (hit := framed(inspected_spans, before)):
        why, e = "the body an outside check inspects; the problems it lists do not repeat its name", hit[-1]
    elif place and (hit := framed(visited_spans, before)):
        why, e = "a place the check or survey goes to; the problems it lists do not repeat its name", hit[-1]
    elif (hit := framed(addressed_spans, after)):
        why, e = "the body the recommendation is sent to, after the problems it answers", hit[0]
    elif (hit := framed(addressed_spans, before)):
        why, e = "the body the recommendation is sent to, told first (the story's lead)", hit[-1]
    elif not place and (hit := _party(a, p, forms)):
        why, e = "the party the decision or notice is addressed to (its 当事人 or salutation line)", hit
    elif not place and (hit := _authored(G, a, p, forms)):
        how = f"its title, {hit['title']}, names it" if "title" in hit else \
            "its heading or signature names it"
        why, e = f"the body that writes the document ({how})", {k: v for k, v in hit.items() if k != "title"}
    elif place and (level := deictic_level(sentence)):
        word, level = deictic_word(sentence) or "a deictic", LEVEL_WORDS.get(level, level)
        why, e = f"{word} in the problem sentence is the document's own {level}", first
    elif place and _speaks_for(G, doc, forms):
        why, e = "the problem sentence names no body, and the document speaks for this place", first
    else:
        why, e = "named in another sentence of the document, which extraction tied to the problem", nearest
    return {"why": why, "evidence": [dated(G, e)] if e else []}


def _place_basis(a: dict, p: dict, forms: list[str]) -> dict | None:
    """For a body the problem sentence names without its place (县退役军人事务局 under [思南县]): the
    sentence of the document that names the body with its place (近日，思南县委…巡察组正在对县退役军人
    事务局开展…巡察), so an analyst sees where the body is; None when the name holds its place or no
    such sentence is kept (ux4)."""
    j = a.get("jurisdiction", "")
    if not j or a.get("type") == "Location":
        return None
    places = [x for x in {j, short_form(j), place_short(j)} if x and len(x) >= 2]
    if not places or any(x in fold(f) for f in forms for x in places) \
            or _names(places, p.get("sentence", "")):
        return None  # the name or the problem sentence itself says where the body is
    both = sorted((e for e in a.get("sentences") or () if e.get("document") == p["document"]
                   and _names(forms, e.get("sentence", "")) and _names(places, e.get("sentence", ""))),
                  key=lambda e: e.get("sentence_index") or 0)
    if not both:
        return None
    return {"why": f"its place is {j}", "quote_as": "named with it in", "evidence": [both[0]]}


def _unnamed_body(a: dict, p: dict) -> bool:
    """Whether p reaches a body (not a place) only as the inspected body of its document (_inspected):
    such a sentence is quoted after those that name the body (…该局未及时停发… before 一是…), so the
    title shows whose problem it is (gaps17)."""
    if a.get("type") == "Location" or given(p):
        return False
    at = {(e["document"], e.get("sentence_index")) for e in a.get("sentences") or ()}
    forms = [f for f in {a.get("name", ""), *a.get("aliases", ())} if f]
    named = any(f in p.get("sentence", "") for f in forms)
    return (p["document"], p.get("sentence_index")) not in at and not named


def given(p: dict) -> bool:
    """Whether a problem statement was given to its holder by a curated document."""
    return is_curated_source(p.get("source") or "")


def _speaks_for(G: nx.MultiDiGraph, doc: str, forms: list[str]) -> bool:
    """Whether the place (by one of its forms) is the jurisdiction the document speaks for (its
    metadata; when the metadata names none, the place the document names in most sentences): a
    problem clause that names no body is that place's as the document states it (extraction gave
    it to the place the document names most, gaps9); a place that is not the document's own does
    not take it."""
    j = (G.graph.get("documents", {}).get(doc) or {}).get("jurisdiction", "") or _most_named(G, doc)
    # the metadata gives a place's full name (上海市, 新疆维吾尔自治区: meta1); the place may be named
    # by its short form (上海闵行区, 新疆, 延边州)
    own = {j, short_form(j), place_short(j)} if j else set()
    return any(f == x or f.startswith(x) for f in forms for x in own)


def _most_named(G: nx.MultiDiGraph, doc: str) -> str:
    """The name of the Location the document names in most sentences ("" if none)."""
    best, most = "", 0
    for _n, a in G.nodes(data=True):
        if a.get("type") == "Location":
            k = len({e.get("sentence_index") for e in a.get("sentences") or () if e.get("document") == doc})
            if k > most:
                best, most = a.get("name", ""), k
    return best


def _later_report(G: nx.MultiDiGraph, n: str, date: str) -> dict | None:
    """The first sentence naming n with reported modality from a document dated after `date`. Not
    for a place: every later news item names its city, which reports nothing done about the
    problem the city's document stated (gaps9: such problems are given to the place)."""
    if not date or G.nodes[n].get("type") == "Location":
        return None
    later = [dated(G, e) for e in G.nodes[n].get("sentences") or () if e.get("modality") == "reported"]
    later = [e for e in later if e["date"] and lower(e["date"]) > upper(date)]
    return min(later, key=lambda e: (lower(e["date"]), e["document"])) if later else None


def _status(G, n: str, date: str, as_of: str) -> tuple[str, dict | None]:
    later = _later_report(G, n, date)
    if later:
        return f"later report {later['date']} ({later['document']})", later
    if date and as_of:
        return f"still open as of {as_of}", None
    return "not reported solved (undated statement)", None


def _current(G, n, probs: list[dict], sentences: dict) -> tuple[list[dict], tuple[str, list[dict]] | None]:
    """(the problem sentences that are not backstory, the hold-back reason when none is left)."""
    told = [(p, history(G, n, p, sentences)) for p in probs]
    current = [p for p, h in told if h is None]
    if current or not told:
        return current, None
    reason, deciding = told[0][1]
    at = (deciding.get("document"), deciding.get("sentence_index"))
    same = at == (told[0][0].get("document"), told[0][0].get("sentence_index"))
    return [], (reason, [deciding] if same else [told[0][0], deciding])


def stalled(G: nx.MultiDiGraph) -> tuple[list[dict], list[dict]]:
    """(findings, held back): entities with problem statements, and relationships whose
    evidence states a problem."""
    out, held = [], []
    index = JurisdictionDates(G)
    cache: dict[str, dict] = {}

    def sentences() -> dict:  # built once, and only when some problem gets that far
        if "s" not in cache:
            cache["s"] = document_sentences(G)
        return cache["s"]

    for n, a in G.nodes(data=True):
        if a.get("problems"):
            found, hold = _entity_stalled(G, n, a, index, sentences)
            out += [found] if found else []
            held += [hold] if hold else []
    out += _edge_stalled(G, index, sentences)
    return out, held


def _entity_stalled(G: nx.MultiDiGraph, n: str, a: dict, index: JurisdictionDates,
                    sentences) -> tuple[dict | None, dict | None]:
    """(finding, held back) for one entity's problem statements: at most one of them."""
    raw = a.get("problems") or ()
    named = naming(G, n, raw)
    if not named:  # extraction's holder not confirmed: shown held back, never dropped
        return None, _unconfirmed(G, n, a, dated(G, raw[0]))
    probs = sorted(
        (dated(G, p) for p in named),
        key=lambda e: (lower(e["date"]) or "9999", _unnamed_body(a, e),
                       -len(problem_clauses(e.get("sentence", ""))),
                       e["document"], e.get("sentence_index") or 0),
    )
    owned = [p for p in probs if not not_owner(G, n, p)]
    if not owned:  # the proposer's, or the class's: not this body's problem (gaps/owner.py)
        return None, _held(G, n, a, (not_owner(G, n, probs[0]), [probs[0]]), "not its problem")
    probs, hold = _current(G, n, owned, sentences())
    if hold:
        return None, _held(G, n, a, hold, held_as(hold[0]))
    directed = any(
        "directive" in (d.get("modalities") or ())
        for keyed in G._pred[n].values()
        for d in keyed.values()
    )
    first = probs[0]
    # the date an analyst asked for (gaps --as-of), else the latest document about n or its place;
    # none for an undated statement (gaps33): it is "not reported solved (undated statement)", and
    # the date the reports showed beside it was the corpus's latest, another document's (held-out
    # u91-03 took an unrelated text's; READ: every undated stalled finding of seeds, dev, u21, u37,
    # u42, u44, u49, u61, u66, u73, u78, u83, u86), read as a day the problem was seen open on
    since = G.graph.get("as_of") or (
        parties_as_of(G, (n,), a.get("jurisdiction", ""), [first["date"]], index) if first["date"] else ""
    )
    status, later = _status(G, n, first["date"], since)
    basis = holder_basis(G, n, first)
    when = f" ({first['date']})" if first["date"] else ""
    more = f" (+{len(probs) - 1} more problem sentence(s))" if len(probs) > 1 else ""
    title = f"{a.get('name', n)}: the document states “{_what(first['sentence'])}”{when}{more}; {status}"
    f = finding(
        "stalled",
        0.6 + 0.05 * min(len(probs), 4) + (0.1 if directed else 0),
        title,
        [node_summary(G, n)],
        probs + ([later] if later else []),
        a.get("jurisdiction", ""),
        key_parts=[n],
        dates={"stated": first["date"], "as_of": since, "status": status},
        problems=len(probs),
        stated_in=[[p["document"], p.get("sentence_index")] for p in probs],
        also_directed=directed,
    )
    if basis:
        f["holder"] = basis
    return f, None


def _edge_stalled(G: nx.MultiDiGraph, index: JurisdictionDates, sentences) -> list[dict]:
    """Findings for relationships whose evidence states a problem (told as backstory: left out)."""
    out = []
    for u, v, k, d in edges(G):
        if "problem" not in (d.get("modalities") or ()):
            continue
        probs = [dated(G, e) for e in d.get("evidence", ()) if e.get("modality") == "problem"]
        probs = _current(G, None, probs, sentences())[0]
        if not probs:
            continue
        ents = [node_summary(G, u), node_summary(G, v)]
        first = probs[0]
        jur = ents[0]["jurisdiction"] or ents[1]["jurisdiction"]
        # as for an entity: the date asked for, else the latest document about the pair or its place
        since = G.graph.get("as_of") or (
            parties_as_of(G, (u, v), jur, [first["date"]], index) if first["date"] else ""  # (undated: none)
        )
        status = f"still open as of {since}" if since and first["date"] else "not reported solved (undated)"
        when = f" ({first['date']})" if first["date"] else ""
        out.append(
            finding(
                "stalled",
                0.55 + 0.05 * min(len(probs), 4),
                f"{ents[0]['name']} —{d.get('type', k)}→ {ents[1]['name']}: the document states "
                f"“{_what(first['sentence'])}”{when}; {status}",
                ents,
                probs,
                jur,
                key_parts=[u, d.get("type", k), v],
                dates={"stated": first["date"], "as_of": since, "status": status},
                problems=len(probs),
                relation=d.get("type", k),
            )
        )
    return out


def _unconfirmed(G: nx.MultiDiGraph, n: str, a: dict, p: dict) -> dict:
    """A problem extraction gave an entity whose sentence names neither it nor (for a place) a
    deictic of its level, in a document that does not speak for it (naming): not reported, but held
    back with the document's own place, so an analyst sees the problem and whose it may be instead
    of losing it without a word (a clause about 四县 given to the one county a heading names; a
    problem that went to a place other than the one the document's metadata gives)."""
    doc = (G.graph.get("documents", {}).get(p["document"]) or {})
    own = doc.get("jurisdiction", "") or _most_named(G, p["document"]) or "none found"
    f = finding(
        "stalled", 0.5, f"{a.get('name', n)}: “{_what(p['sentence'])}” (holder not confirmed)",
        [node_summary(G, n)], [p], a.get("jurisdiction", ""), key_parts=[n],
        dates={"stated": p.get("date", "")}, problems=0,
        searched="the problem sentence for the entity's names and aliases, for a deictic of its level "
        "(我市, 全县 …) and the document's own place (its metadata, else the place it names most)",
    )
    reason = (f"the problem sentence does not name {a.get('name', n)}, and the document speaks for "
              f"{own}: the holder extraction gave it is not confirmed")
    f["held_back"] = {"reason": reason, "evidence": [p]}
    return f


def held_as(reason: str) -> str:
    """The title's words for a backstory hold-back: history, and why, taken from its reason so the
    two agree (gaps22: ux3 read a title "(history, not a current problem)" over the reason "reported
    done in the same document (已追缴…)", two reasons where the text gives one): "history: a past
    passage", "history: reported done in the same document" …"""
    head = re.sub(r"\s*\([^()]*\)", "", reason).split(":")[0].strip()
    return f"history: {head}" if head else "history, not a current problem"


def _held(G: nx.MultiDiGraph, n: str, a: dict, hold: tuple[str, list[dict]],
          why: str = "history, not a current problem") -> dict:
    """A stalled finding held back (as history, or as not the body's problem), worded so (the
    problem as the text told it)."""
    reason, evidence = hold
    title = f"{a.get('name', n)}: “{_what(evidence[0]['sentence'])}” ({why})"
    f = finding(
        "stalled", 0.5, title, [node_summary(G, n)], evidence, a.get("jurisdiction", ""),
        key_parts=[n], dates={"stated": evidence[0].get("date", "")}, problems=0,
        searched="its problem sentences for a past time (曾一度, 当年, 上世纪X0年代 …) and the later "
        "sentences of their documents for a solution (解决了, 如今, 现已, 终于 …) or a remedy taken "
        "(为此…, 为破解…难题…; 前期…存在…问题 after a report of the work completed)",
    )
    f["held_back"] = {"reason": reason, "evidence": evidence}
    if n is not None and (basis := holder_basis(G, n, evidence[0])):
        f["holder"] = basis
    return f
