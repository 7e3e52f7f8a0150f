"""Generator `gold_names`: names the project's own gold annotates again and again.

The table (ingest/data/gold_names.tsv, built by scripts/build_gold_gazetteer.py from seeds, dev
and the READ batches, filters in that script) holds the names of three or more characters that
recur across documents and batches with one type: national bodies, defence groups and their
institutes, national events, laws and plans. One Aho-Corasick lookup over the text finds them
(the matcher is built once per table, in prebuild); the type is the table's. Candidates carry
`gazetteer:gold` with a confidence and priority below the rules', so a longer rule span, or a
rule's span of the same characters, wins in the resolver. Forms the national gazetteer or the
place gazetteer know are left to them (their own filters judge them).

Switch and table: `MCF_GOLD_NAMES` = `off` switches the generator off, `on` on, a path reads that
table instead of the shipped one (the leave-batch-out measure, bench/gold_names_lbo.py, points it
at a table built without the scored batches). Unset: `ON_BY_DEFAULT` and the shipped table.
"""

from __future__ import annotations

import os
from pathlib import Path

from ingest.components.candidate import Cand, is_cjk
from ingest.components.name_context import NameContext
from ingest.components.name_rules import HEAD_INFO, LEVEL_CHARS
from ingest.components.trie_regex import WordMatcher

TABLE = Path(__file__).resolve().parent.parent / "data" / "gold_names.tsv"
ENV = "MCF_GOLD_NAMES"
ON_BY_DEFAULT = False  # ent54: below the bar on READ (leave-batch-out, docs/QUALITY.md)
SOURCE = "gazetteer:gold"
# a deictic body opens with a level (市政府, 县人武部, 省委宣传部: the document's own city's) or
# the school's, the autonomous region's own (校党委, 自治区党委)
DEICTIC_FIRST = tuple(LEVEL_CHARS + "州縣區鎮鄉校") + ("自治区", "自治區", "自治州")
# a bare department of the document's government (组织部, 民政局, 双拥办) ends in one of these
DEPARTMENT_ENDS = frozenset("部局办辦厅廳委处處")
_CACHE: dict[tuple[int, str], tuple[WordMatcher, dict[str, str]]] = {}


def table_path() -> Path | None:
    """The table the generator reads, or None when it is switched off."""
    v = os.environ.get(ENV, "")
    if v == "off" or (not v and not ON_BY_DEFAULT):
        return None
    return TABLE if v in ("", "on") else Path(v)


def read_table(path: Path) -> dict[str, str]:
    """form -> type of a gold-name table (`form<TAB>type<TAB>documents<TAB>batches`)."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            form, typ = line.split("\t")[:2]
            out[form] = typ
    return out


def matcher(ctx: NameContext, path: Path) -> tuple[WordMatcher, dict[str, str]]:
    """The table's forms the generator proposes and their matcher (built once per context and table)."""
    key = (id(ctx), str(path))
    found = _CACHE.get(key)
    if found is None:
        forms = {f: t for f, t in read_table(path).items()
                 if f not in ctx.gaz_forms and f not in ctx.place_words and not local_body(ctx, f)}
        found = _CACHE[key] = (WordMatcher(forms), forms)
    return found


def local_body(ctx: NameContext, form: str) -> bool:
    """Is a form a body each document has its own of, which the head rules judge (not a name that
    recurs)? A bare head (人武部, 管委会, 高新区), a level and what follows (市政府, 县人武部,
    省委宣传部, 市委议军会议), a department known by its field (组织部, 民政局, 双拥办). On READ
    (ent54, leave-batch-out) these gave a false entity for each one right: the annotators mark
    them only where the document's own body is meant and no fuller name is written."""
    if form in HEAD_INFO or form.startswith(DEICTIC_FIRST):
        return True
    return len(form) <= 4 and form[-1] in DEPARTMENT_ENDS and not ctx.specific(form[:-1])


def prebuild(ctx: NameContext) -> None:
    """Build the matcher of the table in use with the pipeline, not in its first document."""
    path = table_path()
    if path is not None:
        matcher(ctx, path)


def gold_names(ctx: NameContext, t: str) -> list[Cand]:
    path = table_path()
    if path is None:
        return []
    m, forms = matcher(ctx, path)
    out = []
    for s, e, w in m.finditer(t):
        if e < len(t) and is_cjk(t[e]) and ctx._glued_to_noun(t, e):
            continue  # the name goes on into a longer word (a body's department, a group's unit)
        out.append(Cand(s, e, forms[w], SOURCE, 0.5, priority=0))
    return out
