"""Which annotated batches a rule writer may read — one place for every bench and script.

The lead's protocol (docs/ROUNDS.md): seeds, dev and the batches before ``FIRST_HELD`` are READ
(development data, tuned on freely) except the CHECK batches, which are scored but never opened;
``FIRST_HELD`` and later batches are held out until the lead opens them. Opening a held-out set is
one edit here (and the lead's pools).

>>> is_read("u12"), is_read("u13"), is_read("seeds")
(True, False, True)
"""

from __future__ import annotations

FIRST_HELD = 115  # u115 and later are held out (lead only)
CHECK: tuple[str, ...] = ("u13", "u15")

# the lead's pooled groups of READ batches, freshest first (name, first, last)
GROUPS: tuple[tuple[str, int, int], ...] = (
    ("u111-u114", 111, 114), ("u108-u110", 108, 110), ("u105-u107", 105, 107), ("u102-u104", 102, 104),
    ("u97-u101", 97, 101),
    ("u92-u96", 92, 96), ("u87-u91", 87, 91), ("u82-u86", 82, 86), ("u77-u81", 77, 81),
    ("u72-u76", 72, 76), ("u65-u71", 65, 71), ("u59-u64", 59, 64), ("u53-u58", 53, 58),
    ("u44-u52", 44, 52), ("u36-u43", 36, 43), ("u27-u35", 27, 35), ("u1-u26", 1, 26))


def batch_number(name: str) -> int | None:
    """The number of an annotated batch name ("u42" -> 42), None for seeds, dev or anything else."""
    num = name[1:]
    return int(num) if name.startswith("u") and num.isdigit() else None


def is_read(name: str) -> bool:
    """A READ set: seeds, dev or a batch before FIRST_HELD that is not a CHECK batch."""
    n = batch_number(name)
    return name not in CHECK and (n is None or n < FIRST_HELD)


def development_batches() -> list[str]:
    """Every batch before FIRST_HELD, CHECK batches included (they are scored, never read)."""
    return [f"u{i}" for i in range(1, FIRST_HELD)]


def read_batches() -> list[str]:
    """The READ batches u1.. before FIRST_HELD, without the CHECK batches."""
    return [b for b in development_batches() if b not in CHECK]


def group_batches(first: int, last: int) -> list[str]:
    """The READ batches of one pooled group."""
    return [f"u{i}" for i in range(first, last + 1) if f"u{i}" not in CHECK]
