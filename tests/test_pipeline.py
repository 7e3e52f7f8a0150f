"""The spaCy pipeline: components, sentence boundaries, extension attributes, offsets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest.components.sentences import sentence_spans
from ingest.pipeline import build_nlp

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "gold"


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


@pytest.fixture(scope="module")
def sample_text() -> str:
    return (ROOT / "samples" / "s001.txt").read_text(encoding="utf-8")


def _gold():
    out = []
    for name in ("seeds.jsonl", "dev.jsonl"):
        path = GOLD / name
        if path.exists():
            out += [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return out


def test_components_in_order(nlp):
    names = nlp.pipe_names
    assert names[:2] == ["mcf_sentences", "mcf_entities"]
    if "mcf_relations" in names:
        assert names[-1] == "mcf_relations"
    assert "mcf_relations" not in build_nlp(with_relations=False).pipe_names


def test_char_segmenter_tokens_are_characters(nlp):
    doc = nlp.make_doc("龙岩市委军民融合办")
    assert len(doc) == len("龙岩市委军民融合办")


def test_sentences_match_doc_sents(nlp, sample_text):
    doc = nlp(sample_text)
    spans = doc._.sentence_spans
    assert len(spans) > 10
    sents = [(s.start_char, s.end_char) for s in doc.sents]
    # every computed sentence starts a spaCy sentence
    starts = {s for s, _ in sents}
    assert all(s in starts for s, _ in spans)
    for s, e in spans:
        sent = sample_text[s:e]
        assert sent == sent.strip() and sent


def test_sentence_split_reproduces_gold_evidence():
    """Gold evidence strings are whole sentences of our split (where they are not clauses)."""
    found = total = 0
    for g in _gold():
        sents = {g["text"][s:e] for s, e in sentence_spans(g["text"])}
        for r in g["relations"]:
            if r["evidence"].endswith(("。", "！", "？", "；")):
                total += 1
                found += r["evidence"] in sents
    if not total:
        pytest.skip("gold files not available")
    assert found / total > 0.95


def test_ents_index_original_text(nlp):
    text = "遼寧省工業和信息化委員會副主任陳汝在大連出席對接會。"
    doc = nlp(text)
    labels = {(e.text, e.label_) for e in doc.ents}
    assert ("遼寧省工業和信息化委員會", "PartyGovBody") in labels
    assert ("陳汝", "Person") in labels
    for ent in doc.ents:
        assert text[ent.start_char:ent.end_char] == ent.text
        assert ent._.entity_name and ent._.source and 0 < ent._.confidence <= 1


def test_doc_lists_are_per_document(nlp):
    a = nlp("龙岩市委军民融合办主任张丽华出席会议。")
    b = nlp("今天天气很好。")
    assert a._.entities and not b._.entities
    assert b._.relations == [] or all(r.head for r in b._.relations)
    assert a._.entities is not b._.entities


def test_span_entity_name_is_the_group_name(nlp):
    doc = nlp("习近平总书记强调，要坚持党的领导。以习近平同志为核心的党中央高度重视。")
    names = {e.text: e._.entity_name for e in doc.ents if e.label_ == "Person"}
    assert names and set(names.values()) == {"习近平"}


def test_view_folds_like_normalise_and_drops_pinyin_glosses():
    from ingest.components.entities import fast_fold, text_view
    from ingest.normalise import fold

    text = (ROOT / "samples" / "s003.txt").read_text(encoding="utf-8")[:3000] + "遼寧省ＸＸ軍民兩用"
    assert fast_fold(text) == fold(text)
    view, offsets = text_view("中國(guó)國(guó)際展覽")
    assert view == "中国国际展览"
    assert offsets == [0, 1, 7, 13, 14, 15]  # 中 國 (guó) 國 (guó) 際 展 覽


@pytest.mark.parametrize("text", ["", " \n ", "abc", "（）()《》“”", "——", "电()", "记者 ", "(以下简称《》)"])
def test_degenerate_texts_do_not_break(nlp, text):
    doc = nlp(text)
    assert all(text[s:e].strip() for s, e in doc._.sentence_spans)
    assert isinstance(doc._.entities, list)


def test_head_word_at_the_very_end_of_a_text(nlp):
    cases = (("市委", "市委"), ("会见了工业和信息化部", "工业和信息化部"), ("福建省政府", "福建省政府"))
    for text, name in cases:
        names = {e.name for e in nlp(text)._.entities}
        assert name in names, (text, names)
