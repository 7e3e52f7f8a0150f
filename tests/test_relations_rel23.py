"""Relation classes of the rel23 round (issue 10 §3, in-document aliases: a body named in full, then
by a short form the entity step does not keep). `triples` (tests/test_relations.py) runs the relation
rules on given entities, each mentioned wherever its name is written. Names are invented.
"""

from __future__ import annotations

from graph.model import Entity
from ingest.components import relation_patterns as RP
from ingest.components.relation_deixis import short_form_mentions
from ingest.components.relation_patterns import cues
from ingest.components.relation_view import EntMention
from ingest.textfold import view_fold as fold
from tests.test_relations import triples

P, G, E, L, R = "Person", "PartyGovBody", "Enterprise", "Location", "ResearchInstitute"


def test_a_short_form_before_a_title_names_the_body_named_in_full():
    """ "资产公司董事长甲，天马集团总经理乙": two to four characters of a firm's name and the kind word
    its name holds name the firm named in full before (u47); a post there is a post in it."""
    ents = [("东方重工资产管理有限公司", E), ("中国东方天马集团公司", E), ("张文明", P), ("李华", P)]
    text = ("东方重工资产管理有限公司与中国东方天马集团公司签署协议。"
            "资产公司董事长张文明、天马集团总经理李华出席。")
    t = triples(text, ents)
    assert ("张文明", "HOLDS_POSITION", "东方重工资产管理有限公司") in t
    assert ("李华", "HOLDS_POSITION", "中国东方天马集团公司") in t


def test_a_short_form_opening_with_a_place_is_the_institute_not_the_place():
    """ "河北院常务副院长甲": the place that opens the short form is its part, not a mention of its own
    (u69: the institute named in full before holds the post)."""
    ents = [("西山青湖发展研究院", R), ("西山", L), ("王志明", P)]
    text = "西山青湖发展研究院成立三年。西山院常务副院长王志明介绍了情况。"
    t = triples(text, ents)
    assert ("王志明", "HOLDS_POSITION", "西山青湖发展研究院") in t


def test_a_short_form_paired_with_a_found_body_acts_with_it():
    """ "拓展电子五所与青山市的合作": a short form paired by 与 with a found body (u8)."""
    ents = [("工信部电子九所", R), ("青山市", L), ("东方重工集团", E)]
    text = "推进工信部电子九所与东方重工集团共建研究院,拓展电子九所与青山市的合作。"
    t = triples(text, ents)
    pairs = {frozenset((h, x)) for h, r, x in t if r == "COORDINATES_WITH"}
    assert frozenset(("工信部电子九所", "青山市")) in pairs


def test_no_short_form_where_it_could_be_a_body_of_its_own_or_of_several():
    """ "西山大学校长甲" with only 西山理工大学 named: a place with the full kind word names a body of
    its own (北京大学 vs 北京理工大学); two firms that fit, or the initial of a national prefix
    (中电集团 for one of several 中国电子… groups), bind none; nor does a bare legal form."""
    t = triples("西山理工大学举办论坛。西山大学校长王明致辞。", [("西山理工大学", R), ("王明", P)])
    assert ("王明", "HOLDS_POSITION", "西山理工大学") not in t
    ents = [("东方资产管理有限公司", E), ("南方资产经营有限公司", E), ("张文明", P)]
    t = triples("东方资产管理有限公司与南方资产经营有限公司签约。资产公司董事长张文明致辞。", ents)
    assert not any(r == "HOLDS_POSITION" for _h, r, _x in t)
    ents = [("中国电子青山集团", E), ("李晓明", P)]
    t = triples("中国电子青山集团在青山投资。中电集团总会计师李晓明出席。", ents)
    assert ("李晓明", "HOLDS_POSITION", "中国电子青山集团") not in t
    ents = [("东方青山股份有限公司", E), ("赵明", P)]
    t = triples("东方青山股份有限公司上市。同方股份有限公司董事长赵明出席。", ents)
    assert ("赵明", "HOLDS_POSITION", "东方青山股份有限公司") not in t


def test_a_short_form_opening_a_clause_is_its_subject():
    """ "东山厂位于某乡某村", "东禾院携考察团与某市委座谈": a short form of a body named in full that
    opens a clause is the clause's subject (u14, u41, u56); not an everyday word (科技公司…)."""
    ents = [("国营东山机械厂", E), ("青石乡盆口村", L)]
    t = triples("国营东山机械厂始建于1965年。东山厂位于青石乡盆口村的山沟之中。", ents)
    assert ("国营东山机械厂", "LOCATED_IN", "青石乡盆口村") in t
    ents = [("东禾产城规划设计研究院", R), ("青山市委", G)]
    t = triples("东禾产城规划设计研究院成立十年。东禾院携考察团一行与青山市委进行座谈。", ents)
    pairs = {frozenset((h, x)) for h, r, x in t if r == "COORDINATES_WITH"}
    assert frozenset(("东禾产城规划设计研究院", "青山市委")) in pairs



def test_an_everyday_word_with_the_kind_word_is_no_short_form_outside_a_title():
    """ "今年，科技公司纷纷…": an everyday word and the kind word opening a clause name a kind of firm,
    not the one firm of the document whose name holds them; before a title (资产公司董事长) they do."""
    ents = [Entity(name="东方科技有限公司", type=E), Entity(name="东方资产管理有限公司", type=E)]
    text = "东方科技有限公司成立于2010年。今年,科技公司纷纷与青山市签约。资产公司董事长王明出席。"
    mentions = [EntMention(0, 8, "东方科技有限公司", E)]
    cfg = cues()["deictic_bodies"]
    found = short_form_mentions(fold(text), mentions, ents, cfg, RP.patterns().title_start)
    assert [(text[m.start : m.end], m.name) for m in found] == [("资产公司", "东方资产管理有限公司")]
