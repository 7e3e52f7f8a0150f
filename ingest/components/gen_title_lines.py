"""Generator `title_lines`: names given by the layout of a notice, not by a head word.

- A `名称：` line (文件名称, 政策名称 …) names a Policy; `项目名称：` names a Project.
- A document's title line of the form [issuer]关于…的通知/意见/办法/方案… names the Policy the
  document is. An issuer glued before 关于 (东川市人民政府办公厅关于…的实施意见) is part of the
  name, as the annotated batches write it (in 《》 titles too); else the span starts at 关于.
- The title line of a reply to a numbered proposal or suggestion (甲局关于…第12号建议的答复,
  对…第3号提案的答复) names a Policy, issuer, meeting and all (`reply_title`).
- The proposal a reply answers (您提出的“关于…的提案”收悉) or a proposal page's 题 目: field names a
  Policy laid over the names inside it (`proposal_titles`, run last: recognizer.OVERLAY_STAGE).
- In running text, an unquoted [issuer]关于…的意见/通知/决定… after a verb that cites, issues or
  implements a document (根据, 出台, 下发, 印发, 贯彻 …) names a Policy too (`about_titles`);
  a meeting notice (关于召开/举办…) names no policy.

Such a line is long, so it is proposed late and only where no organisation, person or other name
was chosen inside it (a place inside is allowed: 关于加快青山市…的实施意见): the resolver keeps the
longest name, and a name standing inside a title should not be swallowed by it. A Policy named by
its words is allowed too (ent51): the designation or plan a notice is about (关于…拟申报全国双拥模范城(县)
名单的公示, 关于印发…行动计划的通知) is nested in the title, an entity only where the document also names
it on its own (GUIDELINES "Nested names"; READ u8, u60, u79); one quoted in 《》 still keeps it apart.
"""

from __future__ import annotations

from ingest.components.candidate import Cand
from ingest.components.name_context import NameContext
from ingest.components.name_rules import (
    ABOUT_TITLE,
    JOINT_ISSUER_SEPARATORS,
    MEETING_VERB,
    NAME_FIELD_LINE,
    ORG_TYPES,
    PROPOSAL_ACKNOWLEDGED,
    PROPOSAL_FIELD,
    REPLY_TITLE,
    SPACED_NAME_FIELD,
    TITLE_LINE,
    TITLE_LINE_LATER,
)


def title_lines(ctx: NameContext, t: str, chosen: list[Cand]) -> list[Cand]:
    out = []
    if "名称" in t:
        for m in NAME_FIELD_LINE.finditer(t):
            typ = "Project" if m.group(1) in ("项目", "工程") else "Policy"
            out.append(Cand(m.start(2), m.end(2), typ, "rule:name_field", 0.7, priority=2))
    spaced = [Cand(m.start(1), m.end(1), "Policy", "rule:name_field:spaced", 0.7, priority=2)
              for m in SPACED_NAME_FIELD.finditer(t)] if _has_field_label(t) else []
    if "答复" in t and "号" in t:  # a reply's title is one whatever names stand inside it
        spaced += [Cand(m.start(1), m.end(1), "Policy", "rule:reply_title", 0.7, priority=2)
                   for m in REPLY_TITLE.finditer(t)]
    first = t.lstrip()
    m = TITLE_LINE.match(first)
    if m:
        offset = len(t) - len(first)
        a = _with_issuer(t, offset + m.start(1), chosen)
        out.append(Cand(a, offset + m.end(1), "Policy", "rule:title_line", 0.65, 2))
    if "关于" in t:
        for m in TITLE_LINE_LATER.finditer(t):
            if m.start(1) > 0 and not MEETING_VERB.match(t, t.find("关于", m.start(1)) + 2):
                a = t.find("关于", m.start(1))
                out.append(Cand(_with_issuer(t, a, chosen), m.end(1), "Policy", "rule:title_line", 0.65, 2))
    if "关于" in t:
        for m in ABOUT_TITLE.finditer(t):
            if not MEETING_VERB.match(t, m.start(1) + 2):
                out.append(Cand(_with_issuer(t, m.start(1), chosen), m.end(1), "Policy", "rule:about_title",
                                0.6, 2))
    # a name the field table labels as the document's is one whatever names stand inside it; a place
    # or a Policy named by its words inside a title (the designation or plan it is about) does not
    # keep the title apart
    return spaced + [c for c in out if not any(c.start < k.end and k.start < c.end
                                               and k.type != "Location" and not _nested_policy(t, k)
                                               and not (c.start <= k.start and k.end <= _about(t, c))
                                               for k in chosen)]


def proposal_titles(ctx: NameContext, t: str, chosen: list[Cand]) -> list[Cand]:
    """The proposal a reply answers (您提出的“关于青山市…的提案”收悉) or a proposal page names in its
    题 目: field: one Policy, laid over the names inside it (`resolver.overlay`), since the park,
    body or place a proposal is about is an entity of its own in the annotated batches (READ u16,
    u66, u78). A reply that writes its proposal's title a second time with a word changed (退伍/退役
    军人…的建议) means the same proposal: that mention is keyed to the first (`_twin`)."""
    if "关于" not in t or not any(k in t for k in ("提案", "建议", "议案")):
        return []
    out = []
    for rx in (PROPOSAL_ACKNOWLEDGED, PROPOSAL_FIELD):
        for m in rx.finditer(t):
            s, e = m.start(1), m.end(1)
            out.append(Cand(s, e, "Policy", "rule:proposal_title", 0.65, 2, key=_twin(t, s, e, chosen)))
    return out


def _twin(t: str, s: int, e: int, chosen: list[Cand]) -> str:
    """The text of a Policy chosen elsewhere that is the same title with at most two characters
    changed (same length, same kind word at its end), or "" when there is none."""
    name = t[s:e]
    for k in chosen:
        other = t[k.start:k.end].strip("《》")
        if (k.type == "Policy" and k.start != s and len(other) == len(name) and other[-2:] == name[-2:]
                and sum(a != b for a, b in zip(other, name, strict=True)) <= 2):
            return other
    return ""


def _nested_policy(t: str, k: Cand) -> bool:
    """Is `k` a Policy a title may hold (ent51): a designation or plan named by its words (关于…拟申报
    全国双拥模范城(县)名单的公示, 关于印发…行动计划的通知: READ u8, u60, u79), not a document quoted in
    《》 that a release notice forwards (关于印发《…》的通知: the notice rules read its issuer and the
    plan there, relation_rules_notices)."""
    return k.type == "Policy" and t[k.start:k.start + 1] != "《"


def _has_field_label(t: str) -> bool:
    """A cheap test before the field-table regex: a label 称 or 题 closed by a colon (名  称:)."""
    return any(w in t for w in ("称:", "称：", "题:", "题：", "称 :", "题 :"))


def _with_issuer(t: str, about: int, chosen: list[Cand]) -> int:
    """Start of the title: the issuer's, when a chosen body ends right at 关于, else 关于's. Joint
    issuers (青山市人民政府 青山警备区关于…的通告, 甲局、乙局关于…) are all part of it: a body ending
    at a space or 、 right before the first issuer issued it too."""
    ends = {k.end: k.start for k in chosen if k.type in ORG_TYPES}
    start = ends.get(about, about)
    while start < about:
        sep = start
        while sep > 0 and t[sep - 1] in JOINT_ISSUER_SEPARATORS:
            sep -= 1
        if sep == start or sep not in ends or start - sep > 2:
            break
        start = ends[sep]
    return start


def _about(t: str, c: Cand) -> int:
    """Where 关于 starts in the title `c` (the issuer's body may stand before it, inside the title)."""
    k = t.find("关于", c.start, c.end)
    return k if k >= 0 else c.start
