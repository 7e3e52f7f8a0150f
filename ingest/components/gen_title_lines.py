"""Generator `title_lines`: names given by the layout of a notice, not by a head word.

- A `名称：` line (文件名称, 政策名称 …) names a Policy; `项目名称：` names a Project.
- A document's title line of the form [issuer]关于…的通知/意见/办法/方案… names the Policy the
  document is (the span from 关于 on; the issuer before it is a body found by its own head word).

Such a line is long, so it is proposed late and only where no organisation, person or other name
was chosen inside it (a place inside is allowed: 关于加快青山市…的实施意见): the resolver keeps the
longest name, and a name standing inside a title should not be swallowed by it.
"""

from __future__ import annotations

from ingest.components.candidate import Cand
from ingest.components.name_context import NameContext
from ingest.components.name_rules import NAME_FIELD_LINE, TITLE_LINE


def title_lines(ctx: NameContext, t: str, chosen: list[Cand]) -> list[Cand]:
    out = []
    if "名称" in t:
        for m in NAME_FIELD_LINE.finditer(t):
            typ = "Project" if m.group(1) in ("项目", "工程") else "Policy"
            out.append(Cand(m.start(2), m.end(2), typ, "rule:name_field", 0.7, priority=2))
    first = t.lstrip()
    m = TITLE_LINE.match(first)
    if m:
        offset = len(t) - len(first)
        out.append(Cand(offset + m.start(1), offset + m.end(1), "Policy", "rule:title_line", 0.65, 2))
    return [c for c in out if not any(k.start < c.end and c.start < k.end and k.type != "Location"
                                      for k in chosen)]
