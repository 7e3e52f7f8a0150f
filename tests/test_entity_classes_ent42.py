"""Entity classes from the ent42 round (issue 10): what the rules had not met in the freshest READ
batches. Each class right in at least three READ batches; every text here is invented."""

from __future__ import annotations

from tests.entity_helpers import ents


def test_a_name_after_an_everyday_noun_of_persons():
    # a martyr, a militiaman, a sentry, a post's head, a team member: the noun stands where a title does
    found = ents("白石山国防民兵哨所哨长赵永刚带领哨员开展巡逻。")
    assert found["赵永刚"][0] == "Person"
    found = ents("东林镇民兵钱晓梅作为代表发言。")
    assert found["钱晓梅"][0] == "Person"
    found = ents("志愿者来到墓前祭奠,烈士孙茂林的亲属也一同前来。")
    assert found["孙茂林"][0] == "Person"
    found = ents("刚到单位报到的队员韩晴,是第一次随队巡边。")
    assert found["韩晴"][0] == "Person"


def test_an_everyday_noun_of_persons_before_no_name():
    # the noun opens a unit, a site or a phrase far more often than a name: the words after it stay
    found = ents("青山县组建民兵应急排,开展烈士荣光宣传,队员向边民讲解政策。")
    assert not any(t == "Person" for t, _a in found.values())
