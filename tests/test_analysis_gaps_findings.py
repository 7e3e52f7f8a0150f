"""Section 3 of issue 9 on invented texts: channels through people, events and a jurisdiction's own
place; generic national nodes; held-back findings; wording by modality; dates and --as-of;
coverage; roll-up into the province; evidence on every finding. Graphs are built the way the
stores build them (tests/test_analysis_graphs.build)."""

from __future__ import annotations

from dataclasses import replace

from graph.analysis.gaps import gaps
from graph.model import Evidence
from tests.test_analysis_graphs import build, edge, node

JUDGE_ALL = {"min_documents": 0, "min_facts": 0, "broker_min_documents": 0, "peer_min_documents": 0,
             "mandate_min_reports": 0}
J = "青山市"


def said(n, doc: str, *sentences: tuple[int, str, str]):
    """The node with mention sentences (index, sentence, modality) of document `doc`."""
    evs = [Evidence(doc, s, i, 0, len(s), m) for i, s, m in sentences]
    return replace(n, sentences=evs)


def keys(res: dict, where: str = "findings") -> set[str]:
    return {f["key"] for f in res[where]}


def sides_graph(extra_nodes=(), extra_edges=(), docs=None):
    d = "q1"
    nodes = [
        (d, said(node("青山军分区", "MilitaryUnit", J), d, (0, "青山军分区召开党委会。", "reported"))),
        (d, said(node("青山市发改委", "PartyGovBody", J), d, (1, "青山市发改委印发通知。", "reported"))),
        (d, node("赵刚", "Person")), (d, node("青山市应急预案", "Policy", J)),
    ]
    nodes += list(extra_nodes)
    # each side has a tie extraction read in the document naming both (positive evidence that a
    # channel between them would have been seen, gaps6), none between the sides
    read = [edge(d, "赵刚", "HOLDS_POSITION", "青山军分区", "青山军分区政委赵刚"),
            edge(d, "青山市发改委", "IMPLEMENTS", "青山市应急预案", "青山市发改委印发青山市应急预案",
                 "reported")]
    return build(docs or {d: {"date": "2021-05-01", "jurisdiction": J}}, nodes, read + list(extra_edges))


def test_military_and_civilian_apart_is_a_finding_naming_what_was_searched():
    res = gaps(sides_graph(), coverage_thresholds=JUDGE_ALL)
    f = next(f for f in res["findings"] if f["kind"] == "disconnected_sides")
    assert f["key"] == f"disconnected_sides|{J}" and f["title"].startswith(f"[{J}]")
    assert "national bodies" in f["searched"] and f["tier"] == "structural"


def test_officials_attending_one_forum_connect_the_sides():
    d = "q1"
    people = [(d, node("王明", "Person")), (d, node("李强", "Person")), (d, node("青山论坛", "Event", J))]
    ties = [
        edge(d, "王明", "HOLDS_POSITION", "青山军分区", "青山军分区司令员王明"),
        edge(d, "李强", "HOLDS_POSITION", "青山市发改委", "青山市发改委主任李强"),
        edge(d, "王明", "PARTICIPATES_IN", "青山论坛", "王明出席青山论坛", "reported"),
        edge(d, "李强", "PARTICIPATES_IN", "青山论坛", "李强出席青山论坛", "reported"),
    ]
    G = sides_graph(people, ties)
    assert f"disconnected_sides|{J}" not in keys(gaps(G, coverage_thresholds=JUDGE_ALL))
    # four ties apart: a three-hop limit would call them disconnected
    assert f"disconnected_sides|{J}" in keys(gaps(G, coverage_thresholds=JUDGE_ALL, max_hops=3))


def test_the_jurisdictions_own_place_connects_but_a_national_body_does_not():
    d = "q1"
    place = [(d, node("青山市", "Location", J))]
    own = [edge(d, "青山军分区", "SUPPORTS", "青山市", "青山军分区支持青山市建设", "reported")]
    assert f"disconnected_sides|{J}" not in keys(gaps(sides_graph(place, own), coverage_thresholds=JUDGE_ALL))
    located = [edge(d, "青山军分区", "LOCATED_IN", "青山市", "青山军分区")]
    assert f"disconnected_sides|{J}" in keys(gaps(sides_graph(place, located), coverage_thresholds=JUDGE_ALL))
    centre = [(d, node("党中央", "PartyGovBody")), (d, node("东海强军战略", "Policy"))]
    via = [
        edge(d, "青山军分区", "IMPLEMENTS", "东海强军战略", "青山军分区落实东海强军战略", "reported"),
        edge(d, "青山市发改委", "IMPLEMENTS", "东海强军战略", "青山市发改委落实东海强军战略", "reported"),
        edge(d, "党中央", "LEADS", "青山军分区", "党中央领导青山军分区", "reported"),
        edge(d, "党中央", "LEADS", "青山市发改委", "党中央领导青山市发改委", "reported"),
    ]
    res = gaps(sides_graph(centre, via), coverage_thresholds=JUDGE_ALL)
    f = next(f for f in res["findings"] if f["key"] == f"disconnected_sides|{J}")
    # the closest pair and what lies between them
    assert f["details"]["closest"]["between"] and "closest pair" in f["title"]


def test_named_together_in_a_joint_work_sentence_holds_the_finding_back():
    d = "q1"
    s = (3, "青山军分区与青山市发改委联合开展国防动员演练。", "reported")
    G = build(
        {d: {"date": "2021", "jurisdiction": J}},
        [
            (d, said(node("青山军分区", "MilitaryUnit", J), d, s)),
            (d, said(node("青山市发改委", "PartyGovBody", J), d, s)),
        ],
        [],
    )
    res = gaps(G, coverage_thresholds=JUDGE_ALL)
    assert f"disconnected_sides|{J}" not in keys(res)
    held = next(f for f in res["held_back"] if f["key"] == f"disconnected_sides|{J}")
    assert held["held_back"]["evidence"][0]["sentence"] == s[1]


def mandate_graph(action_date: str | None, joint_sentence: bool = False, plan: bool = False):
    order = (
        "青山市发改委将争取会同青山军分区建设应急保障基地。"
        if plan
        else "青山市发改委要会同青山军分区做好应急保障。"
    )
    docs = {"q1": {"date": "2021-03-01", "jurisdiction": J}}
    nodes = [("q1", node("青山市发改委", "PartyGovBody", J)), ("q1", node("青山军分区", "MilitaryUnit", J))]
    modality = "plan" if plan else "directive"
    edges = [edge("q1", "青山市发改委", "COORDINATES_WITH", "青山军分区", order, modality)]
    if action_date:
        docs["q2"] = {"date": action_date, "jurisdiction": J}
        nodes += [
            ("q2", node("青山市发改委", "PartyGovBody", J)),
            ("q2", node("青山军分区", "MilitaryUnit", J)),
        ]
        edges.append(
            edge(
                "q2",
                "青山军分区",
                "COORDINATES_WITH",
                "青山市发改委",
                "青山军分区与青山市发改委召开对接会",
                "reported",
            )
        )
    # the corpus reports what the addressee did later, elsewhere: a follow-up would have been seen
    # (gap_rules.json coverage.mandate_min_reports; gaps6)
    docs["q4"] = {"date": "2021-09-01", "jurisdiction": J}
    nodes.append(("q4", said(node("青山市发改委", "PartyGovBody", J), "q4",
                              (2, "青山市发改委召开全市重点项目调度会。", "reported"))))
    if joint_sentence:
        s = (7, "青山市发改委、青山军分区共同完成保障任务。", "reported")
        docs["q3"] = {"date": "2022-01-01", "jurisdiction": J}
        nodes += [
            ("q3", said(node("青山市发改委", "PartyGovBody", J), "q3", s)),
            ("q3", said(node("青山军分区", "MilitaryUnit", J), "q3", s)),
        ]
    return build(docs, nodes, edges)


def mandates(res: dict, where: str = "findings") -> list[dict]:
    return [f for f in res[where] if f["kind"] == "mandate_without_action"]


def test_a_directive_is_answered_only_by_action_dated_on_or_after_it():
    assert not mandates(gaps(mandate_graph("2021-06-01")))
    earlier = mandates(gaps(mandate_graph("2020-06-01")))
    assert len(earlier) == 1
    f = earlier[0]
    assert f["dates"]["directive"] == "2021-03-01" and "(2021-03-01)" in f["title"]
    assert "dated on/after 2021-03-01" in f["searched"]
    assert all(e.get("date") is not None and e.get("modality") for e in f["evidence"])
    # as the corpus stood before the follow-up came, the directive was unanswered
    assert mandates(gaps(mandate_graph("2021-06-01"), as_of="2021-04"))


def test_wording_follows_modality():
    told = mandates(gaps(mandate_graph(None)))[0]
    assert "is told to coordinate with" in told["title"] and told["details"]["wording"] == "is told to"
    plan = mandates(gaps(mandate_graph(None, plan=True)))[0]
    assert "plans to coordinate with" in plan["title"] and "told" not in plan["title"]


def test_a_joint_work_sentence_without_a_typed_relation_holds_a_mandate_back():
    res = gaps(mandate_graph(None, joint_sentence=True))
    assert not mandates(res)
    held = mandates(res, "held_back")[0]
    assert held["held_back"]["evidence"][0]["sentence"] == "青山市发改委、青山军分区共同完成保障任务。"


def test_a_stated_problem_is_quoted_and_still_open_as_of_the_latest_document():
    p = Evidence("q1", "青山军民融合产业基金尚未实质性运作。", 2, 0, 10, "problem")
    docs = {"q1": {"date": "2020-02-01", "jurisdiction": J}, "q9": {"date": "2022-08-01", "jurisdiction": J}}
    nodes = [
        ("q1", node("青山军民融合产业基金", "Fund", J, problems=[p])),
        ("q9", node("青山市发改委", "PartyGovBody", J)),
    ]
    res = gaps(build(docs, nodes, []), kinds=["stalled"])
    f = res["findings"][0]
    assert (
        "“青山军民融合产业基金尚未实质性运作。”" in f["title"] and "still open as of 2022-08-01" in f["title"]
    )
    assert f["tier"] == "stated" and f["dates"]["stated"] == "2020-02-01"
    assert (
        "still open as of 2021-01"
        in gaps(build(docs, nodes, []), kinds=["stalled"], as_of="2021-01")["findings"][0]["title"]
    )


def test_orphans_only_for_concrete_local_items():
    d = "q1"
    nodes = [
        (d, node("青山军民融合产业基金", "Fund", J)),
        (d, node("东海强军战略", "Policy")),
        (d, node("青山市军民融合三年行动方案", "Policy", J)),
        (d, node("国家青山示范区", "IndustrialPark", J)),
        (d, node("青山体制改革思想", "Policy", J)),
        (d, node("青山国家自主创新示范区", "IndustrialPark", J)),
    ]
    res = gaps(build({d: {"jurisdiction": J}}, nodes, []), kinds=["orphan"], coverage_thresholds=JUDGE_ALL)
    assert {f["entities"][0]["key"] for f in res["findings"]} == {
        "青山军民融合产业基金",
        "青山市军民融合三年行动方案",
    }


def test_sides_no_document_read_for_both_are_held_back():
    """gaps6: with no tie of the civilian actor typed in the document naming both sides, a channel
    there could not have been seen."""
    d = "q1"
    nodes = [(d, said(node("青山军分区", "MilitaryUnit", J), d, (0, "青山军分区召开党委会。", "reported"))),
             (d, said(node("青山市发改委", "PartyGovBody", J), d, (1, "青山市发改委印发通知。", "reported"))),
             (d, node("赵刚", "Person"))]
    G = build({d: {"date": "2021-05-01", "jurisdiction": J}}, nodes,
              [edge(d, "赵刚", "HOLDS_POSITION", "青山军分区", "青山军分区政委赵刚")])
    res = gaps(G, coverage_thresholds=JUDGE_ALL)
    assert f"disconnected_sides|{J}" not in keys(res)
    held = next(f for f in res["held_back"] if f["kind"] == "disconnected_sides")
    assert "no tie of a civilian actor" in held["held_back"]["reason"]
    assert held["held_back"]["evidence"][0]["sentence"] == "青山市发改委印发通知。"
    assert f"disconnected_sides|{J}" in keys(gaps(sides_graph(), coverage_thresholds=JUDGE_ALL))


def test_structural_findings_need_coverage():
    res = gaps(sides_graph())  # one document, no facts about 青山市
    assert f"disconnected_sides|{J}" not in keys(res)
    f = next(f for f in res["undetermined"] if f["key"] == f"disconnected_sides|{J}")
    assert f["note"].startswith("not enough coverage to tell") and f["coverage"]["documents"] == 1


def test_cities_roll_up_into_a_provincial_documents_province():
    d = "q5"  # a provincial document naming a city's military district and the province's office
    nodes = [
        (d, node("杭州军分区", "MilitaryUnit", "杭州市")),
        (d, node("浙江省发改委", "PartyGovBody", "浙江省")),
        (d, node("赵刚", "Person")), (d, node("浙江省应急预案", "Policy", "浙江省")),
    ]
    read = [edge(d, "赵刚", "HOLDS_POSITION", "杭州军分区", "杭州军分区政委赵刚"),
            edge(d, "浙江省发改委", "IMPLEMENTS", "浙江省应急预案", "浙江省发改委印发浙江省应急预案",
                 "reported")]
    res = gaps(build({d: {"jurisdiction": "浙江"}}, nodes, read), coverage_thresholds=JUDGE_ALL)
    assert "disconnected_sides|浙江省" in keys(res)
    city_doc = build({d: {"jurisdiction": "杭州"}}, nodes, read)
    assert "disconnected_sides|浙江省" not in keys(gaps(city_doc, coverage_thresholds=JUDGE_ALL))


def test_every_finding_has_evidence():
    for G in (sides_graph(), mandate_graph("2020-01-01"), mandate_graph(None, joint_sentence=True)):
        res = gaps(G, coverage_thresholds=JUDGE_ALL)
        for f in res["findings"] + res["held_back"]:
            assert f["evidence"], f["key"]


def test_dismiss_keeps_the_verdict_beside_the_store_and_it_survives_reingest(tmp_path):
    import json

    import typer
    from typer.testing import CliRunner

    import cli_analysis
    from graph.embedded import EmbeddedStore
    from tests.test_analysis_graphs import document_graphs

    app = typer.Typer()
    cli_analysis.register(app)
    runner = CliRunner()
    db = tmp_path / "q.db"

    def ingest():
        store = EmbeddedStore(db)
        for dg in document_graphs(lambda: mandate_graph("2020-01-01")):
            store.write_document(dg)
        store.close()

    def run(*args):
        return runner.invoke(app, ["gaps", "--db", str(db), *args], env={"COLUMNS": "200"})

    ingest()
    first = json.loads(run("--json").stdout)["findings"]
    target = next(f for f in first if f["kind"] == "mandate_without_action")
    assert run("--dismiss", target["id"]).exit_code == 2  # a reason is required
    assert run("--dismiss", "0000000000", "--reason", "x").exit_code == 3
    r = run("--dismiss", target["id"], "--reason", "follow-up reported in a later speech")
    assert r.exit_code == 0, r.output
    saved = json.loads((tmp_path / "q.dismissed.json").read_text(encoding="utf-8"))
    assert saved["dismissed"][target["key"]]["reason"] == "follow-up reported in a later speech"
    after = json.loads(run("--json").stdout)
    assert target["id"] not in {f["id"] for f in after["findings"]}
    assert [f["id"] for f in after["dismissed"]] == [target["id"]]
    EmbeddedStore(db).clear()  # re-ingest from scratch: same finding, same key, still dismissed
    ingest()
    listed = json.loads(run("--json", "--dismissed").stdout)["findings"]
    assert [f["key"] for f in listed] == [target["key"]]
    assert listed[0]["dismissal"]["reason"] == "follow-up reported in a later speech"
    assert "follow-up reported" in run("--dismissed").output


def test_a_problem_sentence_that_does_not_name_the_entity_is_not_its_problem():
    named = Evidence("q1", "青山军民融合产业基金尚未实质性运作。", 2, 0, 10, "problem")
    other = Evidence("q1", "有的部门主动作为劲头不足。", 3, 0, 10, "problem")
    nodes = [
        ("q1", node("青山军民融合产业基金", "Fund", J, problems=[named, other])),
        ("q1", node("青山市委", "PartyGovBody", J, problems=[other])),
    ]
    res = gaps(build({"q1": {"date": "2020", "jurisdiction": J}}, nodes, []), kinds=["stalled"])
    assert [f["key"] for f in res["findings"]] == ["stalled|青山军民融合产业基金"]
    assert [e["sentence"] for e in res["findings"][0]["evidence"]] == [named.sentence]


def test_a_park_only_planned_is_no_orphan():
    d = "q1"
    planned = said(
        node("青山军民融合特色产业园", "IndustrialPark", J),
        d,
        (4, "支持条件成熟区域设立青山军民融合特色产业园。", "plan"),
    )
    built = said(
        node("青山航空产业园", "IndustrialPark", J), d, (5, "青山航空产业园已建成投用。", "reported")
    )
    res = gaps(
        build({d: {"jurisdiction": J}}, [(d, planned), (d, built)], []),
        kinds=["orphan"],
        coverage_thresholds=JUDGE_ALL,
    )
    assert [f["key"] for f in res["findings"]] == ["orphan|青山航空产业园"]


def test_a_park_named_with_a_project_settling_in_it_is_held_back():
    d = "q1"
    s = (6, "青山航空产业园揭牌,首批入驻的东方精密制造项目同时奠基。", "reported")
    park = said(node("青山航空产业园", "IndustrialPark", J), d, s)
    project = said(node("东方精密制造项目", "Project", J), d, s)
    res = gaps(
        build({d: {"jurisdiction": J}}, [(d, park), (d, project)], []),
        kinds=["orphan"],
        coverage_thresholds=JUDGE_ALL,
    )
    assert "orphan|青山航空产业园" not in {f["key"] for f in res["findings"]}
    held = next(f for f in res["held_back"] if f["key"] == "orphan|青山航空产业园")
    assert held["held_back"]["evidence"][0]["sentence"] == s[1]


def test_peer_comparison_needs_peers_of_the_same_level_and_two_documents():
    def office(j, d):
        return (d, node(f"{j}委军民融合办", "PartyGovBody", j))

    def filler(j, d):
        return [(d, node(f"{j}{b}", "PartyGovBody", j)) for b in ("发改委", "工信局", "科技局")]

    docs = {f"p{i}": {"jurisdiction": ""} for i in range(8)}
    nodes = [office("青山市", "p0"), office("东湖市", "p1")] + filler("青山市", "p0") + filler("东湖市", "p1")
    nodes += filler("南岭市", "p2") + filler("南岭市", "p3")  # two documents, no office
    nodes += (
        [office("浙江省", "p4")] + filler("浙江省", "p4") + filler("江苏省", "p5") + filler("江苏省", "p6")
    )
    G = build(docs, nodes, [])
    th = {**JUDGE_ALL, "peer_min_documents": 2}
    res = gaps(G, kinds=["peer_gap"], coverage_thresholds=th)
    keys = {f["key"] for f in res["findings"]}
    assert "peer_gap|南岭市|mcf_office" in keys  # both other cities have one
    assert "peer_gap|江苏省|mcf_office" not in keys  # one other province has one: no norm
    one_doc = gaps(G, kinds=["peer_gap"], coverage_thresholds=th)["undetermined"]
    assert not [f for f in one_doc if f["key"] == "peer_gap|南岭市|mcf_office"]
    th1 = {**JUDGE_ALL, "peer_min_documents": 3}
    assert "peer_gap|南岭市|mcf_office" in {
        f["key"] for f in gaps(G, kinds=["peer_gap"], coverage_thresholds=th1)["undetermined"]
    }
