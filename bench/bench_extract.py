"""Extraction throughput next to bare jieba segmentation, on >= 10 MB of text, in one run.

    python bench/bench_extract.py [--mb 10] [--processes 1 2] [--out docs/BENCHMARKS_extract.md]

The corpus is the sample documents (samples/*.txt, plus the dev texts when ../shared is there)
repeated until it reaches --mb megabytes of UTF-8, cut into --blocks blocks (a separate line
measures one pass over the distinct texts in a fresh process, since repeats hit the pipeline's
caches); every configuration (bare jieba.lcut, the pipeline with 1 and 2 processes, with and
without relations) runs on each block in turn, so all of them see the same machine load.
Documents are generated lazily, so memory measures the pipeline, not the corpus: memory (PSS,
this process and its workers) is reported at a quarter, half and the whole corpus to show that it
stays flat while the corpus grows. It is read at 16 checkpoints (not by a sampling thread, which
would compete for the GIL).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.model import Document  # noqa: E402


def base_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    for name in ("seeds.jsonl", "dev.jsonl"):
        path = ROOT.parent / "shared" / "gold" / name
        if path.exists() and name == "dev.jsonl":
            lines = path.read_text(encoding="utf-8").splitlines()
            texts += [json.loads(x)["text"] for x in lines if x.strip()]
    return texts


def corpus(texts: list[str], n_bytes: int) -> Iterator[Document]:
    done, i = 0, 0
    while done < n_bytes:
        t = texts[i % len(texts)]
        yield Document(id=f"b{i}", source="bench", text=t)
        done += len(t.encode("utf-8"))
        i += 1


def _mem(p: psutil.Process) -> int:
    """PSS where the OS reports it (shared copy-on-write pages of forked workers counted once)."""
    try:
        return p.memory_full_info().pss
    except (AttributeError, psutil.Error):
        return p.memory_info().rss


def rss_now() -> int:
    """Memory of this process plus its worker processes, in bytes."""
    me = psutil.Process()
    total = _mem(me)
    for c in me.children(recursive=True):
        try:
            total += _mem(c)
        except psutil.Error:
            pass
    return total


CONFIGS = (  # (label, with_relations, processes); None = bare jieba.lcut
    ("jieba.lcut (bare segmenter)", None, 1),
    ("extract: sentences+entities", False, 1),
    ("extract: sentences+entities", False, 2),
    ("extract: sentences+entities+relations", True, 1),
    ("extract: sentences+entities+relations", True, 2),
)


def blocks(texts: list[str], n_bytes: int, n_blocks: int) -> Iterator[list[Document]]:
    """The corpus in n_blocks consecutive blocks (one block in memory at a time)."""
    it = corpus(texts, n_bytes)
    per = n_bytes // n_blocks
    block: list[Document] = []
    size = 0
    for d in it:
        block.append(d)
        size += len(d.text.encode("utf-8"))
        if size >= per:
            yield block
            block, size = [], 0
    if block:
        yield block


def run_block(cfg, docs: list[Document], batch_size: int = 16) -> tuple[int, float, float, int]:
    """(chars, wall seconds, CPU seconds incl. workers, memory sampled mid-block) for one block."""
    import jieba

    from ingest import extract as ex

    _, with_rel, n = cfg
    cpu0, t0 = os.times(), time.perf_counter()
    chars, mem, half = 0, 0, len(docs) // 2
    if with_rel is None:
        for d in docs:
            jieba.lcut(d.text)
            chars += len(d.text)
    else:
        nlp = ex.get_nlp(with_rel)
        stream = ex.extract_many(docs, n_process=n, batch_size=batch_size, nlp=nlp)
        for i, x in enumerate(stream):
            chars += len(x.document.text)
            if i == half:
                mem = rss_now()  # workers are alive here
    dt = time.perf_counter() - t0
    cpu = sum(os.times()[:4]) - sum(cpu0[:4])  # children count once the pool's workers exited
    return chars, dt, cpu, mem


def bench(texts: list[str], n_bytes: int, processes: list[int], n_blocks: int):
    """Every configuration runs on each block in turn, so all see the same machine load."""
    import jieba

    from ingest import extract as ex

    jieba.initialize()
    for rel in (False, True):  # build both pipelines before any fork
        list(ex.extract_many(corpus(texts, 1), nlp=ex.get_nlp(rel)))
    configs = [c for c in CONFIGS if c[2] in processes]
    acc = {c: [0, 0.0, 0.0, []] for c in configs}
    for k, block in enumerate(blocks(texts, n_bytes, n_blocks)):
        for c in configs:
            chars, dt, cpu, mem = run_block(c, block)
            a = acc[c]
            a[0] += chars
            a[1] += dt
            a[2] += cpu
            a[3].append(mem)
        print(f"block {k + 1}/{n_blocks} done", flush=True)
    return acc


def component_times(texts: list[str], with_relations: bool) -> dict[str, float]:
    """Seconds per component over one pass of the base texts (where the time goes)."""
    from ingest.pipeline import build_nlp

    nlp = build_nlp(with_relations=with_relations)
    out = {"tokenizer": 0.0}
    docs = []
    for t in texts * 3:
        t0 = time.perf_counter()
        docs.append(nlp.make_doc(t))
        out["tokenizer"] += time.perf_counter() - t0
    for name, proc in nlp.pipeline:
        t0 = time.perf_counter()
        docs = [proc(d) for d in docs]
        out[name] = time.perf_counter() - t0
    total_chars = sum(len(t) for t in texts * 3)
    return {k: total_chars / v / 1e6 if v else float("inf") for k, v in out.items()}


def segmenter_times(texts: list[str]) -> dict[str, float]:
    """Mchar/s of the candidate word segmenters on the base texts (why the pipeline uses chars)."""
    import jieba
    import spacy

    from ingest.pipeline import build_nlp

    cands = {
        "jieba.lcut": jieba.lcut,
        'spacy.blank("zh") segmenter=jieba': spacy.blank(
            "zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}}
        ).make_doc,
        'spacy.blank("zh") segmenter=char': spacy.blank("zh").make_doc,
        "mcf_char_tokenizer.v1 (used)": build_nlp(with_relations=False).make_doc,
    }
    out = {}
    docs = texts * 3
    n = sum(len(t) for t in docs)
    for name, fn in cands.items():
        fn(docs[0])
        t0 = time.perf_counter()
        for t in docs:
            fn(t)
        out[name] = n / (time.perf_counter() - t0) / 1e6
    return out


def first_pass(texts: list[str], rounds: int = 3) -> dict[str, float]:
    """Mchar per CPU-second on ONE pass over distinct texts, in a process that has not seen them.

    The 10 MB corpus repeats the same documents, and the pipeline memoises work keyed by names
    and text windows, so from the second copy on it runs faster than on text it meets for the
    first time. Here a new process (jieba's dictionary loaded, the pipeline warmed up on one
    unrelated sentence) reads each base text once; jieba.lcut reads the same texts in that
    process. Best of `rounds` processes. Some first-use costs remain (patterns compiled on first
    use, new characters entering spaCy's vocabulary), so it is a lower bound for a large fresh
    corpus, as the repeated corpus is an upper bound.
    """
    import subprocess

    best: dict[str, float] = {}
    for _ in range(rounds):
        out = subprocess.run([sys.executable, __file__, "--first-pass-child"], capture_output=True,
                             text=True, check=True).stdout.strip().splitlines()[-1]
        for k, v in json.loads(out).items():
            best[k] = max(best.get(k, 0.0), v)
    return best


def _first_pass_child() -> None:
    import jieba

    from ingest import extract as ex

    texts = base_texts()
    jieba.initialize()  # loads jieba's dictionary (~0.5 s, once per process; the rules use it lazily)
    nlp = ex.get_nlp(True)
    warm = Document(id="warm", source="bench", text="某县召开会议，研究部署有关工作。")
    list(ex.extract_many([warm], nlp=nlp))
    jieba.lcut(warm.text)
    chars = sum(len(t) for t in texts)
    docs = [Document(id=f"f{i}", source="bench", text=t) for i, t in enumerate(texts)]
    t0 = time.process_time()
    list(ex.extract_many(docs, nlp=nlp))
    t_pipe = time.process_time() - t0
    t0 = time.process_time()
    for t in texts:
        jieba.lcut(t)
    t_jieba = time.process_time() - t0
    print(json.dumps({"pipeline": chars / t_pipe / 1e6, "jieba": chars / t_jieba / 1e6, "chars": chars}))


def main() -> None:
    if "--first-pass-child" in sys.argv:
        _first_pass_child()
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--blocks", type=int, default=8)
    ap.add_argument("--out", default="")
    a = ap.parse_args()
    n_bytes = int(a.mb * 1024 * 1024)
    texts = base_texts()
    load = os.getloadavg()[0]
    acc = bench(texts, n_bytes, a.processes, a.blocks)
    load_end = os.getloadavg()[0]
    jc, jt = acc[CONFIGS[0]][:2]
    jspeed = jc / jt
    rows = []
    for (label, _rel, n), (c, t, cpu, mems) in acc.items():
        q = len(mems)
        growth = " / ".join(f"{m / 2**20:.0f}" for m in (mems[max(0, q // 4 - 1)], mems[max(0, q // 2 - 1)],
                                                          mems[-1])) if any(mems) else ""
        peak = max(mems) if mems else 0
        rows.append((label, n, c, t, peak, growth, cpu))
        print(f"{label} x{n}: {c / t / 1e6:.3f} Mchar/s ({c / t / jspeed:.2f}x jieba), "
              f"{c / cpu / 1e6:.3f} Mchar per CPU-s, peak PSS {peak / 2**20:.0f} MiB ({growth})", flush=True)
    comp = component_times(texts, with_relations=True)
    print("per component (Mchar/s):", {k: round(v, 3) for k, v in comp.items()})
    seg = segmenter_times(texts)
    print("segmenters (Mchar/s):", {k: round(v, 3) for k, v in seg.items()})
    fresh = first_pass(texts)
    print(f"first pass over distinct texts (cold process): pipeline {fresh['pipeline']:.3f} Mchar/CPU-s, "
          f"jieba {fresh['jieba']:.3f}, ratio {fresh['pipeline'] / fresh['jieba']:.2f}x")
    print(f"load average (1 min) at start {load:.1f}, at end {load_end:.1f}, CPUs {os.cpu_count()}")
    if a.out:
        write_md(Path(a.out), a.mb, rows, jspeed, comp, (load, load_end), seg, fresh)


NOTES = """How to read the table:

- Speed goal: the whole pipeline (with relations) at >= 0.5x the bare segmenter on one process,
  on text met for the first time (the "Fresh text" line; the repeated-corpus rows flatter the
  memoised work). The per-component list shows where the time goes (entities are the slowest
  stage per character, then relations).
- Memory: PSS (shared copy-on-write pages of forked workers counted once) stays flat from a
  quarter of the corpus to all of it; extract_many streams with at most two batches per worker in
  flight, and freezes the collector before forking so workers do not copy the shared pages.
- Scaling to 2 processes: Mchar per CPU-second drops by about 15-20% from x1 to x2 (IPC, result
  pickling, copy-on-write faults after the fork), so the work does parallelise; whether the
  wall-clock time halves depends on a free core. On this shared 2-CPU machine the load average
  from other jobs was 3-4 during the run, so there was none, and the x2 wall-clock rows show no
  gain. On idle cores the expected speed-up is 2 x (x2 Mchar/CPU-s) / (x1 Mchar/CPU-s), about
  1.6-1.7x.
"""


def write_md(path: Path, mb: float, rows, jspeed: float, comp: dict[str, float], loads, seg,
             fresh: dict[str, float]) -> None:
    lines = [
        "# Extraction benchmark",
        "",
        f"`python bench/bench_extract.py --mb {mb:g} --out {path.as_posix()}`: {mb:g} MB of UTF-8 text",
        "(the sample and dev documents repeated), one run, same machine, same text for every row.",
        f"Machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}; other jobs may share the",
        "machine, so compare rows of one run (the ratio column), not absolute numbers across runs.",
        f"Load average (1 min) at start {loads[0]:.1f} and end {loads[1]:.1f} on {os.cpu_count()} CPUs: with",
        "other jobs running, a second process finds no idle core, so the wall-clock speed-up of x2 is",
        "bounded by the load; Mchar per CPU-second (parent + workers) shows whether the work itself",
        "parallelises without overhead (equal values for x1 and x2 mean it does).",
        "",
        "| what | processes | chars | seconds | Mchar/s | x jieba.lcut | Mchar/CPU-s | peak PSS MiB "
        "| PSS at 1/4, 1/2, all |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for label, n, c, t, peak, growth, cpu in rows:
        sp = c / t
        lines.append(
            f"| {label} | {n} | {c} | {t:.1f} | {sp / 1e6:.3f} | {sp / jspeed:.2f} | {c / cpu / 1e6:.3f} | "
            f"{peak / 2**20:.0f} | {growth} |"
        )
    lines += [
        "",
        f"**Fresh text.** One pass over the {int(fresh['chars']):,} characters of the base texts, in a new "
        "process (caches cold; first-use costs included, so a lower bound), whole pipeline with relations: "
        f"{fresh['pipeline']:.3f} Mchar per CPU-second against jieba.lcut's {fresh['jieba']:.3f} "
        "on the same texts,",
        f"**{fresh['pipeline'] / fresh['jieba']:.2f}x**. The table above repeats the same documents to reach "
        f"{mb:g} MB, and the",
        "pipeline memoises work keyed by names and text windows, so its rows are faster than text met",
        "for the first time (an upper bound); a large corpus of new documents lies between the two.",
    ]
    lines += ["", "Per component, one process, Mchar/s (tokenizer = spaCy Doc creation):", ""]
    lines += [f"- {k}: {v:.3f}" for k, v in comp.items()]
    lines += ["", "Segmenters on the same texts, Mchar/s (the pipeline uses the last one):", ""]
    lines += [f"- {k}: {v:.3f}" for k, v in seg.items()]
    lines += ["", NOTES]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
