"""Classes of the ent38 round (issue 10): the extractor follows the gold calls calls4 settled
(corpus/annotated/README.md, "Decisions on calls the batches disagreed on (seventh session)").
Fixed national names are gazetteer rows (ingest/data/national_bodies.tsv) with a one-line test;
the rest are tested on invented text.
"""

from __future__ import annotations

from tests.entity_helpers import ents


def test_x_the_party_itself_is_a_party_body():
    assert ents("青山市各界热烈庆祝中国共产党成立105周年。").get("中国共产党", ("",))[0] == "PartyGovBody"


def test_t_the_militia_reform_is_a_policy():
    assert ents("青山军分区扎实推进民兵调整改革。").get("民兵调整改革", ("",))[0] == "Policy"
