"""ent55 (issue 10 §3): a space group's academy known by its number is one entity in every form a text
writes it: the numbered short forms (航天七院, 航天科工七院), the 第…研究院 form under the group's full
name, and the academy's own name (groups.tsv); two groups' academies of one number stay apart. Right
in READ u9, u79, u98 (and fewer spurious in u69), wrong in none. The surrounding texts are invented."""

from __future__ import annotations

from tests.entity_helpers import ents


def _institutes(text: str) -> dict[str, set[str]]:
    out = {}
    for n, (t, aliases) in ents(text).items():
        if t == "ResearchInstitute":
            out[n] = set(aliases)
    return out


def _one(found: dict[str, set[str]], forms: set[str]) -> bool:
    return any(forms <= {n} | a for n, a in found.items())


def test_the_numbered_full_form_and_the_short_forms_are_one_academy():
    text = "从中国航天科工集团第七研究院获悉,航天科工七院在青石市建成新基地,航天七院将扩大产能。"
    assert _one(_institutes(text), {"中国航天科工集团第七研究院", "航天科工七院", "航天七院"})


def test_a_two_digit_academy_in_its_full_form():
    text = "中国航天科技集团有限公司第十一研究院与白水市签约。航天十一院将在白水市建设试验基地。"
    assert _one(_institutes(text), {"中国航天科技集团有限公司第十一研究院", "航天十一院"})


def test_the_academys_own_name_joins_its_numbered_form():
    text = "航天七院近日在青石市召开会议。四川航天技术研究院院长出席并讲话。"
    assert _one(_institutes(text), {"四川航天技术研究院", "航天七院"})


def test_two_groups_academies_of_one_number_stay_apart():
    found = _institutes("航天科工七院与航天科技七院在青石市签署合作协议。")
    assert not _one(found, {"航天科工七院", "航天科技七院"})
