"""Build the spaCy pipeline: blank Chinese with the character segmenter, then rule components.

Segmenter choice (measured in bench/bench_extract.py, see docs/BENCHMARKS_extract.md): spaCy's
"char" segmenter makes one token per character, runs about 4-5x faster than jieba segmentation
of the same text, and makes every character offset a token boundary. Entity names in Chinese do
not line up with jieba's word boundaries ("集中精力抓好园区" is segmented so that a name boundary
falls inside a word, and jieba often glues a place to the next word), so entity spans would have
to be snapped to tokens and lose exactness; with characters, doc.ents carry the exact offsets the
rules found. The recogniser consults jieba's dictionary (as a lexicon) only on short candidate
bodies, where it is cheap.

Components, in order: mcf_sentences (sentence boundaries), mcf_entities (mentions and grouped
entities), mcf_relations (the relations helper's component, when its module exists).
"""

from __future__ import annotations

import spacy
from spacy.language import Language

from ingest import extensions
from ingest.components import entities as _entities  # noqa: F401  (registers mcf_entities)
from ingest.components import sentences as _sentences  # noqa: F401  (registers mcf_sentences)
from ingest.components import tokenizer as _tokenizer  # noqa: F401  (registers mcf_char_tokenizer.v1)

extensions.register()

try:  # the relations helper's component; optional until its module exists
    from ingest.components import relations as _relations  # noqa: F401

    HAVE_RELATIONS = True
except ImportError:  # pragma: no cover - depends on the other helper's progress
    HAVE_RELATIONS = False

SEGMENTER = "char"
COMPONENTS = ("mcf_sentences", "mcf_entities")


def build_nlp(with_relations: bool = True, segmenter: str = SEGMENTER) -> Language:
    """A fresh pipeline. `segmenter`: "char" (default), or spaCy's "jieba" (for the benchmark)."""
    if segmenter == "char":
        # spaCy's "char" segmenter, minus its Python re-alignment: token i is character i
        tok_cfg = {"@tokenizers": "mcf_char_tokenizer.v1"}
    else:
        tok_cfg = {"@tokenizers": "spacy.zh.ChineseTokenizer", "segmenter": segmenter}
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": tok_cfg}})
    nlp.add_pipe("mcf_sentences")
    nlp.add_pipe("mcf_entities")
    if with_relations and HAVE_RELATIONS and "mcf_relations" in Language.factories:
        nlp.add_pipe("mcf_relations", last=True)
    return nlp
