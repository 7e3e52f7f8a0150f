"""metadata.place_mentions finds the places a regex alternation of the forms (longest first) finds.

The gazetteer's forms are matched by an Aho-Corasick automaton (leftmost-longest) instead of the
alternation, which took ~0.2 s to compile on first use; the matches must be the same.
"""

import re

from ingest import metadata as md
from ingest.normalise import fold


def _by_regex(text: str) -> list[tuple[int, str, str, int]]:
    _, forms = md._gazetteer()
    rx = re.compile("|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)))
    folded = fold(text)
    out = []
    for m in rx.finditer(folded):
        short, rank = forms[m.group(0)]
        surface = text[m.start(): m.start() + len(short)] if m.group(0).startswith(short) else m.group(0)
        out.append((m.start(), surface, short, rank))
    return out


def test_same_places_as_the_alternation():
    _, forms = md._gazetteer()
    texts = [
        "",
        "青山市召开会议，浙江省永康市和四川的企业参加。",
        "廣東省深圳市南山區的一家公司",  # traditional characters are folded first
        "内蒙古自治区呼和浩特市与北京市海淀区",
        "".join(sorted(forms)),  # every form, back to back: overlaps everywhere
        "".join(sorted(forms, key=len)),
    ]
    for t in texts:
        got = md.place_mentions(t)
        assert got == _by_regex(t)
    assert md.place_mentions("浙江省永康市")[0][2] == "浙江"


def test_a_place_short_form_that_is_a_given_name_after_a_title_is_no_place():
    """市委书记王晋江: 晋江 (a county-level city's short form) is the secretary's given name, so the
    document is not about 晋江市 (gaps14); written as a place it still is."""
    from ingest.metadata import extract_metadata

    text = "市委书记王晋江调研军民融合工作\n7月1日，市委书记王晋江到东方重工集团调研。"
    assert extract_metadata(text)["jurisdiction"] != "晋江市"
    assert extract_metadata("晋江市召开军民融合工作会议\n7月1日，晋江召开会议。")["jurisdiction"] == "晋江市"
