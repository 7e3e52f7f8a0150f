"""A pinyin gloss broken by mojibake on a mirror page ("青山?yàn)I海区": the bracket and the glossed
character lost) leaves no tone-marked debris in a name's English rendering (READ u91-05)."""

import re

from graph.gloss import gloss
from ingest.textfold import strip_gloss_debris

TONED = re.compile(r"[\u00e0-\u01dc]")


def test_a_broken_gloss_leaves_no_toned_syllable_in_the_english():
    out = gloss("青山?yàn)I海新區(qū)", "Location")
    assert not TONED.search(out), out
    assert "New Area" in out


def test_only_toned_syllables_before_a_lone_bracket_are_dropped():
    assert strip_gloss_debris("青山?yàn)I海新區") == "青山?I海新區"
    assert strip_gloss_debris("东方重工(试行)") == "东方重工(试行)"
    assert strip_gloss_debris("东方重工 CEO)") == "东方重工 CEO)"
    assert strip_gloss_debris("青山區(qū)") == "青山區"
