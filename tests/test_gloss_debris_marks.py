"""bench/gloss_debris.py counts dictionary debris in glosses, not marks a good gloss keeps.

Invented names only."""

from bench.gloss_debris import DEBRIS, _without_kept_marks


def test_acronym_after_its_expansion_is_not_debris():
    gloss = "Dongfang Heavy Industry Group (DHIG)"
    assert not DEBRIS.search(_without_kept_marks("东方重工集团有限公司", gloss))


def test_brackets_the_name_carries_are_not_debris():
    assert not DEBRIS.search(_without_kept_marks("青工函[2020]12号", "Qinggong Letter [ 2020 ] 12"))
    assert DEBRIS.search(_without_kept_marks("青山市国防教育基地", "Qingshan [ City ] Base"))


def test_dictionary_debris_still_counts():
    assert DEBRIS.search(_without_kept_marks("青山市烈属工作办法", "Family or Dependents of Martyr Measures"))
    assert DEBRIS.search(_without_kept_marks("青山市工作站", "Qingshan (lit. green mountain) Station"))
