"""rel15 (relation precision): bench/rule_precision.py sorts each predicted relation of a rule; a clause
that opens with a class of places or a deictic place (各乡镇, 该县, 我市) takes no carried actor. Names are
invented."""

from bench.gold_eval import load_score
from bench.rule_precision import is_read, judge
from tests.test_relations import triples


def _ent(name: str, typ: str) -> dict:
    return {"name": name, "type": typ, "aliases": []}


def test_judge_sorts_right_wrong_pair_and_wrong_endpoint() -> None:
    gold = {
        "entities": [_ent("东方重工集团", "Enterprise"), _ent("青山市", "Location"),
                     _ent("青山市委", "PartyGovBody")],
        "relations": [{"head": "东方重工集团", "type": "LOCATED_IN", "tail": "青山市"},
                      {"head": "青山市委", "type": "COORDINATES_WITH", "tail": "东方重工集团"}],
    }
    pred = {
        "entities": gold["entities"] + [_ent("甲乙丙公司", "Enterprise")],
        "relations": [
            {"head": "东方重工集团", "type": "LOCATED_IN", "tail": "青山市", "source": "rel:located:prefix"},
            # symmetric type, other direction: still right
            {"head": "东方重工集团", "type": "COORDINATES_WITH", "tail": "青山市委",
             "source": "rel:coord:签约"},
            {"head": "青山市委", "type": "LOCATED_IN", "tail": "东方重工集团", "source": "rel:located:at"},
            {"head": "甲乙丙公司", "type": "LOCATED_IN", "tail": "青山市", "source": "rel:located:prefix"},
        ],
    }
    kinds = [k for k, _ in judge(load_score(), gold, pred)]
    assert kinds == ["ok", "ok", "pair", "endpoint"]


def test_check_and_held_out_sets_are_not_read() -> None:
    assert is_read("u12") and is_read("u76") and is_read("u101") and is_read("u110") and is_read("u114")
    assert not is_read("u13") and not is_read("u15") and not is_read("u115") and not is_read("u117")


# --- a clause opening with a class of places or a deictic place names its own actor ----------------------
# "各乡镇全面落实…", "该县决定…", "…介绍，我市近年持续开展…": the body named in an earlier sentence or
# clause is not the one acting (READ u22, u60, u61: 5 wrong relations removed, none right lost).

G, M, POL, PRJ = "PartyGovBody", "MilitaryUnit", "Policy", "Project"


def test_class_of_places_opening_a_sentence_is_no_carried_actor() -> None:
    ents = [("青山县人武部", M), ("《青山县民兵工作条例》", POL)]
    t = triples("青山县人武部深入推进国防动员建设。各乡镇全面落实《青山县民兵工作条例》，推动征兵取得实效。",
                ents)
    assert ("青山县人武部", "IMPLEMENTS", "《青山县民兵工作条例》") not in t


def test_deictic_place_opening_a_sentence_is_no_carried_actor() -> None:
    ents = [("青山县人武部", M), ("《青山县民兵工作条例》", POL)]
    t = triples("青山县人武部深入推进国防动员建设。”该县决定全面实施《青山县民兵工作条例》。", ents)
    assert ("青山县人武部", "IMPLEMENTS", "《青山县民兵工作条例》") not in t


def test_deictic_place_after_a_speaker_is_the_actor_not_the_speakers_body() -> None:
    ents = [("东川市退役军人事务局", G), ("“拥军暖心行”", PRJ)]
    t = triples("东川市退役军人事务局有关负责人介绍，我市近年持续开展“拥军暖心行”活动。", ents)
    assert ("东川市退役军人事务局", "IMPLEMENTS", "“拥军暖心行”") not in t


def test_the_body_named_in_its_own_clause_still_acts() -> None:
    ents = [("青山县人武部", M), ("《青山县民兵工作条例》", POL)]
    t = triples("青山县人武部深入推进国防动员建设，全面落实《青山县民兵工作条例》。", ents)
    assert ("青山县人武部", "IMPLEMENTS", "《青山县民兵工作条例》") in t


# --- a cue inside the title of a document a body issues ("A关于实施X", "A关于成立Y的通知") ---------------
# is no act of that body (READ u8, u35, u36: 4 wrong IMPLEMENTS/ESTABLISHED removed, none right lost).

def test_cue_after_guanyu_in_a_title_is_no_act_of_the_issuer() -> None:
    ents = [("东川省人民政府", G), ("“青山振兴工程”", PRJ)]
    assert ("东川省人民政府", "IMPLEMENTS", "“青山振兴工程”") not in triples(
        "东川省人民政府关于实施“青山振兴工程”", ents)


def test_founding_in_a_notice_title_is_no_founding_by_its_issuers() -> None:
    ents = [("东川省政府", G), ("东川省军区", M), ("东川省国防动员委员会", G)]
    t = triples("名称：东川省政府、东川省军区关于成立东川省国防动员委员会的通知", ents)
    assert not any(r == "ESTABLISHED" for _, r, _ in t)


def test_the_same_cue_outside_a_title_is_an_act() -> None:
    ents = [("东川省人民政府", G), ("“青山振兴工程”", PRJ)]
    assert ("东川省人民政府", "IMPLEMENTS", "“青山振兴工程”") in triples(
        "东川省人民政府全面实施“青山振兴工程”。", ents)


# --- a cue word used as a noun: "…创建成果" (the results of a past creation), "…建设和X" (a noun joined ----
# to the next one) has no object (READ u22, u59: 创建成果; u42: 建设和; 4 wrong IMPLEMENTS removed, none
# right lost).

def test_results_of_a_creation_are_no_act() -> None:
    ents = [("青山市", "Location"), ("“全国文明模范城”", POL)]
    t = triples("今后，青山市将进一步深化“全国文明模范城”创建成果，密切军政军民关系。", ents)
    assert not any(r == "IMPLEMENTS" for _, r, _ in t)


def test_a_creation_under_way_is_still_an_act() -> None:
    ents = [("青山市", "Location"), ("“全国文明模范城”", POL)]
    t = triples("今后，青山市将扎实推进“全国文明模范城”创建工作。", ents)
    assert ("青山市", "IMPLEMENTS", "“全国文明模范城”") in t


def test_a_cue_ending_a_noun_joined_to_the_next_has_no_object() -> None:
    ents = [("东川市政府", G), ("东川军分区", M), ("青山制度", POL)]
    t = triples("东川市政府和东川军分区先后组织试点，促进了基层基础设施建设和青山制度各项要求落实。", ents)
    assert not any(r == "IMPLEMENTS" for _, r, _ in t)
