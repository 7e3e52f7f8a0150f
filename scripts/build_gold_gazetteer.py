"""Build the gold-name gazetteer (ingest/data/gold_names.tsv) from the gold the project ships.

    .venv/bin/python scripts/build_gold_gazetteer.py [--exclude u92,u93] [--out PATH]

Data: ../shared/gold/{seeds,dev}.jsonl and the READ annotated batches (scripts/train_spans.py's
TRAIN_BATCHES minus the CHECK batches u13, u15; later batches are held out and never read).
`--exclude` leaves batches out (the leave-batch-out measure, bench/gold_names_lbo.py).

Why: names that recur across documents (national bodies, defence groups and their institutes,
national events, laws and plans) are annotated again and again; a dictionary of them, built from
the gold, finds them where no head-word rule does (ingest/components/gen_gold_names.py).

Each form of an entity (its name and its aliases, quotation and title marks removed) is counted
over documents. A form is kept when (filters chosen on READ data, round ent54):
- it has >= MIN_CHARS (3) characters (two-character forms are the middles of other words);
- it is annotated in >= MIN_DOCS (2) documents of >= MIN_BATCHES (2) batches (seeds and dev each
  count as a batch): one document's local actor is not a name that recurs;
- one type holds >= MIN_TYPE_SHARE (90%) of its annotations (the row's type);
- its type is not Person or Location (persons and places have their own generators and
  gazetteers; a person's or place's name recurring across documents says little of the next);
- where it stands in a document's text outside every longer gold form of that document, that
  document annotates it in >= MIN_PRECISION (60%) of such documents: a word the annotators mostly
  leave unmarked (a topic, a slogan) is not a name, and a form mostly seen only nested inside
  longer gold names (a place of a body's name) never stands alone to be counted.

Output: `form<TAB>type<TAB>documents<TAB>batches`, sorted by form (deterministic), a header
comment with the filters and the batches read.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.read_sets import CHECK as CHECK_BATCHES  # noqa: E402  (scored only, never read)
from scripts.train_spans import TRAIN_BATCHES  # noqa: E402  (the one list of development batches)

GOLD = ROOT.parent / "shared" / "gold"
ANNOTATED = ROOT / "corpus" / "annotated"
OUT = ROOT / "ingest" / "data" / "gold_names.tsv"
MIN_CHARS = 3
MIN_DOCS = 2
MIN_BATCHES = 2
MIN_TYPE_SHARE = 0.9
MIN_PRECISION = 0.6
SKIP_TYPES = frozenset({"Person", "Location"})
_MARKS = "\"'“”‘’《》〈〉「」『』 \t\r\n\u3000"


def norm(s: str) -> str:
    """A form as the scorer compares it: NFKC, no quotation or title marks, no spaces."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", s) if ch not in _MARKS)


def read_batches(exclude: set[str]) -> list[tuple[str, dict]]:
    """(batch, document) for seeds, dev and the READ batches not excluded."""
    names = ["seeds", "dev"] + [b for b in TRAIN_BATCHES if b not in CHECK_BATCHES]
    out = []
    for b in names:
        if b in exclude:
            continue
        p = GOLD / f"{b}.jsonl" if b in ("seeds", "dev") else ANNOTATED / f"{b}.jsonl"
        if not p.exists():
            continue
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append((b, json.loads(line)))
    return out


def _stands_alone(text: str, form: str, longer: list[str]) -> bool:
    """Does `form` occur in `text` at least once not wholly inside a longer gold form of the document?"""
    covered = bytearray(len(text) + 1)
    for w in longer:
        i = text.find(w)
        while i >= 0:
            covered[i:i + len(w)] = b"\x01" * len(w)
            i = text.find(w, i + 1)
    i = text.find(form)
    while i >= 0:
        if covered.find(0, i, i + len(form)) >= 0:
            return True
        i = text.find(form, i + 1)
    return False


def _gold_forms(d: dict) -> dict[str, str]:
    """A document's gold forms (names and aliases, normalised) -> the entity's type."""
    out: dict[str, str] = {}
    for e in d.get("entities", []):
        for f in {norm(e["name"]), *(norm(a) for a in e.get("aliases") or [])}:
            if f:
                out.setdefault(f, e["type"])
    return out


def collect(docs: list[tuple[str, dict]]) -> dict[str, dict]:
    """Per form: annotated documents, batches, types."""
    stats: dict[str, dict] = defaultdict(lambda: {"docs": set(), "batches": set(), "types": Counter()})
    for batch, d in docs:
        for f, typ in _gold_forms(d).items():
            s = stats[f]
            s["docs"].add(d["id"])
            s["batches"].add(batch)
            s["types"][typ] += 1
    return stats


def _recurring(stats: dict[str, dict]) -> dict[str, str]:
    """Forms long enough, annotated in enough documents and batches, of one type (not skipped)."""
    out = {}
    for f, s in stats.items():
        if len(f) < MIN_CHARS or len(s["docs"]) < MIN_DOCS or len(s["batches"]) < MIN_BATCHES:
            continue
        typ, n = s["types"].most_common(1)[0]
        if n >= MIN_TYPE_SHARE * sum(s["types"].values()) and typ not in SKIP_TYPES:
            out[f] = typ
    return out


def alone_docs(docs: list[tuple[str, dict]], forms: dict[str, str]) -> dict[str, set[str]]:
    """Per form: the documents whose text holds it outside every longer gold form of theirs."""
    out: dict[str, set[str]] = {f: set() for f in forms}
    for _batch, d in docs:
        text = norm(d["text"])
        gold = _gold_forms(d)
        for f in forms:
            if f in text:
                longer = [g for g in gold if len(g) > len(f) and f in g]
                if _stands_alone(text, f, longer):
                    out[f].add(d["id"])
    return out


def select(docs: list[tuple[str, dict]]) -> list[tuple[str, str, int, int]]:
    """The forms that pass the filters (see the module docstring), sorted by form."""
    stats = collect(docs)
    forms = _recurring(stats)
    alone = alone_docs(docs, forms)
    rows = []
    for f, typ in forms.items():
        s, a = stats[f], alone[f]
        if len(a & s["docs"]) < max(1, MIN_PRECISION * len(a)):
            continue  # mostly left unmarked where it stands, or never standing alone
        rows.append((f, typ, len(s["docs"]), len(s["batches"])))
    return sorted(rows)


def build(exclude: set[str]) -> tuple[list[tuple[str, str, int, int]], list[str]]:
    docs = read_batches(exclude)
    batches = sorted({b for b, _ in docs}, key=lambda b: (b[0] != "u", int(b[1:]) if b[0] == "u" else 0, b))
    return select(docs), batches


def write(rows: list[tuple[str, str, int, int]], batches: list[str], exclude: set[str], out: Path) -> None:
    head = [f"# gold-name gazetteer: scripts/build_gold_gazetteer.py (filters in its docstring); "
            f">= {MIN_CHARS} chars, >= {MIN_DOCS} docs in >= {MIN_BATCHES} batches, type share >= "
            f"{MIN_TYPE_SHARE}, precision >= {MIN_PRECISION}, no {'/'.join(sorted(SKIP_TYPES))}",
            f"# read: {len(batches)} batches; excluded: {','.join(sorted(exclude)) or '-'}",
            "# form\ttype\tdocuments\tbatches"]
    lines = head + [f"{f}\t{t}\t{n}\t{b}" for f, t, n, b in rows]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--exclude", default="", help="batches to leave out, e.g. u92,u93")
    ap.add_argument("--out", default=str(OUT))
    a = ap.parse_args()
    exclude = {b.strip() for b in a.exclude.split(",") if b.strip()}
    rows, batches = build(exclude)
    write(rows, batches, exclude, Path(a.out))
    print(f"build_gold_gazetteer: {len(rows)} forms -> {a.out}")


if __name__ == "__main__":
    main()
