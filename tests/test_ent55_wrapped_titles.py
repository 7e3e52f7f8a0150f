"""ent55 (issue 10 §3): a document title the page's layout wraps once is still one Policy: a 《》 title
broken inside (READ u20, u35, u62, u100) and a notice's title line broken before its kind word (READ
u20, u39, u46); wrong in none. Every name here is invented."""

from __future__ import annotations

from tests.entity_helpers import ents


def _policies(text: str) -> set[str]:
    return {"".join(n.split()) for n, (t, _) in ents(text).items() if t == "Policy"}


def test_a_quoted_title_wrapped_inside_is_one_policy():
    text = ("根据《青山市委、青山市人民政府、\n青山警备区关于加强民兵工作的决定》(青发〔2003〕1号)和《\n"
            "青山市国防教育条例》,现提出意见。")
    found = _policies(text)
    assert "《青山市委、青山市人民政府、青山警备区关于加强民兵工作的决定》" in found
    assert "《青山市国防教育条例》" in found


def test_a_title_line_wrapped_before_its_kind_word_is_one_policy():
    text = ("白水县人民政府关于2003年\n“八一”期间开展拥军优属活动的通知\n(白政明电[2003]7号)\n"
            "各乡镇人民政府,县政府各部门:\n为做好拥军优属工作,现通知如下。")
    assert "白水县人民政府关于2003年“八一”期间开展拥军优属活动的通知" in _policies(text)


def test_a_menu_line_with_about_is_no_part_of_the_title():
    # 关于我们 (a site's menu) then a title of its own: the menu is not glued to it
    text = "关于我们\n青石市民政局关于开展拥军优属活动的通知\n各区县民政局:\n现通知如下。"
    assert not any(n.startswith("关于我们") for n in _policies(text))


def test_two_quoted_titles_on_two_lines_stay_apart():
    found = _policies("学习《青山市征兵工作条例》\n和《青山市人民防空条例》。")
    assert {"《青山市征兵工作条例》", "《青山市人民防空条例》"} <= found
