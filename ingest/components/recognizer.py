"""The entity recogniser as a staged pipeline: generators propose, filters reject, one resolver picks.

Chinese organisation, event and programme names are compositional (place + body + head word), so
most names come from the head-word generator (gen_heads.py); persons, places, gazetteer names,
quoted titles and names in enumerations have generators of their own. Every generator is a
function `(context, text, chosen) -> [Cand]` registered by name in `GENERATORS`; each candidate
carries its `source` (e.g. `rule:head:委员会`, `gazetteer:cpca`, `rule:person:byline`), which
`mcf_entities` also writes to `doc.spans["mcf_candidates"]` (as the span's `id_`).

`STAGES` is the order: the first stage's generators read only the text; after it, each stage's
generators also read the candidates chosen so far (a list of names is recognised by the names
already found in it; a person's name is sought where no organisation was found), and the resolver
(`resolver.resolve_overlaps`: longest first) merges their output with what is chosen. The named
filters of head-word candidates live in head_filters.py and are switched per head class in
ingest/data/head_filters.tsv. `Recognizer(disabled={...})` switches generators and filters off by
name (bench/ablation.py measures what each one contributes).

Everything runs on the folded text view (same length as the original), so traditional characters
and full-width forms are matched by the same rules and offsets stay valid.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ingest.components import (
    gen_bylines,
    gen_cedict,
    gen_enumerations,
    gen_event_names,
    gen_gazetteer,
    gen_gold_names,
    gen_heads,
    gen_list_types,
    gen_notice,
    gen_numbered_units,
    gen_patterns,
    gen_persons,
    gen_places,
    gen_posseg,
    gen_quoted,
    gen_short_forms,
    gen_sub_units,
    gen_title_bodies,
    gen_title_lines,
    gen_unit_committees,
    head_filters,
)
from ingest.components.candidate import Cand, is_cjk
from ingest.components.lexicon import Lexicon
from ingest.components.name_context import NameContext
from ingest.components.name_rules import BARE_HEADS, DEICTIC_HEADS, HEAD_INFO, HEADS, PAREN_QUALIFIERS
from ingest.components.resolver import overlay, resolve_overlaps
from ingest.components.source_gates import enabled as gates_enabled
from ingest.components.source_gates import source_gates

__all__ = ["BARE_HEADS", "DEICTIC_HEADS", "GENERATORS", "HEADS", "HEAD_INFO", "PAREN_QUALIFIERS",
           "POST_FILTERS", "STAGES", "Cand", "Recognizer", "is_cjk", "resolve_overlaps"]

Generator = Callable[[NameContext, str, list[Cand]], list[Cand]]


def _text_only(fn: Callable[[NameContext, str], list[Cand]]) -> Generator:
    return lambda ctx, t, chosen: fn(ctx, t)


def _title_bodies(ctx: NameContext, t: str, chosen: list[Cand]) -> list[Cand]:
    """title_bodies without its nested side list (the recogniser keeps that one itself)."""
    return gen_title_bodies.title_bodies(ctx, t, chosen, [])


# name -> generator; a generator's candidates carry sources named after it
GENERATORS: dict[str, Generator] = {
    "gazetteer": _text_only(gen_gazetteer.gazetteer),
    "cedict_names": _text_only(gen_cedict.cedict_names),
    "gold_names": _text_only(gen_gold_names.gold_names),
    "party_congresses": _text_only(gen_gazetteer.party_congresses),
    "heads": _text_only(gen_heads.heads),
    "quoted_titles": _text_only(gen_quoted.quoted_titles),
    "designations": _text_only(gen_gazetteer.designations),
    "enterprise_lists": _text_only(gen_enumerations.enterprise_lists),
    "signed_projects": _text_only(gen_enumerations.signed_projects),
    "numbered_institutes": _text_only(gen_gazetteer.numbered_institutes),
    "numbered_documents": _text_only(gen_patterns.numbered_documents),
    "laws_by_context": _text_only(gen_patterns.laws_by_context),
    "board_companies": _text_only(gen_gazetteer.board_companies),
    "cas_institutes": _text_only(gen_patterns.cas_institutes),
    "series_events": _text_only(gen_patterns.series_events),
    "valley_parks": _text_only(gen_patterns.valley_parks),
    "firm_intro": _text_only(gen_patterns.firm_intro),
    "quoted_activity": _text_only(gen_quoted.quoted_activity),
    "anonymised_units": _text_only(gen_patterns.anonymised_units),
    "formula_systems": _text_only(gen_patterns.formula_systems),
    "body_reports": _text_only(gen_patterns.body_reports),
    "ships": _text_only(gen_gazetteer.ships),
    "notice_meetings": _text_only(gen_notice.notice_meetings),
    "sub_units": gen_sub_units.sub_units,
    "numbered_units": gen_numbered_units.numbered_units,
    "institute_parts": gen_numbered_units.institute_parts,
    "persons": gen_persons.persons,
    "person_layouts": gen_persons.person_layouts,
    "dotted_names": gen_persons.dotted_names,
    "coordinated_companies": gen_enumerations.coordinated_companies,
    "enumerated_companies": gen_enumerations.enumerated_companies,
    "listed_units": gen_enumerations.listed_units,
    "distributed_bodies": gen_enumerations.distributed_bodies,
    "department_runs": gen_enumerations.department_runs,
    "places": gen_places.places,
    "contact_persons": gen_notice.contact_persons,
    "short_forms": gen_short_forms.short_forms,
    "title_lines": gen_title_lines.title_lines,
    "posseg_persons": gen_posseg.posseg_persons,
    "proposal_titles": gen_title_lines.proposal_titles,
    "document_numbers": gen_patterns.document_numbers,
    "after_places": gen_places.after_places,
    "title_bodies": _title_bodies,
    "bylines": gen_bylines.bylines,
    "typed_lists": gen_list_types.typed_lists,
    "attendee_events": gen_event_names.attendee_events,
    "joined_topic_events": gen_event_names.joined_topic_events,
    "listed_topic_events": gen_event_names.listed_topic_events,
    "scoped_events": gen_event_names.scoped_events,
    "act_events": gen_event_names.act_events,
    "lead_events": gen_event_names.lead_events,
    "session_events": gen_event_names.session_events,
    "termed_sessions": gen_event_names.termed_sessions,
    "enlarged_sittings": gen_event_names.enlarged_sittings,
    "numbered_days": gen_event_names.numbered_days,
    "joined_events": gen_event_names.joined_events,
    "unit_committees": gen_unit_committees.unit_committees,
    "body_groups": gen_unit_committees.body_groups,
}

# The order of the pipeline: a stage's generators run, then the resolver merges what they found
# with what is chosen. Within a stage the order only breaks exact ties (same span, priority and
# confidence); the stage order is what matters (later stages read what earlier ones chose).
STAGES: tuple[tuple[str, ...], ...] = (
    ("gazetteer", "cedict_names", "gold_names", "party_congresses", "heads", "quoted_titles", "designations",
     "enterprise_lists", "signed_projects", "numbered_institutes", "numbered_documents",
     "laws_by_context", "board_companies", "cas_institutes", "series_events", "valley_parks", "firm_intro",
     "quoted_activity",
     "anonymised_units", "ships", "notice_meetings", "formula_systems", "body_reports"),
    ("sub_units", "numbered_units", "institute_parts"),
    ("persons", "person_layouts", "bylines", "dotted_names"),
    ("coordinated_companies",),
    ("enumerated_companies",),
    ("listed_units",),
    ("typed_lists",),
    ("distributed_bodies", "department_runs"),
    ("places",),
    ("contact_persons",),
    ("short_forms",),
    ("title_lines",),
    ("posseg_persons",),
    ("document_numbers",),
)
# after the stages: named filters over the chosen candidates, then the generators that lean on them
POST_FILTERS = ("department_of_firm", "distributed_classes")
FINAL_STAGE = ("after_places", "title_bodies")
# last: event names the head rule cut short (attendees, a 全市 scope), and a unit's 党委, over the
# names chosen
EVENT_STAGE = ("attendee_events", "joined_topic_events", "listed_topic_events", "act_events", "lead_events",
               "scoped_events", "session_events", "termed_sessions", "enlarged_sittings", "numbered_days",
               "joined_events", "unit_committees", "body_groups")
# laid over the names chosen, not resolved against them: a title whose inner names stay entities
OVERLAY_STAGE = ("proposal_titles",)


def department_of_firm(t: str, chosen: list[Cand]) -> list[Cand]:
    """某某集团公司科技部: a department of the company just named, not the ministry of that name."""
    firm_ends = {c.end for c in chosen if c.type in ("Enterprise", "ResearchInstitute")}
    return [c for c in chosen if not (c.start in firm_ends and c.source == "gazetteer:national"
                                      and c.type == "PartyGovBody" and c.end - c.start <= 3
                                      and t[c.end - 1] in "部处办")]


_POST = {"department_of_firm": department_of_firm, "distributed_classes": gen_notice.distributed_classes}


class Recognizer(NameContext):
    """Finds candidate mentions in folded, pinyin-free text, stage by stage."""

    def __init__(self, lex: Lexicon | None = None, disabled: Iterable[str] = ()) -> None:
        super().__init__(lex)
        self.disabled = frozenset(disabled)
        self.proposals: list[Cand] = []  # every generator's output on the last text
        unknown = self.disabled - set(GENERATORS) - set(_POST) - set(head_filters.FILTERS) - {"source_gates"}
        if unknown:
            raise ValueError(f"unknown generators or filters: {sorted(unknown)}")

    def run(self, name: str, t: str, chosen: list[Cand]) -> list[Cand]:
        """One generator's candidates (none when it is switched off); kept in `proposals`."""
        found = [] if name in self.disabled else GENERATORS[name](self, t, chosen)
        self.proposals += found
        return found

    def find(self, t: str) -> list[Cand]:
        """The chosen candidates of text `t`; `self.proposals` then holds every generator's output."""
        self.proposals = []
        chosen: list[Cand] = []
        for k, names in enumerate(STAGES):
            found = [c for n in names for c in self.run(n, t, chosen)]
            if k == 0:
                chosen = resolve_overlaps(found)
            elif found:  # (what is chosen is already resolved: nothing new, nothing to do)
                chosen = resolve_overlaps(chosen + found)
        for name in POST_FILTERS:
            if name not in self.disabled:
                chosen = _POST[name](t, chosen)
        nested: list[Cand] = []
        extra = self.run("after_places", t, chosen)
        if "title_bodies" not in self.disabled:
            titled = gen_title_bodies.title_bodies(self, t, chosen, nested)
            self.proposals += titled
            extra += titled
        if extra:
            chosen = resolve_overlaps(chosen + extra)
        for name in EVENT_STAGE:
            found = self.run(name, t, chosen)
            if found:
                chosen = resolve_overlaps(chosen + found)
        if nested:  # a body whose Party group is named too (X党组书记、局长): both are entities
            groups = {k.start for k in chosen if k.source == "rule:party_group"}
            chosen = sorted(chosen + [c for c in nested if c.start in groups], key=lambda c: c.start)
        for name in OVERLAY_STAGE:
            found = self.run(name, t, chosen)
            if found:
                chosen = overlay(chosen, found)
        if "source_gates" not in self.disabled and gates_enabled():  # imprecise on first-met text
            chosen = source_gates(t, chosen)
        return chosen
