"""The CC-CEDICT name dictionary (ingest/components/cedict_names.py) and its generator (gen_cedict.py).

Glosses, entries and sentences here are invented (or generic dictionary words, never names read off
a scored text); each generator test also says what must still be left out."""

from __future__ import annotations

from dataclasses import replace

from ingest.components import cedict_names, gen_cedict
from ingest.components.cedict_names import gloss_type, rules, select
from ingest.components.recognizer import Recognizer


def test_a_gloss_names_a_body_by_the_head_of_its_first_noun_phrase():
    r = rules()
    assert gloss_type("Ministry of Hydrology and Canals", r) == ("PartyGovBody", True)
    assert gloss_type("Qingshan Earthquake Administration (QEA)", r) == ("PartyGovBody", True)
    assert gloss_type("Eastern Academy of Materials", r) == ("ResearchInstitute", True)
    assert gloss_type("(military) General Supply Department", r) == ("MilitaryUnit", True)
    assert gloss_type("water conservancy bureau", r) == ("PartyGovBody", False)  # a class noun
    # the head word alone, a verb, or a head word outside the first noun phrase: no name
    assert gloss_type("commission", r) is None
    assert gloss_type("to commission", r) is None
    assert gloss_type("deputy to the People's Congress", r) is None
    assert gloss_type("director of the local committee", r) is None
    assert gloss_type("an Academy Award", r) is None


def test_select_keeps_named_bodies_and_leaves_out_foreign_frequent_and_unknown_ones():
    entries = {
        "青水部": [("Qing1 shui3 bu4", ["Ministry of Clear Water (PRC)"])],
        "青水委": [("Qing1 shui3 wei3", ["abbr. for 青山水利委员会|青山水利委员会"])],
        "青山水利委员会": [("Qing1 shan1 Shui3 li4 Wei3 yuan2 hui4", ["Qingshan Water Commission"])],
        "东岛省": [("Dong1 dao3 sheng3", ["Ministry of the East Isles (Japan)"])],
        "常用部": [("chang2 yong4 bu4", ["Ministry of Everyday Things"])],
        "青花": [("qing1 hua1", ["blue and white porcelain"])],
    }
    freq = {"常用部": (5000, "n")}
    rows = {w: (t, k) for w, t, k, _g in select(entries, freq, rules())}
    assert rows["青水部"] == ("PartyGovBody", "proper")
    assert rows["青水委"] == ("PartyGovBody", "proper")  # typed by the full name it abbreviates
    assert "东岛省" not in rows  # a foreign body (skip word)
    assert "常用部" not in rows  # an everyday word by jieba's count
    assert "青花" not in rows


def test_the_dictionary_is_cached_and_rebuilt_the_same(tmp_path, monkeypatch):
    monkeypatch.setenv("MCFGRAPH_CACHE_DIR", str(tmp_path))
    cedict_names.names.cache_clear()
    try:
        built = cedict_names.names()
        assert list(tmp_path.glob("cedict_names-*.tsv"))
        cedict_names.names.cache_clear()
        assert cedict_names.names() == built  # read back from the cache
        assert built == tuple(cedict_names.build())  # deterministic
        assert any(t == "PartyGovBody" and k == "proper" for _w, t, k, _g in built)
    finally:
        cedict_names.names.cache_clear()


def _found(text: str, disabled=()) -> dict[str, str]:
    rec = Recognizer(disabled=disabled)
    return {text[c.start:c.end]: c.source for c in rec.find(text)}


def _use(monkeypatch, *pairs: tuple[str, str]) -> None:
    """Switch (type, kind) pairs on as a `use` row of cedict_types.tsv would."""
    monkeypatch.setattr(gen_cedict, "rules", lambda: replace(rules(), use=frozenset(pairs)))


def test_the_data_file_decides_which_types_are_proposed(monkeypatch):
    text = "王明介绍,民政局将做好优抚工作。"
    _use(monkeypatch)
    assert not any(s.startswith("gazetteer:cedict") for s in _found(text).values())
    _use(monkeypatch, ("ResearchInstitute", "proper"))
    assert not any(s.startswith("gazetteer:cedict") for s in _found(text).values())


def test_a_bare_department_the_dictionary_names_is_a_body(monkeypatch):
    _use(monkeypatch, ("PartyGovBody", "proper"))
    # 民政局 ends in no head word the head rules take alone: the dictionary names it
    text = "王明介绍,民政局将做好优抚工作。"
    assert _found(text).get("民政局") == "gazetteer:cedict:PartyGovBody"
    assert "民政局" not in _found(text, disabled={"cedict_names"})
    assert _found("证监会发布通知。").get("证监会") == "gazetteer:cedict:PartyGovBody"
    # a class of such departments (各市…, …负责同志) is no body; nor a form the text's words cross
    assert "民政局" not in _found("会议要求各市民政局做好优抚工作。")
    assert "民政局" not in _found("民政局、财政局负责同志出席。")  # a notice's formula for a kind
    assert not any(s.startswith("gazetteer:cedict") for s in _found("证监会计师事务所").values())  # 会计
