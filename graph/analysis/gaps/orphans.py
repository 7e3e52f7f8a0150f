"""Orphans: concrete local items nobody acts on: a named fund that funds nothing, a park with no
enterprise, a project or a local plan of the jurisdiction with no leading or implementing actor.

Never national strategies, doctrines, laws or designations mentioned in passing: an item must have
a jurisdiction, not a national name (gap_rules.json "national_prefixes") nor a designation conferred
on a place ("designations", even when typed as a park), and a Policy only counts when its name is a
concrete plan (concrete_policy words, no abstract_policy words). Only items the corpus speaks of as
existing (`exists`): one that is only ordered or planned is a mandate, not an orphan. An item a
document first names as what the parties of an agreement will build (根据协议，双方将…引入或建立一只
…基金; 就共建X达成共识: `agreed_documents`, gaps34) is that agreement's plan there: the document's
stated sentences (a list of the plan's parts, 建设包含…) and the agreement sentence itself (签署 reads
reported) do not show it exists; a reported sentence or a problem still does.
A class of items is no item: a project named only by a place and a category word (吉林重大科研项目,
gap_rules.json "category_items") is not a named project.
Held back (with the deciding sentence), rather than reported:
- a park, when a sentence of its documents names an enterprise (or a project settling in it:
  首批入驻的…项目) together with the park (by name or by 该产业园 / 园区, gap_rules.json
  "anaphora"): the tie was likely stated, not typed; likewise when a sentence naming the park
  speaks of firms or projects signed or settling there without a name extraction recognised
  ("tenancy_cues": 签约, 入驻, 企业, 项目 …; a problem sentence stating the lack does not count);
  or when a sentence speaks of its firms as a group (园区内企业, 入园企业达XX家, in a document
  naming no other park too: graph/analysis/gaps/park_firms.py): it has firms, none named;
- a plan or project whose issuer a sentence names (省委、省政府出台了《X》) or that a sentence cites as
  its basis (根据X, 为贯彻落实《X》): "nobody leads it" would read an untyped tie, or a citation, as an
  absence; likewise one named in its document's title (the document's own plan: its issuer is
  the document's), and one recognised with low confidence (gap_rules.json min_confidence);
- a plan or project in one of whose sentences an actor opens a clause (《青山规划》通过评审后，青山市和
  东方重工集团积极配合…: graph/analysis/gaps/evidence.py, gaps6): a missing typed edge is not a
  missing actor. A plan orphan that stands says what was searched: its sentences, for an actor as
  a clause subject, none found;
- any item named only as one item of enumerations (建成A、B、C等一批园区): mentioned in passing;
- any item named only as a title conferred (被授予“X”称号, 被评为X: gap_rules.json "title_before",
  "title_after"): a designation, whatever type extraction gave it;
- a park designation typed as a park (…产业示范基地, …特色产业基地, 省级…基地: gap_rules.json
  "park_designations", gaps8): a title a park earned, no separate park;
- a site named after the research institute or university that owns it (…研究院…基地: gap_rules.json
  "campus_heads"): its campus, not a park. City-wide titles (…科技城, …示范城, 模范城) are designations;
- a venue, a training site or a development zone typed as a park (…会展中心, …民兵训练基地, …经济开发区:
  gap_rules.json "not_parks", as the name's head): no firm settles in the first two, and a text about
  a zone spanning a district does not list its firms;
- a park or fund whose name reads as a clause (三沙建设…示范园区: "clause_verbs"): a mis-bounded name;
- any item whose name is a category phrase (青山航天等新技术产业园区, 各类…基地, 一批…项目:
  "category_markers", gaps5): items such as these, no concrete item.
Coverage: an item the corpus names in fewer than coverage.orphan_min_sentences distinct sentences
(once, in a list of achievements or a ranking) is "not enough coverage to tell" (details["sentences"]).
"""

from __future__ import annotations

import re

import networkx as nx

from graph.analysis.filters import node_summary
from graph.analysis.gaps.common import (
    CLAUSE_ENDS,
    clause_name,
    conferred_title,
    dated,
    finding,
    first_sentences,
    folded,
    in_enumeration,
    issued_or_cited,
    low_confidence,
    neighbours,
    rules,
    tie_evidence,
)
from graph.analysis.gaps.evidence import sentence_nodes, subject_actors
from graph.analysis.gaps.park_firms import firms_as_group


def concrete_local(a: dict) -> bool:
    r = rules()
    name = a.get("name", "")
    if not a.get("jurisdiction") or any(name.lstrip('“"《').startswith(p) for p in r["national_prefixes"]):
        return False
    bare = name
    for x in r.get("designation_exceptions", ()):
        bare = bare.replace(x, "")
    if any(w in bare for w in r["designations"]):  # a title conferred on a place, not a site
        return False
    if a.get("type") in ("Project", "Policy") and category(name):
        return False
    if a.get("type") == "Policy":
        return any(w in name for w in r["concrete_policy"]) and not any(
            w in name for w in r["abstract_policy"]
        )
    return a.get("type") in ("Fund", "IndustrialPark", "Project")


def category(name: str) -> bool:
    """A place (up to 4 characters, or none) followed by a category word: a class, not an item."""
    bare = name.strip('《》“”"')
    return any(bare.endswith(w) and len(bare) - len(w) <= 4 for w in rules()["category_items"])


def exists(G: nx.MultiDiGraph, n: str, a: dict) -> bool:
    """Whether the corpus speaks of the item as existing: some sentence naming it (or a tie of it)
    reports or states something, rather than only ordering or planning it. A park still to be
    set up ("支持条件成熟区域设立…产业园") cannot lack enterprises; its plan is a mandate finding."""
    agreed = agreed_documents(a)
    evs = [*(a.get("sentences") or ()), *(e for m in neighbours(G, n) for e in tie_evidence(G, n, m))]
    kept = [e for e in evs if not _agreement_mood(e, agreed)]
    mods = {e.get("modality") for e in kept}
    mods |= {"problem"} if a.get("problems") else set()
    return bool(mods & {"reported", "stated", "problem"}) or not (mods or len(kept) < len(evs))


def _agreement_mood(e: dict, agreed: dict[str, str]) -> bool:
    """Whether a sentence of a document that first names the item as an agreement's content speaks
    in the agreement's mood: the agreement sentence itself (签署 reads reported) or a stated one."""
    doc = e.get("document")
    if doc not in agreed or e.get("modality") == "problem":
        return False
    return e.get("modality") != "reported" or e.get("sentence") == agreed[doc]


def agreed_documents(a: dict) -> dict[str, str]:
    """document -> its agreement sentence, for each document whose first sentence naming the item
    names it as what the parties of an agreement will build (gap_rules.json "agreement_content",
    gaps34): a fund a framework agreement plans to 引入或建立 has funded nothing by definition, and
    a later list of the plan's parts (建设包含…) reads stated without reporting that it exists."""
    forms = surface_forms(a)
    first: dict[str, dict] = {}
    for e in a.get("sentences") or ():
        d = e.get("document")
        if d not in first or e.get("sentence_index", 0) < first[d].get("sentence_index", 0):
            first[d] = e
    return {
        d: e.get("sentence", "") for d, e in first.items() if agreement_content(e.get("sentence", ""), forms)
    }


def _builds(text: str, verbs: list[str]) -> bool:
    """A build verb that governs what follows: not a noun closing an item of a list (基础设施建设、)."""
    ends = (m.end() for w in verbs for m in re.finditer(re.escape(w), text))
    return any(i == len(text) or text[i] != "、" for i in ends)


def surface_forms(a: dict) -> list[str]:
    """The item's name, its aliases and its name without the jurisdiction extraction prefixed."""
    name, j = a.get("name", ""), (a.get("jurisdiction") or "").split("〔")[0]
    forms = [name, *a.get("aliases", ())]
    if j and name.startswith(j) and len(name) - len(j) >= 3:
        forms.append(name[len(j):])
    return [folded(f).strip('《》“”"') for f in forms if f]


def agreement_content(sentence: str, forms: list[str]) -> bool:
    """Whether the sentence names the item as what an agreement's parties will build: an agreement
    cue, then an intent word, then a build verb in the item's own clause, then the item (根据协议，
    双方将共建X); or 就 + a build verb + the item + a consensus cue (就共建X达成共识). A build word
    in an earlier clause (…产业园区建设等领域展开合作，服务X) governs something else. Cues:
    gap_rules.json "agreement_content"."""
    r = rules()["agreement_content"]
    s = folded(sentence)
    at = min((i for i in (s.find(f) for f in forms if f) if i >= 0), default=-1)
    if at < 0:
        return False
    cue = max((s.rfind(c, 0, at) + len(c) for c in r["agreements"] if s.rfind(c, 0, at) >= 0), default=-1)
    if cue >= 0:
        own = re.split(f"[{CLAUSE_ENDS}]", s[cue:at])[-1]  # the item's clause, up to the item
        rest = re.split(f"[{CLAUSE_ENDS}]", s[at:], maxsplit=1)[0]
        promoted = any(w in own for w in r["promote"]) and any(w in rest for w in r["promote_objects"])
        if any(w in s[cue:at] for w in r["intent"]) and (promoted or _builds(own, r["build"])):
            return True
    jiu = s.rfind("就", 0, at)
    return (jiu >= 0 and _builds(s[jiu:at], r["build"])
            and any(c in s[at:] for c in r["consensus"]))


INVESTEES = ("Fund", "Enterprise", "IndustrialPark", "Project")  # what a fund's ESTABLISHED puts money in


def _why(G: nx.MultiDiGraph, n: str, a: dict) -> tuple[str, float] | None:
    t = a.get("type")
    if t == "Fund":
        if not any(
            d.get("type", k) == "FUNDS"
            or (d.get("type", k) == "ESTABLISHED" and G.nodes[m].get("type") in INVESTEES)
            for _, m, k, d in G.out_edges(n, keys=True, data=True)
        ):  # a fund that co-founds a fund or a firm has invested its money (gaps13)
            return "fund that funds nothing", 0.45
    elif t == "IndustrialPark":
        if not any(G.nodes[m].get("type") == "Enterprise" for m in neighbours(G, n)):
            return "park with no enterprise", 0.45
    elif t in ("Project", "Policy"):
        if not any(
            d.get("type", k) in ("LEADS", "IMPLEMENTS") for _, _, k, d in G.in_edges(n, keys=True, data=True)
        ):
            return (
                f"{'local plan' if t == 'Policy' else 'project'} with no leading or implementing actor",
                0.4,
            )
    return None


TENANT_TYPES = ("Enterprise", "Project")  # what a park's sentence can name as settled in it


def enterprise_sentences(G: nx.MultiDiGraph) -> dict[str, list[dict]]:
    """document -> the sentences naming an enterprise or a project (built once for all parks)."""
    out: dict[str, list[dict]] = {}
    for _m, b in G.nodes(data=True):
        if b.get("type") in TENANT_TYPES:
            for e in b.get("sentences") or ():
                out.setdefault(e["document"], []).append(e)
    return out


def _enterprise_beside(G: nx.MultiDiGraph, n: str, a: dict, by_doc: dict[str, list[dict]]) -> list[dict]:
    """Sentences of the park's documents that name an enterprise or project and refer to the park."""
    forms = [a.get("name", n), *a.get("aliases", ()), *rules()["anaphora"]]
    return [
        dated(G, e)
        for d in a.get("documents", ())
        for e in by_doc.get(d, ())
        if any(f and f in e["sentence"] for f in forms)
    ]


def orphans(G: nx.MultiDiGraph) -> tuple[list[dict], list[dict]]:
    """(findings, held back)."""
    out, held = [], []
    by_doc = at = None
    for n, a in G.nodes(data=True):
        if not concrete_local(a) or not exists(G, n, a):
            continue
        why = _why(G, n, a)
        if why is None:
            continue
        reason, score = why
        es = [dated(G, e) for _, _, d in G.in_edges(n, data=True) for e in d.get("evidence", [])]
        es += [dated(G, e) for _, _, d in G.out_edges(n, data=True) for e in d.get("evidence", [])]
        es += first_sentences(G, [n], per_node=2)
        kind = {"Fund": "FUNDS ties", "IndustrialPark": "enterprises tied to it"}.get(
            a.get("type"),
            f"LEADS/IMPLEMENTS ties, and its {mention_count(a)} sentence(s) for an actor as the subject "
            "of a clause (none found)",
        )
        f = finding(
            "orphan",
            score + 0.02 * min(len(a.get("documents", [])), 5),
            f"{a.get('name', n)}: {reason}",
            [node_summary(G, n)],
            es,
            a.get("jurisdiction", ""),
            key_parts=[n],
            searched=f"{len(a.get('documents', []))} document(s) naming it, for {kind}",
            reason=reason,
            sentences=mention_count(a),
        )
        if by_doc is None and a.get("type") == "IndustrialPark":
            by_doc = enterprise_sentences(G)
        if at is None and a.get("type") in ("Policy", "Project"):
            at = sentence_nodes(G)
        why = _hold(G, n, a, by_doc, at)
        if why:
            f["held_back"] = {"reason": why[0], "evidence": why[1][:3]}
            held.append(f)
        else:
            out.append(f)
    return out, held


def mention_count(a: dict) -> int:
    """How many distinct sentences name the item: what the corpus says about it (an item named in
    one sentence, in a list of achievements or a ranking, leaves its tenants and its investments
    unsaid, so their absence shows nothing: coverage.orphan_min_sentences)."""
    ss = a.get("sentences") or ()
    return len({(e.get("document"), e.get("sentence_index"), e.get("sentence")) for e in ss})


def _hold(G: nx.MultiDiGraph, n: str, a: dict, by_doc, at=None) -> tuple[str, list[dict]] | None:
    """(reason, evidence) when the orphan must be held back (see the module docstring), else None."""
    marker = category_phrase(a.get("name", n))
    if marker:
        why = f"the name is a category phrase (…{marker}…: items such as these), no concrete item"
        return why, first_sentences(G, [n])
    if a.get("type") == "IndustrialPark" and park_designation(a.get("name", n)):
        why = "a designation, a title a park earned (…产业示范基地, 省级…基地), no separate park"
        return why, first_sentences(G, [n])
    if campus(a.get("name", n)):
        why = "a research institute's or university's campus (…研究院…基地), not a park"
        return why, first_sentences(G, [n])
    verb = clause_name(a)
    if verb:
        return f"the name reads as a clause (…{verb}…), likely mis-bounded", first_sentences(G, [n])
    if a.get("type") == "IndustrialPark" and not_a_park(a.get("name", n)):
        why = (
            "a venue, a training site or a development zone (…会展中心, …训练基地, …开发区), not an "
            "industrial park whose firms a text would list"
        )
        return why, first_sentences(G, [n])
    if a.get("type") == "IndustrialPark":
        beside = _enterprise_beside(G, n, a, by_doc)
        if beside:
            return (
                "an enterprise or project is named with the park in one sentence, "
                "though no relation was typed",
                beside,
            )
        tenancy = [
            dated(G, e)
            for e in a.get("sentences") or ()
            if e.get("modality") != "problem"  # a stated lack of firms is evidence for the gap
            and any(c in folded(e.get("sentence", "")) for c in rules()["tenancy_cues"])
            and not any(c in folded(e.get("sentence", "")) for c in rules()["tenancy_negations"])
        ]
        if tenancy:
            return (
                "a sentence about the park speaks of firms or projects signed or settling there "
                "(签约, 入驻, 企业 …), though none was recognised",
                tenancy,
            )
        group = firms_as_group(G, n)  # 入园企业达XX家 in a sentence not naming it (gaps4)
        if group:
            return "the text speaks of the park's firms as a group (none named): absence not shown", group
    founding = just_founded(G, a)
    if founding:
        why = "just founded: the text reports it at its founding (挂牌成立, 设立, 揭牌 …) or still to be "
        return why + "registered, no time yet for firms or investments", founding
    if a.get("type") in ("Policy", "Project"):
        names = [a.get("name", n), *a.get("aliases", ())]
        for e in a.get("sentences") or ():
            how = issued_or_cited(e.get("sentence", ""), names)
            if how:
                why = "a sentence names its issuer" if how == "issued" else "a sentence cites it as its basis"
                return f"{why}, though no LEADS/IMPLEMENTS tie was typed", [dated(G, e)]
        docs = G.graph.get("documents", {})
        titled = [d for d in a.get("documents", ()) if _named_in(names, (docs.get(d) or {}).get("title", ""))]
        if titled:
            return (
                "named in its document's title: the document's own plan, issued by the document's issuer",
                [dated(G, e) for e in a.get("sentences") or () if e["document"] in titled][:1],
            )
        acting = subject_actors(G, n, at or {})
        if acting:
            return (
                f"{'、'.join(acting[1])} stand(s) as the subject of a clause of a sentence naming it, though "
                "no LEADS/IMPLEMENTS tie was typed: a missing edge, not a missing actor",
                [acting[0]],
            )
    ss = a.get("sentences") or ()
    names = [a.get("name", n), *a.get("aliases", ())]
    if ss and all(any(conferred_title(e.get("sentence", ""), x) for x in names) for e in ss):
        return "named only as a title conferred (授予…称号, 评为…): a designation", [dated(G, e) for e in ss]
    if ss and all(any(in_enumeration(e.get("sentence", ""), x) for x in names) for e in ss):
        return "named only as one item of an enumeration (mentioned in passing)", [dated(G, e) for e in ss]
    if low_confidence(G, n):
        return "recognised with low confidence", first_sentences(G, [n])
    return None


def just_founded(G: nx.MultiDiGraph, a: dict) -> list[dict]:
    """The sentences that report a fund or park at its founding (gaps13): a sentence naming it, not
    an order, with a founding word (挂牌成立, 发起设立, 揭牌, 开园: gap_rules.json "founding_cues";
    not 成立于…, 成立以来: "founding_exclude", an age), or still to be registered or filed (尚需…
    登记, 备案). A fund set up in the news that reports it has invested in nothing yet, and a park
    opened that day has no tenants: the absence shows nothing (held-out u47: funds reported as
    they were being set up, "尚需进行工商设立登记", judged artefacts)."""
    if a.get("type") not in ("Fund", "IndustrialPark"):
        return []
    r = rules()
    out = []
    forms = surface_forms(a)
    for e in a.get("sentences") or ():
        s = folded(e.get("sentence", ""))
        if e.get("modality") in ("directive", "problem"):  # an order to set it up; a stated lack
            continue
        for x in r.get("founding_exclude", ()):
            s = s.replace(x, "")
        if any(c in s for c in r.get("founding_cues", ())) or founded_before_name(s, forms):
            out.append(dated(G, e))
    return out


def founded_before_name(sentence: str, forms: list[str]) -> bool:
    """Whether folded `sentence` names the item right after a completed founding verb (牵头成立了
    青山产业发展基金; gap_rules.json "founding_before_name", gaps37): the item is what was founded.
    成立了 before another name (成立了…联盟) founds that one, so the verb must stand within `gap`
    characters before the item's name, in its clause."""
    r = rules().get("founding_before_name") or {}
    verbs, gap = r.get("verbs", ()), int(r.get("gap", 4))
    for f in forms:
        at = sentence.find(f) if f else -1
        while at >= 0:
            before = re.split(f"[{CLAUSE_ENDS}]", sentence[max(0, at - gap - 3) : at])[-1]
            if any(v in before and len(before) - before.rfind(v) - len(v) <= gap for v in verbs):
                return True
            at = sentence.find(f, at + 1)
    return False


def category_phrase(name: str) -> str:
    """The word that makes a name a category phrase, or "": 等, 各类, 一批 … before the name's head
    (青山航天等新技术产业园区 = "parks such as 青山航天's"; 各类孵化基地; 一批重点项目) name a class of
    items, and a class has no tenants or leaders of its own to be missing (gaps5; gap_rules.json
    "category_markers"; 高等, 同等 … masked first). Extraction bounding such a phrase is another
    matter: this only keeps it from becoming a finding."""
    r = rules()["category_markers"]
    bare = folded(name).strip('《》“”"')
    for w in r["not_markers"]:
        bare = bare.replace(w, "＃" * len(w))
    head = bare[:-2]  # a marker before the head: the last two characters are the head (园区, 基金 …)
    return next((w for w in r["words"] if w in (head if len(w) > 1 else head[1:])), "")


def park_designation(name: str) -> bool:
    """A title a park earned, typed as a park (青山市军民融合产业示范基地, 东川省级军民融合产业基地):
    a ministry's or province's designation scheme names the park that won it, it is no second
    park whose firms a text would list (gap_rules.json "park_designations")."""
    r = rules()["park_designations"]
    bare = re.sub(r"[(（][^()（）]*[)）]", "", folded(name).strip('《》“”"'))
    if any(bare.endswith(h) for h in r["heads"]):
        return True
    return any(k in bare for k in r["ranks"]) and any(bare.endswith(h) for h in r["rank_heads"])


def campus(name: str) -> bool:
    """A site named after the research institute or university that owns it (东川研究院青岭基地,
    青山大学东校区): its campus, where visits and seminars take place, not a park whose enterprises
    a text would list (gap_rules.json "campus_heads")."""
    r = rules()["campus_heads"]
    for o in r["owners"]:
        i = name.find(o)
        if i >= 0 and any(w in name[i + len(o):] for w in r["sites"]):
            return True
    return False


def not_a_park(name: str) -> bool:
    """A site of another kind typed as a park: an exhibition or conference venue (…会展中心,
    …国际会议中心, 科技大市场), a militia or reserve training site (…民兵训练基地), or a development
    zone spanning a district (…高新区, …经济开发区): no firm is expected to settle in the first two,
    and a text about the third does not list its thousands of firms (gap_rules.json "not_parks")."""
    name = re.sub(r"[(（][^()（）]*[)）]$", "", folded(name).strip('《》“”"'))  # 建德经济开发区(航空小镇)
    return any(name.endswith(w) for w in rules()["not_parks"])  # the head: not 某开发区军民融合产业园


def _named_in(names, text: str) -> bool:
    return bool(text) and any(x and x.strip('《》“”"') in text for x in names)
