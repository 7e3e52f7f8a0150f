"""segment.lcut gives jieba.lcut's words, with and without HMM, on every stretch of invented and
sample texts (runs of Chinese, mixed with digits, Latin letters, punctuation and spaces)."""

from __future__ import annotations

import random
from pathlib import Path

import jieba

from ingest.components import segment

ROOT = Path(__file__).resolve().parent.parent


def _pieces() -> list[str]:
    texts = ["东方重工集团青山市军民融合发展委员会办公室召开第三次全体会议，研究部署2024年工作。",
             "加快建设东川省航空产业园A区（一期）项目 和 西山县人武部", "任县长", "惠民生", "a", "", "，"]
    texts += [p.read_text(encoding="utf-8")[:1500] for p in sorted((ROOT / "samples").glob("*.txt"))[:4]]
    rnd = random.Random(3)
    out = set()
    for t in texts:
        for _ in range(300):
            i = rnd.randrange(0, max(1, len(t)))
            out.add(t[i:i + rnd.randint(0, 16)])
    return sorted(out)


def test_same_words_as_jieba():
    pieces = _pieces()
    assert len(pieces) > 500
    for hmm in (False, True):
        for p in pieces:
            assert segment.lcut(p, HMM=hmm) == jieba.lcut(p, HMM=hmm), (p, hmm)



def test_first_word_stops_equals_testing_every_prefix():
    """name_context._first_word_stops walks a body's prefixes only while jieba's table holds them
    (segment.prefix_table); the answer is the one testing every prefix of the body gives."""
    from ingest.components.name_context import _MOVABLE_TAGS, NameContext

    ctx = NameContext()
    jw = ctx.lex.jieba_words

    def every_prefix(body: str) -> bool:  # the code before the walk
        if body[0] > "\u9fd5":
            return False
        firsts = [w for w in (body[:i] for i in range(1, len(body) + 1)) if (jw.get(w) or (0, ""))[0] > 0]
        for w in firsts or [body[0]]:
            tag = (jw.get(w) or (0, ""))[1]
            if tag in _MOVABLE_TAGS or tag.startswith("v"):
                return False
        return True

    bodies = [p for p in _pieces() if p]
    assert sum(every_prefix(b) for b in bodies) > 50 and sum(not every_prefix(b) for b in bodies) > 50
    for body in bodies:
        assert ctx._first_word_stops(body) == every_prefix(body), body
