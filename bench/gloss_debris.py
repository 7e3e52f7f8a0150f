"""Glosses of every gold entity name: dictionary-sense debris and dropped places (round ux2).

Reads the entity names (and aliases are left out: the node's name is what a report shows) of
/work/shared/gold/{seeds,dev}.jsonl and corpus/annotated READ batches u1-u12, u14, u16-u64 (u13 and
u15 are not READ; u65 and later are held out and never opened), glosses each distinct (name, type)
and counts

- debris: a gloss holding a dictionary-sense fragment a name never has in English ("sb", "sth",
  "(", "/", "variant of", "surname", "classifier", "CL:", "abbr.", "lit.", "fig.", "one's", "etc",
  "also written", " or ", "|", "[", ":", a Chinese character left in the English, or a toned pinyin
  syllable the source printed after a word, 技術(shù), kept as a word: "Technology sh ù");
- number lost: a numbered designation (十院, 第七〇七研究所, 五二研究所, 十三届, 31619部队) whose gloss
  has no number in digits or words (十院 "Shi Academy"), or a 部队 number not read as "Unit";
- dropped place: a name holding a place of China's administrative table (graph/places.py), at its
  start or before a place suffix (省 市 县 区 州 镇 乡), whose gloss has neither its pinyin nor its
  glossary English (北京市中关村… glossed "Zhongguancun …" drops Beijing).

    PYTHONPATH=$PWD .venv/bin/python bench/gloss_debris.py [--show N] [--sample docs/gloss_sample_ux2.tsv]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

from pypinyin import Style, lazy_pinyin

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.read_sets import read_batches  # noqa: E402

GOLD = Path("/work/shared/gold")
READ = read_batches()

DEBRIS = re.compile(r"\b(sb|sth|variant of|surname|classifier|one's|oneself|etc|lit|fig|abbr|"
                    r"also written|or)\b|CL:|[(/|\[:]|[\u4e00-\u9fff]|[āáǎàēéěèīíǐìōóǒòūúǔùǘǚǜ]", re.I)
_SUFFIX = "省市县区州镇乡"


_ACRONYM = re.compile(r" ?\([A-Z]{2,8}\)")  # an English acronym after its expansion: "… Corporation (CSIC)"


def _without_kept_marks(name: str, g: str) -> str:
    """The gloss minus marks that are not debris: the masked-place note, an acronym in brackets, and
    square brackets the name itself carries (a document number 〔2013〕 written [2013])."""
    g = _ACRONYM.sub("", re.sub(r"\(place masked in the source[^)]*\)", "", g))
    return re.sub(r"[\[\]]", "", g) if ("[" in name or "［" in name) else g


def names() -> list[tuple[str, str]]:
    files = [GOLD / "seeds.jsonl", GOLD / "dev.jsonl"]
    files += [ROOT / "corpus" / "annotated" / f"{b}.jsonl" for b in READ]
    seen: dict[tuple[str, str], None] = {}
    for path in files:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            for ent in json.loads(line).get("entities", []):
                seen[(ent["name"], ent.get("type", ""))] = None
    return list(seen)


def _flat(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower().replace("ü", "v"))


def _named_here(name: str, i: int, place: str) -> bool:
    """Whether `place` at name[i:] names that place, not part of a word (解放军, 模范县, 航天镇)."""
    from graph import cedict, places

    if i and cedict.entries().get(name[i - 1:i + 1]):
        return False
    word = cedict.longest_word(name, i)
    if word > len(place) and not cedict.place_like(name[i:i + word]):
        return False
    if places.short_form(place) == place and place[-1] not in _SUFFIX and cedict.english(place):
        return False  # 平安, 公安, 南部: a common word first
    return True


def places_in(name: str) -> list[str]:
    """Places named in `name`: the leading one, and any other followed by a place suffix."""
    from graph import places

    found = []
    lead = places.leading_place(name)
    if lead and _named_here(name, 0, lead[1]):
        found.append(lead[1])
    table = places._table()
    i = len(lead[1]) if lead else 0
    while i < len(name):
        hit = 0
        for n in range(min(8, len(name) - i), 1, -1):
            if name[i:i + n] in table and (name[i + n - 1] in _SUFFIX
                                           or (i + n < len(name) and name[i + n] in _SUFFIX)):
                hit = n
                break
        if hit and _named_here(name, i, name[i:i + hit]):
            found.append(name[i:i + hit])
        i += hit or 1
    return found


def _stem(place: str) -> str:
    from graph import places

    short = places.short_form(place)
    if short == place and len(place) == 2 and place[-1] in _SUFFIX:
        short = place[:1]  # 易县 -> 易
    return short[:-1] if short.endswith("新") and len(short) > 2 else short  # 滨海新区: New Area


def place_kept(place: str, gloss_text: str) -> bool:
    from graph.gloss import glossary

    flat = _flat(gloss_text)
    forms = {_stem(place), place}
    from graph.gloss import pinyin_word

    readings = {_flat("".join(lazy_pinyin(f, style=Style.NORMAL))) for f in forms}
    readings |= {_flat(pinyin_word(f)) for f in forms}  # CC-CEDICT's reading: 什邡 Shifang
    english = {_flat(glossary().get(f, "")) for f in forms} - {""}
    special = {"shaanxi"} if place.startswith("陕西") else set()
    return any(r and r in flat for r in readings | english | special)


_NUMBERED = re.compile(r"[一二三四五六七八九十〇零]+(研究院|研究所|院|所|工厂|厂)(?![\u4e00-\u9fff])"
                       r"|[0-9]{4,6}部队|[一二三四五六七八九十]+届")
_NUMBER_WORDS = re.compile(r"\d|\b(First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)\b")


def number_lost(name: str, gloss_text: str) -> bool:
    if not _NUMBERED.search(name):
        return False
    if not _NUMBER_WORDS.search(gloss_text):
        return True
    return bool(re.search(r"[0-9]{4,6}部队", name)) and "Unit" not in gloss_text


def measure(rows: list[tuple[str, str]]) -> dict:
    from graph.gloss import gloss

    out = {"names": len(rows), "debris": [], "dropped": [], "numbers": []}
    for name, type_ in rows:
        if type_ == "Person":
            continue
        g = gloss(name, type_)
        if DEBRIS.search(_without_kept_marks(name, g)):
            out["debris"].append((name, type_, g))
        if number_lost(name, g):
            out["numbers"].append((name, type_, g))
        lost = [p for p in places_in(name) if not place_kept(p, g)]
        if lost:
            out["dropped"].append((name, type_, g, lost))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--sample", help="write a seeded sample of 50 glosses (tsv) for hand-checking")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    rows = names()
    res = measure(rows)
    numbered = sum(1 for n, t in rows if t != "Person" and _NUMBERED.search(n))
    print(f"names {res['names']} (non-person {sum(1 for _, t in rows if t != 'Person')}); "
          f"debris {len(res['debris'])}; dropped place {len(res['dropped'])}; "
          f"number lost {len(res['numbers'])} of {numbered}")
    for row in res["debris"][: args.show]:
        print("DEBRIS", *row, sep="\t")
    for row in res["dropped"][: args.show]:
        print("DROPPED", *row, sep="\t")
    for row in res["numbers"][: args.show]:
        print("NUMBER", *row, sep="\t")
    if args.sample:
        from graph.gloss import gloss

        pool = sorted((n, t) for n, t in rows if t != "Person")
        sample = random.Random(args.seed).sample(pool, 50)
        with open(args.sample, "w", encoding="utf-8") as fh:
            fh.write("# name\ttype\tgloss\tverdict (ok | wrong: why)\n")
            for n, t in sample:  # a name with a line break (a source's heading) is written with \n
                fh.write(f"{n!s}\t{t}\t{gloss(n, t)}\t\n".replace("\n", "\\n", n.count("\n")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
