"""The sample and dev texts, for the speed tests that run a pass over every text at hand."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def sample_and_dev_texts() -> list[str]:
    """The bundled samples, then the dev texts when ../shared/gold is present (the bench's first pass)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    dev = ROOT.parent / "shared" / "gold" / "dev.jsonl"
    if dev.exists():
        texts += [json.loads(x)["text"] for x in dev.read_text(encoding="utf-8").splitlines() if x.strip()]
    return texts
