"""What jieba.posseg's proper-noun tags (nr, ns, nt, nz …) would add on top of the rules (ent49, issue 10).

    PYTHONPATH=$PWD .venv/bin/python bench/posseg_candidates.py [--batches u82,u83 …] [--detail TAG:CTX]

For every READ batch (seeds, dev and the READ batches of bench/read_sets.py), every text is extracted by the
rules and segmented by jieba.posseg (HMM on). A posseg word tagged nr*/ns/nt/nz becomes a *candidate* when it
touches no rule mention and its form is no rule entity's name or alias (it would add nothing else). Each
candidate is scored against the gold entities of its document by form (as shared/eval/score.py matches):
  right  a gold entity of the type the project's filters give it (ingest/components/learned_lac.rule_type,
         posseg tag → LAC tag) that the rules' output does not already match;
  wrong  anything else (no gold entity, another type, or a gold entity the rules already found).
Counted per (tag, context, filtered or raw) and batch. Contexts (in the view): `colon` (：/: follows),
`title` (a title word of titles.tsv ends right before it), `titled` (one starts right after it),
`speech` (a speech verb follows), `list` (next to 、; `plist`: the item across 、 is a rule Person or
an HMM nr name), `deng` (等 follows), `other`; `hmm` marks words jieba's dictionary does not hold (the
HMM found them). Writes the table to stdout (bench/posseg_candidates.txt: the run before the generator
existed); `--detail` prints the candidates of one key (tag:ctx) with their verdicts, for
reading READ batches only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import jieba
import jieba.posseg as pseg

ROOT = Path.cwd()
sys.path.insert(0, str(ROOT))

from graph.model import Document  # noqa: E402
from ingest.components.learned_lac import plausible, rule_type  # noqa: E402
from ingest.components.lexicon import title_words  # noqa: E402
from ingest.components.name_rules import SPEECH_VERBS  # noqa: E402
from ingest.extract import extract, get_nlp  # noqa: E402
from ingest.textfold import text_view  # noqa: E402

CHECK = {"u13", "u15"}
TAGS = ("nr", "nrt", "nrfg", "ns", "nt", "nz")
TO_LAC = {"nr": "PER", "nrt": "PER", "nrfg": "PER", "ns": "LOC", "nt": "ORG", "nz": "nz"}
QUOTES = "\"'“”‘’《》〈〉「」『』 \t\r\n\u3000"


def norm(s: str) -> str:
    import unicodedata
    s = unicodedata.normalize("NFKC", s)
    return "".join(ch for ch in s if ch not in QUOTES)


def read_batches(arg: str) -> list[str]:
    if arg:
        return arg.split(",")
    ids = [int(p.stem[1:]) for p in (ROOT / "corpus/annotated").glob("u*.jsonl")]
    return ["seeds", "dev"] + [f"u{i}" for i in sorted(ids) if f"u{i}" not in CHECK and i <= 96]


def load(name: str) -> list[dict]:
    p = Path("/work/shared/gold") / f"{name}.jsonl" if name in ("seeds", "dev") \
        else ROOT / "corpus/annotated" / f"{name}.jsonl"
    return [json.loads(x) for x in p.read_text(encoding="utf-8").splitlines() if x.strip()]


_TITLES = tuple(w for u in ("person", "post", "descriptor") for w in set(title_words(u)) if len(w) >= 2)


def context(text: str, s: int, e: int) -> str:
    """Where the word stands (in the view): before a colon, after or before a title, before a speech
    verb, next to 、 (an item of a list), else other."""
    after = text[e:e + 1]
    if after in "：:":
        return "colon"
    if text.endswith(_TITLES, 0, s):
        return "title"
    if text.startswith(_TITLES, e):
        return "titled"
    if text.startswith(SPEECH_VERBS, e):
        return "speech"
    if after == "、" or text[s - 1:s] == "、":
        return "list"
    if after == "等":
        return "deng"
    return "other"


def candidates(text: str, taken: bytearray, forms: set[str]) -> list[tuple[int, int, int, int, str, bool]]:
    """(view start, view end, start, end, tag, hmm) of the posseg proper-noun words no rule mention
    touches; posseg reads the rules' text view (simplified script, no pinyin glosses)."""
    view, offsets = text_view(text)
    out = []
    pos = 0
    freq = jieba.dt.FREQ
    for w in pseg.cut(view):
        vs, ve = pos, pos + len(w.word)
        pos = ve
        if w.flag not in TAGS or not plausible(w.word):
            continue
        s, e = (offsets[vs], offsets[ve - 1] + 1) if offsets else (vs, ve)
        if any(taken[s:e]) or norm(text[s:e]) in forms:
            continue
        out.append((vs, ve, s, e, w.flag, not freq.get(w.word)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--batches", default="")
    ap.add_argument("--detail", default="", help="tag:ctx to list (READ only)")
    a = ap.parse_args()
    nlp = get_nlp()
    table: dict[tuple, Counter] = defaultdict(Counter)  # (tag, ctx, hmm, filtered) -> Counter(batch:verdict)
    for b in read_batches(a.batches):
        for d in load(b):
            ex = extract(Document(id=d["id"], source=d.get("source", ""), text=d["text"]), nlp)
            text = d["text"]
            taken = bytearray(len(text) + 1)
            forms: set[str] = set()
            p_starts: set[int] = set()
            p_ends: set[int] = set()
            for ent in ex.entities:
                forms |= {norm(ent.name), *map(norm, ent.aliases)}
                for m in ent.mentions:
                    taken[m.start:m.end] = b"\x01" * (m.end - m.start)
                    if ent.type == "Person":
                        p_starts.add(m.start)
                        p_ends.add(m.end)
            gold = {}
            for g in d.get("entities", []):
                for f in {g.get("name", ""), *(g.get("aliases") or [])}:
                    gold[norm(f)] = g
            matched = {id(gold[f]) for f in forms if f in gold}
            seen: set[str] = set()
            view = text_view(text)[0]
            cands = candidates(text, taken, forms)
            for vs, ve, s, e, tag, hmm in cands:  # HMM names the person test passes: list neighbours
                if hmm and tag == "nr" and rule_type(view[vs:ve], "PER"):
                    p_starts.add(s)
                    p_ends.add(e)
            for vs, ve, s, e, tag, hmm in cands:
                w = norm(text[s:e])
                if w in seen:
                    continue  # one entity per form: its later mentions add nothing to the score
                seen.add(w)
                ctx = context(view, vs, ve)
                if ctx == "list" and (text[s - 1:s] == "、" and s - 1 in p_ends
                                      or text[e:e + 1] == "、" and e + 1 in p_starts):
                    ctx = "plist"  # an item of a list next to a rule Person or an HMM name
                typ = rule_type(view[vs:ve], TO_LAC[tag])
                g = gold.get(w)
                for filt, t in (("raw", g["type"] if g else ""), ("filt", typ)):
                    if filt == "filt" and not typ:
                        continue
                    ok = bool(g) and id(g) not in matched and g["type"] == t
                    verdict = "right" if ok else "wrong"
                    key = (tag, ctx, "hmm" if hmm else "dict", filt)
                    table[key][f"{b}:{verdict}"] += 1
                    if a.detail and f"{tag}:{ctx}" == a.detail and filt == "filt":
                        gt = g["type"] if g else "-"
                        left, right = text[max(0, s - 12):s], text[e:e + 8]
                        print(f"  {b:6} {'hmm' if hmm else 'dict'} {verdict:5} {typ:14} gold={gt:14} "
                              f"{left}[{text[s:e]}]{right}".replace("\n", " "))
    if a.detail:
        return
    print(f"{'tag':5} {'ctx':7} {'src':4} {'chk':4} {'right':>5} {'wrong':>5}  "
          "batches-right  batches-net+  batches-net-")
    for key in sorted(table, key=lambda k: (k[3], k[0], k[1], k[2])):
        c = table[key]
        right = sum(v for k, v in c.items() if k.endswith(":right"))
        wrong = sum(v for k, v in c.items() if k.endswith(":wrong"))
        bs = {k.split(":")[0] for k in c}
        br = sum(1 for b in bs if c[f"{b}:right"])
        bp = sum(1 for b in bs if c[f"{b}:right"] > c[f"{b}:wrong"])
        bn = sum(1 for b in bs if c[f"{b}:right"] < c[f"{b}:wrong"])
        print(f"{key[0]:5} {key[1]:7} {key[2]:4} {key[3]:4} {right:5} {wrong:5}  {br:13} {bp:12} {bn:12}")


if __name__ == "__main__":
    main()
