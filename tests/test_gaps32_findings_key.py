"""bench/findings_eval.py reads a gold name's bracketed part as an alias of the name outside it
(gaps32): the gold's 青山县住建局(人防办) is the bureau that also serves as the civil air defence
office, and a machine finding keyed 青山县住建局 is the same finding, not a false positive and a miss;
for a party group, 青山县住建局(人防办)党组, its body's form too (a stalled finding keys a 党组 as
its body). The bracketed word alone (人防办) maps nowhere: it may name another body (names invented)."""

import importlib.util
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("findings_eval", ROOT / "bench" / "findings_eval.py")
fe = importlib.util.module_from_spec(spec)
spec.loader.exec_module(fe)


def _gold():
    G = nx.MultiDiGraph()
    G.add_node("青山县住建局(人防办)党组", name="青山县住建局(人防办)党组", aliases=["局党组"])
    G.add_node("东川市民政局（双拥办）", name="东川市民政局（双拥办）", aliases=[])
    return G


def test_a_bracketed_name_stands_for_the_name_outside_it():
    aliases = fe.gold_aliases(_gold())
    assert aliases["青山县住建局党组"] == "青山县住建局(人防办)党组"
    assert aliases["青山县住建局"] == "青山县住建局(人防办)党组"
    assert aliases["东川市民政局"] == "东川市民政局（双拥办）"
    assert "人防办" not in aliases and "双拥办" not in aliases


def test_the_finding_under_the_unbracketed_name_is_matched():
    G = _gold()
    gold = [{"kind": "stalled", "key": "stalled|青山县住建局(人防办)党组"},
            {"kind": "stalled", "key": "stalled|东川市民政局（双拥办）"}]
    machine = [{"kind": "stalled", "key": "stalled|青山县住建局"},
               {"kind": "stalled", "key": "stalled|东川市民政局"}]
    out = fe.compare_findings(gold, machine, fe.gold_aliases(G))["overall"]
    assert (out["gold"], out["machine"], out["matched"]) == (2, 2, 2)


def test_a_name_without_brackets_adds_no_form():
    assert fe.unbracketed_forms("青山县住建局") == []
    assert fe.unbracketed_forms("(人防办)") == []
