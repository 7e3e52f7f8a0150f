"""Gazetteers and word lists for the entity recogniser, loaded once per process.

Sources: the data files in ingest/data (national bodies, defence groups, regions, surnames, titles,
abbreviations), China's administrative divisions from the `cpca` package, and jieba's dictionary
(word -> frequency and POS tag) used to tell common words from proper names. Everything is local:
nothing is downloaded at run time.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ingest.components.trie_regex import trie_pattern

DATA = Path(__file__).resolve().parent.parent / "data"

# Administrative suffixes, longest first; stripping one gives a place's short form (龙岩市 -> 龙岩).
ADMIN_SUFFIXES = (
    "特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "自治旗",
    "地区", "新区", "林区", "矿区", "盟", "省", "市", "县", "区", "旗", "镇", "乡",
)

# A county's short form written bare is also an everyday word when jieba's dictionary counts it
# at least this often (兴隆, 长寿, 凤凰: 生意兴隆, 健康长寿, 凤凰古镇); such a form is
# read as the place only where nothing glues it to the words around it (gen_places).
COUNTY_WORD_FREQ = 150


def data_lines(name: str) -> list[str]:
    """Non-empty, comment-free lines of a file in ingest/data."""
    return _lines(name)


def _lines(name: str) -> list[str]:
    out = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].rstrip()
        if line.strip():
            out.append(line)
    return out


@dataclass
class GazEntry:
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)


@dataclass
class Lexicon:
    gazetteer: list[GazEntry]
    surnames1: frozenset[str]
    surnames2: frozenset[str]
    titles: tuple[str, ...]
    abbreviations: tuple[tuple[str, str], ...]
    places_full: dict[str, str]  # full admin name -> short form ("" if none usable)
    places_short: dict[str, str]  # usable short form -> full admin name
    county_short: dict[str, str]  # county-level short forms that are common words (enumerations only)
    county_words: frozenset[str]  # usable county-level short forms that are also frequent words
    regions: frozenset[str]
    jieba_words: dict[str, tuple[int, str]]  # word -> (freq, pos)

    def is_common_word(self, w: str, min_freq: int = 50) -> bool:
        """A frequent dictionary word that is not tagged as a person or place name."""
        fp = self.jieba_words.get(w)
        return bool(fp and fp[0] >= min_freq and not fp[1].startswith(("nr", "ns")))


def _load_table(name: str) -> list[GazEntry]:
    out = []
    for line in _lines(name):
        parts = line.split("\t")
        aliases = [a for a in (parts[2].split("|") if len(parts) > 2 else []) if a]
        out.append(GazEntry(parts[0], parts[1], aliases))
    return out


def _jieba_words() -> dict[str, tuple[int, str]]:
    import jieba

    path = Path(jieba.__file__).resolve().parent / "dict.txt"
    words: dict[str, tuple[int, str]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 3:
                words[parts[0]] = (int(parts[1]), parts[2])
    return words


@lru_cache(maxsize=1)
def _nations() -> tuple[str, ...]:
    import cpca

    path = Path(cpca.__file__).resolve().parent / "resources" / "56_nations.csv"
    names = [n.strip() for n in path.read_text(encoding="utf-8").splitlines() if n.strip()]
    short = [n[:-1] for n in names if n.endswith("族") and len(n) > 2]
    return tuple(sorted(set(names + short), key=len, reverse=True))


def division_short(name: str) -> str:
    """The short form a text writes an administrative division with (大厂回族自治县 -> 大厂, 龙岩市 ->
    龙岩; "" when none): the one rule the gazetteer and graph.places share."""
    return _short(name)


def _short(name: str) -> str:
    """Short form of an administrative name: 龙岩市 -> 龙岩, 大厂回族自治县 -> 大厂."""
    for suf in ADMIN_SUFFIXES:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            core = name[: -len(suf)]
            if "自治" in suf:
                changed = True
                while changed:
                    changed = False
                    for n in _nations():
                        if core.endswith(n) and len(core) - len(n) >= 2:
                            core = core[: -len(n)]
                            changed = True
                            break
            return core
    return ""


@lru_cache(maxsize=1)
def division_rows() -> tuple[tuple[str, str], ...]:
    """(adcode, name) of every administrative division: the `cpca` table, then the divisions set up
    or renamed after it was built (ingest/data/divisions_renamed.tsv: 郫县 -> 郫都区, 九江县 -> 柴桑区),
    which it lacks. The one reader of the division table (gazetteer, place codes, graph places)."""
    import cpca

    path = Path(cpca.__file__).resolve().parent / "resources" / "adcodes.csv"
    with open(path, encoding="utf-8") as fh:
        rows = [(row["adcode"], row["name"]) for row in csv.DictReader(fh)]
    known = {code for code, _ in rows}
    for n, line in enumerate(_lines("divisions_renamed.tsv"), 1):
        parts = line.split("\t")
        if len(parts) < 2 or len(parts[0]) != 12 or not parts[0].isdigit() or parts[0] in known:
            raise ValueError(f"ingest/data/divisions_renamed.tsv: row {n} needs a new 12-digit code "
                             f"and a name: {line!r}")
        rows.append((parts[0], parts[1]))
    return tuple(rows)


def _places(jw: dict[str, tuple[int, str]]):
    full: dict[str, str] = {}
    short: dict[str, str] = {}
    county_short: dict[str, str] = {}
    top_short: set[str] = set()
    for code, name in division_rows():
        if not name or name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
            continue
        full[name] = ""
        s = _short(name)
        if not s:
            continue
        level = "province" if code[2:] == "0000000000" else "city" if code[4:] == "00000000" else "county"
        fp = jw.get(s)
        common = bool(fp and fp[0] >= 30 and not fp[1].startswith(("ns", "nr")))
        if level in ("province", "city"):
            top_short.add(s)
        if level in ("province", "city") and not (common and fp and fp[0] > 2000):
            short.setdefault(s, name)
            full[name] = s
        elif not common:
            short.setdefault(s, name)
            full[name] = s
        else:
            county_short.setdefault(s, name)
    regions = set(_lines("regions.txt"))
    county_words = frozenset(s for s, name in short.items() if s not in top_short and s not in regions
                             and (jw.get(s) or (0, ""))[0] >= COUNTY_WORD_FREQ)
    return full, short, county_short, county_words


def kind_words(name: str, kinds: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The words of a `kind<TAB>word` file in ingest/data, by kind, each kind longest first (so an
    alternation or startswith tries the longer word first); a row of another shape or kind is an
    error naming the file and the row."""
    out: dict[str, list[str]] = {k: [] for k in kinds}
    for n, line in enumerate(_lines(name), 1):
        parts = line.split("\t")
        if len(parts) != 2 or parts[0] not in out:
            raise ValueError(f"ingest/data/{name}: row {n} is not {'|'.join(kinds)}<TAB>word: {line!r}")
        out[parts[0]].append(parts[1])
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


@lru_cache(maxsize=3)
def title_words(use: str) -> tuple[str, ...]:
    """Titles of ingest/data/titles.tsv for `use` ("person": next to a person's name, for the entity
    rules; "post": a post held, for HOLDS_POSITION; "descriptor": an everyday noun of persons that
    takes a name right after it only when the name is strictly plausible, gen_persons), in file order."""
    if use not in ("person", "post", "descriptor"):
        raise ValueError(f"title use must be 'person', 'post' or 'descriptor', not {use!r}")
    out = []
    for line in _lines("titles.tsv"):
        title, _, tag = line.partition("\t")
        if tag not in ("person", "post", "both", "descriptor"):
            raise ValueError(f"ingest/data/titles.tsv: {title!r} needs a use "
                             "(person, post, both or descriptor)")
        if tag == use or tag == "both" and use != "descriptor":
            out.append(title)
    return tuple(out)


@lru_cache(maxsize=2)
def abbreviation_pairs(use: str) -> tuple[tuple[str, str], ...]:
    """(long, short) rows of ingest/data/abbreviations.tsv for `use` ("names": comparing the forms
    of one document's mentions; "keys": graph node keys), longest long form first."""
    if use not in ("names", "keys"):
        raise ValueError(f"abbreviation use must be 'names' or 'keys', not {use!r}")
    rows = []
    for n, line in enumerate(_lines("abbreviations.tsv"), 1):
        parts = line.split("\t")
        if len(parts) < 3 or parts[2] not in ("names", "keys", "both"):
            raise ValueError(f"ingest/data/abbreviations.tsv: row {n} needs long, short and a use "
                             f"(names, keys or both): {line!r}")
        if parts[2] in (use, "both"):
            rows.append((parts[0], parts[1]))
    return tuple(sorted(rows, key=lambda p: len(p[0]), reverse=True))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    jw = _jieba_words()
    full, short, county_short, county_words = _places(jw)
    surnames = _lines("surnames.txt")
    titles = tuple(sorted(title_words("person"), key=len, reverse=True))
    abbr = abbreviation_pairs("names")
    return Lexicon(
        gazetteer=_load_table("national_bodies.tsv") + _load_table("groups.tsv") + _load_table("leaders.tsv"),
        surnames1=frozenset(s for s in surnames if len(s) == 1),
        surnames2=frozenset(s for s in surnames if len(s) == 2),
        titles=titles,
        abbreviations=abbr,  # type: ignore[arg-type]
        places_full=full,
        places_short=short,
        county_short=county_short,
        county_words=county_words,
        regions=frozenset(_lines("regions.txt")),
        jieba_words=jw,
    )


def alternation(words) -> str:
    """A regex alternation, longest first, so the longest listed word wins at a position.

    Written as a trie (trie_regex.trie_pattern: shared prefixes are one branch, a longer word is
    tried before the word it extends), which matches what the flat alternation `a|b|…` sorted
    longest first matches, in any context (the words that can match at a position are prefixes of
    one another, tried longest first either way), but re tries one branch per character instead
    of every listed word that starts with it: the title scans ran ~1.6x faster.
    """
    words = set(words)
    pattern = trie_pattern(words)
    return f"(?:{pattern})?" if "" in words else pattern  # (an empty word: the empty match last)
