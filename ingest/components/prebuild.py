"""Patterns the rules build from their word lists on first use, built with the pipeline instead.

Why: a pattern joined from a data file's word list (contact labels, look-back frames, deictic
heads, invest verbs, the abbreviation rows) is compiled, once per process, by the first document
that reaches its rule. On text met for the first time that compile (~4 ms for the eight patterns
here, about 2% of a pass over the bench's 15 texts: docs/BENCHMARKS.md) lands inside the pass,
in whichever document comes first. Building them with the pipeline moves that one-time cost to
load time, as the recogniser's own patterns (compiled at import) and the tokenizer's common
characters already are. Each call is the rule's own cached builder with the rule's own
arguments, so the pattern a rule finds in the cache is the one it would have built. The word
gates of speed10 (problem cues, title marks, `subjects`' gates, the relation rules' cue scan) and
four patterns the bench's first pass still built inside it (the deictic-thing, inspection and
visit frames, the group names) are built here too.
"""

from __future__ import annotations

from ingest.components import (
    cedict_names,
    gen_gold_names,
    gen_notice,
    grouping,
    head_filters,
    initials_regions,
    modality,
    place_codes,
    relation_base,
    relation_deixis,
    relation_rules_funding,
)
from ingest.components.notice_layout import layout
from ingest.components.relation_patterns import cues


def prebuild_patterns(with_relations: bool = True, recognizer=None) -> None:
    """Build (into their caches) the word-list patterns the entity and relation rules build lazily;
    with the pipeline's `recognizer`, also its gold-name matcher (ent54)."""
    if recognizer is not None:
        gen_gold_names.prebuild(recognizer)
    gen_notice._contact_mid_line(layout())
    grouping._any_long_form()
    modality._title_res()
    modality._look_back_res()
    # (speed10: four more that the bench's first pass still built inside the pass, ~1.2 ms)
    modality._deictic_thing_re()
    modality._deictic_act_re()
    modality._inspection_res()
    modality._visit_res()
    grouping._group_forms()
    grouping._place_openings()  # (speed11)
    grouping._unit_words()  # (ent43: the unit words of heads.tsv a chain's last unit is read by)
    modality._problem_gates()
    modality._problem_word_scan()  # (speed14)
    modality._back_ref_res()  # (gaps25)
    modality._title_gates()
    # (speed12: three more a first pass built inside it: the addressee frames of gaps23, ~0.3 ms
    # on the bench's texts; on other texts the cities' characters of the initials regions, ~5 ms,
    # and the metadata gazetteer a place's level is read from, ~29 ms with its module's import,
    # which `mcfgraph ingest` loads anyway for the documents' metadata)
    modality._addressee_res()
    initials_regions._city_chars()
    # (lead, after rel23 and ent34: ent34's place chains read the division table's words, rel23's
    # short forms their kind words; tests/test_speed12.py found both built inside the first pass)
    place_codes._lengths_by_first()
    head_filters.prebuild_active()  # (speed15: each head word's filters, found by type and head)
    grouping._academy_names()  # (speed18: ent55's academies, built by the first pass's groups)
    cedict_names.rules()  # (speed18: read by every text's first document)
    head_filters.table()  # (meta2: an empty body now returns before the filters, so the table is
    # no longer read first by a text's first head; built here, not inside the first pass)
    if with_relations:
        from ingest import metadata

        metadata._gazetteer()
        c = cues()
        relation_deixis._pattern(c["deictic_bodies"])
        relation_deixis._bare_pattern(c["deictic_bodies"])
        relation_deixis._event_pattern(c["deictic_bodies"])  # (rel21's, speed12)
        relation_deixis._short_head_pattern(tuple(c["deictic_bodies"].get("short_form_heads", {})))
        relation_rules_funding._invested(tuple(c["invest_verbs"]))
        relation_base.subject_gates()
        relation_base.cue_scan()
