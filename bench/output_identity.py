"""Check that a speed change leaves extraction output unchanged, byte for byte.

    python bench/output_identity.py --save /tmp/ref.jsonl     # on the code before the change
    python bench/output_identity.py --check /tmp/ref.jsonl    # on the code after it

Runs `mcfgraph extract --format jsonl` (the CLI of this checkout's environment) over every text
at hand: samples/, the gold seeds and dev texts (../shared/gold) and the annotated batches
(corpus/annotated/u*.jsonl), written to a temporary folder as in corpus/annotated/README.md. Only
document ids are printed, never text: the script compares output, it is no tool for tuning rules
on the held-out batches.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def write_texts(folder: Path) -> int:
    """Every text at hand as <source>_<id>.txt in folder; returns how many."""
    n = 0
    for p in sorted((ROOT / "samples").glob("*.txt")):
        (folder / f"sample_{p.name}").write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
        n += 1
    batches = [ROOT.parent / "shared" / "gold" / f for f in ("seeds.jsonl", "dev.jsonl")]
    batches += sorted((ROOT / "corpus" / "annotated").glob("u*.jsonl"))
    for path in batches:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                (folder / f"{path.stem}_{d['id']}.txt").write_text(d["text"], encoding="utf-8")
                n += 1
    return n


def extract_all() -> bytes:
    cli = Path(sys.executable).parent / "mcfgraph"
    with tempfile.TemporaryDirectory() as tmp:
        n = write_texts(Path(tmp))
        out = subprocess.run([str(cli), "extract", tmp, "--format", "jsonl"], capture_output=True, check=True)
    print(f"{n} texts extracted", file=sys.stderr)
    return out.stdout.replace(tmp.encode(), b"<texts>")  # the source path names the temporary folder


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--save", type=Path)
    g.add_argument("--check", type=Path)
    a = ap.parse_args()
    got = extract_all()
    if a.save:
        a.save.write_bytes(got)
        return
    ref = a.check.read_bytes()
    if got == ref:
        print("identical")
        return
    old, new = ref.splitlines(), got.splitlines()
    ids = [json.loads(x)["id"] for x, y in zip(old, new, strict=False) if x != y]
    print(f"DIFFERENT: {len(old)} vs {len(new)} documents; changed: {', '.join(ids) or '(count only)'}")
    sys.exit(1)


if __name__ == "__main__":
    main()
