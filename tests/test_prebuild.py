"""The word-list patterns the rules build lazily are built with the pipeline (ingest/components/prebuild.py),
so the first document that reaches a rule finds its pattern compiled, and it is the rule's own."""

from __future__ import annotations

from ingest.components import gen_notice, grouping, modality, relation_deixis, relation_rules_funding
from ingest.components.notice_layout import layout
from ingest.components.prebuild import prebuild_patterns
from ingest.components.relation_patterns import cues

BUILDERS = (gen_notice._contact_mid_line_of, grouping._any_long_form, modality._title_res,
            modality._look_back_res, relation_deixis._pattern_of, relation_deixis._bare_pattern_of,
            relation_rules_funding._invested)


def test_prebuild_fills_every_builder_cache():
    for f in BUILDERS:
        f.cache_clear()
    prebuild_patterns(with_relations=True)
    assert all(f.cache_info().currsize == 1 for f in BUILDERS)
    # the rules' own calls now hit the cache: the same pattern objects
    hits = [f.cache_info().hits for f in BUILDERS]
    c = cues()
    assert gen_notice._contact_mid_line(layout()) is gen_notice._contact_mid_line(layout())
    assert relation_deixis._pattern(c["deictic_bodies"]) is relation_deixis._pattern(c["deictic_bodies"])
    relation_deixis._bare_pattern(c["deictic_bodies"])
    relation_rules_funding._invested(tuple(c["invest_verbs"]))
    grouping._any_long_form()
    modality._title_res()
    modality._look_back_res()
    assert all(f.cache_info().hits > h for f, h in zip(BUILDERS, hits, strict=True))
    assert all(f.cache_info().currsize == 1 for f in BUILDERS)  # no second pattern was built


def test_prebuild_without_relations_leaves_relation_patterns():
    for f in BUILDERS:
        f.cache_clear()
    prebuild_patterns(with_relations=False)
    assert relation_deixis._pattern_of.cache_info().currsize == 0
    assert modality._look_back_res.cache_info().currsize == 1
