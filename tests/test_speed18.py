"""Speed round 18 (docs/BENCHMARKS.md, nineteenth pass): the interpreter's first-run work (bytecode
quickening and specialisation of every rule function a text reaches) is done with the build, by
reading a made-up text (ingest/components/warm_up.py) whose entries are then taken out of the
memo tables; ent55's academy table and the cedict rules are prebuilt. Output identity over every
text at hand is checked by bench/output_identity.py; these hold the invariants it rests on."""

from __future__ import annotations

from graph.model import Document
from tests.text_helpers import sample_and_dev_texts


def _state(nlp):
    from ingest.components.warm_up import _memo_tables

    caches, dicts = _memo_tables(nlp)
    return {id(f): f.cache_info().currsize for f in caches}, [set(d) for d in dicts]


def test_warm_up_leaves_the_memo_tables_as_it_found_them():
    """An lru_cache empty before the warm-up is empty after it, and each per-text dict (folds,
    routes, the recogniser's memos) holds the keys it held: nothing of the made-up text is found
    by the texts read after it."""
    from ingest import extract as ex
    from ingest.components.warm_up import _memo_tables, warm_up

    nlp = ex.get_nlp(True)
    list(ex.extract_many([Document(id="s18", source="t", text=sample_and_dev_texts()[0])], nlp=nlp))
    sizes, keys = _state(nlp)
    caches, _ = _memo_tables(nlp)
    empty = [f for f in caches if f.cache_info().currsize == 0]
    warm_up(nlp)
    assert [f for f in empty if f.cache_info().currsize] == []
    assert _state(nlp)[1] == keys
    from ingest.components import grouping, modality, relation_base

    for memo in (grouping._canonical, grouping.split_place, modality.classify, relation_base._view_form):
        assert memo in caches  # (the per-text memos are among the tables it walks)


def test_output_the_same_after_another_warm_up():
    from ingest import extract as ex
    from ingest.components.warm_up import warm_up

    nlp = ex.get_nlp(True)
    docs = [Document(id=f"s18_{i}", source="t", text=t) for i, t in enumerate(sample_and_dev_texts()[:4])]

    def run():
        return [(x.entities, x.relations, x.sentences) for x in ex.extract_many(docs, nlp=nlp)]

    first = run()
    warm_up(nlp)
    assert run() == first


def test_the_first_document_builds_nothing_once_per_process():
    """With the build done (no warm-up sentence, as `mcfgraph extract` reads its first text), a
    document runs no one-time builder (an lru_cache of at most 16 entries) for the first time."""
    from ingest import extract as ex
    from tests.test_speed12 import _one_time_builders

    nlp = ex.get_nlp(True)
    builders = _one_time_builders()
    misses = {k: f.cache_info().misses for k, f in builders.items()}
    first = Document(id="s18_first", source="t", text="某县召开会议，研究部署有关工作。")
    list(ex.extract_many([first], nlp=nlp))
    assert [k for k, f in builders.items() if f.cache_info().misses > misses[k]] == []


def test_prebuilt_with_the_pipeline():
    from ingest import extract as ex
    from ingest.components import cedict_names, grouping

    ex.get_nlp(True)
    for fn in (grouping._academy_names, cedict_names.rules):
        assert fn.cache_info().currsize == 1, fn.__name__


def test_warm_up_text_is_made_up():
    """The made-up text shares no sentence with the bench's texts (samples and dev): its reading
    warms the code, not the answers for the texts measured."""
    import re

    from ingest.components.warm_up import WARM_UP_TEXT, _documents

    mine = {s for s in re.split(r"[。；：\n]", WARM_UP_TEXT) if len(s) >= 12}
    assert len(mine) > 20
    for t in sample_and_dev_texts():
        assert not [s for s in mine if s in t]
    assert _documents(WARM_UP_TEXT)[0] == WARM_UP_TEXT and len(_documents(WARM_UP_TEXT)) > 5
