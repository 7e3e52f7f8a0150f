"""How much of each document the extraction read, as the gap report accounts for it (ux7).

The report's silence on a document means nothing unless the analyst can see how much of the text
the machine read. For each document the report re-reads its text from the file it was ingested from
(the stored `source`, checked against the stored sha256; a file moved or changed is said so, never
guessed) and counts, exactly:

- sentences: the document's sentences (the extraction's own boundaries,
  ingest.components.sentences.sentence_spans), and how many of them name an entity;
- problem sentences: those the extraction's modality reader reads as stating a problem
  (ingest.components.modality.classify == "problem"), split into quoted by a finding of the report
  (reported, held back, not enough coverage or dismissed), read as some entity's problem but in no
  finding, and not read (no entity took it as its problem);
- problem_word_only: the other sentences that hold a word the report glosses as stating a problem
  (graph/data/problem_glosses.tsv: 不足, 滞后, 差距 …) but that the modality reader does not read as
  a problem statement: problems the machine's reader may have missed (on u83, 18 sentences state a
  problem by its annotators; the reader takes 6 sentences as problems, 3 of them among the 18, and
  27 sentences hold such a word, 10 of them among the 18);
- order and plan sentences: those it reads as an order or a plan ("directive" or "plan"), split into
  quoted by a finding, read (a relationship typed in it, whatever the modality its clause got) but
  in no finding, and not read (no relationship in it);
- name-like strings with no entity: each occurrence of an organisation's or an item's head word
  (ingest/data/heads.tsv, two characters or more: 委员会, 研究所, 有限公司, 产业园 …; longest at a
  position; not the generic 部队, 学校, 中学, 小学, 调研组, 代表团, 核心区, 片区) after at least two
  Chinese characters of the same clause (the string runs back at most
  eight characters, and stops at a clause break or a function character: 的 了 在 与 向 对 将 为 …),
  that no entity of the document covers (no name or alias of an entity the document mentions spans
  it).

Nothing here changes a finding: it reads the report's result and the texts.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import networkx as nx

HEADS_PATH = Path(__file__).resolve().parents[3] / "ingest" / "data" / "heads.tsv"
NAME_TYPES = ("Association", "Enterprise", "Fund", "IndustrialPark", "MilitaryUnit", "PartyGovBody",
              "ResearchInstitute")
HAN = re.compile(r"[\u3400-\u9fff]")
STOP = frozenset("的了在与向对将为是到及并请由把被从于年月日各该这其同")
RUN_BACK = 8  # characters a name-like string runs back from its head at most
# heads that after a verb or a modifier are mostly a reference, not a name (安心部队, 走访学校)
GENERIC_HEADS = frozenset({"部队", "学校", "中学", "小学", "调研组", "代表团", "核心区", "片区"})
PROBLEM = ("problem",)
ORDER = ("directive", "plan")


@lru_cache(maxsize=1)
def heads() -> tuple[str, ...]:
    """The head words of organisations and items, two characters or more, longest first."""
    out = set()
    with open(HEADS_PATH, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 2 and len(cols[0]) >= 2 and cols[1] in NAME_TYPES:
                out.add(cols[0])
    return tuple(sorted(out - GENERIC_HEADS, key=lambda w: (-len(w), w)))


PROBLEM_WORDS_PATH = Path(__file__).resolve().parents[2] / "data" / "problem_glosses.tsv"


@lru_cache(maxsize=1)
def _problem_word_re() -> re.Pattern:
    """The words the report glosses as stating a problem (graph/data/problem_glosses.tsv)."""
    with open(PROBLEM_WORDS_PATH, encoding="utf-8") as fh:
        words = {ln.split("\t")[0] for ln in fh if ln.strip() and not ln.startswith("#")}
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)) if w))


@lru_cache(maxsize=1)
def _head_re() -> re.Pattern:
    return re.compile("|".join(re.escape(h) for h in heads()))


def name_like(text: str) -> list[tuple[int, int]]:
    """(start, end) of each name-like string: a head word with its clause's Chinese characters
    before it (at least two), the string running back to the clause's start, a function character
    or eight characters."""
    out = []
    for m in _head_re().finditer(text):
        s = m.start()
        k = s
        while k > 0 and s - k < RUN_BACK and HAN.match(text[k - 1]) and text[k - 1] not in STOP:
            k -= 1
        if s - k >= 2:
            out.append((k, m.end()))
    return out


def resolve_source(source: str, db: str | Path | None = None) -> Path | None:
    """The file a document was ingested from: its stored path as given, from the working folder or
    from the store's folder."""
    if not source:
        return None
    p = Path(source)
    cands = [p] if p.is_absolute() else [Path.cwd() / p] + ([Path(db).resolve().parent / p] if db else [])
    return next((c for c in cands if c.is_file()), None)


def load_text(meta: dict, db: str | Path | None = None) -> tuple[str | None, str]:
    """(text, "") or (None, why not): the document's text as the extraction read it."""
    if (meta.get("origin") or "machine") != "machine":
        return None, "a curated document (its facts come from annotations, not from reading the text)"
    src = meta.get("source", "")
    path = resolve_source(src, db)
    if path is None:
        where = src or "(none stored)"
        return None, f"its file {where} is not found from here (moved, or ingested from another folder)"
    from ingest.load import LoadError, load_document

    try:
        doc = load_document(path, doc_id=meta.get("id"))
    except LoadError as exc:
        return None, f"its file {src} cannot be read now ({exc})"
    if meta.get("sha256") and doc.sha256 != meta["sha256"]:
        return None, f"its file {src} has changed since it was ingested (mcfgraph ingest it again)"
    return doc.text, ""


def _quoted(res: dict) -> dict[str, set[int]]:
    """document -> the start offsets of every sentence a finding of the report quotes (evidence,
    the sentences that decided a hold-back, those naming the holder …)."""
    out: dict[str, set[int]] = {}

    def walk(x) -> None:
        if isinstance(x, dict):
            if isinstance(x.get("document"), str) and isinstance(x.get("start"), int):
                out.setdefault(x["document"], set()).add(x["start"])
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    for lst in ("findings", "held_back", "undetermined", "dismissed"):
        walk(res.get(lst) or [])
    return out


def _index(G: nx.MultiDiGraph) -> tuple[dict, dict, dict, dict]:
    """Per document: entity forms, starts of sentences naming an entity, starts of problem
    statements on an entity, starts of relationship evidence (any modality)."""
    forms: dict[str, set[str]] = {}
    named: dict[str, set[int]] = {}
    problems: dict[str, set[int]] = {}
    ordered: dict[str, set[int]] = {}
    for n, a in G.nodes(data=True):
        fs = {x for x in (a.get("name", n), *a.get("aliases", ())) if x}
        for d in a.get("documents", ()):
            forms.setdefault(d, set()).update(fs)
        for e in a.get("sentences") or ():
            named.setdefault(e["document"], set()).add(e["start"])
        for e in a.get("problems") or ():
            problems.setdefault(e["document"], set()).add(e["start"])
    for _u, _v, d in G.edges(data=True):
        for e in d.get("evidence") or ():
            ordered.setdefault(e["document"], set()).add(e["start"])
    return forms, named, problems, ordered


def _hit(starts: set[int], s: int, e: int) -> bool:
    return any(s <= x < e for x in starts)


def document_reading(doc_id: str, text: str, forms: set[str], named: set[int], problems: set[int],
                     ordered: set[int], quoted: set[int], examples: int = 3) -> dict:
    """The reading account of one document (see the module docstring)."""
    from ingest.components.modality import classify
    from ingest.components.sentences import sentence_spans
    from ingest.textfold import view_fold

    spans = sentence_spans(text)
    prob = {"sentences": 0, "in_findings": 0, "read_no_finding": 0, "not_read": 0, "not_read_examples": []}
    order = {"sentences": 0, "in_findings": 0, "read_no_finding": 0, "not_read": 0, "not_read_examples": []}
    with_entity = worded = 0
    for s, e in spans:
        if _hit(named, s, e):
            with_entity += 1
        mod = classify(text[s:e])
        if mod not in PROBLEM and _problem_word_re().search(view_fold(text[s:e])):
            worded += 1
        for want, acc, read in ((PROBLEM, prob, problems), (ORDER, order, ordered)):
            if mod not in want:
                continue
            acc["sentences"] += 1
            if _hit(quoted, s, e):
                acc["in_findings"] += 1
            elif _hit(read, s, e):
                acc["read_no_finding"] += 1
            else:
                acc["not_read"] += 1
                if len(acc["not_read_examples"]) < examples:
                    acc["not_read_examples"].append({"start": s, "end": e, "sentence": text[s:e]})
    covered = bytearray(len(text))
    for f in forms:
        for m in re.finditer(re.escape(f), text):
            covered[m.start():m.end()] = b"\1" * (m.end() - m.start())
    loose = [(s, e) for s, e in name_like(text) if not all(covered[s:e])]
    return {
        "document": doc_id,
        "read": True,
        "sentences": len(spans),
        "sentences_with_entity": with_entity,
        "problem": prob,
        "problem_word_only": worded,
        "order": order,
        "name_like_no_entity": {
            "count": len(loose),
            "examples": [{"start": s, "end": e, "text": text[s:e]} for s, e in loose[:examples]],
        },
    }


def reading(G: nx.MultiDiGraph, res: dict, db: str | Path | None = None,
            documents: list[str] | None = None) -> list[dict]:
    """The reading account of every document of the graph (or of `documents`), in id order."""
    docs = G.graph.get("documents", {})
    forms, named, problems, ordered = _index(G)
    quoted = _quoted(res)
    out = []
    for d in sorted(documents if documents is not None else docs):
        meta = {"id": d, **(docs.get(d) or {})}
        text, why = load_text(meta, db)
        if text is None:
            out.append({"document": d, "read": False, "why": why})
            continue
        out.append(document_reading(d, text, forms.get(d, set()), named.get(d, set()), problems.get(d, set()),
                                    ordered.get(d, set()), quoted.get(d, set())))
    return out


PROBLEM_PARTS = ("problem sentence(s)", "an entity's problem", "no entity's problem")
ORDER_PARTS = ("order/plan sentence(s)", "with a relationship", "with no relationship")


def _part(acc: dict, words: tuple[str, str, str], short: bool = False) -> str:
    what, read, unread = words
    if not acc["sentences"]:
        return f"0 {what}"
    tail = (f"{acc['in_findings']} in findings, {acc['read_no_finding']} {read} but in no finding, "
            f"{acc['not_read']} {unread}")
    return f"{acc['sentences']} {what}: {tail}" if short else f"{acc['sentences']} {what} ({tail})"


def _worded(n: int) -> str:
    return f"{n} more with a problem word the reader did not take as a problem; " if n else ""


def reading_line(r: dict) -> str:
    """One document's account as one line (terminal, Markdown, Neo4j)."""
    if not r["read"]:
        return f"{r['document']}: not accounted: {r['why']}"
    n = r["name_like_no_entity"]
    names = ""
    if n["count"]:
        more = " …" if n["count"] > len(n["examples"]) else ""
        names = f" ({'; '.join(x['text'] for x in n['examples'])}{more})"
    return (f"{r['document']}: {r['sentences']} sentences, {r['sentences_with_entity']} name an entity; "
            f"{_part(r['problem'], PROBLEM_PARTS)}; {_worded(r['problem_word_only'])}"
            f"{_part(r['order'], ORDER_PARTS)}; "
            f"{n['count']} name-like string(s) with no entity{names}")


def unread_problems(r: dict) -> list[str]:
    """The problem sentences of a document no entity took as its problem, quoted with offsets: what
    the report could not have found, however its rules read."""
    if not r.get("read"):
        return []
    return [f"not read as any entity's problem: {r['document']} {x['start']}-{x['end']}: “{x['sentence']}”"
            for x in r["problem"]["not_read_examples"]]


def reading_totals(rows: list[dict]) -> dict:
    """The documents' accounts summed (those read)."""
    read = [r for r in rows if r["read"]]
    tot = {"documents": len(rows), "read": len(read), "sentences": sum(r["sentences"] for r in read),
           "sentences_with_entity": sum(r["sentences_with_entity"] for r in read),
           "name_like_no_entity": sum(r["name_like_no_entity"]["count"] for r in read),
           "problem_word_only": sum(r["problem_word_only"] for r in read)}
    for k in ("problem", "order"):
        tot[k] = {x: sum(r[k][x] for r in read)
                  for x in ("sentences", "in_findings", "read_no_finding", "not_read")}
    return tot


def totals_line(t: dict) -> str:
    """The documents' accounts in one line: how much of the corpus extraction read."""
    unread = t["documents"] - t["read"]
    return (
        f"{t['read']} of {t['documents']} document(s) accounted"
        + (f" ({unread} not: see below)" if unread else "")
        + f": {t['sentences']} sentences, {t['sentences_with_entity']} name an entity; "
        f"{_part(t['problem'], PROBLEM_PARTS, True)}; {_worded(t['problem_word_only'])}"
        f"{_part(t['order'], ORDER_PARTS, True)}; "
        f"{t['name_like_no_entity']} name-like string(s) with no entity"
    )
