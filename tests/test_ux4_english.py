"""ux4: a stated finding in English for a reader of Chinese who reads slowly.

Found on the stated-tier READ batches: `mcfgraph gaps` in a terminal showed a stated finding's holder
in Chinese only (the Markdown and HTML reports had an "in English" line, the terminal none), and no
format said in English what kind of problem the quoted sentence states. The terminal block of a stated
finding now has the holder's gloss, and every format the problem clause's words with their English
(graph/data/problem_glosses.tsv: the cue words of ingest/data/problem_cues.json), not a translation of
the sentence. Other kinds of finding print as before. Invented names and texts only.
"""

from __future__ import annotations

from rich.console import Console

from graph.gap_report import gap_blocks
from graph.gloss import PROBLEM_GLOSSES, problem_line, problem_words
from workflows.render import finding_block

STATED = {
    "id": "0123456789", "tier": "stated", "kind": "stalled", "label": "Stalled item", "score": 0.65,
    "title": "[青山县] 青山县民政局: the document states “烈士陵园杂草丛生、碑文模糊不清”; "
             "not reported solved",
    "entities": [{"key": "青山县民政局", "name": "青山县民政局", "type": "PartyGovBody",
                  "gloss": "Qingshan County Civil Affairs Bureau"}],
    "evidence": [{"document": "q1", "modality": "problem",
                  "sentence": "青山县民政局管理的烈士陵园杂草丛生、碑文模糊不清，无人监管。"}],
}


def _text(block, width: int = 80) -> str:
    console = Console(width=width, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    console.print(block)
    return console.export_text()


def test_problem_words_gloss_the_cue_words_of_the_problem_clause():
    assert problem_words("青山县民政局管理的烈士陵园杂草丛生、碑文模糊不清，无人监管。") == [
        ("杂草丛生", "overgrown with weeds"), ("模糊不清", "blurred, illegible"),
        ("无人监管", "no one supervises it")]
    # the longest word wins; the generic 存在/问题 only when nothing else is listed
    assert problem_words("东川县军民融合产业发展仍有一定的差距。") == [
        ("仍有一定的差距", "still falls somewhat short")]
    assert [w for w, _ in problem_words("青山县存在信息壁垒等问题。")] == ["壁垒"]
    assert problem_words("青山县召开军民融合工作会议。") == []  # no problem clause: nothing


def test_every_gloss_line_has_a_word_and_its_english():
    for line in PROBLEM_GLOSSES.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, english = line.split("\t")
            assert word.strip() and english.strip()
            assert english.replace("…", "").isascii()  # English, no Chinese left in it


def test_the_terminal_shows_the_holder_and_the_problem_in_english():
    out = _text(finding_block(1, STATED), width=160)
    assert "in English: 青山县民政局 = Qingshan County Civil Affairs Bureau" in out
    assert "problem words: 杂草丛生 = overgrown with weeds; 模糊不清 = blurred, illegible;" in out
    assert out.index("in English") < out.index("▸")  # under the title, before the quotes


def test_the_reports_list_the_problem_words():
    (sec,) = gap_blocks({"findings": [STATED], "held_back": [], "undetermined": [], "dismissed": []})
    notes = sec["blocks"][0]["notes"]
    assert any(n.startswith("problem words: 杂草丛生 = overgrown with weeds") for n in notes)


def test_other_kinds_of_finding_print_as_before():
    orphan = {**STATED, "tier": "structural", "kind": "orphan", "label": "Orphan",
              "title": "[青山县] 青山产业园: park with no enterprise"}
    assert problem_line(orphan) == ""
    out = _text(finding_block(1, orphan))
    assert "in English" not in out and "problem words" not in out



def test_the_state_defence_education_office_says_national_once():
    """国家国防教育办公室 (READ u49-07, a stated finding's holder) read "National National Defence
    Education Office": 国家 and the 国 of 国防 both as "National"."""
    from graph.gloss import gloss

    assert gloss("国家国防教育办公室", "PartyGovBody") == "State National Defence Education Office"
    assert gloss("国防教育办公室", "PartyGovBody") == "National Defence Education Office"


def test_a_masked_place_is_no_name_to_gloss():
    """The sample s003's holder ** (a place the source masks): no "** = (place masked…)" line, and the
    holder line calls it what the title does."""
    from graph.gloss import holder_line, in_english

    masked = {**STATED, "entities": [{"key": "**〔s003〕", "name": "**", "type": "Location",
                                      "gloss": "(place masked in the source)"}],
              "holder": {"why": "the problem sentence names no body, and the document speaks for this place",
                         "evidence": [{"document": "s003", "sentence": "**发展取得的成绩…"}]}}
    assert in_english(masked) == ""
    assert holder_line(masked).startswith("holder (place masked in the source): the problem sentence")
