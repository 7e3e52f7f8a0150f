#!/usr/bin/env python3
"""Classify extraction errors against annotated gold, per type and by cause.

    .venv/bin/python scripts/error_analysis.py --gold corpus/annotated/u11.jsonl \
        --pred corpus/annotated/firstpass/u11.86a5b17.pred.jsonl [--examples 3] [--list]

Why: score.py gives one F1 per type; rule writers need to know WHY each entity or relation was
missed or wrongly produced, counted over many batches, so fixes go to general classes and not to
one text. Matching is exactly ../shared/eval/score.py's (surface-form sets after NFKC and quote
removal, greedy one-to-one per document, relations mapped onto matched gold entities); the
functions are imported from it when it is found beside the worktree, else replicated below.

Several --gold and --pred files may be given; documents pair by id (or source stem), and rows are
reported per batch (the id prefix before "-", e.g. u11) and pooled. The classes are heuristics
over surface strings and offsets: counts are for ranking, each listed example should be read.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_EVAL = ROOT.parent / "shared" / "eval"
if (SHARED_EVAL / "score.py").exists():
    sys.path.insert(0, str(SHARED_EVAL))
    from score import doc_key, forms, match_entities, norm, resolve  # noqa: E402
else:  # pragma: no cover - replicated from score.py
    QUOTES = "\"'“”‘’《》〈〉「」『』 \t\r\n\u3000"

    def norm(s):
        s = unicodedata.normalize("NFKC", str(s))
        return "".join(ch for ch in s if ch not in QUOTES)

    def forms(ent):
        out = {norm(ent.get("name", ""))}
        out.update(norm(a) for a in ent.get("aliases") or [])
        out.discard("")
        return out

    def doc_key(obj):
        if obj.get("id"):
            return str(obj["id"])
        for k in ("source", "path"):
            if obj.get(k):
                return Path(str(obj[k])).stem
        raise ValueError("a predicted line has no id, source or path")

    def match_entities(gold, pred, typed):
        pairs, used = {}, set()
        for pi, pe in enumerate(pred):
            pf = forms(pe)
            for gi, ge in enumerate(gold):
                if gi in used or not (pf & forms(ge)):
                    continue
                if typed and pe.get("type") != ge.get("type"):
                    continue
                pairs[pi] = gi
                used.add(gi)
                break
        return pairs

    def resolve(name, ents):
        n = norm(name)
        for i, e in enumerate(ents):
            if n in forms(e):
                return i
        return None


try:
    sys.path.insert(0, str(ROOT))
    from ingest.textfold import fold as _fold
except ImportError:  # the analysis still runs without the package

    def _fold(text: str) -> str:
        return text


SYMMETRIC = {"COORDINATES_WITH"}
GENERIC_PREFIXES = ("各", "全", "我", "本", "该", "有关", "相关", "其他", "广大", "地方", "这", "此")
GENERIC_SUFFIXES = ("等", "们", "单位", "部门", "企业", "院所", "高校", "部队")
DEFAULT_CUES = {
    "LEADS": ["牵头", "主导", "统筹", "指导", "主持", "主办", "负责", "领导", "带领"],
    "SUPPORTS": ["支持", "扶持", "帮扶", "资助", "支援", "关心"],
    "COORDINATES_WITH": [
        "签署",
        "签订",
        "签约",
        "合作",
        "协作",
        "对接",
        "交流",
        "联合",
        "共建",
        "结对",
        "携手",
        "协议",
        "协同",
        "配合",
        "会同",
        "联合承办",
    ],
    "IMPLEMENTS": [
        "落实",
        "实施",
        "推进",
        "推动",
        "建设",
        "申报",
        "创建",
        "开展",
        "贯彻",
        "执行",
        "争创",
        "打造",
        "启动",
        "争取",
    ],
    "ESTABLISHED": ["成立", "设立", "组建", "发起", "创办", "建立", "筹建", "建设", "打造", "规划"],
    "FUNDS": ["投资", "出资", "注资", "基金"],
    "PARTICIPATES_IN": [
        "召开",
        "举办",
        "举行",
        "承办",
        "协办",
        "出席",
        "参加",
        "参与",
        "列席",
        "致辞",
        "讲话",
        "演讲",
        "发言",
        "报告",
        "介绍",
        "签约",
        "代表",
    ],
    "LOCATED_IN": ["位于", "落户", "入驻", "在", "举行", "召开", "启动"],
    "PART_OF": ["下属", "所属", "隶属", "成员", "子公司"],
    "HOLDS_POSITION": [
        "书记",
        "主任",
        "市长",
        "县长",
        "区长",
        "省长",
        "部长",
        "局长",
        "司令",
        "政委",
        "院士",
        "会长",
        "董事长",
        "总经理",
        "所长",
        "院长",
        "代表",
        "委员",
        "常委",
    ],
}


def load_jsonl(paths: list[str]) -> dict[str, dict]:
    """All documents of the files, keyed as score.py keys them."""
    docs: dict[str, dict] = {}
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    sys.exit(f"{path}:{n}: not JSON: {exc}")
                docs[doc_key(obj)] = obj
    return docs


def batch_of(doc_id: str) -> str:
    return doc_id.split("-", 1)[0]


def spans_of(text: str, ent: dict) -> list[tuple[int, int]]:
    """Character spans of an entity in the text: its mentions if given, else every form's occurrences."""
    spans = [(m["start"], m["end"]) for m in ent.get("mentions") or [] if "start" in m]
    if spans:
        return spans
    out = []
    for f in [ent.get("name", "")] + list(ent.get("aliases") or []):
        if not f:
            continue
        for m in re.finditer(re.escape(f), text):
            out.append((m.start(), m.end()))
    return out


def overlaps(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def is_traditional(name: str) -> bool:
    return _fold(name) != unicodedata.normalize("NFKC", name) or bool(re.search(r"\([a-zü]+\)", name))


def looks_generic(name: str) -> bool:
    n = norm(name)
    return n.startswith(GENERIC_PREFIXES) or n.endswith(GENERIC_SUFFIXES) or len(n) <= 2


def substr_rel(a: set[str], b: set[str]) -> bool:
    return any(x in y or y in x for x in a for y in b)


def _heads() -> list[str]:
    path = ROOT / "ingest" / "data" / "heads.tsv"
    if not path.exists():
        return []
    rows = [ln.split("\t")[0] for ln in path.read_text(encoding="utf-8").splitlines()]
    return [h for h in rows if h and not h.startswith("#")]


HEADS = _heads()


def no_candidate_cause(g: dict) -> str:
    """Split 'no candidate' by whether a head word of ingest/data/heads.tsv ends the gold name."""
    if g["type"] in ("Person", "Location"):
        return f"no candidate ({g['type']})"
    name = _fold(norm(g["name"]))
    if any(name.endswith(h) for h in HEADS):
        return "no candidate (head word listed, span not proposed or rejected)"
    return "no candidate (no head word)"


def entity_errors(doc_id: str, gold: dict, pred: dict) -> list[dict]:
    """One record per typed FN and typed FP entity, with its cause."""
    text = gold.get("text", "")
    gents, pents = gold.get("entities", []), pred.get("entities", [])
    typed = match_entities(gents, pents, True)
    untyped = match_entities(gents, pents, False)
    gspans = [spans_of(text, g) for g in gents]
    pspans = [spans_of(text, p) for p in pents]
    matched_g = set(typed.values())
    out = []
    for gi, g in enumerate(gents):
        if gi in matched_g:
            continue
        rec = {"doc": doc_id, "kind": "FN", "type": g["type"], "name": g["name"]}
        twin = [pi for pi, x in untyped.items() if x == gi]
        near = [
            pi
            for pi, p in enumerate(pents)
            if overlaps(gspans[gi], pspans[pi]) or substr_rel(forms(g), forms(p))
        ]
        if twin:
            rec.update(cause="wrong type", other=f"{pents[twin[0]]['name']} as {pents[twin[0]].get('type')}")
        elif any(forms(pents[pi]) & forms(g) for pi in range(len(pents))):
            rec.update(cause="alias split", other="form output under another entity")
        elif near:
            p = pents[near[0]]
            longer = len(norm(p["name"])) > len(norm(g["name"]))
            rec.update(
                cause="boundary (too long)" if longer else "boundary (too short)",
                other=f"{p['name']} ({p.get('type')})",
            )
        elif is_traditional(g["name"]):
            rec.update(cause="traditional/garbage text", other="")
        else:
            rec.update(cause=no_candidate_cause(g), other="")
        out.append(rec)
    tgold_forms = [forms(g) for g in gents]
    for pi, p in enumerate(pents):
        if pi in typed:
            continue
        rec = {
            "doc": doc_id,
            "kind": "FP",
            "type": p.get("type"),
            "name": p["name"],
            "rule": p.get("source", ""),
        }
        pf = forms(p)
        if pi in untyped:
            rec.update(cause="wrong type", other=f"gold {gents[untyped[pi]]['type']}")
        elif any(pf & gf for gf in tgold_forms):
            gi = next(i for i, gf in enumerate(tgold_forms) if pf & gf)
            rec.update(cause="alias split", other=f"gold {gents[gi]['name']}")
        else:
            near = [
                gi
                for gi in range(len(gents))
                if overlaps(gspans[gi], pspans[pi]) or substr_rel(pf, tgold_forms[gi])
            ]
            inside = [
                gi
                for gi in near
                if any(norm(p["name"]) in f and norm(p["name"]) != f for f in tgold_forms[gi])
            ]
            unmatched_near = [gi for gi in near if gi not in matched_g]
            if unmatched_near:
                g = gents[unmatched_near[0]]
                longer = len(norm(p["name"])) > len(norm(g["name"]))
                rec.update(
                    cause="boundary (too long)" if longer else "boundary (too short)",
                    other=f"gold {g['name']}",
                )
            elif inside:
                rec.update(cause="nested name", other=f"inside {gents[inside[0]]['name']}")
            elif near:
                rec.update(cause="boundary (overlaps a found entity)", other=f"gold {gents[near[0]]['name']}")
            elif is_traditional(p["name"]) or re.search(r"[a-z(]{2,}", p["name"]):
                rec.update(cause="traditional/garbage text", other="")
            elif looks_generic(p["name"]):
                rec.update(cause="generic taken as name", other="")
            else:
                rec.update(cause="not an entity in gold", other="")
        out.append(rec)
    return out


def cue_in(evidence: str, rtype: str, cues: dict[str, list[str]]) -> str:
    found = [c for c in cues.get(rtype, []) if c in _fold(evidence)]
    return max(found, key=len) if found else ""


def layout_of(evidence: str, text: str) -> str:
    """'title line' when the evidence is a line without sentence punctuation, 'list' for list items."""
    ev = evidence.strip()
    if re.match(r"^\s*([0-9一二三四五六七八九十]+[、.．]|[（(][0-9一二三四五六七八九十]+[)）])", ev):
        return "list"
    if "\n" + ev + "\n" in "\n" + text + "\n" and not re.search(r"[。;；!！?？]", ev) and len(ev) < 60:
        return "title line"
    return ""


def same_sentence(a: str, b: str) -> bool:
    """Whether two evidence strings are (parts of) the same sentence."""
    a, b = norm(a), norm(b)
    return bool(a and b) and (a in b or b in a)


def relation_errors(doc_id: str, gold: dict, pred: dict, cues: tuple[dict, dict]) -> list[dict]:
    """One record per typed FN and FP relation, with its cause."""
    text = gold.get("text", "")
    gents, pents = gold.get("entities", []), pred.get("entities", [])
    m = match_entities(gents, pents, False)
    grels = []
    for r in gold.get("relations", []):
        h, t = resolve(r["head"], gents), resolve(r["tail"], gents)
        if h is not None and t is not None:
            grels.append((h, r["type"], t, r))
    prels = []
    for r in pred.get("relations", []):
        h, t = resolve(r.get("head", ""), pents), resolve(r.get("tail", ""), pents)
        prels.append(
            (m.get(h) if h is not None else None, r.get("type"), m.get(t) if t is not None else None, r)
        )
    left = list(range(len(grels)))
    fp_idx = []
    for pi, (h, ty, t, _r) in enumerate(prels):
        hit = None
        if h is not None and t is not None:
            for j in left:
                gh, gty, gt, _ = grels[j]
                if ty == gty and ((h, t) == (gh, gt) or ((h, t) == (gt, gh) and gty in SYMMETRIC)):
                    hit = j
                    break
        if hit is None:
            fp_idx.append(pi)
        else:
            left.remove(hit)
    found = set(m.values())
    out = []
    for j in left:
        gh, gty, gt, r = grels[j]
        rec = {
            "doc": doc_id,
            "kind": "FN",
            "type": gty,
            "head": r["head"],
            "tail": r["tail"],
            "evidence": r.get("evidence", ""),
        }
        ev = r.get("evidence", "")
        same_pair = [p for p in prels if {p[0], p[2]} == {gh, gt}]
        one_end = [
            prels[i]
            for i in fp_idx
            if prels[i][1] == gty
            and (prels[i][0] == gh) != (prels[i][2] == gt)
            and same_sentence(prels[i][3].get("evidence", ""), ev)
        ]
        if gh not in found or gt not in found:
            miss = [gents[x]["name"] for x in (gh, gt) if x not in found]
            rec.update(cause="endpoint entity missing", other="/".join(miss))
        elif any(p[1] == gty for p in same_pair):
            rec.update(cause="wrong direction", other="")
        elif same_pair:
            rec.update(
                cause="wrong type", other=f"pred {same_pair[0][1]} ({same_pair[0][3].get('source', '')})"
            )
        elif one_end:
            p = one_end[0]
            rec.update(
                cause="argument on wrong entity", other=f"pred {p[3].get('head')} -> {p[3].get('tail')}"
            )
        elif layout_of(ev, text):
            rec.update(cause=f"layout ({layout_of(ev, text)})", other="")
        elif not all(any(f in norm(ev) for f in forms(gents[x])) for x in (gh, gt)):
            absent = [gents[x] for x in (gh, gt) if not any(f in norm(ev) for f in forms(gents[x]))]
            if any(e["type"] == "Event" for e in absent):
                rec.update(
                    cause="event not named in sentence (会上/开幕式/本次)", other=cue_in(ev, gty, cues[1])
                )
            else:
                rec.update(cause="cross-sentence/carried subject", other=absent[0]["name"])
        else:
            listed, known = cue_in(ev, gty, cues[0]), cue_in(ev, gty, cues[1])
            if listed:
                rec.update(cause="cue listed, construction not covered", other=listed)
            elif known:
                rec.update(cause="cue word not in relation_cues.json", other=known)
            else:
                rec.update(cause="no cue word (implicit/attributive)", other="")
        out.append(rec)
    for pi in fp_idx:
        h, ty, t, r = prels[pi]
        rec = {
            "doc": doc_id,
            "kind": "FP",
            "type": ty,
            "head": r.get("head"),
            "tail": r.get("tail"),
            "rule": r.get("source", ""),
            "evidence": r.get("evidence", ""),
        }
        pair_gold = [g for g in grels if {g[0], g[2]} == {h, t}] if h is not None and t is not None else []
        if h is None or t is None:
            rec.update(cause="endpoint not a gold entity", other="")
        elif any(g[1] == ty for g in pair_gold):
            rec.update(cause="wrong direction", other="")
        elif pair_gold:
            rec.update(cause="wrong type", other=f"gold {pair_gold[0][1]}")
        elif any(
            g[1] == ty
            and (g[0] == h) != (g[2] == t)
            and same_sentence(g[3].get("evidence", ""), rec["evidence"])
            for g in grels
        ):
            rec.update(cause="argument on wrong entity", other="")
        else:
            rec.update(cause="no such relation in gold", other="")
        out.append(rec)
    return out


def per_type_counts(gold_docs: dict, pred_docs: dict) -> tuple[dict, dict]:
    """Gold/pred/tp counts per entity type and relation type (typed matching, as score.py)."""
    ent: dict = defaultdict(Counter)
    rel: dict = defaultdict(Counter)
    for key, g in gold_docs.items():
        p = pred_docs.get(key, {})
        gents, pents = g.get("entities", []), p.get("entities", [])
        for e in gents:
            ent[e["type"]]["gold"] += 1
        for e in pents:
            ent[e.get("type")]["pred"] += 1
        for _pi, gi in match_entities(gents, pents, True).items():
            ent[gents[gi]["type"]]["tp"] += 1
        for r in g.get("relations", []):
            if resolve(r["head"], gents) is not None and resolve(r["tail"], gents) is not None:
                rel[r["type"]]["gold"] += 1
        for r in p.get("relations", []):
            rel[r.get("type")]["pred"] += 1
        for r in relation_errors(key, g, p, ({}, {})):
            if r["kind"] == "FN":
                rel[r["type"]]["fn"] += 1
    for c in rel.values():
        c["tp"] = c["gold"] - c["fn"]
    return ent, rel


def print_table(title: str, counts: dict) -> None:
    print(f"\n{title}")
    print(
        "| type | gold | pred | tp | FN | FP | P | R |\n"
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    )
    tot = Counter()
    for t in sorted(counts, key=str):
        c = counts[t]
        tot.update({k: c[k] for k in ("gold", "pred", "tp")})
        print(_row(str(t), c))
    print(_row("**all**", tot))


def _row(label: str, c: Counter) -> str:
    p = c["tp"] / c["pred"] if c["pred"] else 0.0
    r = c["tp"] / c["gold"] if c["gold"] else 0.0
    return (
        f"| {label} | {c['gold']} | {c['pred']} | {c['tp']} | {c['gold'] - c['tp']} | "
        f"{c['pred'] - c['tp']} | {p:.2f} | {r:.2f} |"
    )


def load_cues(path: Path) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """(the project's relation_cues.json per type, that widened by the guideline cue words)."""
    listed: dict[str, list[str]] = defaultdict(list)
    if path.exists():
        data = json.loads(path.read_text(encoding="utf-8"))
        for key, rtype in (
            ("leads", "LEADS"),
            ("supports", "SUPPORTS"),
            ("coordinates", "COORDINATES_WITH"),
            ("implements", "IMPLEMENTS"),
            ("established", "ESTABLISHED"),
            ("funds", "FUNDS"),
            ("participates_host", "PARTICIPATES_IN"),
            ("participates_attend", "PARTICIPATES_IN"),
        ):
            listed[rtype] = sorted(set(listed[rtype]) | set(data.get(key, [])))
    known = {k: sorted(set(v) | set(listed[k])) for k, v in DEFAULT_CUES.items()}
    return dict(listed), known


def summarise(records: list[dict], what: str, examples: int) -> None:
    """Counts by (kind, cause, type), pooled and per batch, with a few examples each."""
    batches = sorted({batch_of(r["doc"]) for r in records}, key=lambda b: (len(b), b))
    groups: dict = defaultdict(list)
    for r in records:
        groups[(r["kind"], r["cause"])].append(r)
    print(f"\n{what} errors by cause (pooled, then per batch: {' '.join(batches)})")
    for (kind, cause), rs in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        per_b = Counter(batch_of(r["doc"]) for r in rs)
        by_t = Counter(r["type"] for r in rs)
        print(
            f"- {kind} {cause}: {len(rs)}  [{' '.join(str(per_b[b]) for b in batches)}]  "
            f"types: {', '.join(f'{t} {n}' for t, n in by_t.most_common())}"
        )
        if kind == "FP" and rs and "rule" in rs[0]:
            rules = Counter(r.get("rule", "") for r in rs)
            print(f"    rules: {', '.join(f'{k} {n}' for k, n in rules.most_common(8))}")
        for r in rs[:examples]:
            print("    e.g. " + _example(r))


def _example(r: dict) -> str:
    if "name" in r:
        return f"{r['doc']} {r['type']} 「{r['name']}」 {r.get('other', '')}".rstrip()
    ev = r.get("evidence", "").replace("\n", " ")
    ev = ev if len(ev) <= 90 else ev[:87] + "…"
    extra = f" [{r['rule']}]" if r.get("rule") else ""
    return f"{r['doc']} {r['head']} -{r['type']}-> {r['tail']} {r.get('other', '')}{extra} «{ev}»"


def link_endpoint_causes(ents: list[dict], rels: list[dict]) -> None:
    """Relation errors caused by an entity error name that entity error's cause (FN via gold, FP via pred)."""
    cause = {(e["doc"], e["kind"], norm(e["name"])): e["cause"] for e in ents}
    for r in rels:
        if r["cause"] == "endpoint entity missing":
            names = r["other"].split("/")
            r["cause"] += (
                " (" + ", ".join(sorted({cause.get((r["doc"], "FN", norm(n)), "?") for n in names})) + ")"
            )
        elif r["cause"] == "endpoint not a gold entity":
            c = {cause.get((r["doc"], "FP", norm(n))) for n in (r["head"], r["tail"])} - {None}
            r["cause"] += " (" + ", ".join(sorted(c) or ["?"]) + ")"


PARTY_SUFFIX = re.compile(r"(党委|党组|党工委)$")


def entity_class(r: dict) -> str:
    """The general class (what a rule writer fixes) of one entity error record."""
    cause, other = r["cause"], r.get("other", "")
    names = [r["name"], other.split(" (")[0].replace("gold ", "")]
    if cause.startswith("traditional"):
        return "E traditional script / pinyin glosses"
    if cause.startswith("boundary") and sum(bool(PARTY_SUFFIX.search(n)) for n in names) == 1:
        return "E party organ suffix: X党委/X党组 output for the body X (or the reverse)"
    if cause == "boundary (too short)":
        short_type = other.rsplit("(", 1)[-1].rstrip(")") if r["kind"] == "FN" else r["type"]
        if short_type == "Location":
            return "E org/policy name starting with a place: only the place is output (name missed)"
        return "E long name cut at an inner body or shorter name: sub-unit, title or event tail lost"
    if cause.startswith("boundary"):
        return "E name too long: a role, verb or event word glued on"
    if cause == "wrong type":
        if {"Policy", "IndustrialPark"} & {r["type"], other.split()[-1]}:
            return "E designation vs park: 示范区/示范基地/先导区 typed IndustrialPark or Policy"
        return "E other wrong type"
    if cause == "no candidate (Person)":
        return "E person names not proposed (name lists, foreign/surname+title names)"
    if cause.startswith("no candidate (head word listed"):
        return "E head-word name not proposed or filtered out"
    if cause.startswith("no candidate"):
        return "E names without a head word (designations, quoted terms, brands, venues)"
    if cause == "alias split":
        return "E alias/variant output as a separate entity"
    return "E non-entity proposed (generic, nested, exhibit, ideology)"


def relation_class(r: dict, eclass: dict) -> str:
    """The general class of one relation error record; endpoint errors go to their entity's class."""
    cause, ty, rule = r["cause"], r["type"], r.get("rule", "")
    if cause.startswith("endpoint"):
        key = (r["doc"], "FN" if r["kind"] == "FN" else "FP")
        names = r.get("other", "").split("/") if r["kind"] == "FN" else [r["head"], r["tail"]]
        for n in names:
            if (key[0], key[1], norm(n)) in eclass:
                return eclass[(key[0], key[1], norm(n))]
        return "E (endpoint) unclassified"
    if ty == "HOLDS_POSITION" and PARTY_SUFFIX.search(str(r.get("tail", "")) + str(r.get("other", ""))):
        return "E party organ suffix: X党委/X党组 output for the body X (or the reverse)"
    if rule == "rel:own-meeting":
        return "R a body PARTICIPATES_IN its own meeting (gold calls disagree)"
    if (
        ty == "PARTICIPATES_IN"
        and (r["kind"] == "FN" or cause == "argument on wrong entity")
        and cause
        in (
            "event not named in sentence (会上/开幕式/本次)",
            "no cue word (implicit/attributive)",
            "cue word not in relation_cues.json",
            "argument on wrong entity",
            "layout (list)",
        )
    ):
        return "R implicit participation: 会上/开幕式/本次 + speaker, attendee or 汇报 list"
    if ty == "HOLDS_POSITION" and cause == "argument on wrong entity":
        return "R title-list attachment: 区领导A、B / next person takes the previous titles"
    if ty == "COORDINATES_WITH" and r["kind"] == "FP":
        return "R COORDINATES_WITH among members of one side of a signing/co-hosting list"
    if cause == "cross-sentence/carried subject":
        return "R carried subject (并/还/该园区, subject in an earlier clause)"
    other_type = str(r.get("other", "")).split(" ")[1] if " " in str(r.get("other", "")) else ""
    if cause in ("wrong type", "wrong direction") and {ty, other_type or ty} <= {"ESTABLISHED", "IMPLEMENTS"}:
        return "R build/create/apply: ESTABLISHED vs IMPLEMENTS"
    if ty == "LOCATED_IN":
        return "R LOCATED_IN: venue (在X), place prefix and title-line choices"
    if cause == "cue listed, construction not covered":
        return "R cue listed, construction not parsed (long clause, nominalised, 双方)"
    if cause in ("wrong type", "wrong direction"):
        return "R sponsor/host/organise: LEADS vs PARTICIPATES_IN and other type choices"
    return f"R other: {cause}"


def rank_classes(ents: list[dict], rels: list[dict], examples: int) -> None:
    """Ranked general classes: entity errors plus the relation errors they cause."""
    eclass = {}
    for e in ents:
        e["class"] = entity_class(e)
        eclass.setdefault((e["doc"], e["kind"], norm(e["name"])), e["class"])
    for r in rels:
        r["class"] = relation_class(r, eclass)
    batches = sorted({batch_of(r["doc"]) for r in ents + rels}, key=lambda b: (len(b), b))
    groups: dict = defaultdict(list)
    for r in ents + rels:
        groups[r["class"]].append(r)
    print(
        f"\nGeneral classes, ranked (errors = entity FN+FP and relation FN+FP; per batch {' '.join(batches)})"
    )
    for i, (cls, rs) in enumerate(sorted(groups.items(), key=lambda kv: -len(kv[1])), 1):
        per_b = Counter(batch_of(r["doc"]) for r in rs)
        n_ent = sum("name" in r for r in rs)
        print(
            f"{i}. {cls}: {len(rs)} (entity {n_ent}, relation {len(rs) - n_ent})  "
            f"[{' '.join(str(per_b[b]) for b in batches)}]"
        )
        for r in rs[:examples]:
            print("    e.g. " + _example(r))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", nargs="+", required=True, help="gold jsonl file(s) (corpus/annotated/u*.jsonl)")
    ap.add_argument(
        "--pred", nargs="+", required=True, help="prediction jsonl file(s) (mcfgraph extract --format jsonl)"
    )
    ap.add_argument("--examples", type=int, default=3, help="examples printed per class (default 3)")
    ap.add_argument("--list", action="store_true", help="also print every error record as JSON lines")
    a = ap.parse_args()
    gold, pred = load_jsonl(a.gold), load_jsonl(a.pred)
    missing = sorted(k for k in gold if k not in pred)
    if missing:
        print(f"warning: no prediction for {len(missing)} documents: {' '.join(missing)}", file=sys.stderr)
    cues = load_cues(ROOT / "ingest" / "data" / "relation_cues.json")
    batches = sorted({batch_of(k) for k in gold}, key=lambda b: (len(b), b))
    groups = [[b] for b in batches] + ([batches] if len(batches) > 1 else [])
    for grp in groups:
        g = {k: v for k, v in gold.items() if batch_of(k) in grp}
        ent, rel = per_type_counts(g, pred)
        label = "+".join(grp)
        print_table(f"## {label}: entities (typed)", ent)
        print_table(f"## {label}: relations (typed)", rel)
    ents, rels = [], []
    for key, g in gold.items():
        p = pred.get(key, {})
        ents += entity_errors(key, g, p)
        rels += relation_errors(key, g, p, cues)
    link_endpoint_causes(ents, rels)
    summarise(ents, "Entity", a.examples)
    summarise(rels, "Relation", a.examples)
    rank_classes(ents, rels, a.examples)
    if a.list:
        for r in ents + rels:
            print(json.dumps(r, ensure_ascii=False))


if __name__ == "__main__":
    main()
