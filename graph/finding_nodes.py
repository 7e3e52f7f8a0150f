"""The gap report's findings as rows for Neo4j: what `mcfgraph gaps --neo4j` writes so that Neo4j
Browser tells what the report tells (ux5).

Before, the Browser's "stalled" query listed the problem sentences extraction gave each entity
(MENTIONED_IN.problems_json): no status (open, solved, held back), no holder basis, no English, and
entities the report holds back or never reports. Here each finding of one `gaps` run becomes one
(:Finding) node with what every report format shows of it:

- which list it is in (reported, held back, not enough coverage, dismissed) and its status: open
  (reported), solved (held back as reported solved or done in the same document), held back (any
  other reason, a remedy reported among them: measures taken are no solution), not enough
  coverage, dismissed; the status words the report prints
  ("still open as of 2021-03-25", "history: reported done in the same document", the reason);
- kind, key, id, tier, rank, score, jurisdiction, the title as the terminal prints it;
- the English: the holder's gloss ("in English: …") and the problem's words ("problem words: …");
- the evidence as parallel lists (document, date, start, end, sentence index, modality, sentence and
  its simplified rendering when the sentence is in traditional script), the sentences that decided a
  hold-back, and the holder basis (why the body holds a problem whose sentence does not name it, and
  the sentences that name it);
- no copy of the whole finding as JSON: it made the node's property panel in Browser a page of
  JSON (`mcfgraph gaps --neo4j --json` prints it).

Relationships: (:Finding)-[:CONCERNS {role}]->(:Entity) for its entities (role "holder" for a
stalled finding's body) and one (:Finding)-[:CITES]->(:Document) a document it quotes, with the
quotes as parallel lists (roles: evidence, held back, holder basis; sentences, simplified, starts,
ends, sentence_indexes, modalities, dates), so Browser draws a finding with its bodies and documents.
Nothing here reads or writes a store.
"""

from __future__ import annotations

import re

from graph.gloss import finding_title, holder_line, in_english, place_label, problem_line, quoted, simplified

LISTS = (("findings", "reported"), ("held_back", "held back"), ("undetermined", "not enough coverage"),
         ("dismissed", "dismissed"))
# a hold-back whose deciding sentence reports the problem gone (graph/analysis/gaps/backstory.py)
# (a remedy reported is no solution: "reported remedied" stays "held back", its words saying so)
SOLVED = re.compile(r"^(?:a past passage \([^)]*\), )?reported (?:solved|done)\b")
EVIDENCE_FIELDS = ("documents", "dates", "starts", "ends", "sentence_indexes", "modalities", "sentences",
                   "simplified")


def status_of(f: dict, listed: str) -> str:
    """open / solved / held back / not enough coverage / dismissed."""
    if listed == "reported":
        return "open"
    if listed == "held back":
        reason = (f.get("held_back") or {}).get("reason") or ""
        return "solved" if SOLVED.match(reason) else "held back"
    return listed


def status_words(f: dict, listed: str) -> str:
    """What the report says of the finding's state: its dates' status ("still open as of …"), the
    hold-back's words in its title ("history: reported done in the same document"), the reason."""
    status = (f.get("dates") or {}).get("status") or ""
    if listed == "reported":
        return status or "reported"
    if listed == "held back":
        m = re.search(r"\(([^()]*)\)\s*$", f.get("title") or "")
        return m.group(1) if m else (f.get("held_back") or {}).get("reason") or "held back"
    if listed == "dismissed":
        return "dismissed: " + ((f.get("dismissal") or {}).get("reason") or "")
    return f.get("note") or listed


def evidence_lists(evidence: list[dict], prefix: str) -> dict[str, list]:
    """Parallel lists (no nulls: Neo4j lists hold none) of the quotes, `prefix`_documents …"""
    cols: dict[str, list] = {f"{prefix}_{f}": [] for f in EVIDENCE_FIELDS}
    for e in evidence:
        cols[f"{prefix}_documents"].append(str(e.get("document") or ""))
        cols[f"{prefix}_dates"].append(str(e.get("date") or ""))
        cols[f"{prefix}_starts"].append(int(e.get("start") or 0))
        cols[f"{prefix}_ends"].append(int(e.get("end") or 0))
        cols[f"{prefix}_sentence_indexes"].append(int(e.get("sentence_index") or 0))
        cols[f"{prefix}_modalities"].append(str(e.get("modality") or ""))
        cols[f"{prefix}_sentences"].append(quoted(e.get("sentence") or ""))
        cols[f"{prefix}_simplified"].append(simplified(e.get("sentence") or ""))
    return cols


CITE_LISTS = {"roles": "role", "sentences": "sentence", "simplified": "simplified", "starts": "start",
              "ends": "end", "sentence_indexes": "sentence_index", "modalities": "modality", "dates": "date"}


def _cites(evidence: list[dict], role: str) -> list[dict]:
    return [{"document": str(e.get("document") or ""), "role": role,
             "sentence": quoted(e.get("sentence") or ""), "simplified": simplified(e.get("sentence") or ""),
             "start": int(e.get("start") or 0), "end": int(e.get("end") or 0),
             "sentence_index": int(e.get("sentence_index") or 0), "modality": str(e.get("modality") or ""),
             "date": str(e.get("date") or "")}
            for e in evidence if e.get("document")]


def concern_role(f: dict, x: dict, holder: dict) -> str:
    """What an entity is to its finding, as the kind's saved query draws it (ux6): the stalled body
    (holder), the directive's head and tail, the broker, each side of a jurisdiction left apart
    (military / civilian), the orphan, a peer's institution."""
    kind, key = f.get("kind"), x.get("key")
    d = f.get("details") or {}
    if x is holder:
        return "holder"
    if kind == "mandate_without_action":
        rel = (d.get("relations") or [{}])[0]
        return "head" if key == rel.get("head") else "tail" if key == rel.get("tail") else "party"
    if kind == "single_broker":
        return "broker"
    if kind == "disconnected_sides":
        if key in (d.get("military_alone") or []):
            return "military"
        if key in (d.get("civilian_alone") or []):
            return "civilian"
        return x.get("side") or "party"
    if kind == "orphan":
        return "orphan"
    if kind == "peer_gap":
        return "peer institution"
    return "party"


def kind_props(f: dict) -> dict:
    """What a kind's saved query shows beyond the common fields, as the report has it (ux6):
    - mandate without action: the directive relationships (head, type, tail) and the wording;
    - single broker: the pairs it separates and the parts it joins ("0 military, 2 civilian");
    - disconnected sides: the actors of each side, and what separates them: the closest pair and
      each hop of the tie that does not count (its type, modality, document and offsets, sentence);
    - orphan: why (park with no enterprise …); peer gap: the kind missing and who has one.
    Lists only (no nulls), so the saved queries can zip them."""
    kind = f.get("kind")
    d = f.get("details") or {}
    out: dict = {}
    if kind == "mandate_without_action":
        rels = d.get("relations") or []
        out["rel_heads"] = [str(r.get("head") or "") for r in rels]
        out["rel_types"] = [str(r.get("type") or "") for r in rels]
        out["rel_tails"] = [str(r.get("tail") or "") for r in rels]
        out["wording"] = str(d.get("wording") or "")
        out["directive_date"] = str((f.get("dates") or {}).get("directive") or "")
    elif kind == "single_broker":
        out["pairs_separated"] = int(d.get("pairs_separated") or 0)
        out["pairs_total"] = int(d.get("pairs_total") or 0)
        out["parts"] = [f"{int(p.get('military') or 0)} military, {int(p.get('civilian') or 0)} civilian"
                        for p in d.get("parts") or []]
    elif kind == "disconnected_sides":
        out["military_alone"] = [str(x) for x in d.get("military_alone") or []]
        out["civilian_alone"] = [str(x) for x in d.get("civilian_alone") or []]
        closest = d.get("closest") or {}
        hops = closest.get("hops") or []
        out["closest"] = (f"{closest.get('military')} – {closest.get('civilian')}" if closest else "")
        out["hop_froms"] = [str(h.get("from") or "") for h in hops]
        out["hop_tos"] = [str(h.get("to") or "") for h in hops]
        out["hop_types"] = [str(h.get("type") or "") for h in hops]
        out["hop_lines"] = [_hop_line(h) for h in hops]
    elif kind == "orphan":
        out["orphan_reason"] = str(d.get("reason") or "")
    elif kind == "peer_gap":
        out["missing_kind"] = str(d.get("missing_kind") or "")
        out["present_in"] = [place_label(str(x)) for x in d.get("present_in") or []]
    return out


def _hop_line(h: dict) -> str:
    """One tie of the closest pair, why it is no channel: "省军区 SUPPORTS XX (plan) — s000 1199-1228:
    “…”" (with the simplified rendering for traditional script)."""
    e = h.get("evidence") or {}
    line = f"{h.get('from')} {h.get('type')} {h.get('to')} ({h.get('modality') or e.get('modality') or ''})"
    if e.get("sentence"):
        line += f" — {e.get('document')} {e.get('start')}-{e.get('end')}: “{quoted(e['sentence'])}”"
        simp = simplified(e["sentence"])
        if simp:
            line += f" (in simplified script: “{quoted(simp)}”)"
    return line


def finding_row(f: dict, listed: str) -> dict:
    """{"props": the node's properties, "concerns": [{key, role}], "cites": [...]} for one finding."""
    status = status_of(f, listed)
    ents = f.get("entities") or []
    holder = ents[0] if f.get("kind") == "stalled" and ents else {}
    hb = f.get("held_back") or {}
    basis = f.get("holder") or {}
    props = {
        "id": f["id"], "key": f["key"], "kind": f["kind"], "label": f.get("label") or f["kind"],
        "tier": f.get("tier") or "", "list": listed, "status": status, "status_text": status_words(f, listed),
        "rank": int(f["rank"]) if listed == "reported" and f.get("rank") else None,
        "score": float(f.get("score") or 0.0),
        "title": finding_title(f),
        "jurisdiction": place_label(f.get("jurisdiction") or ""),
        "entities": [str(x.get("key") or "") for x in ents],
        "reason": hb.get("reason") or f.get("note") or (f.get("dismissal") or {}).get("reason") or "",
        "searched": f.get("searched") or "",
        "stated": (f.get("dates") or {}).get("stated") or "",
        "as_of": (f.get("dates") or {}).get("as_of") or "",
        "english": in_english(f),
        "problem_words": problem_line(f),
        "holder": place_label(holder.get("name") or "") if holder else "",
        "holder_gloss": holder.get("gloss") or "" if holder else "",
        "holder_basis": holder_line(f),
        "caption": f"{f.get('label') or f['kind']} ({status})",
        **evidence_lists(f.get("evidence") or [], "ev"),
        **evidence_lists(hb.get("evidence") or [], "held"),
        **evidence_lists(basis.get("evidence") or [], "holder"),
    }
    props.update(kind_props(f))
    props = {k: v for k, v in props.items() if v is not None}
    concerns = [{"key": str(x["key"]), "role": concern_role(f, x, holder)} for x in ents if x.get("key")]
    quotes = (_cites(f.get("evidence") or [], "evidence") + _cites(hb.get("evidence") or [], "held back")
              + _cites(basis.get("evidence") or [], "holder basis"))
    # one CITES a document, its quotes as parallel lists: one arrow per quote drew five arcs between a
    # finding and its document in Browser
    cites: dict[str, dict] = {}
    seen = set()
    for c in quotes:  # each quote once per role (a held-back finding's evidence is its deciding sentence)
        ident = (c["document"], c["sentence_index"], c["start"], c["role"])
        if ident in seen:
            continue
        seen.add(ident)
        row = cites.setdefault(c["document"], {"document": c["document"], **{k: [] for k in CITE_LISTS}})
        for k, field in CITE_LISTS.items():
            row[k].append(c[field])
    return {"props": props, "concerns": list({c["key"]: c for c in concerns}.values()),
            "cites": list(cites.values())}


def finding_rows(res: dict) -> list[dict]:
    """Every finding of a `gaps` result (reported, held back, not enough coverage, dismissed)."""
    out, seen = [], set()
    for name, listed in LISTS:
        for f in res.get(name) or []:
            if f["id"] in seen:
                continue
            seen.add(f["id"])
            out.append(finding_row(f, listed))
    return out


def run_filters(params: dict) -> str:
    """The options a run was made with, as the Browser's queries show them ('' for a whole run)."""
    bits = []
    for k, v in params.items():
        if v in (None, False, "", [], ()):
            continue
        bits.append(f"--{k.replace('_', '-')} {' '.join(map(str, v)) if isinstance(v, list | tuple) else v}")
    return " ".join(bits)


def run_account(res: dict) -> dict:
    """The (:GapRun) properties that say what the report considered and dropped and how much of each
    document was read (ux7): `considered_lines` (each kind's account, graph/analysis/gaps/considered.py),
    `reading_lines` (the corpus's total, then a line a document, then the problem sentences no entity
    took, graph/analysis/gaps/reading.py), and `orphan_keys` / `orphan_why`, parallel lists that the
    "Candidates: orphans" query reads beside each candidate."""
    from graph.analysis.gaps.considered import account_lines, item_rules
    from graph.analysis.gaps.reading import reading_line, totals_line, unread_problems

    acc = res.get("considered") or {}
    props: dict = {"considered_lines": [line for a in acc.values() for line in account_lines(a)]}
    keys, why = item_rules(acc.get("orphan") or {})
    props.update(orphan_keys=keys, orphan_why=why)
    rows = res.get("reading")
    props["reading_lines"] = [] if rows is None else (
        [totals_line(res["reading_totals"])]
        + [x for r in rows for x in (reading_line(r), *("  " + q for q in unread_problems(r)))])
    return props
