"""learned9: the person gate (ingest/components/learned_gate.py) — the learned tagger reads only the
windows where a person could be added, so a sentence with no cue costs it nothing and adds nothing,
while a name the rules missed next to a cue is still added. Texts and names are invented."""

from __future__ import annotations

from ingest.components import learned
from ingest.components.learned import Proposal, _taken
from ingest.components.learned_gate import gate_cues, gate_windows, merge
from ingest.learned_training import Labelled, Settings, gold_spans, train
from ingest.pipeline import LEARNED_DEFAULT, build_nlp
from ingest.textfold import fold

CUED = "青山市市委常委王明远，副市长只远航，市政协副主席孙立群出席会议。"
PLAIN = "东方重工集团今年引进卓远征等三名工程人员，产值增长一成。"
TEXT = CUED + PLAIN


class _FakeModel:
    """Stands in for the tagger: proposes fixed forms as persons wherever they occur; records the
    windows it was asked to read."""

    ner = None
    tagger = None

    def __init__(self, forms: list[str]) -> None:
        self.forms = forms
        self.windows: list[tuple[int, int]] = []

    def _find(self, text: str, lo: int, hi: int) -> list[Proposal]:
        out = []
        for form in self.forms:
            i = text.find(form, lo)
            while 0 <= i and i + len(form) <= hi:
                out.append(Proposal(i, i + len(form), "Person", 0.95))
                i = text.find(form, i + 1)
        return sorted(out, key=lambda p: p.start)

    def read(self, text: str):
        return self._find(text, 0, len(text)), None

    def read_windows(self, text: str, windows: list[tuple[int, int]]) -> list[Proposal]:
        self.windows = list(windows)
        return [p for a, b in windows for p in self._find(text, a, b)]


def _windows(text: str) -> list[tuple[int, int]]:
    doc = build_nlp(with_relations=False, learned=False)(text)
    persons = [(m.start, m.end) for e in doc._.entities if e.type == "Person" for m in e.mentions]
    return gate_windows(fold(text), persons, bytes(_taken(doc, len(text))), 8)


def test_a_sentence_without_a_cue_opens_no_window():
    assert _windows(PLAIN) == []
    assert _windows("东方重工集团与青山市人民政府签署合作协议，共建青山智造中心。") == []


def test_a_name_after_a_post_or_in_a_list_with_a_rule_person_opens_one():
    (a, b), = _windows(CUED)  # (副市长只远航: a rare surname, closed by a comma)
    assert a <= CUED.index("只远航") and CUED.index("只远航") + 3 <= b
    # (建华: a word the rules leave in the list; since ent57 a place-like last item is a rule person)
    listed = "副市长王明远、孙立群、建华，青山市人武部有关同志参加。"
    assert any(a <= listed.index("建华") and listed.index("建华") + 2 <= b for a, b in _windows(listed))
    assert _windows("东方重工集团创始人卓远征介绍了情况。")  # a role word of the gate's table
    assert _windows("青山市人武部卓远征主持会议。")  # a speech or act verb after a name


def test_the_table_reads_titles_on_both_sides_and_rule_persons():
    cues = gate_cues()
    assert cues.persons and cues.alone
    assert "副市长" in cues.after.words and "副司长" in cues.before.words and "同志" in cues.before.words
    assert merge([(5, 9), (0, 3), (3, 4), (8, 12)]) == [(0, 4), (5, 12)]


def _added(monkeypatch, fake: _FakeModel, config: dict) -> set[str]:
    monkeypatch.setattr(learned, "load_model", lambda path="": fake)
    nlp = build_nlp(with_relations=False, learned=False)
    nlp.add_pipe("mcf_learned_spans", after="mcf_entities", config=config)
    return {e.name for e in nlp(TEXT)._.entities if e.source == "learned"}


def test_gated_adds_the_cued_person_and_skips_the_uncued_sentence(monkeypatch):
    fake = _FakeModel(["只远航", "卓远征"])
    person = {"types": ["Person"]}
    assert _added(monkeypatch, fake, person) == {"只远航", "卓远征"}  # ungated: the tagger reads everything
    assert _added(monkeypatch, fake, person | {"gate": True}) == {"只远航"}
    start = len(CUED)
    assert fake.windows and all(b <= start for _, b in fake.windows)  # nothing read in the plain sentence


def test_real_windows_agree_with_the_whole_text_inside_them():
    text = "青山市委书记王明远出席签约仪式。东方重工集团副总经理孙立群、卓远征到访。" * 2
    ents = [{"name": "王明远", "type": "Person"}, {"name": "孙立群", "type": "Person"},
            {"name": "卓远征", "type": "Person"}, {"name": "东方重工集团", "type": "Enterprise"}]
    settings = Settings(seed=3, epochs=4, width=16, depth=1, window=1, rows=300, batch_size=2)
    nlp = train([Labelled("t1", text, gold_spans(text, ents), "gold")], settings, log=lambda _: None)
    model = learned.SpanModel.__new__(learned.SpanModel)
    model.nlp, model.ner, model.tagger = nlp, None, nlp.get_pipe("tagger")
    model.labels = list(model.tagger.labels)
    whole = model.read(text)[0]
    windows = [(4, 22), (30, 40)]
    got = model.read_windows(text, windows)
    inside = [p for p in whole if any(a < p.start and p.end < b for a, b in windows)]
    assert [(p.start, p.end, p.type) for p in got if any(a < p.start and p.end < b for a, b in windows)] == \
        [(p.start, p.end, p.type) for p in inside]
    assert all(any(a < p.start and p.end < b for a, b in windows) for p in got)  # none at a cut edge


def test_the_variant_switch_and_the_default(monkeypatch):
    assert LEARNED_DEFAULT is False
    monkeypatch.setenv("MCFGRAPH_LEARNED_SPANS", "person-gated")
    monkeypatch.setenv("MCFGRAPH_LEARNED_MODEL", "/nowhere/model")
    comp = build_nlp(with_relations=False).get_pipe("mcf_learned_spans")
    assert comp.gate and comp.types == {"Person"} and comp.modes == {"add"}
    assert comp.model_path == "/nowhere/model"
