"""Entity classes from the entx round (issue 10): general constructions met on unseen speeches,
notices and news. Every text here is invented; each test also says what must not be found."""

from __future__ import annotations

from tests.entity_helpers import ents


def test_democratic_parties_their_central_committees_and_vice_chairs():
    found = ents("东山省政协副秘书长、九三学社东山省委专职副主委赵光亮出席。"
                 "九三学社中央专题调研组在东山召开座谈会。九三学社中央副主席孙明讲话。中国致公党成立于海外。")
    assert found["九三学社中央"][0] == "PartyGovBody"
    assert found["九三学社中央专题调研组"][0] == "PartyGovBody"
    assert found["赵光亮"][0] == "Person"  # 副主委 is a title
    assert found["中国致公党"][0] == "PartyGovBody"
    found = ents("来自九三学社界别的周立涛委员建议加快发展。")
    assert "九三学社" not in found  # a sector of the consultative conference, not the party


def test_a_verb_before_a_name_is_no_part_of_it():
    found = ents("建议中央军民融合委员会将其列入名单。我委近期委托东方重工集团公司第818研究所开展调研。")
    assert "中央军民融合委员会" in found
    assert "东方重工集团公司第818研究所" in found
    assert not any(n.startswith(("建议", "委近期")) for n in found)


def test_an_event_name_leaves_its_year_out_and_gongzuohui_is_gongzuohuiyi():
    found = ents("西山省国防科工办关于召开2016年全省国防科技工业质量工作会的通知\n各有关单位：\n"
                 "经研究，定于5月召开2016年全省国防科技工业质量工作会议。传达2016年全省国防科技工业工作会议精神。")
    assert found["全省国防科技工业质量工作会议"] == ("Event", ["全省国防科技工业质量工作会"])
    assert "全省国防科技工业工作会议" in found
    assert not any(n.startswith("2016") for n in found)
    assert not any(t == "Policy" for t, _ in found.values())  # a meeting notice names no policy


def test_a_member_or_deputy_named_before_the_post_and_speaking():
    found = ents("在东山区政协会议上,来自民盟界别的周立涛委员,围绕产业发展建言献策。"
                 "周立涛委员介绍,目前进展顺利。王大海代表建议加快建设。各位委员表示赞同。")
    assert found["周立涛"][0] == "Person"
    assert found["王大海"][0] == "Person"
    assert not any(n.startswith(("各位", "的")) for n in found)


def test_a_zone_title_conferred_on_a_country_region_or_city_is_a_policy():
    found = ents("汇报中国科技城建设情况。支持青山市国家军民融合创新示范区建设。京津冀军民融合创新示范区，"
                 "“中国制造2025”国家级示范区，全国军民融合数字产业发展先导区。西坝国家自主创新示范区开园。")
    for name in ("中国科技城", "青山市国家军民融合创新示范区", "京津冀军民融合创新示范区",
                 "“中国制造2025”国家级示范区", "全国军民融合数字产业发展先导区"):
        assert found[name][0] == "Policy", name
    assert found["西坝国家自主创新示范区"][0] == "IndustrialPark"  # a site's zone, not a city's title


def test_a_unique_one_described_is_no_name():
    found = ents("东川是全省唯一军民融合产业园。东川军民融合产业园开园。")
    assert not any("唯一" in n for n in found)
    assert found["东川军民融合产业园"][0] == "IndustrialPark"


def test_anonymised_garrison_and_reserve_units_are_kept_whole():
    found = ents("海军东沙某水警区政委胡大民出席。陆军第99集团军某舟桥团政委谭大军发言。海军某型舰入列。"
                 "向东川警备区、驻青人民解放军和武警部队致以问候。东川陆军预备役工兵团团长钱大立汇报。")
    for name in ("海军东沙某水警区", "陆军第99集团军某舟桥团", "驻青人民解放军", "东川陆军预备役工兵团"):
        assert found[name][0] == "MilitaryUnit", name
    assert "陆军" not in found  # no service name cut out of a unit's name
    assert not any("某型" in n for n in found)  # 某型舰: a model of ship, no unit
    found = ents("陸軍第99集團軍某舟橋團政委譚大軍發言。")  # traditional script, kept as written
    assert found["陸軍第99集團軍某舟橋團"][0] == "MilitaryUnit"


def test_a_common_surname_missing_from_the_list_lai():
    found = ents("全国政协副秘书长、九三学社中央副主席赖大明出席座谈会并讲话。")
    assert found["赖大明"][0] == "Person"


def test_contacts_mid_line_padded_and_on_the_next_line():
    found = ents("请于5月30日前报送我委。 联 系 人:省经济和信息化委员会军民结合处王小玮 "
                 "联系电话:0351-2022229\n")
    assert found["王小玮"][0] == "Person"
    found = ents("联系人:胡冬兰,18810386026,hd@example.com\n葛梦雨,021-68796625\n电话:010-1234\n")
    assert found["胡冬兰"][0] == "Person" and found["葛梦雨"][0] == "Person"
    assert "电话" not in found
    found = ents("将会议回执传真至我办科技质量处。\n联系人: 邱 山 027—59811837\n传 真:027-1234\n")
    assert found["邱 山"][0] == "Person"  # a two-character name padded to three, as written
    assert not any(n.startswith("传") for n in found)


def test_unquoted_working_rules_and_coordination_groups():
    found = ents("会议审议通过东山市委军民融合发展委员会工作规则、办公室工作细则。"
                 "成立军民融合深度发展协调小组。")
    assert found["东山市委军民融合发展委员会工作规则"][0] == "Policy"
    assert found["办公室工作细则"][0] == "Policy"
    assert found["军民融合深度发展协调小组"][0] == "PartyGovBody"
    assert "东山市委军民融合发展委员会" not in found  # nested in the rules' name, not on its own


def test_bodies_named_in_titles_lists_of_departments_and_ministry_departments():
    found = ents("东山区委办、政府办负责同志,民政局、卫计委、教育局、人社局主要负责同志陪同检查。")
    for name in ("民政局", "卫计委", "教育局", "人社局"):
        assert found[name][0] == "PartyGovBody", name
    found = ents("民政局、教育局负责同志出席。")  # no department of the run found on its own: nothing
    assert "民政局" not in found
    found = ents("东山市人大代表何大梅出席。工信部军民结合司将组织编制目录。东山集团公司将于明年上市。")
    assert found["东山市人大"][0] == "PartyGovBody"  # the congress inside the deputy's title
    assert found["工信部军民结合司"][0] == "PartyGovBody"
    found = ents("东山省军民融合产业发展领导小组成立。国家国防科工局信息中心主任罗大国作报告。")
    assert found["东山省军民融合产业发展领导小组"][0] == "PartyGovBody"  # 成立 after the head
    assert found["国家国防科工局信息中心"][0] == "PartyGovBody"


def test_two_topics_joined_in_an_event_name_and_one_slogan_however_set():
    found = ents("调研组在东川召开科技城建设和军民融合发展工作座谈会。")
    assert found["科技城建设和军民融合发展工作座谈会"][0] == "Event"
    assert "军民融合发展工作座谈会" not in found
    found = ents("东川召开“深化融合 共建家园”军地座谈会。市领导出席“深化融合、共建家园”军地座谈会。")
    events = [n for n, (t, _) in found.items() if t == "Event"]
    assert len(events) == 1, events  # the same quoted slogan with a space or a 、: one event


def test_a_doctrine_named_after_a_leader_is_no_mention_of_the_leader():
    found = ents("以习近平新时代中国特色社会主义思想为指导，加快发展。")
    assert "习近平" not in found
    found = ents("习近平总书记指出，要加快发展。")
    assert found["习近平"][0] == "Person"


def test_a_system_named_by_a_quoted_formula_is_a_policy():
    found = ents("东川打造“1+4”军民融合创新示范空间体系，完善工作机制和协调体系。")
    assert found["“1+4”军民融合创新示范空间体系"][0] == "Policy"
    assert not any(n.endswith(("工作机制", "协调体系")) for n in found)  # descriptions, no names


def test_titles_with_their_issuer_and_unquoted_titles_in_running_text():
    found = ents("东川市人民政府办公厅关于加快军民融合产业发展的实施意见\n更新时间:2019-5-1\n各区人民政府：")
    assert found["东川市人民政府办公厅关于加快军民融合产业发展的实施意见"][0] == "Policy"
    found = ents("根据中央关于经济建设和国防建设融合发展的意见，加快发展。"
                 "研究出台了关于推动东川市军民融合发展的意见。")
    assert found["中央关于经济建设和国防建设融合发展的意见"][0] == "Policy"
    assert found["关于推动东川市军民融合发展的意见"][0] == "Policy"
    found = ents("省政府办公厅下发关于印发推动东川省军民融合深度发展实施方案的通知,作出部署。")
    assert found["关于印发推动东川省军民融合深度发展实施方案的通知"][0] == "Policy"
    found = ents("请按照关于召开全市工作会议的通知要求参会。")
    assert not any(t == "Policy" for t, _ in found.values())  # a meeting notice is no policy


def test_places_inside_features_outlets_and_district_words_are_no_mentions():
    found = ents("地点:武汉市紫阳湖宾馆。武汉市近城区的单位可在当日报到。南海网 http://www.example.cn 时间")
    assert found["武汉市"][0] == "Location"
    assert not {"紫阳", "城区", "南海"} & set(found)
    found = ents("东川市副市长赴紫阳县调研。")
    assert found["紫阳县"][0] == "Location"


def test_party_branches_delegations_and_congress_sessions():
    found = ents("尊敬的致公党省委直属东川总支:\n在东川省人代会上，东川代表团提出建议。企业代表团参观。")
    assert found["致公党省委直属东川总支"][0] == "PartyGovBody"
    assert found["东川代表团"][0] == "PartyGovBody"
    assert found["东川省人代会"][0] == "Event"
    assert "企业代表团" not in found  # a class of delegations, no name


def test_a_padded_pinyin_gloss_is_folded_like_any_gloss():
    found = ents("貫徹黨的十九屆三中全會(huì )精神。中國(guó )人民解放軍東川部隊出席。")
    assert found["黨的十九屆三中全會(huì )"][0] == "Event"  # copied as written, gloss and all
    assert any(t == "MilitaryUnit" and n.startswith("中國(guó )人民解放軍") for n, (t, _) in found.items())


def test_troops_stationed_at_a_level_and_listed_firms_are_classes():
    found = ents("看望驻市军警部队官兵。驻洛部队出席。东川集团是上市公司。")
    assert found["驻洛部队"][0] == "MilitaryUnit"  # a named garrison
    assert not any(n.endswith("军警部队") or n == "上市公司" for n in found)


def test_production_corps_and_its_divisions_and_units_of_a_command_cut_at_mou():
    found = ents("新疆生产建设兵团第八师召开军民融合工作会议。兵团第十二师党委书记出席。"
                 "新疆生产建设兵团出台意见。")
    assert found["新疆生产建设兵团第八师"][0] == "PartyGovBody"
    assert found["兵团第十二师"][0] == "PartyGovBody"
    assert found["新疆生产建设兵团"][0] == "PartyGovBody"
    found = ents("会见南京军区某部官兵。东川军分区某团参加。")
    assert found["南京军区某部"][0] == "MilitaryUnit"
    assert found["东川军分区某团"][0] == "MilitaryUnit"
    assert not any(n.startswith("见") for n in found)


def test_a_batch_count_before_a_national_designation_is_no_part_of_it():
    found = ents("绵阳市入选第三批国家军民融合创新示范区。")
    assert found["国家军民融合创新示范区"][0] == "Policy"
    assert not any(n.startswith("第三批") for n in found)


def test_a_quoted_campaign_with_an_activity_word_is_a_project():
    found = ents("省国防科工办决定开展“军民融合进园区”活动。深化东川市\"青山大练兵”活动成果。")
    assert found["“军民融合进园区”活动"][0] == "Project"
    assert found['"青山大练兵”活动'][0] == "Project"  # opened by a straight quote


def test_a_quoted_campaign_is_named_with_its_activity_word():
    # calls4 (z) (corpus/annotated/README.md, seventh session): the fullest form the text uses
    found = ents("东川军分区深入开展“拥军进社区”活动，推进“三联共建”主题活动。")
    assert found["“拥军进社区”活动"][0] == "Project"
    assert found["“三联共建”主题活动"][0] == "Project"
    assert "“拥军进社区”" not in found


def test_names_of_parts_joined_by_a_middle_dot():
    found = ents("自治区党委副书记、自治区主席艾某肯·吐某亚孜出席会议并讲话。"
                 "市长阿某都热合曼·吾某曼主持会议。")
    assert found["艾某肯·吐某亚孜"][0] == "Person"
    assert found["阿某都热合曼·吾某曼"][0] == "Person"
    found = ents("2019中国·西安军民融合博览会开幕。")
    assert found["2019中国·西安军民融合博览会"][0] == "Event"  # a place and a name, no person
    assert not any(t == "Person" for t, _ in found.values())


def test_a_zone_title_applied_for_or_conferred_is_a_policy_and_slogans_are_no_persons():
    found = ents("东川以申报东山省军民融合示范区为主抓手，被评为全省第一批军民融合产业示范基地。"
                 "东川高新区军民融合产业示范基地被授予“东山省军民融合产业示范基地”称号。")
    assert found["东山省军民融合示范区"][0] == "Policy"
    # the province's title, and the same title without the province (an alias of it)
    assert found["东山省军民融合产业示范基地"] == ("Policy", ["军民融合产业示范基地"])
    assert found["东川高新区军民融合产业示范基地"][0] == "IndustrialPark"  # the base at its site
    found = ents("“军民融合·科技创新·开放合作”主题论坛开幕。")
    assert not any(t == "Person" for t, _ in found.values())


def test_a_bare_list_of_names_closed_by_deng_daibiao():
    found = ents("在解放军代表团,金大斌、季大宏、孔大锷、孙大毅等代表先后发言。")
    assert all(found[n][0] == "Person" for n in ("金大斌", "季大宏", "孔大锷", "孙大毅"))


def test_a_title_in_a_name_list_and_a_hotel_room_are_no_names():
    found = ents("东山省军工协会会长李明、区领导高晓东等参加了活动。会议在东川国际大酒店宏图厅举行。")
    assert found["李明"][0] == "Person" and found["高晓东"][0] == "Person"
    assert "区领导" not in found
    assert not any(n.endswith("宏图厅") for n in found)


def test_foreign_missions_and_meetings_described_by_an_adjective():
    found = ents("传达学习东川市委军民融合委员会重要会议精神。以色列驻东川总领事馆、德国驻华大使馆官员出席。")
    assert found["东川市委军民融合委员会"][0] == "PartyGovBody"
    assert not any(t == "Event" for t, _ in found.values())  # 重要会议: a meeting described
    assert found["以色列驻东川总领事馆"][0] == "PartyGovBody"  # 以 starts the country, no preposition
    assert found["德国驻华大使馆"][0] == "PartyGovBody"


def test_the_national_programme_is_no_short_form_of_one_places_title():
    found = ents("研究部署创建青川国家军民融合创新示范区工作。东山省创建国家军民融合创新示范区具有独特优势。")
    assert found["国家军民融合创新示范区"] == ("Policy", [])
    assert found["青川国家军民融合创新示范区"][0] == "Policy"


# --- ent3 round: classes that recur across batches (invented names) ---

def test_congress_abbreviations_named_by_a_level_or_place_are_events():
    found = ents("会议传达了省第十三次党代会精神。在本次全国人代会上,青山代表团提出建议。"
                 "全国“两会”期间,东川市代表走访企业。青山市第五次人代会胜利闭幕。")
    assert found["省第十三次党代会"][0] == "Event"
    assert found["全国人代会"][0] == "Event"
    assert found["全国“两会”"][0] == "Event"
    assert found["青山市第五次人代会"][0] == "Event"
    found = ents("要开好党代会,选好两会代表。代表们就“两会”精神进行讨论。")
    assert not any(t == "Event" for t, _ in found.values())  # the bare word names no one congress


def test_a_military_organs_party_committee_names_the_organ():
    found = ents("县委书记、县人武部党委第一书记李某明指出。东川警备区党委第一书记王某出席。")
    assert found["县人武部"][0] == "MilitaryUnit"
    assert found["东川警备区"][0] == "MilitaryUnit"
    assert not any(n.endswith("党委") for n in found)
    # an envoy speaking for the committee (代表X党委) makes it the actor: decision (ac), ent52
    assert ents("张某东代表市军分区党委表示祝贺。")["市军分区党委"][0] == "MilitaryUnit"


def test_a_body_founded_is_one_body_whatever_its_head():
    found = ents("要按照部署,成立军民融合发展委员会,紧跟国家战略。东川市成立了军民融合服务中心。"
                 "青山县并成立军地重点工程协调小组,严格落实。")
    assert found["军民融合发展委员会"][0] == "PartyGovBody"
    assert found["军民融合服务中心"][0] == "PartyGovBody"
    assert found["军地重点工程协调小组"][0] == "PartyGovBody"
    found = ents("支持各地成立军民融合服务中心。")
    assert "军民融合服务中心" not in found  # one in each place: none is named


def test_a_party_department_in_a_contracted_post_title():
    found = ents("市委常委、统战部长张某华出席。市委常委、组织部长李某斌讲话。")
    assert found["统战部"][0] == "PartyGovBody"
    assert found["组织部"][0] == "PartyGovBody"
    assert found["张某华"][0] == "Person"
    assert "统战部长" not in found


def test_model_county_titles_are_policies_and_hide_no_county():
    found = ents("青山县争创党管武装模范县目标。东川市巩固拓展全县“双拥模范县”创建成果。")
    assert found["党管武装模范县"][0] == "Policy"
    assert found["“双拥模范县”"][0] == "Policy"
    assert "范县" not in found  # 模范 is the word, not the county 范县
    assert ents("河南省范县召开大会。")["河南省范县"][0] == "Location"


def test_a_body_to_be_formed_with_support_is_named_but_not_one_encouraged_everywhere():
    found = ents("支持组建东川军民融合技术创新联盟;尽快建立青山市军民融合产业联盟。")
    assert found["东川军民融合技术创新联盟"][0] == "Association"
    assert found["青山市军民融合产业联盟"][0] == "Association"
    found = ents("指导推动市县两级组建军民融合发展委员会。")
    assert "军民融合发展委员会" not in found  # bodies of a kind at two levels, none is named


def test_a_county_inside_a_verb_and_post_or_a_word_is_no_place():
    found = ents("会议宣布县委书记周明远任县人武部党委第一书记。")
    assert "任县" not in found  # 任 (appointed) + 县人武部, not the county 任县
    assert found["周明远"][0] == "Person"
    found = ents("各级要惠民生、促发展，推动东山省青川县建设。")
    assert "惠民" not in found  # 惠 + 民生, not the county 惠民县's short form
    assert found["青川县"][0] == "Location"


def test_a_county_standing_alone_or_before_its_body_is_kept():
    found = ents("任县县委召开全体会议。")
    assert found["任县县委"][0] == "PartyGovBody"  # the county with the doubled 县 of its committee
    # (ent9: one body, as the annotated batches name it)
    found = ents("惠民县委书记到会。民兵分队走访代县人武部。")
    assert "惠民县委" in found
    assert "代县人武部" in found


def test_a_county_short_form_as_a_given_name_is_no_place():
    found = ents("据孙永康介绍，项目进展顺利。到江苏苏州调研。")
    assert "永康" not in found  # the given name of 孙永康, not the city 永康
    # 苏 closes 江苏 here, it is no lone surname: the city is found (ent4: with its province, one
    # compound place, as the annotated batches take 省+市 written back to back)
    assert found["江苏苏州"][0] == "Location"
    assert not any(t == "Person" and n.startswith("苏") for n, (t, _) in found.items())


def test_the_one_project_a_builder_builds_or_brings_in_is_named():
    found = ents("青山市政府与东方重工集团共同打造导弹院搬迁扩能项目。"
                 "东川县引进的卫星测控与数据验证基地项目，成为全省标杆。")
    assert found["导弹院搬迁扩能项目"][0] == "Project"
    assert found["卫星测控与数据验证基地项目"][0] == "Project"


def test_a_kind_of_project_built_or_brought_in_is_no_name():
    found = ents("要加快引进军民融合重大项目，建设一批军转民项目，打造军民融合发展典范项目。")
    assert not any(t == "Project" for t, _ in found.values())


def test_quoted_campaigns_a_launching_verb_takes_are_projects():
    found = ents("东川军分区积极开展“拥军进社区”“三个光荣”(进光荣家、挂光荣牌)，打好“百日会战”，"
                 "围绕“建设一流示范区”，推进“军转民”和“民参军”。")
    assert found["“拥军进社区”"][0] == "Project"
    assert found["“三个光荣”"][0] == "Project"
    assert found["“百日会战”"][0] == "Project"
    assert "“建设一流示范区”" not in found and "“军转民”" not in found  # goals and slogans
