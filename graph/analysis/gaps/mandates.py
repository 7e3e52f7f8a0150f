"""Mandate without action: A is ordered (or plans) to lead / support / coordinate with / implement /
fund B, and nothing in the corpus dated on or after the order reports that they did.

Answered by: a reported relation between A and B, or a project or event both take part in (by a
reported or stated tie), from a document dated on or after the directive (undated: counts).
Held back (with the deciding sentence), rather than reported:
- A and B are named together, on or after the directive, in a reported or stated sentence that
  reports joint work or any action (gap_rules.json "joint_work", "action": 出席, 签约, 召开 …)
  though no relation was typed: on unseen text extraction finds about half the ties a reader
  finds, and such a sentence is the closest evidence that one exists;
- B is a policy the order sentence itself reports as issued or drawn up (省政府制定并发布《B》, no
  order word before the cue) or cites as the text's basis (为贯彻落实《B》): not an order to act on B;
- B is a national strategy, doctrine or policy (gap_rules.json "abstract_policy" words, or a
  name opened by a "national_issuers" word: 军民融合发展战略, 国务院…意见), not a designation a place
  applies for: every body
  "implements" it, so the order names no concrete counterpart (a speaker's stock call);
- every order sentence also reports work done (gap_rules.json "done_markers": 近年来, 卓有成效 …),
  or reports the parties' own joint action with a past marker or a date (去年…联合出台, 5月26-27日
  …联合主办: "past_markers"; a stated year no later than the order, 2020年,…联合出台: "past_year"):
  the sentence likely reports the very action the finding would call missing (the modality rule
  read a purpose clause or a 加快推进 inside it as an order);
- A is named neither in any order sentence nor in the sentence before it: the addressee was
  carried from further back, which extraction gets wrong more often than not;
- every order sentence is no order by its wording (gap_rules.json "not_an_order"): a pledge or
  commitment (将继续全力支持, 还将), a wish addressed to troops or a body (希望…一如既往地支持), work
  going on or done (正…大力实施, 已…), or a contract already signed (8月…签订…合同, 加快开展…);
- a COORDINATES_WITH pair both named after a first-person subject with an order word (我省将…加大A
  建设…推进与B签署协议: gap_rules.json "first_person") and not joined as partners (A与B, A、B):
  the speaker's own plan, whose items are not partners told to work together (a run-on sentence
  pairs them);
- A or B is a park or fund whose name reads as a clause (三沙建设…示范园区: "clause_verbs");
- B is a designation the order makes an aspiration (要…打造X示范城市: "aspiration_verbs"), not an
  application whose outcome a report would name (申报/创建X stay);
- B is an honorary title or designation (双拥模范城, 文明城市) the order consolidates or its
  documents report held (graph/analysis/gaps/titles_held.py): keeping a title is no unmet order;
- a COORDINATES_WITH pair of two bodies of one side (市委 ↔ 市政府, both civilian; two military
  units): coordination within a side is no military–civilian coordination gap (`same_side`);
- A or B was recognised with low confidence (gap_rules.json min_confidence);
- every order sentence is the cut-off end of its document (a page cut mid-clause, no 。！？:
  graph/analysis/gaps/cut_off.py): the words that decide what it says may be missing;
- A is a place or an item, not a named body (gaps6): an order to "the province" names no one
  whose action would answer it (a place or park applying for a designation is its applicant: it stands).
Positive evidence (graph/analysis/gaps/evidence.py, gaps6): a finding that stands says what was
searched, with the sentences of other documents, dated on or after the order, that report what A
did (details["actions_elsewhere"]); with none, nothing shows that a follow-up would have been seen,
and the finding is listed as "not enough coverage to tell" (coverage.mandate_min_reports).
Wording follows the modality extraction gave the sentence (graph/model.py): "is told to" only for
a directive (an order addressed to the actor); "plans to" for a plan (the actor's own intention or
application: 争取联合创建, 积极申报). Both are listed: an unanswered plan is a gap too.
"""

from __future__ import annotations

import networkx as nx

from graph.analysis.filters import node_summary
from graph.analysis.gaps.common import (
    aspiration,
    clause_name,
    co_mentions,
    doc_date,
    edges,
    finding,
    issued_or_cited,
    kept_sentences,
    low_confidence,
    lower,
    not_an_order,
    not_before,
    reports_action,
    reports_own_joint_action,
    rules,
    speakers_plan,
    upper,
)
from graph.analysis.gaps.cut_off import cut_off, last_sentences
from graph.analysis.gaps.dates import JurisdictionDates, as_of, document_sentences, order_date
from graph.analysis.gaps.evidence import BODIES, reported_actions
from graph.analysis.gaps.titles_held import title_held

MANDATE_RELATIONS = ("LEADS", "SUPPORTS", "COORDINATES_WITH", "IMPLEMENTS", "FUNDS")
JOINT_ACTIVITY_TYPES = ("Project", "Event")
ACTION_MODALITIES = ("reported", "stated")
ORDERED = ("directive", "plan")  # the modalities of what is still to be done
APPLICANTS = ("Location", "IndustrialPark")  # no bodies, but they apply for designations
VERBS = {
    "LEADS": "lead",
    "SUPPORTS": "support",
    "COORDINATES_WITH": "coordinate with",
    "IMPLEMENTS": "implement",
    "FUNDS": "fund",
}


def _activities(G: nx.MultiDiGraph) -> dict[str, dict[str, str]]:
    """entity -> {project/event it took part in by a reported or stated tie: the latest date of
    that evidence ("" if undated, which counts as any date)}."""
    acts = set(ACTION_MODALITIES)
    attrs = G._node
    out: dict[str, dict[str, str]] = {}

    def note(who: str, what: str, date: str) -> None:
        mine = out.setdefault(who, {})
        old = mine.get(what)
        if old is None or (old and (not date or upper(date) > upper(old))):
            mine[what] = date

    for u, v, _k, d in edges(G):
        if u == v:
            continue
        tv, tu = attrs[v].get("type") in JOINT_ACTIVITY_TYPES, attrs[u].get("type") in JOINT_ACTIVITY_TYPES
        if not (tu or tv):
            continue
        for e in d.get("evidence", ()):
            if e.get("modality", "stated") not in acts:
                continue
            date = doc_date(G, e.get("document", ""))
            if tv:
                note(u, v, date)
            if tu:
                note(v, u, date)
    return out


def _answered(G, a: str, b: str, since: str, acts: dict) -> bool:
    for keyed in (G._succ[a].get(b), G._succ[b].get(a)):
        for d in (keyed or {}).values():
            if any(
                e.get("modality") == "reported" and not_before(doc_date(G, e.get("document", "")), since)
                for e in d.get("evidence", ())
            ):
                return True
    mine, theirs = acts.get(a, {}), acts.get(b, {})
    if len(theirs) < len(mine):
        mine, theirs = theirs, mine
    return any(
        x in theirs and not_before(dt, since) and not_before(theirs[x], since) for x, dt in mine.items()
    )


def mandates_without_action(G: nx.MultiDiGraph) -> tuple[list[dict], list[dict]]:
    """(findings, held back) for every pair tied by a directive or a plan."""
    pairs: dict[tuple[str, str], list[tuple[str, dict, str, str]]] = {}
    for u, v, k, d in edges(G):
        t = d.get("type", k)
        if u == v or t not in MANDATE_RELATIONS or not set(ORDERED) & set(d.get("modalities") or ()):
            continue
        for e in d.get("evidence", ()):
            if e.get("modality") in ORDERED:
                pairs.setdefault((u, v) if u < v else (v, u), []).append((t, e, u, v))
    acts = _activities(G)
    reported_cache: dict[str, list[dict]] = {}
    ndocs = len(G.graph.get("documents", {}))
    kept = list(kept_sentences(G)) if pairs else []
    sentences = document_sentences(kept)
    last = last_sentences(kept)
    jur_dates = JurisdictionDates(G)
    out, held = [], []
    for (a, b), items in sorted(pairs.items()):
        evs = sorted(  # dated by the text's own latest year where it is earlier (gaps/dates.py)
            ({**e, "date": order_date(G, e.get("document", ""), sentences)} for _, e, _, _ in items),
            key=lambda e: (lower(e["date"]) or "9999", e["document"], e.get("start", 0)),
        )
        since = next((e["date"] for e in evs if e["date"]), "")
        if _answered(G, a, b, since, acts):
            continue
        rels = sorted({(h, t, tl) for t, _, h, tl in items})
        head, rtype, tail = rels[0]
        ents = [node_summary(G, head), node_summary(G, tail)]
        place = ents[0]["jurisdiction"] or ents[1]["jurisdiction"]
        # the order itself is not its own answer (matched by place and by words: curated evidence
        # may number sentences differently from the mention sentences)
        ordered_at = {(e["document"], e.get("sentence_index")) for e in evs} | {e["sentence"] for e in evs}
        both = [
            e
            for e in co_mentions(G, a, b)
            if (e["document"], e.get("sentence_index")) not in ordered_at and e["sentence"] not in ordered_at
        ]
        joint = [
            e
            for e in both
            if e.get("modality") in ACTION_MODALITIES
            and reports_action(e["sentence"])
            and not_before(e["date"], since)
        ]
        plan = all(e.get("modality") == "plan" for e in evs)
        verb = VERBS.get(rtype, rtype.lower())
        when = f" ({since})" if since else ""
        if plan:
            title = f"{ents[0]['name']} plans to {verb} {ents[1]['name']}{when}; no reported action since"
        else:
            title = (
                f"{ents[0]['name']} is told to {verb} {ents[1]['name']}{when}; no reported action or "
                f"shared project/event since"
            )
        acted = reported_actions(G, head, evs, since, reported_cache)
        searched = (
            f"{ndocs} document(s) for a reported tie between {ents[0]['name']} and {ents[1]['name']}"
            f"{' dated on/after ' + since if since else ''}, or a project/event both take part in; "
            f"{len(both)} other sentence(s) name both; {len(acted)} sentence(s) of other documents "
            f"{'dated on/after ' + since + ' ' if since else ''}report what {ents[0]['name']} did "
            "(where a follow-up would have been seen)"
        )
        f = finding(
            "mandate_without_action",
            0.8 + 0.04 * min(len(evs), 5),
            title,
            ents,
            evs + both,
            place,
            key_parts=rels[0],
            searched=searched,
            dates={"directive": since, "as_of": as_of(G, (a, b), place, [e["date"] for e in evs], jur_dates)},
            relations=[{"head": h, "type": t, "tail": tl} for h, t, tl in rels],
            directives=len(evs),
            wording="plans to" if plan else "is told to",
            both_named=len(both),
            actions_elsewhere=len(acted),
        )
        why = _hold(G, head, tail, evs, joint, rtype, cut=all(cut_off(e, last) for e in evs)) or _not_a_body(
            G, head, tail, evs
        )
        if why:
            f["held_back"] = {"reason": why[0], "evidence": why[1]}
            held.append(f)
        else:
            out.append(f)
    return out, held


def abstract_policy(a: dict) -> bool:
    """A strategy, doctrine or national policy (abstract_policy words, or a name opened by a
    national issuer and no jurisdiction), not a designation a place applies for (国家级…中心, 中国
    科技城): every body "implements" it, so an order to do so names no concrete counterpart whose
    follow-up a corpus could show."""
    if a.get("type") != "Policy":
        return False
    r = rules()
    name = a.get("name", "").lstrip('“"《')
    if any(w in name for w in r["designations"]):
        return False
    national = not a.get("jurisdiction") and any(name.startswith(p) for p in r["national_issuers"])
    return national or any(w in name for w in r["abstract_policy"])


def _addressed(G: nx.MultiDiGraph, head: str, e: dict) -> bool:
    """Whether the order names its addressee in its own sentence or the one right before it."""
    a = G.nodes[head]
    if any(f and f.strip("《》“”") in e["sentence"] for f in (a.get("name", head), *a.get("aliases", ()))):
        return True
    i = e.get("sentence_index")
    at = {m.get("sentence_index") for m in a.get("sentences") or () if m["document"] == e["document"]}
    return i is None or not at or bool(at & {i, i - 1})


def _not_a_body(G: nx.MultiDiGraph, head: str, tail: str, orders: list[dict]):
    """(reason, evidence) when the order is addressed to no named body: a place or an item (a
    place or a park applying for a designation, 青山市要积极申报X示范城市, is its applicant: it stands)."""
    a = G.nodes[head]
    if a.get("type") in BODIES or (a.get("type") in APPLICANTS and designation(G.nodes[tail])):
        return None
    return (
        f"{a.get('name', head)} is a place or an item, not a named body: whose action would answer "
        "the order is unsaid",
        orders[:2],
    )


def same_side(G: nx.MultiDiGraph, a: str, b: str) -> str:
    """The side both a and b stand on when it is the same one, military or civilian ("" otherwise:
    a joint body such as a 军民融合办, a place or an event may stand between the sides). An order
    to two bodies of one side to coordinate (市委、市政府 协调配合) is no military–civilian gap: held
    back with that reason, not dropped, so the order stays visible with why it is not a gap."""
    sa, sb = G.nodes[a].get("side"), G.nodes[b].get("side")
    return sa if sa == sb and sa in ("military", "civilian") else ""


def designation(a: dict) -> bool:
    """A title conferred on a place (gap_rules.json "designations": 示范城市, 示范区, 科技城 …)."""
    name = a.get("name", "")
    for x in rules().get("designation_exceptions", ()):
        name = name.replace(x, "")
    return any(w in name for w in rules()["designations"])


def _forms(G: nx.MultiDiGraph, n: str) -> list[str]:
    a = G.nodes[n]
    return [f.strip("《》“”") for f in (a.get("name", n), *a.get("aliases", ())) if f]


def _hold(G: nx.MultiDiGraph, head: str, tail: str, orders: list[dict], joint: list[dict], rtype: str = "",
          cut: bool = False):
    """(reason, evidence) when the mandate must be held back (see the module docstring), else None.
    `cut`: every order sentence is the cut-off end of its document (gaps/cut_off.py)."""
    if cut:
        return (
            "the only order sentence is the cut-off end of its document (no 。！？): the words that decide "
            "what it says may be missing",
            orders[:2],
        )
    if joint:
        return (
            "named together in a sentence that reports joint work or action, though no relation was typed",
            joint,
        )
    t = G.nodes[tail]
    if abstract_policy(t):
        return (
            f"{t.get('name', tail)} is a national strategy or doctrine, no concrete counterpart to act on",
            orders[:2],
        )
    if designation(t) and all(aspiration(e["sentence"], _forms(G, tail)) for e in orders):
        return (
            f"{t.get('name', tail)}: an aspiration to become it (打造…, 建成…), not a step whose "
            "follow-up a report would name",
            orders[:2],
        )
    if t.get("type") == "Policy":
        names = [t.get("name", tail), *t.get("aliases", ())]
        for e in orders:
            how = issued_or_cited(e["sentence"], names)
            if how:
                why = (
                    "the sentence reports it as issued or drawn up"
                    if how == "issued"
                    else ("the sentence cites it as the basis of the text")
                )
                return f"{t.get('name', tail)}: {why}, not an order to act on it", [e]
    held = title_held(G, tail, orders)  # 巩固…双拥模范城创建成果: keeping a title held (gaps4)
    if held:
        return held
    why = [not_an_order(e["sentence"]) for e in orders]
    if all(why):
        return why[0], orders[:2]
    done = rules()["done_markers"]
    if all(any(w in e["sentence"] for w in done) for e in orders):
        return "the order sentence also reports work done", orders[:2]
    if all(reports_own_joint_action(e["sentence"], e.get("date", "")) for e in orders):
        return "the order sentence itself reports the parties' joint action as done", orders[:2]
    if not any(_addressed(G, head, e) for e in orders):
        return (
            f"{G.nodes[head].get('name', head)} is not named in the order sentence or the one before it",
            orders[:2],
        )
    if rtype == "COORDINATES_WITH" and all(
        speakers_plan(e["sentence"], [_forms(G, head), _forms(G, tail)]) for e in orders
    ):
        return (
            "the sentence states the speaker's own plan (我省将…, 我市要…): the two are items of it, "
            "not partners told to work together",
            orders[:2],
        )
    bad = [(n, clause_name(G.nodes[n])) for n in (head, tail) if clause_name(G.nodes[n])]
    if bad:
        return (
            f"{G.nodes[bad[0][0]].get('name', bad[0][0])}: the name reads as a clause (…{bad[0][1]}…), "
            "likely mis-bounded",
            orders[:1],
        )
    side = same_side(G, head, tail) if rtype == "COORDINATES_WITH" else ""
    if side:  # (last but one: a reason the text gives for the order itself comes first)
        return (
            f"both are {side} bodies: coordination within one side (市委 ↔ 市政府) is no "
            "military–civilian coordination gap",
            orders[:2],
        )
    weak = [n for n in (head, tail) if low_confidence(G, n)]
    if weak:
        return f"recognised with low confidence: {', '.join(weak)}", orders[:1]
    return None
