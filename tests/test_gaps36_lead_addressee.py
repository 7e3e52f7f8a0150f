"""gaps36 (issue 9 §3 holders): the addressee of a recommendation a news lead names first.

A procuratorate story often opens with its result (日前，东川区检察院向青山市民政局发出检察建议…) and
only then tells what it found (通过走访发现，烈士陵园长期疏于管理维护，护石破损). The body the
recommendation is sent to holds those problems, as it does when the recommendation is told after
them (gaps23), unless the story closed that case in between (…已经得到修复) or names another finder (a
second case: 西川区检察院…发现…). A subject carried from an earlier sentence (青山省政府拨款建造了陵园。
…该陵园年久失修) is no holder that keeps the addressee out.

Invented names and texts only; curated entities through `ingest --annotations`."""

from __future__ import annotations

from graph.analysis.gaps import gaps
from tests.test_gaps_problem_statements import JUDGE_ALL, graph_of, names, of_kind

ENTS = [("东川区检察院", "PartyGovBody"), ("西川区检察院", "PartyGovBody"), ("青山市民政局", "PartyGovBody"),
        ("青山省政府", "PartyGovBody"), ("青山县民政局", "PartyGovBody")]
LEAD = ("东川区检察院督促保护烈士陵园\n"
        "日前，东川区检察院向青山市民政局发出检察建议，督促其恢复烈士陵园庄严肃穆的环境。"
        "7月8日，东川区检察院检察长带队开展专项监督。")
FOUND = "通过走访发现，烈士陵园长期疏于管理维护，东边的护石破损，园内垃圾遍地。"


def _reported(tmp_path, text):
    return names(of_kind(gaps(graph_of(tmp_path, text, ENTS), coverage_thresholds=JUDGE_ALL), "stalled"))


def test_the_addressee_named_in_the_lead_holds_the_problems_told_after(tmp_path):
    assert "青山市民政局" in _reported(tmp_path, LEAD + FOUND)


def test_a_case_closed_in_between_keeps_its_addressee_out(tmp_path):
    text = LEAD + "经过整改，陵园内的垃圾存放点已被撤销，被损毁的墓碑已经得到修复。" + FOUND
    assert "青山市民政局" not in _reported(tmp_path, text)


def test_another_finder_in_between_keeps_its_addressee_out(tmp_path):
    text = LEAD + "另据了解，西川区检察院开展了专项调查。" + FOUND
    assert "青山市民政局" not in _reported(tmp_path, text)


def test_a_subject_carried_from_an_earlier_sentence_keeps_no_addressee_out(tmp_path):
    text = ("青山烈士陵园情况\n1957年，青山省政府拨款建造了青山烈士陵园。该陵园是爱国主义教育基地。"
            "近年来，该陵园纪念设施年久失修，出现纪念碑碑面部分损坏、地砖破损等问题。"
            "东川区检察院向青山县民政局发出检察建议，督促其履职。")
    reported = _reported(tmp_path, text)
    assert "青山县民政局" in reported and "青山省政府" not in reported
