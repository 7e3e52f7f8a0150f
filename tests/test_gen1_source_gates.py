"""gen1: source labels gated by their precision on first-met text (ingest/data/source_gates.tsv)."""

from __future__ import annotations

import pytest

from ingest.components.candidate import Cand
from ingest.components.recognizer import Recognizer
from ingest.components.source_gates import ENV, ON_BY_DEFAULT, Gate, enabled, gates, parse_gates, source_gates


@pytest.fixture(scope="module")
def recognisers() -> tuple[Recognizer, Recognizer]:
    """The gates switched on (off by default: the held-out bar was not met) and off."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(ENV, "on")
        yield Recognizer(), Recognizer(disabled={"source_gates"})


def test_off_by_default(monkeypatch) -> None:
    monkeypatch.delenv(ENV, raising=False)
    assert enabled() is ON_BY_DEFAULT is False
    monkeypatch.setenv(ENV, "on")
    assert enabled()


def _names(rec: Recognizer, text: str) -> dict[str, str]:
    return {text[c.start:c.end]: c.source for c in rec.find(text)}


def test_gate_modes() -> None:
    assert not Gate("off", ()).keeps("青山市强基工程")
    quoted = Gate("keep_if", ("“", "”"))
    assert quoted.keeps("“强基工程”") and not quoted.keeps("东方大厦民防工程")
    school = Gate("drop_if", ("教育",))
    assert not school.keeps("青山市国防教育基地") and school.keeps("东方重工集团智能制造基地")


def test_parse_rows_and_unknown_mode() -> None:
    table = parse_gates(["rule:head:甲\toff\t\twhy", "rule:head:乙\tkeep_if\t“|”\twhy"])
    assert table["rule:head:甲"].mode == "off" and table["rule:head:乙"].cues == ("“", "”")
    with pytest.raises(ValueError):
        parse_gates(["rule:head:丙\tmaybe\t\twhy"])


def test_filter_only_touches_listed_labels() -> None:
    text = "东方大厦民防工程和青山市"
    cands = [Cand(0, 8, "Project", "rule:head:工程", 0.7), Cand(9, 12, "Location", "gazetteer:cpca", 0.85)]
    kept = source_gates(text, cands, {"rule:head:工程": Gate("keep_if", ("“",))})
    assert [c.source for c in kept] == ["gazetteer:cpca"]


def test_data_file_lists_the_first_pass_labels() -> None:
    assert {"rule:head:工程", "rule:head:计划", "rule:head:基地"} <= set(gates())


@pytest.mark.parametrize("text, quoted, bare_name", [
    ("青山市启动“强基工程”,东方大厦民防工程通过验收。", "“强基工程”", "东方大厦民防工程"),  # 工程
    ("青山市印发“春风行动计划”和2024年度双拥工作计划。", "“春风行动计划”", "2024年度双拥工作计划"),  # 计划
])
def test_project_and_plan_heads_kept_only_when_quoted(recognisers, text, quoted, bare_name) -> None:
    gated, bare = recognisers
    assert bare_name in _names(bare, text)
    names = _names(gated, text)
    assert quoted in names and bare_name not in names


def test_education_base_dropped_industrial_base_kept(recognisers) -> None:
    gated, bare = recognisers
    text = "甲乙丙省干部教育培训现场教学基地在青山市揭牌。"
    assert "甲乙丙省干部教育培训现场教学基地" in _names(bare, text)
    assert "甲乙丙省干部教育培训现场教学基地" not in _names(gated, text)
    text = "青山市将建设国防教育基地,东方重工集团青山智能制造基地同日开工。"
    assert "东方重工集团青山智能制造基地" in _names(gated, text)


def test_ceremony_kept_only_with_year_or_edition(recognisers) -> None:
    gated, bare = recognisers
    text = "东方重工集团研发中心奠基仪式在青山市举行。"
    assert "东方重工集团研发中心奠基仪式" in _names(bare, text)
    assert "东方重工集团研发中心奠基仪式" not in _names(gated, text)
    text = "甲乙丙交流会暨授牌仪式在青山市举行。"
    assert "甲乙丙交流会暨授牌仪式" in _names(bare, text)
    assert "甲乙丙交流会暨授牌仪式" not in _names(gated, text)
    for text, name in (("近日,青山市2024年征兵工作启动仪式举行。", "青山市2024年征兵工作启动仪式"),
                       ("第三届甲乙丙博览会暨重点项目签约仪式在青山市举行。",
                        "第三届甲乙丙博览会暨重点项目签约仪式")):
        assert name in _names(gated, text)
