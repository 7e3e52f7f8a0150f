"""Build the spaCy pipeline: blank Chinese with a character segmenter, then rule components.

Segmenter choice (measured by bench/bench_extract.py on the sample and dev texts, same run; see
docs/BENCHMARKS_extract.md): jieba.lcut ~0.22 Mchar/s, spaCy's zh tokenizer with segmenter=jieba
~0.12-0.21, with segmenter=char ~0.6-1.1, and our char tokenizer (spaCy's "char" segmenter without
its Python re-alignment step) ~2.4-2.6 Mchar/s. Characters win on speed by an order of magnitude,
and on quality: entity names in Chinese do not line up with jieba's word boundaries (jieba often
glues a place or a verb to the next word, "抓好园区", "赴巩义"), so with jieba tokens entity spans
would have to be snapped to tokens and lose exactness. With one token per character every offset
the rules find is a token boundary and doc.ents carry exact offsets. The recogniser still uses
jieba's dictionary as a lexicon (word frequency and POS) on short candidate strings, where it is
cheap.

Components, in order: mcf_sentences (sentence boundaries), mcf_entities (mentions and grouped
entities), mcf_relations (relations; ingest/components/relations.py, owned by the relations
helper). build_nlp(with_relations=False) leaves the last one out. mcf_learned_spans (a trained
character tagger, ingest/components/learned.py) runs after mcf_entities when switched on
(`learned=True`, or MCFGRAPH_LEARNED_SPANS=on|off|person-gated; default LEARNED_DEFAULT, see
docs/QUALITY.md).
mcf_lac_spans (Baidu LAC's spans through the rules' checks, ingest/components/learned_lac.py; an
optional extra) runs there too when switched on (`lac=True`, or MCFGRAPH_LAC_SPANS=on|off; default
LAC_DEFAULT: off, it costs many times the rules' CPU).
"""

from __future__ import annotations

import os

import spacy
from spacy.language import Language

from ingest import extensions
from ingest.components import entities as _entities  # noqa: F401  (registers mcf_entities)
from ingest.components import learned as _learned  # noqa: F401  (registers mcf_learned_spans)
from ingest.components import learned_lac as _learned_lac  # noqa: F401  (registers mcf_lac_spans)
from ingest.components import relations as _relations  # noqa: F401  (registers mcf_relations)
from ingest.components import sentences as _sentences  # noqa: F401  (registers mcf_sentences)
from ingest.components import tokenizer as _tokenizer  # noqa: F401  (registers mcf_char_tokenizer.v1)
from ingest.components.prebuild import prebuild_patterns

extensions.register()

SEGMENTER = "char"
COMPONENTS = ("mcf_sentences", "mcf_entities", "mcf_relations")
LEARNED_DEFAULT = False  # measured on fresh batches: docs/QUALITY.md "Learned span component"
LAC_DEFAULT = False  # LAC spans: measured on u44-u52 (learned4), opt-in (CPU cost, optional extra)


def _switch(variable: str, default: bool) -> bool:
    """An on|off environment variable over a default (to measure a component's effect)."""
    value = os.environ.get(variable, "").strip().lower()
    if value in ("on", "1", "true", "yes"):
        return True
    if value in ("off", "0", "false", "no"):
        return False
    return default


# named variants of the learned component, MCFGRAPH_LEARNED_SPANS=<name> (measured, not the default):
# person-gated (learned9) adds persons only, reading only the windows the person gate opens
# (ingest/components/learned_gate.py, ingest/data/learned_person_gate.tsv)
LEARNED_VARIANTS: dict[str, dict] = {
    "person-gated": {"modes": ["add"], "types": ["Person"], "gate": True},
}


def learned_enabled() -> bool:
    """MCFGRAPH_LEARNED_SPANS=on|off|<variant> overrides LEARNED_DEFAULT (to measure the
    component's effect)."""
    return learned_variant() is not None or _switch("MCFGRAPH_LEARNED_SPANS", LEARNED_DEFAULT)


def learned_variant() -> dict | None:
    """The component's config for MCFGRAPH_LEARNED_SPANS=<variant> (LEARNED_VARIANTS), with the
    model of MCFGRAPH_LEARNED_MODEL when set (a model trained outside the package); None otherwise."""
    cfg = LEARNED_VARIANTS.get(os.environ.get("MCFGRAPH_LEARNED_SPANS", "").strip().lower())
    if cfg is None:
        return None
    model = os.environ.get("MCFGRAPH_LEARNED_MODEL", "").strip()
    return {**cfg, "model_path": model} if model else dict(cfg)


def lac_enabled() -> bool:
    """MCFGRAPH_LAC_SPANS=on|off overrides LAC_DEFAULT."""
    return _switch("MCFGRAPH_LAC_SPANS", LAC_DEFAULT)


def build_nlp(
    with_relations: bool = True, segmenter: str = SEGMENTER, learned: bool | None = None,
    lac: bool | None = None,
) -> Language:
    """A fresh pipeline. `segmenter`: "char" (default), or spaCy's "jieba" (for the benchmark);
    `learned`: add mcf_learned_spans (None: learned_enabled()); `lac`: add mcf_lac_spans (None:
    lac_enabled())."""
    if segmenter == "char":
        # spaCy's "char" segmenter, minus its Python re-alignment: token i is character i
        tok_cfg = {"@tokenizers": "mcf_char_tokenizer.v1"}
    else:
        tok_cfg = {"@tokenizers": "spacy.zh.ChineseTokenizer", "segmenter": segmenter}
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": tok_cfg}})
    nlp.add_pipe("mcf_sentences")
    nlp.add_pipe("mcf_entities")
    if learned if learned is not None else learned_enabled():
        nlp.add_pipe("mcf_learned_spans", config=(learned_variant() or {}) if learned is None else {})
    if lac if lac is not None else lac_enabled():
        nlp.add_pipe("mcf_lac_spans")
    if with_relations:
        nlp.add_pipe("mcf_relations", last=True)
    # word-list patterns (and the gold-name matcher) compiled now, not in the first document
    prebuild_patterns(with_relations, nlp.get_pipe("mcf_entities").rec)
    return nlp
