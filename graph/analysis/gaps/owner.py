"""Whose problem a stated problem is not (gaps10): the proposer of a fix, or a body named later.

Extraction pins a problem clause on the bodies it names or carries (ingest/components/relations.py
`_about`). Two readings of that graph gave stalled items the held-out judge called misfiled:
- the proposer: "在提案中，民建中央还…提出意见，建议废除市场适应能力不强的…标准" carried the
  party's name into the clause it proposes; a problem clause after a proposal cue (建议, 呼吁, 提议,
  提出意见: graph/data/holdback_cues.json "owner") that follows the body's name is the object of the
  proposal, not the proposer's own problem;
- a body named later: a bare head noun (示范区, 园区: an alias that ends the name of a park, fund
  or project, "bare_head_types") in a sentence before the document first names the body in full
  speaks of the class or the programme (示范区建设有5种模式，存在…问题, in an article that names
  one zone 450 characters on), and was resolved forward to that body.
- a plan, policy or system (gaps16: Policy, `no_holder_types`) the machine gave a problem: those who
  draw it up or carry it out hold it (…规划尚未编制; 部分第一书记在推进…制度落实过程中没有亲自抓), unless a
  curated document gave it;
- the finder (gaps16): an inspecting or prosecuting body (…巡察组, …检察院, …审计局) or a body that
  criticises those with the shortfall (县委…对落实不够好的几个乡镇进行通报批评) does not hold it;
- a place given the problem only as the document's place (the sentence names neither it nor
  我省/全市) when the sentence states the problem of military-civil fusion in general (当前制约军民
  深度融合的主要问题是…: "general_patterns"): a national problem, not the place's.
- a body named only outside every problem clause of the sentence, whose problem clause names its
  own holder as a class (gaps31: 青山军分区调查发现,一些基层武装部还存在…问题; …办公室设在…,导致省级…
  机构力量薄弱; 青山省军地检察官…巡查,发现多处国防教育基地存在…问题: "class_subject"): the finder,
  the surveyor or where another body is housed, not the holder.
- a body named only before a verb of looking into something and 发现, every problem clause after it
  (gaps39: 青山州发改委立即对此事展开调查,发现青山景区经营企业…违反了…规定; …在履行…职责中发现…:
  "finder_frame"): the finder, the holder is what 发现 introduces (not 对X调查发现, 自查发现, 发现的).
Such problem sentences are not the body's; a stalled finding left with none is held back with the
reason. A national or generic problem with no local body (民企, 国防动员体系) is reported under no body
at all: the graph has no holder for it, and "[national]" would name no one an analyst can check.
"""

from __future__ import annotations

import re

import networkx as nx

from graph.analysis.gaps.backstory import _plain
from graph.analysis.gaps.common import CLAUSE_ENDS
from graph.analysis.gaps.park_firms import holdback_cues
from ingest.annotations import is_curated_source
from ingest.components.modality import deictic_level, problem_clauses


def full_forms(a: dict) -> list[str]:
    """The entity's names that are not a bare head of its name (示范区 of 青山示范区)."""
    name = a.get("name", "")
    forms = {name, *a.get("aliases", ())}
    return [f for f in forms if f and not (len(f) < len(name) and name.endswith(f))]


def named_later(G: nx.MultiDiGraph, n: str, p: dict) -> bool:
    """Whether p names n only by a bare head noun, before p's document first names n in full."""
    a = G.nodes[n]
    if a.get("type") not in holdback_cues()["owner"]["bare_head_types"]:
        return False  # 宁德市 of 福建省宁德市, 市政府 in a city's document: the short name is its own
    full = full_forms(a)
    if any(f in p.get("sentence", "") for f in full):
        return False
    first = [
        e.get("sentence_index", -1)
        for e in a.get("sentences") or ()
        if e.get("document") == p.get("document") and any(f in e.get("sentence", "") for f in full)
    ]
    i = p.get("sentence_index")
    return bool(first) and i is not None and min(first) > i


def proposer(G: nx.MultiDiGraph, n: str, p: dict) -> str:
    """The proposal cue when n is named before it in p and every problem clause of p lies after it
    (the problem is what n proposes to fix), else ""."""
    s = _plain(p.get("sentence", ""))
    at = [s.find(f) for f in {G.nodes[n].get("name", ""), *G.nodes[n].get("aliases", ())} if f and f in s]
    spans = problem_clauses(s)
    if not at or not spans:
        return ""
    for w in holdback_cues()["owner"]["proposal_cues"]:
        cue = s.find(w, min(at))
        if cue >= 0 and all(a >= cue for a, _ in spans):
            return w
    return ""


def general_problem(G: nx.MultiDiGraph, n: str, p: dict) -> str:
    """The wording by which p states a problem of military-civil fusion in general, when n is a
    place p names neither by a form nor by a deictic (given to it only as the document's place)."""
    a = G.nodes[n]
    s = _plain(p.get("sentence", ""))
    if a.get("type") != "Location" or deictic_level(s):
        return ""
    if any(f and f in s for f in {a.get("name", ""), *a.get("aliases", ())}):
        return ""
    found = (re.search(pat, s) for pat in holdback_cues()["owner"]["general_patterns"])
    m = next((m for m in found if m), None)
    return m.group(0) if m else ""


def finder(G: nx.MultiDiGraph, n: str, p: dict) -> str:
    """The wording by which n finds, inspects or sanctions the problem rather than holds it
    (gaps16): a finder's name (…巡察组, …检察院, …审计局: `finder_heads`), or n named before a sanction
    whose object holds every problem clause of p (对落实不够好的几个乡镇进行通报批评: `sanction_patterns`)."""
    c = holdback_cues()["owner"]
    a = G.nodes[n]
    name = a.get("name", "")
    head = next((h for h in c["finder_heads"] if name.endswith(h)), "")
    if head:
        return head
    s = _plain(p.get("sentence", ""))
    spans = problem_clauses(s)
    at = [s.find(f) for f in {name, *a.get("aliases", ())} if f and f in s]
    sanctions = [m for m in re.finditer(c["sanction_patterns"], s)]
    if not spans or not at or not sanctions:
        return ""
    inside = all(any(m.start() <= x < m.end() and min(at) < m.start() for m in sanctions) for x, _ in spans)
    return next(m.group(0) for m in sanctions) if inside else ""


def finder_frame(G: nx.MultiDiGraph, n: str, p: dict) -> str:
    """The frame (…展开调查,发现; …在履行…职责中发现) by which n, named in problem sentence p only
    before it, finds the problems of p (every problem clause after the frame's 发现), else "" (gaps39,
    holdback_cues.json owner "finder_frame"): n is the finder, the holder is what 发现 introduces. Not a
    body named as the object of the look (对/向/就 before its name), nor when 发现 introduces n's own units
    (所属/下属…, "finder_frame_own"), nor an annotator's curated sentence."""
    c = holdback_cues()["owner"]
    if is_curated_source(p.get("source") or ""):
        return ""
    a = G.nodes[n]
    forms = {a.get("name", ""), *a.get("aliases", ())}
    s = _plain(p.get("sentence", ""))
    spans = problem_clauses(s)
    if not spans:
        return ""
    m = re.search(c["finder_frame"], s)
    if m is None or any(b <= m.end() for _, b in spans):
        return ""
    if re.match(c["finder_frame_own"], s[m.end():]):
        return ""  # 发现，所属武装部…: the finder's own units, so its own shortfall
    objects = tuple(c.get("finder_frame_objects", ()))
    at = [i for f in forms if f for i in _positions(s, f)]
    if not at or any(i >= m.start() for i in at):
        return ""
    if any(s[:i].endswith(objects) for i in at):
        return ""
    return m.group(0)


def _positions(s: str, f: str) -> list[int]:
    """Every start of `f` in `s`."""
    out, i = [], s.find(f)
    while i >= 0:
        out.append(i)
        i = s.find(f, i + 1)
    return out


def class_subject(G: nx.MultiDiGraph, n: str, p: dict) -> str:
    """The class a problem clause of p names as its own holder (一些基层武装部, 多处国防教育基地) when
    n is named in p only outside every problem clause, else "" (gaps31). The clause says whose the
    problem is, an unnamed class the extractor has no node for; the body named elsewhere in the
    sentence finds it (青山军分区调查发现), surveys it (青山省军地检察官…巡查) or is only where another
    body is housed (…办公室设在…), and extraction pinned the problem on it for want of another."""
    a = G.nodes[n]
    s = _plain(p.get("sentence", ""))
    forms = [f for f in {a.get("name", ""), *a.get("aliases", ())} if f and f in s]
    spans = problem_clauses(s)
    if not forms or not spans:
        return ""
    clauses = [s[max(s.rfind(c, 0, b) for c in CLAUSE_ENDS) + 1 : e] for b, e in spans]
    if any(f in c for f in forms for c in clauses):
        return ""
    pattern = holdback_cues()["owner"]["class_subject"]
    return next((c[:20] for c in clauses if re.match(pattern, c)), "")


def not_owner(G: nx.MultiDiGraph, n: str, p: dict) -> str:
    """Why the problem sentence p is not n's problem ("" when it may be)."""
    if G.nodes[n].get("type") in holdback_cues()["owner"]["no_holder_types"] \
            and not is_curated_source(p.get("source") or ""):
        return ("a plan, policy or system holds no problem: the problem is of those who draw it up or "
                "carry it out")
    found = finder(G, n, p)
    if found:
        return (f"the body finds, inspects or sanctions the problem ({found}…): the shortfall is "
                "another's, not this body's")
    general = general_problem(G, n, p)
    if general:
        return (f"a problem of military-civil fusion in general ({general}…) stated with no local body: "
                "national, not this place's (given to it only as the document's place)")
    held = class_subject(G, n, p)
    if held:
        return (f"the problem clause names its own holder, a class ({held}…): the body is named only "
                "outside it (the finder, the surveyor, where another body is housed), not this body's")
    frame = finder_frame(G, n, p)
    if frame:
        return (f"the body finds, inspects or sanctions the problem ({frame}…): the shortfall is "
                "another's, not this body's")
    if named_later(G, n, p):
        return ("named only by a bare head noun before the document names the body: the problem is "
                "the class's or the programme's, not this body's")
    cue = proposer(G, n, p)
    if cue:
        return f"the body proposes the fix ({cue}…): the problem it names is not its own"
    return ""
