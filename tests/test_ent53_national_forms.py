"""ent53: a strategy's wording with 国家 before it is kept as a form of the name on a mirror's
traditional or pinyin-glossed text too (grouping._national_forms read the raw text, so 國家…戰略
and 國(guó)家…戰(zhàn)略 lost the 国家 form that the same sentence in simplified script keeps)."""

from __future__ import annotations

import pytest

from graph.model import Document
from ingest.extract import extract
from ingest.pipeline import build_nlp


@pytest.fixture(scope="module")
def nlp():
    return build_nlp(with_relations=False)


def _policies(nlp, text: str) -> list[set[str]]:
    ents = extract(Document(id="t", source="t", text=text), nlp).to_json()["entities"]
    return [{e["name"], *(e.get("aliases") or [])} for e in ents if e["type"] == "Policy"]


@pytest.mark.parametrize("text, form", [
    ("青山市是国家甲乙振兴发展战略的重要支点。", "国家甲乙振兴发展战略"),
    ("青山市是國家甲乙振興發展戰略的重要支點。", "國家甲乙振興發展戰略"),
    ("青山市是國(guó)家甲乙振興發展戰(zhàn)略的重要支點。", "國(guó)家甲乙振興發展戰(zhàn)略"),
])
def test_national_form_on_every_script(nlp, text: str, form: str) -> None:
    assert any(form in forms for forms in _policies(nlp, text))


def test_no_national_form_without_guojia(nlp) -> None:
    forms = _policies(nlp, "青山市是甲乙振興發展戰略的重要支點。")
    assert not any(f.startswith(("国家", "國家")) for fs in forms for f in fs)
