"""jieba's word segmentation for the rules' short bodies, without jieba.lcut's per-call wrapper.

The entity rules ask jieba for the words of a name body, a place's surroundings or a candidate
name thousands of times per document set (which leading words are verbs, whether a place stands on
word boundaries, whether a body holds a proper name). `jieba.lcut` first splits its input into runs
of Chinese and alphanumeric characters (`jieba.re_han_default`) and then segments each run; on a
text that is one such run (nearly every body) the result is exactly the segmentation of that run,
and the split, the generator chain and the decoding around it were a quarter of the call
(~34 -> ~25 us a body, HMM off). Such a text goes straight to the run segmenter jieba itself uses
(jieba 0.42's `Tokenizer.__cut_DAG` / `__cut_DAG_NO_HMM` on the default tokenizer); any other text
goes through `jieba.lcut`. tests/test_segment.py compares both on every stretch of sample texts.
"""

from __future__ import annotations

import jieba

_RUN = jieba.re_han_default  # (the class jieba.cut splits on: one match is one run)


def lcut(text: str, HMM: bool = True) -> list[str]:  # noqa: N803 (jieba's own keyword)
    """`jieba.lcut(text, HMM=HMM)`, the same list of words."""
    if text and _RUN.fullmatch(text):
        dt = jieba.dt
        return list(dt._Tokenizer__cut_DAG(text) if HMM else dt._Tokenizer__cut_DAG_NO_HMM(text))
    return jieba.lcut(text, HMM=HMM)


def prefix_table() -> dict[str, int]:
    """jieba's word table, which also holds every prefix of every dictionary word (with frequency
    0 when the prefix is no word itself): a string that is not a key starts no dictionary word, so
    a walk over a body's prefixes can stop there (jieba's own DAG builder stops the same way)."""
    jieba.dt.check_initialized()
    return jieba.dt.FREQ
