"""Instructions spent inside given functions during the bench's first pass, counted by callgrind.

    python bench/callgrind_functions.py ingest.components.grouping:_merge_reduced
    python bench/callgrind_functions.py ingest.components.relations:_Extractor.problems
    python bench/callgrind_functions.py GEN=heads,persons      # recogniser generators by name

The targets (one combined count) are wrapped so that callgrind's collection is switched on while
one of them runs (CALLGRIND_TOGGLE_COLLECT through ctypes; nested calls counted once); the rest
of the pass runs instrumented but uncounted, as in bench/callgrind_first_pass.py. A toggle costs a
ctypes call (a few thousand instructions, counted in part), so the count of a function called
thousands of times in the pass is inflated by up to ~5k instructions a call: exact for functions
called per document or per stage, an upper bound for hot helpers (speed14, docs/BENCHMARKS.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _child(lib: str, specs: list[str]) -> None:
    import ctypes
    import functools
    import importlib

    import jieba

    sys.path.insert(0, str(ROOT))
    from bench.bench_extract import base_texts
    from graph.model import Document
    from ingest import extract as ex
    from ingest.components import recognizer

    cg = ctypes.CDLL(lib)
    depth = [0]

    def wrap(f):
        @functools.wraps(f)
        def w(*a, **k):
            if depth[0] == 0:
                cg.cg_toggle()
            depth[0] += 1
            try:
                return f(*a, **k)
            finally:
                depth[0] -= 1
                if depth[0] == 0:
                    cg.cg_toggle()
        return w

    texts = base_texts()
    jieba.initialize()
    nlp = ex.get_nlp(True)
    warm_up = "某县召开会议，研究部署有关工作。"
    list(ex.extract_many([Document(id="warm", source="bench", text=warm_up)], nlp=nlp))
    jieba.lcut(warm_up)
    for spec in specs:
        if spec.startswith("GEN="):
            for name in spec[4:].split(","):
                recognizer.GENERATORS[name] = wrap(recognizer.GENERATORS[name])
            continue
        mod, qual = spec.split(":")
        *owners, attr = qual.split(".")
        obj = importlib.import_module(mod)
        for o in owners:
            obj = getattr(obj, o)
        orig = getattr(obj, attr)
        raw = obj.__dict__.get(attr) if isinstance(obj, type) else None
        setattr(obj, attr, staticmethod(wrap(orig)) if isinstance(raw, staticmethod) else wrap(orig))
        if not owners:  # a module-level function: also where other modules imported it by name
            for m in list(sys.modules.values()):
                if getattr(m, "__name__", "").startswith("ingest") and getattr(m, attr, None) is orig:
                    setattr(m, attr, getattr(obj, attr))
    docs = [Document(id=f"f{i}", source="bench", text=t) for i, t in enumerate(texts)]
    cg.cg_start()
    list(ex.extract_many(docs, nlp=nlp))
    cg.cg_stop()


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        _child(sys.argv[2], sys.argv[3:])
        return
    specs = sys.argv[1:]
    if not specs:
        sys.exit(__doc__)
    sys.path.insert(0, str(ROOT))
    from bench.callgrind_first_pass import collected

    n = collected(__file__, specs, collect_at_start=False)
    print(f"instructions inside {' '.join(specs)} in the first pass: {n:,}")


if __name__ == "__main__":
    main()
