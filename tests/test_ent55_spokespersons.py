"""ent55 (issue 10 §3): press-conference lines name the speaker after 新闻发言人 / 发言人 with no rank
or other title the person rules read (…新闻发言人甲某某在记者会上, 发言人 乙某某:, …发言人丙某某先生);
right in READ u86, u95, u99, wrong in none. Every name here is invented."""

from __future__ import annotations

from tests.entity_helpers import ents


def _persons(text: str) -> set[str]:
    return {n for n, (t, _) in ents(text).items() if t == "Person"}


def test_the_name_after_a_spokesperson_title_is_a_person():
    assert "甘青山" in _persons("记者会持续80分钟。青石市政府新闻发言人甘青山在记者会上回答了18个提问。")
    assert "蓝远航" in _persons("白水市应急管理局副局长、新闻发言人 蓝远航:\n\n女士们、先生们,大家上午好!")
    assert "岳明川" in _persons("青石市外事办公室主任、发言人岳明川先生,海关负责人出席。")


def test_a_spokesperson_with_no_name_gives_no_person():
    assert not _persons("青石市政府新闻发言人表示,将继续推进有关工作。发言人介绍了基本情况。")
