"""The `mcf_lac_spans` component: Baidu LAC as a candidate generator the rules' checks filter.

LAC (the PyPI package `LAC`: a two-layer BiGRU-CRF lexical analyser trained by Baidu on a large
news corpus; its model files ship inside the package, nothing is downloaded) segments text into
words and tags organisations (ORG), persons (PER), places (LOC), other proper nouns (nz) and
titles of works (nw). Unlike the rules it needs no head word, so it reads brand and short firm
names (东方重工, 青山智造) and bodies whose head the rules do not know. Its spans are only
*proposals*: one becomes an entity where no rule entity lies and a rule check of
ingest/data/lac_accept.tsv passes for its tag (a head word of heads.tsv types it; a firm's short
name must look like one by the rules' own test; a person name needs a surname), so the rules'
types and filters stay the judges. A form that is already a rule entity's name or alias becomes
one more mention of that entity.

LAC 2.1.2 imports `paddle.fluid`, which PaddlePaddle renamed `paddle.base` in 2.6 (the first
release with Python 3.11 wheels); the two module names are aliased before LAC is imported. It is
an opt-in switch (`MCFGRAPH_LAC_SPANS=on`, `build_nlp(lac=True)`): LAC costs far more CPU than
the rules (docs/QUALITY.md has the measurement and the decision), and the packages are an
optional extra (`pip install -e .[lac]`, scripts/setup.sh with MCFGRAPH_LAC=1).
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ingest import extensions
from ingest.components.candidate import is_cjk
from ingest.components.learned import Proposal, add_proposals, free_proposals
from ingest.components.lexicon import data_lines
from ingest.components.name_context import NameContext
from ingest.components.name_rules import HEAD_INFO
from ingest.textfold import text_view

extensions.register()

SOURCE = "lac"
MAX_CHUNK = 250  # LAC reads sentences; long lines are cut at clause ends
_CUT = re.compile(r"[^。！？!?；;\n]*[。！？!?；;\n]?")
_PUNCT = set("，。、；：！？,;:!?“”\"《》()（）[]【】")


class LacMissing(RuntimeError):
    """LAC or PaddlePaddle is not installed (they are an optional extra)."""


@lru_cache(maxsize=1)
def load_lac():
    """The LAC analyser (mode "lac": words and tags), loaded once per process."""
    try:
        import paddle
        import paddle.base
    except ImportError as exc:
        raise LacMissing("mcf_lac_spans needs PaddlePaddle 2.6: pip install -e '.[lac]' "
                         "(or MCFGRAPH_LAC=1 bash scripts/setup.sh)") from exc
    # LAC 2.1.2 was written for paddle.fluid, which paddle 2.6 calls paddle.base
    sys.modules.setdefault("paddle.fluid", paddle.base)
    sys.modules.setdefault("paddle.fluid.core", paddle.base.core)
    try:
        from LAC import LAC
    except ImportError as exc:
        raise LacMissing("mcf_lac_spans needs the LAC package: pip install --no-deps "
                         "--no-build-isolation LAC==2.1.2 (see scripts/setup.sh)") from exc
    return LAC(mode="lac")


def chunks(text: str) -> list[tuple[int, str]]:
    """(offset, piece) of `text` cut at sentence ends, pieces of at most MAX_CHUNK characters."""
    out: list[tuple[int, str]] = []
    for m in _CUT.finditer(text):
        s, piece = m.start(), m.group()
        for k in range(0, len(piece), MAX_CHUNK):
            part = piece[k:k + MAX_CHUNK]
            if part.strip():
                out.append((s + k, part))
    return out


def tagged_words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, LAC tag) of every word of `text` (offsets in `text`)."""
    pieces = chunks(text)
    if not pieces:
        return []
    results = load_lac().run([p for _, p in pieces])
    out: list[tuple[int, int, str]] = []
    for (off, piece), (words, tags) in zip(pieces, results, strict=True):
        pos = off
        for w, t in zip(words, tags, strict=True):
            i = text.find(w, pos, off + len(piece))
            if i < 0:  # (LAC returns the input's characters; this guards a normalised word)
                continue
            out.append((i, i + len(w), t))
            pos = i + len(w)
    return out


@lru_cache(maxsize=1)
def accept_rules() -> dict[str, list[tuple[str, str]]]:
    """LAC tag -> [(check, type)] from ingest/data/lac_accept.tsv."""
    rules: dict[str, list[tuple[str, str]]] = {}
    for line in data_lines("lac_accept.tsv"):
        tag, check, typ = line.split("\t")
        rules.setdefault(tag, []).append((check, typ))
    return rules


@lru_cache(maxsize=1)
def _context() -> NameContext:
    return NameContext()


def _head_type(surface: str) -> str:
    """The type of the longest head word `surface` ends in, with 2+ characters before it."""
    for k in range(min(len(surface) - 2, 8), 0, -1):
        info = HEAD_INFO.get(surface[-k:])
        if info:
            return info[0]
    return ""


def rule_type(surface: str, tag: str, checks: set[str] | None = None) -> str:
    """The type the rules give a LAC span of `tag`, or "" when no check of lac_accept.tsv passes
    (`checks`: only these check names, for measuring them one by one)."""
    ctx = _context()
    for check, typ in accept_rules().get(tag, []):
        name = check.partition(":")[0]
        if checks is not None and name not in checks:
            continue
        if check == "head":
            found = _head_type(surface)
            if found:
                return found
        elif check == "firm" and len(surface) >= 2 and ctx._company_like(surface):
            return typ
        elif check == "person" and ctx._plausible_name(surface):
            return typ
        elif check == "place" and surface in ctx.place_words:
            return typ
        elif name == "suffix":
            end = check.partition(":")[2]
            if surface.endswith(end) and len(surface) - len(end) >= 3:
                return typ
    return ""


def plausible(surface: str) -> bool:
    """Surface checks every proposal must pass: two or more CJK characters, CJK first, no
    punctuation inside (LAC glues a quotation or a list to a name now and then)."""
    return (sum(is_cjk(ch) for ch in surface) >= 2 and is_cjk(surface[0])
            and not any(ch in _PUNCT for ch in surface))


class LacSpans:
    """Adds the LAC spans of `tags` that pass a rule check (`checks`: all when empty) and touch
    no rule entity; writes doc.ents and Doc._.entities."""

    def __init__(self, tags: list[str], checks: list[str]) -> None:
        self.tags = set(tags)
        self.checks = set(checks) or None

    def proposals(self, text: str) -> list[Proposal]:
        """LAC's spans of `text`, typed by the rules (original offsets; the rules' text view is
        what LAC reads)."""
        view, offsets = text_view(text)
        out = []
        for s, e, tag in tagged_words(view):
            if tag not in self.tags:
                continue
            surface = view[s:e]
            if not plausible(surface):
                continue
            typ = rule_type(surface, tag, self.checks)
            if not typ:
                continue
            if offsets:
                s, e = offsets[s], offsets[e - 1] + 1
            out.append(Proposal(s, e, typ, 1.0))
        return out

    def __call__(self, doc: Doc) -> Doc:
        text = doc._.raw_text
        proposals = self.proposals(text)
        if not proposals:
            return doc
        new, entities = free_proposals(doc, text, proposals)
        if new:
            add_proposals(doc, text, new, entities, SOURCE)
        return doc


# The default lets persons through only: on u44-u52 (never read by a rule writer when LAC was
# measured) and on every READ batch, persons are the one tag whose spans lift entities; organisation,
# place and nz/nw spans cost more than they add (scripts/learned_cv.py --variants lac-*; report of
# learned4, docs/QUALITY.md).
DEFAULT_TAGS = ["PER"]


@Language.factory("mcf_lac_spans", default_config={"tags": DEFAULT_TAGS, "checks": []})
def make_lac_spans(nlp: Language, name: str, tags: list[str], checks: list[str]) -> LacSpans:
    return LacSpans(tags, checks)
