"""English renderings of Chinese entity names, for reports and exports read by non-Chinese readers.

An analyst reading a report in English needs "Longyan Municipal Party Committee MCF Office", not
just 龙岩市委军民融合办. Institutional vocabulary is finite and conventional, so it lives in a
glossary (graph/data/glossary.tsv, one term a line, readable and extendable); names are segmented
left to right into the longest glossary terms, and whatever is left over (place, person and company
names) is rendered in pinyin without tones, one capitalised word per run. Person names become
"Surname Given-name". Segments keep the Chinese order, which for the head-final names of Chinese
institutions ("place + committee + office") reads naturally in English too.

>>> gloss("龙岩市委军民融合办", "PartyGovBody")
'Longyan Municipal Party Committee MCF Office'
>>> gloss("XX军分区", "MilitaryUnit")
'XX Military Sub-district'
>>> gloss("中船重工", "Enterprise")
'CSIC'
>>> gloss("张丽华", "Person")
'Zhang Lihua'
>>> gloss("中船重工713所", "ResearchInstitute")
'CSIC 713 Institute'
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

from pypinyin import Style, lazy_pinyin

from graph import cedict, places
from ingest.normalise import fold

DATA = Path(__file__).with_name("data") / "glossary.tsv"
ENV = "MCFGRAPH_GLOSSARY"  # optional extra TSV, same format, its entries win

# Compound surnames, and single-character surnames whose surname reading differs from the common one.
_COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "尉迟", "公孙", "慕容",
                      "长孙", "宇文", "司徒", "夏侯", "端木", "西门", "南宫", "独孤")
_SURNAME_READINGS = {"单": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "朴": "piao", "查": "zha",
                     "区": "ou", "乐": "yue", "盖": "ge", "缪": "miao", "翟": "zhai", "种": "chong",
                     "尉迟": "yuchi", "长孙": "zhangsun", "万": "wan", "覃": "qin", "藏": "zang"}


def _read(path: Path) -> dict[str, str]:
    terms: dict[str, str] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) >= 2 and parts[0] and parts[1]:
                terms[fold(parts[0])] = parts[1]
    return terms


@lru_cache(maxsize=4)
def load_glossary(extra: str | None = None) -> dict[str, str]:
    """Chinese term (folded) -> English; the MCFGRAPH_GLOSSARY file, if set, overrides."""
    terms = _read(DATA)
    if extra:
        terms.update(_read(Path(extra)))
    return terms


def glossary() -> dict[str, str]:
    return load_glossary(os.environ.get(ENV) or None)


def _syllables(text: str, surname: bool = False) -> list[str]:
    if surname and text in _SURNAME_READINGS:
        return [_SURNAME_READINGS[text]]
    return lazy_pinyin(text, style=Style.NORMAL, v_to_u=True, errors=lambda s: list(s))


def _proper_reading(text: str) -> list[str] | None:
    """CC-CEDICT's reading of a proper noun it knows whole (什邡 Shi2 fang1: pypinyin reads 什 shen),
    as toneless syllables; None when it has none."""
    if len(text) < 2:
        return None
    for reading, _senses in cedict.entries().get(text, []):
        syls = reading.split()
        if cedict.is_proper(reading) and len(syls) == len(text):
            return [re.sub(r"\d", "", s).lower().replace("u:", "ü") for s in syls]
    return None


def pinyin_word(text: str) -> str:
    """One capitalised pinyin word, apostrophe before a vowel-initial syllable (Xi'an)."""
    out = ""
    for i, syl in enumerate(_proper_reading(text) or _syllables(text)):
        if i and syl[:1] in ("a", "o", "e"):
            out += "'"
        out += syl
    return out[:1].upper() + out[1:]


TITLES = ("总书记", "同志", "主任", "副主任", "书记", "第一书记", "市长", "省长", "县长", "局长", "部长",
          "副部长", "司令员", "政委", "主席")


def person_name(name: str) -> str:
    """张丽华 -> 'Zhang Lihua'; 欧阳修 -> 'Ouyang Xiu'; 习近平总书记 -> 'General Secretary Xi Jinping'.

    Non-Chinese names are returned as written.
    """
    name = name.strip()
    for title in sorted(TITLES, key=len, reverse=True):
        if name.endswith(title) and len(name) > len(title):
            english = glossary().get(title, "")
            rest = person_name(name[: -len(title)])
            return f"{english} {rest}".strip() if english else rest
    if not name or not all("\u4e00" <= c <= "\u9fff" or c == "·" for c in name):
        return name
    if "·" in name:  # transliterated foreign or minority names: each part on its own
        return " ".join(pinyin_word(p) for p in name.split("·") if p)
    n = 2 if name[:2] in _COMPOUND_SURNAMES and len(name) > 2 else 1
    family, given = name[:n], name[n:]
    fam = "".join(_syllables(family, surname=True))
    parts = [fam[:1].upper() + fam[1:]]
    if given:
        parts.append(pinyin_word(given))
    return " ".join(parts)


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _longest_term(text: str, i: int, terms: dict[str, str], maxlen: int) -> int:
    for n in range(min(maxlen, len(text) - i), 0, -1):
        if text[i : i + n] in terms:
            return n
    return 0


_PLACE_SUFFIX = set("省市县区镇乡村州")


def _dictionary_step(text: str, i: int, terms: dict[str, str], maxlen: int) -> tuple[int, str | None]:
    """(length, English) of the longest CC-CEDICT word at `i` inside which no glossary term
    starts (so a dictionary word never swallows the 市 of 市委 or the 镇 of a town), or (0, None).

    A place the dictionary knows is one pinyin unit (English None): 滨海 stays Binhai, and is not
    read as 滨 + 海军 "navy"; only a place suffix it ends in (市, 县 …) may start a glossary term.
    """
    n = cedict.longest_word(text, i)
    while n >= 2:
        end = i + n
        word = text[i:end]
        if cedict.place_like(word):
            if not (word[-1] in _PLACE_SUFFIX and _longest_term(text, end - 1, terms, maxlen)):
                return n, None
        else:
            english = cedict.english(word)
            if english and not any(_longest_term(text, j, terms, maxlen) for j in range(i + 1, end)):
                return n, english
        n -= 1
    return 0, None


_ONE_CHAR_SUFFIX = set("省市县区州旗盟")


def _place_step(text: str, i: int, terms: dict[str, str], maxlen: int) -> int:
    """Length of a place name of China's administrative table at text[i:] (its stem: the suffix
    is left for the glossary, so 景德镇市 is Jingdezhen + City and 龙岩市委 Longyan + Municipal Party
    Committee), or 0. Without it 景德镇 read as 景德 + 镇 "Jingde Town", 镇江 as "Town Jiang" and
    湖南省长沙市 as 湖南 + 省长 "Hunan Governor Sha City". A short form that is also a common word
    (平安 "safe", 公安 "public security") is a place only at city or province level; a longer
    glossary term or dictionary word at the same place (南部战区, 解放军) wins.
    """
    from graph import places

    found = places.leading_place(text[i:])
    if found is None:
        return 0
    place, surface = found
    stem = surface
    if surface == place.name and place.short != place.name and surface.startswith(place.short):
        stem = place.short
    elif len(surface) == 2 and surface[-1] in _ONE_CHAR_SUFFIX and surface == place.name:
        stem = surface[:1]  # 易县: Yi + County
    if stem == surface and place.level == "county" and cedict.english(surface):
        return 0
    for j in range(i + 2, i + len(stem)):  # 滨海新区: Binhai + New Area, not Binhaixin + District
        if j + _longest_term(text, j, terms, maxlen) > i + len(stem):
            stem = stem[: j - i]
            break
    if _longest_term(text, i, terms, maxlen) > len(surface):
        return 0
    word = cedict.longest_word(text, i)
    if word > len(surface) and not cedict.place_like(text[i:i + word]):
        return 0
    return len(stem)


# The English of a place's own suffix that is no glossary term (旗 and 盟 are words of other names
# too, 地区 "region" is one in 边境地区): only where the place table's full name ends in it, so
# 乌审旗 is Uxin Banner, 兴安盟 Xing'an League and 阿克苏地区 Aksu Prefecture (they read "Wushen Qi",
# "Xing'an Meng" and "Akesu Di District").
PLACE_SUFFIXES = {"地区": "Prefecture", "旗": "Banner", "盟": "League"}


def segment(name: str, terms: dict[str, str] | None = None, dictionary: bool = True,
            brand: bool = False) -> list[tuple[str, str | None]]:
    """Greedy longest-match segmentation: [(piece, english-or-None)], None = say it in pinyin.

    Glossary terms first; a CC-CEDICT word strictly longer than the glossary's match at the same
    place wins (中科院 is one dictionary word, not 中科 + 院). `dictionary=False` (place names) uses
    the glossary only; `brand=True` (a firm) skips the dictionary until the first glossary term or
    bracket, since a firm's leading name is a brand (亨通 is Hengtong, not "prosperous").
    """
    terms = glossary() if terms is None else terms
    maxlen = max((len(t) for t in terms), default=1)
    text = fold(name)
    out: list[tuple[str, str | None]] = []
    i = 0
    run = ""
    at_place = True  # a place stem may start here: the name's start, or just after another place
    brand_left: int | None = None  # after a firm's place, its brand is two characters (南京|锐阳|信息)

    def flush() -> None:
        nonlocal run
        if run:
            out.append((run, None))
            run = ""

    while i < len(text):
        stem = _place_step(text, i, terms, maxlen) if at_place and _is_cjk(text[i]) else 0
        if stem:
            flush()
            out.append((name[i:i + stem], terms.get(text[i:i + stem])))
            start, i = i, i + stem
            own = next((x for x in PLACE_SUFFIXES if text.startswith(x, i)), "")
            whole = text[start:i + len(own)]
            if own and getattr(places.lookup(whole), "name", "") == whole:
                out.append((name[i:i + len(own)], PLACE_SUFFIXES[own]))  # 乌审旗: Uxin Banner
                i += len(own)
                brand_left = 2 if brand else None
                continue
            brand_left = 2 if brand else None
            suffix = _longest_term(text, i, terms, maxlen)
            short = next((len(x) for x in places.SUFFIXES if text.startswith(x, i) and x in terms), 0)
            if short and suffix > short and places.leading_place(text[i + short:]):
                suffix = short  # 湖南省长沙市: Province, then Changsha; not 省长 "Governor"
            if suffix and text[i:i + suffix] in places.SUFFIXES:
                out.append((name[i:i + suffix], terms[text[i:i + suffix]]))
                i += suffix
            continue
        at_place = not _is_cjk(text[i])  # after a bracket, a quote or a year too
        hit = _longest_term(text, i, terms, maxlen)
        if not _is_cjk(text[i]):
            brand = False
        step, english = (_dictionary_step(text, i, terms, maxlen)
                         if dictionary and not brand else (0, ""))
        if brand and brand_left == 2 and dictionary and not hit:
            word, sense = _dictionary_step(text, i, terms, maxlen)
            if word >= 3:  # 山西柴油机工业: a firm named for its product, no brand
                step, english, brand = word, sense, False
        if hit and step <= hit:
            flush()
            out.append((name[i : i + hit], terms[text[i : i + hit]]))
            i += hit
            brand = False
        elif step:
            flush()
            out.append((name[i : i + step], english))
            i += step
        else:
            run += name[i]
            i += 1
            if brand and brand_left is not None:
                brand_left -= 1
                brand = brand_left > 0
    flush()
    return out


def _render_unknown(piece: str) -> list[str]:
    """Pinyin for Chinese runs, other characters (XX, **, 713, ASCII) kept; one word per run."""
    words: list[str] = []
    buf = ""
    cjk = None
    for ch in piece:
        kind = _is_cjk(ch)
        if ch in "“”\"'《》「」『』()（）〈〉、，。：；！？":
            kind = None
        if kind != cjk and buf:
            words.append(pinyin_word(buf) if cjk else buf)
            buf = ""
        cjk = kind
        if kind is None:
            continue
        buf += ch
    if buf:
        words.append(pinyin_word(buf) if cjk else buf)
    return [w for w in (w.strip() for w in words) if w]


def _split_long(run: str) -> list[str]:
    """Long unknown runs read better as several words; jieba (already a dependency) splits them."""
    if len(run) <= 4:
        return [run]
    import jieba  # local: only long unknown names pay for loading its dictionary

    jieba.setLogLevel(60)
    return [w for w in jieba.cut(run, HMM=False) if w]


def gloss(name: str, type: str = "") -> str:  # noqa: A002 - the model calls it `type`
    """An English rendering of an entity name (empty name -> empty string); a place the source
    masks (XX, **〔s003〕, X市) is '(place masked in the source…)' (inside a name, 驻*部队, it stays)."""
    if masked_place(name):
        return place_label(name)
    return _gloss(name, type, os.environ.get(ENV) or None)


PATTERNS = Path(__file__).with_name("data") / "gloss_patterns.tsv"
HEADS = Path(__file__).with_name("data") / "gloss_heads.tsv"


@lru_cache(maxsize=1)
def heads() -> dict[str, str]:
    """Single-character heads whose English holds at a name's end only (gloss_heads.tsv)."""
    return _read(HEADS)


@lru_cache(maxsize=1)
def patterns() -> list[tuple[re.Pattern, str]]:
    """The word-order rules of gloss_patterns.tsv (regex, template)."""
    rules = []
    for line in PATTERNS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            regex, template = line.split("\t")[:2]
            rules.append((re.compile(regex), template))
    return rules


def chinese_number(text: str) -> int | None:
    """12, 十二, 二十三 -> the number (ingest.metadata.cn_number); None when it is not one."""
    from ingest.metadata import cn_number

    n = cn_number(text)
    return n if n > 0 else None


_DIGITS = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0"}


def number_text(text: str) -> str:
    """A number as written in a designation: 七〇七 (read digit by digit) -> '707', 十四 -> '14',
    713 -> '713'; anything else unchanged."""
    if text and all(c in _DIGITS or c.isdigit() for c in text):
        return "".join(_DIGITS.get(c, c) for c in text)
    n = chinese_number(text)
    return str(n) if n else text


_ORDINAL_WORDS = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth",
                  "Tenth")


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _by_pattern(name: str, type: str) -> str | None:  # noqa: A002
    for regex, template in patterns():
        m = regex.match(fold(name))
        if not m:
            continue

        def fill(ref: re.Match, m: re.Match = m) -> str:
            key = ref.group(1)
            if key.startswith("num"):
                return number_text(m.group(int(key[3:])))
            if key.startswith("word"):  # Fourth Plenum: an ordinal in words up to ten
                text = m.group(int(key[4:]))
                n = chinese_number(text)
                return _ORDINAL_WORDS[n - 1] if n and n <= 10 else ordinal(n) if n else text
            if key.startswith("ord"):
                n = chinese_number(m.group(int(key[3:])))
                return ordinal(n) if n else m.group(int(key[3:]))
            return _gloss(m.group(int(key)), type, os.environ.get(ENV) or None)

        if "{ord" in template and not all(
                chinese_number(m.group(int(k))) for k in re.findall(r"\{ord(\d+)\}", template)):
            continue
        return " ".join(re.sub(r"\{(ord\d+|num\d+|word\d+|\d+)\}", fill, template).split())
    return None


@lru_cache(maxsize=65536)
def _gloss(name: str, type: str, _glossary_file: str | None) -> str:  # noqa: A002
    if not name:
        return ""
    from ingest.textfold import strip_gloss_debris

    name = fold(strip_gloss_debris(name))  # 天河區(qū) is 天河区: no "District qū", no traditional forms
    if type == "Person":
        return person_name(name)
    whole = glossary().get(fold(name))
    if whole:
        return whole
    by_pattern = _by_pattern(name, type)
    if by_pattern:
        return by_pattern
    words: list[str] = []
    pieces = segment(name, dictionary=type != "Location", brand=type == "Enterprise")
    last, english = pieces[-1] if pieces else ("", "")
    run = last.rstrip("》”」』)）\"'")
    if (english is None and run and run[-1] in heads() and (len(pieces) > 1 or len(run) > 2)
            and not places.lookup(run) and not cedict.place_like(run)  # 连云港 is Lianyungang
            and (len(run) < 2 or run[-2:] not in cedict.entries())):  # 拓展: the head ends a word
        # an unknown run ending in a head: 风能展 -> pinyin + Exhibition (not one word "Zhan")
        pieces = pieces[:-1] + ([(run[:-1], None)] if run[:-1] else []) + [(run[-1], heads()[run[-1]])]
    for piece, english in pieces:
        if piece == "的" and english is None:  # the particle: 深化战略合作的会谈纪要 has no "De"
            continue
        if english is not None:
            words.append(english)
        else:
            for part in _split_long(piece):
                words.extend(_render_unknown(part))
    return " ".join(words)


# --- places masked in the source (round ux2) ---------------------------------------------------
# A source that anonymises its place writes XX, **, X市 or 某市; resolution keeps it apart per
# document (XX〔s000〕). Such a place is no name: as the holder of a finding or a jurisdiction in a
# report it reads "(place masked in the source)", with the document it comes from.
MASKED = "(place masked in the source)"
_MASKED = re.compile(r"^(?:[XＸxｘ×]{1,3}|\*{1,3}|＊{1,3}|某)(?:省|市|县|区|州|镇|乡|村|地)?(?:〔([^〕]*)〕)?"
                     r"(?:省|市|县|区|州|镇|乡|村)?$")


def masked_place(name: str) -> bool:
    """Whether `name` (a node name, key or jurisdiction label) is only a masked place: XX, **〔s003〕,
    X市, 某市 — not a body in one (XX军分区) and not the bare 某 "a certain"."""
    name = (name or "").strip()
    return bool(name) and name != "某" and bool(_MASKED.match(name))


def place_label(name: str) -> str:
    """A jurisdiction or holder as a report shows it: a masked place as '(place masked in the
    source, s000)' (the document that masks it, when known); any other name unchanged."""
    if not masked_place(name):
        return name
    m = _MASKED.match(name.strip())
    doc = m.group(1) if m else None
    return f"(place masked in the source, {doc})" if doc else MASKED


def unmask_text(text: str, names: list[str]) -> str:
    """`text` (a finding's title) with each masked place among `names` that stands alone in it
    (XX: …, ** — …) shown as '(place masked in the source)'; XX军分区 stays as written."""
    for name in sorted({n for n in names if masked_place(n)}, key=len, reverse=True):
        text = re.sub(rf"(?<![\w*＊]){re.escape(name)}(?![\w*＊〔])", lambda _m, n=name: place_label(n), text)
    return text


def quoted(sentence: str) -> str:
    """A source sentence as a reader is shown it: without the pinyin a mirror site printed after
    characters (召開(kāi)議軍會(huì )議 is 召開議軍會議; u65-01, u66-01 and others of u65-u71 had one
    every few characters). The characters stay as written; the store and --json keep the sentence
    as stored, offsets and all."""
    from ingest.textfold import strip_pinyin

    return strip_pinyin(sentence or "")


SIMPLIFIED_LABEL = "in simplified script: "


def simplified(sentence: str) -> str:
    """The simplified-script rendering of a quote in traditional script (縣退役軍人事務局未及時停發… ->
    县退役军人事务局未及时停发…), "" when the quote reads the same in simplified script. Shown beside
    the quote, which stays as written so it can be found in the source (ux5); OpenCC's t2s tables,
    the package whose character table the rules fold text with (ingest/textfold.py)."""
    from ingest.textfold import to_simplified

    text = quoted(sentence)
    simple = to_simplified(text)
    return simple if simple != text else ""


PROBLEM_GLOSSES = Path(__file__).with_name("data") / "problem_glosses.tsv"
GENERIC_PROBLEM_WORDS = ("存在", "问题", "情况", "现象", "行为")


@lru_cache(maxsize=1)
def _problem_glosses() -> dict[str, str]:
    out = {}
    for line in PROBLEM_GLOSSES.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, english = line.split("\t")[:2]
            out[word.strip()] = english.strip()
    return out


def problem_words(sentence: str, most: int = 5) -> list[tuple[str, str]]:
    """(word, English) for the words of the sentence's problem clauses that data/problem_glosses.tsv
    lists (longest first, in text order, each once; the generic 存在/问题/情况 only when no other word
    is listed): what kind of problem the text states, for a reader of Chinese who reads slowly (ux4:
    a stated finding's holder had an English gloss in the reports, its problem none)."""
    from ingest.components.modality import problem_clauses
    from ingest.textfold import fold as fold_text

    glosses = _problem_glosses()
    longest = max(map(len, glosses), default=0)
    text = fold_text(sentence or "")
    found: list[str] = []
    for a, b in problem_clauses(sentence or ""):
        i = a
        while i < b:
            word = next((text[i:i + k] for k in range(min(longest, b - i), 0, -1)
                         if text[i:i + k] in glosses), "")
            if word and word not in found:
                found.append(word)
            i += len(word) or 1
    specific = [w for w in found if w not in GENERIC_PROBLEM_WORDS]
    return [(w, glosses[w]) for w in (specific or found)][:most]


def problem_line(f: dict) -> str:
    """'problem words: 滞后 = lagging behind; 不足 = insufficient' for a stated finding (its first
    problem sentence, the one its title quotes), "" for any other finding or when none is listed."""
    if f.get("tier") != "stated":
        return ""
    ev = (f.get("held_back") or {}).get("evidence") or f.get("evidence") or []
    p = next((e for e in ev if e.get("modality") == "problem"), None)
    words = problem_words(p.get("sentence", "")) if p else []
    return "problem words: " + "; ".join(f"{w} = {e}" for w, e in words) if words else ""


def in_english(f: dict) -> str:
    """'in English: 县退役军人事务局 = County Veterans Affairs Bureau' for a finding's entities whose
    gloss is not their name ("" when none has one): the terminal showed a stated finding's holder in
    Chinese only, the reports in both (ux4)."""
    names = [f"{x['name']} = {x['gloss']}" for x in f.get("entities") or []
             if x.get("gloss") and x.get("name") and x["gloss"] != x["name"] and not masked_place(x["name"])]
    return "in English: " + "; ".join(dict.fromkeys(names)) if names else ""


def holder_line(f: dict) -> str:
    """Why a stated finding's body holds a problem whose sentence does not name it (gaps: its
    "holder"), ending on what follows it: the sentence that names the body ("" when the finding has
    none: its problem sentence names the body, or the finding is of another kind). ux4."""
    h = f.get("holder") or {}
    if not h.get("why"):
        return ""
    name = next((x.get("name") for x in f.get("entities") or [] if x.get("name")), "")
    name = place_label(name) if masked_place(name) else name  # ** is (place masked in the source)
    tail = f"; {h.get('quote_as') or 'named in'}:" if h.get("evidence") else ""
    return f"holder {name}: {h['why']}{tail}"


def finding_title(f: dict) -> str:
    """A gap finding's title with its masked-place holder (if any) shown as such."""
    names = [e.get(k, "") for e in f.get("entities") or [] for k in ("name", "key")]
    jur = f.get("jurisdiction", "") or ""
    names += [jur, jur.split("〔")[0]] if masked_place(jur) else []  # its bare XX means that place
    return simplified_beside(quoted(unmask_text(f.get("title", ""), names)))


_QUOTE = re.compile(r"“([^“”]+)”")


def simplified_beside(text: str) -> str:
    """`text` with each “quote” in traditional script followed by its simplified rendering (ux5: a
    headline quoting 縣退役軍人事務局未及時停發… was the one quote of a finding left unrendered)."""
    def one(m: re.Match) -> str:
        simple = simplified(m.group(1))
        return f"{m.group(0)} ({SIMPLIFIED_LABEL}“{simple}”)" if simple else m.group(0)

    return _QUOTE.sub(one, text) if "“" in text else text
