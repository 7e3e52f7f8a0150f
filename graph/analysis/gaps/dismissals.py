"""Analysts' verdicts on findings, kept beside the store (like the resolve decisions).

A dismissal is keyed by the finding's stable key (its id is a hash of it), so it survives
re-ingest and store rebuilds: the same finding found again is still dismissed. File shape:
{"dismissed": {"<key>": {"id": ..., "reason": ..., "title": ..., "kind": ..., "at": ISO time}}}.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path


class DismissError(ValueError):
    pass


@dataclass
class Dismissals:
    dismissed: dict[str, dict] = field(default_factory=dict)
    path: Path | None = None

    @classmethod
    def load(cls, path: str | os.PathLike | None) -> Dismissals:
        if path is None:
            return cls()
        p = Path(path)
        if not p.exists():
            return cls(path=p)
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise DismissError(f"{p}: not a readable dismissals file ({exc})") from exc
        return cls(dict(data.get("dismissed", {})), p)

    def save(self) -> None:
        if self.path is None:
            raise DismissError("no dismissals file")
        data = {"dismissed": dict(sorted(self.dismissed.items()))}
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        tmp.replace(self.path)  # never a half-written file

    def dismiss(self, finding: dict, reason: str) -> dict:
        if not reason.strip():
            raise DismissError("a dismissal needs a reason (--reason TEXT)")
        verdict = {
            "id": finding["id"],
            "kind": finding["kind"],
            "title": finding["title"],
            "reason": reason.strip(),
            "at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        self.dismissed[finding["key"]] = verdict
        return verdict

    def verdict(self, key: str) -> dict | None:
        return self.dismissed.get(key)
