"""Instructions of the bench's first pass (bench_extract.py --first-pass-child), counted by callgrind
around the pass only.

    python bench/callgrind_first_pass.py            # cold pass over the sample + dev texts
    python bench/callgrind_first_pass.py --warm     # the same texts after one pass over them

Instruction counts do not depend on the machine's load, so on a shared machine they compare two
versions where seconds cannot (docs/BENCHMARKS.md, thirteenth pass). Needs valgrind with its
headers (callgrind.h) and a C compiler: a two-function library switches callgrind's collection on
and off (CALLGRIND_START_INSTRUMENTATION / STOP) from Python through ctypes, so the interpreter's
start, jieba's dictionary and the pipeline's build run uninstrumented (~20 s a run, not minutes).
PYTHONHASHSEED is fixed so two runs of one version agree to ~0.1%.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_LIB = """#include <valgrind/callgrind.h>
void cg_start(void) { CALLGRIND_ZERO_STATS; CALLGRIND_START_INSTRUMENTATION; }
void cg_stop(void) { CALLGRIND_STOP_INSTRUMENTATION; CALLGRIND_DUMP_STATS; }
void cg_toggle(void) { CALLGRIND_TOGGLE_COLLECT; }
"""


def _child(lib: str, warm: bool) -> None:
    import ctypes

    import jieba

    sys.path.insert(0, str(ROOT))
    from bench.bench_extract import base_texts
    from graph.model import Document
    from ingest import extract as ex

    cg = ctypes.CDLL(lib)
    texts = base_texts()
    jieba.initialize()
    nlp = ex.get_nlp(True)
    warm_up = "某县召开会议，研究部署有关工作。"
    list(ex.extract_many([Document(id="warm", source="bench", text=warm_up)], nlp=nlp))
    jieba.lcut(warm_up)
    docs = [Document(id=f"f{i}", source="bench", text=t) for i, t in enumerate(texts)]
    if warm:
        list(ex.extract_many(docs, nlp=nlp))
    cg.cg_start()
    list(ex.extract_many(docs, nlp=nlp))
    cg.cg_stop()


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        _child(sys.argv[2], "--warm" in sys.argv)
        return
    n = collected(__file__, ["--warm"] if "--warm" in sys.argv else [])
    print(f"instructions in the {'warm' if '--warm' in sys.argv else 'first'} pass: {n:,}")


def collected(script: str, args: list[str], collect_at_start: bool = True) -> int:
    """Run `script --child LIB *args` under callgrind and return the instructions it collected: the
    child switches instrumentation (and, with collect_at_start False, collection) on and off through
    LIB, a small C library built here from _LIB (shared with bench/callgrind_functions.py)."""
    with tempfile.TemporaryDirectory() as tmp:
        src, lib = Path(tmp) / "cg.c", Path(tmp) / "libcg.so"
        src.write_text(_LIB)
        subprocess.run(["cc", "-O2", "-shared", "-fPIC", "-o", str(lib), str(src)], check=True)
        env = dict(os.environ, PYTHONHASHSEED="0")
        cmd = ["valgrind", "--tool=callgrind", "--instr-atstart=no",
               *([] if collect_at_start else ["--collect-atstart=no"]),
               f"--callgrind-out-file={tmp}/callgrind.out.%p", sys.executable, script, "--child", str(lib)]
        out = subprocess.run(cmd + args, env=env, cwd=ROOT, capture_output=True, text=True)
        m = re.search(r"Collected : (\d+)", out.stderr)
        if out.returncode or m is None:
            sys.exit(out.stderr[-2000:])
        return int(m.group(1))


if __name__ == "__main__":
    main()
