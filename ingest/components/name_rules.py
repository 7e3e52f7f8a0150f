"""Rule tables of the entity generators that are still written as code: word lists and patterns.

Data that a newcomer edits lives in ingest/data/ (heads.tsv, head_filters.tsv, stop_words.txt,
titles.tsv, abbreviations.tsv, …) and is loaded here; the patterns below are the grammar of
names (what may precede or follow a name), each used by one generator or filter module.
"""

from __future__ import annotations

import re

from ingest.components.candidate import CJK
from ingest.components.lexicon import alternation, data_lines, kind_words, title_words
from ingest.components.prefilter import Prefiltered

# a town after its county: two to four characters and a level word (town names run to four: READ u71, u73)
TOWN = re.compile(r"[" + CJK + r"]{2,4}?(?:镇|乡|街道|鎮|鄉)")
# a village after its town (青山县白水镇石桥村: one place, the chain written as one name; READ u41, u53,
# u57, u64); not a village's body (石桥村党支部, 村委会) nor a kind of village (贫困村, 示范村, 各村)
VILLAGE = re.compile(r"([" + CJK + r"]{1,3}?)[村邨](?![党黨委])")
# a town and its village with no county before them (位于白水镇石桥村, 和白水镇石桥村): after a clause
# mark or a stop character only, so that no word before the town is taken into it
# (a plain pattern: it holds no literal or start character a prefilter could use)
TOWN_VILLAGE = re.compile(
    r"(?:(?<=[^" + CJK + r"])|(?<=[在于和与及到赴至、了过入临])|^)([" + CJK + r"]{2,4}?)[镇乡鎮鄉]"
    r"([" + CJK + r"]{1,3}?)[村邨](?![党黨委])", re.M
)
# ent32: a town named alone (到白水镇, 在青石乡举行, 、白水镇的): after a clause mark or a preposition
# or verb of going, and closed by punctuation, a digit, 的 or an event verb, so that neither a word
# before it nor a facility after it (白水镇烈士陵园) is taken for its name (READ u34, u59, u69, u73)
# (the level characters are found first and the rest checked around them: a pattern that opens with
# a look-behind is tried at every position of the text; gen_places._towns_alone)
TOWN_LEVEL_CHAR = re.compile("[镇乡鎮鄉]")
TOWN_ALONE_AFTER_CHARS = "在于到赴至、"
TOWN_ALONE_BEFORE_WORDS = ("的", "举行", "召开")
# ent48: a street (街道, the town-level division of a city district) named alone the same way
# (、白沙街道、, 在青石街道,, 白沙街道63.5%): the level word is two characters, and a street may also
# open its party committee's title (、白沙街道党(工)委书记: the street is the place, READ u14, u82, u83)
STREET_LEVEL = ("街道",)
STREET_ALONE_BEFORE_WORDS = TOWN_ALONE_BEFORE_WORDS + ("党", "黨")
# a street's name is no frequent word (城区街道, 农村街道, 社区街道: kinds of streets): jieba's count
STREET_NAME_WORD_FREQ = 1000
# ent39: a city written with a named quarter of it that the gazetteer does not hold, where an event
# is held or people go (在青山白沙洲举行, 赴青山石湖等地): the place is the city and its quarter, one
# name (READ u21, u39, u59); after a preposition or verb of going only (TOWN_ALONE_AFTER_CHARS
# without the list comma), the quarter two or three characters right before an event verb or 等地
SUB_AREA_BEFORE = "在于到赴至"
SUB_AREA = re.compile(r"([" + CJK + r"]{2,3}?)(?=举行|召开|举办|开幕|等地)")
# jieba parts of speech a quarter's name may carry (a place, a proper name, a word jieba has not):
# not an adverb or adjective before the verb (隆重, 顺利, 正式) nor a common noun (宾馆, 大学, 市委)
SUB_AREA_POS = frozenset(("ns", "nr", "nz", "nrt"))
VILLAGE_NOT_NAMES = frozenset((
    "贫困", "行政", "自然", "示范", "试点", "重点", "美丽", "文明", "全体", "所辖", "周边", "附近", "一些",
    "部分", "中心", "各", "全", "每", "该", "本", "各个", "多个", "等", "及", "和", "与",
))






# ---------------------------------------------------------------------------------------------
# Head words (suffixes). Each maps to a type and a "class" that decides how strict validation is.
# ---------------------------------------------------------------------------------------------

# (head, type, class) from ingest/data/heads.tsv. class: body = needs a specific body or a level
# prefix (a unique office); topic = a descriptive body is enough (events, funds, strategies); the
# other classes are checked in Recognizer._type_and_check.
HEADS: list[tuple[str, str, str]] = [
    (parts[0], parts[1], parts[2]) for parts in (line.split("\t") for line in data_lines("heads.tsv"))
]
HEAD_INFO = {h: (t, c) for h, t, c in HEADS}
# ent51: era words that open a strategy's name (新时代…战略方针) and the heads they open: the era word
# is a word of the name there, not a time word before it (ingest/data/strategy_periods.tsv)
_PERIODS = kind_words("strategy_periods.tsv", ("period", "head"))
STRATEGY_PERIODS: tuple[str, ...] = _PERIODS["period"]
PERIOD_OPENED_HEADS: frozenset[str] = frozenset(_PERIODS["head"])
# heads.tsv rows marked "bare" in a fourth column: departments named by their field alone
BARE_DEPARTMENT_HEADS = frozenset(
    parts[0] for parts in (line.split("\t") for line in data_lines("heads.tsv"))
    if len(parts) > 3 and parts[3] == "bare")

# Heads that, standing alone after 本次/此次/该, refer back to the document's entity of that kind.
# Heads that, after 该/本/此, refer back to the body of that type named last (该园区, 本基地)
# (rel17: 该项目 and 该基金 too, READ u14, u22, u30, u56, u64: the project or fund named last, not
# the first one of the document; a 基金 without a deictic stays a bare head)
DEICTIC_HEADS = {"园区": "IndustrialPark", "基地": "IndustrialPark", "公司": "Enterprise",
                 "研究院": "ResearchInstitute", "研究所": "ResearchInstitute",
                 "实施意见": "Policy", "意见": "Policy", "方案": "Policy", "规划": "Policy", "办法": "Policy",
                 "项目": "Project", "基金": "Fund"}
# heads of a document's own text: 本办法, 本规划 name the text being read, no entity it cites (rel17)
DEICTIC_SELF_HEADS = frozenset({"实施意见", "意见", "方案", "规划", "办法"})
# characters after a deictic head that make it another word (该项目部: the project's office)
DEICTIC_NOT_FOLLOWED = {"项目": "部组"}
DEICTIC_WORDS = ("该", "本", "此")
BARE_HEADS = ("对接会", "峰会", "论坛", "展洽会", "博览会", "研讨会", "座谈会", "联盟", "促进会", "协会",
              "产业园", "示范区", "基金", "联合体", "商会", "中心", "仪式", "推介会", "协商会", "恳谈会")

# Words that end the left context of a name: governing verbs, prepositions, conjunctions,
# quantifiers and deictics. The name starts right after the last one.
STOP_WORDS: tuple[str, ...] = tuple(data_lines("stop_words.txt"))
STOP_CHARS = set(
    "在与和及或并向对把将被由从为是的了着等也都还又已均经据"
    "给让使请赴到以这那该其各我你他她它本即于之每全好就受兼"  # 兼: 成员兼办公室主任, two posts
)
# characters that never occur inside a given name (a name followed by one of them ends before it)
NAME_BAD = set(
    "在与和及或并对把将被由从为是的了着等也都还又已均经据"
    "给让使请赴到这那该其各我你他她它即于之每就"
)
# characters no given name ends with, though they may stand inside one: a plural (新兵战士们: a
# class of persons after a title) and an office (武装干事甲某、党政办主任: the next item is a body)
NAME_NEVER_LAST = frozenset("们办")
SUB_PART_OF = {
    "核心区": ("开发区", "高新区", "经开区", "产业园", "工业园", "科技园", "园区"),
    "起步区": ("开发区", "高新区", "经开区", "产业园", "工业园", "科技园", "园区"),
    "办公室": ("促进会", "协会", "商会", "联合会", "联盟", "学会", "公司", "集团"),
}
# ent23: a department (…部, …局, …处) named after the firm or the institute it belongs to has the
# parent's type, the parent word nearest the head deciding (东方集团公司光电局, 青山大学创新园综合部,
# 某集团第四研究院第四总体设计部): READ u56, u62, u69 (gen_heads._part_type)
DEPT_OF_PARENT_HEADS = ("部", "局", "处")
PARENT_IN_DEPT_BODY = re.compile(
    r"(?P<firm>集团|公司)|(?P<inst>大学|学院|研究院|研究所|[0-9〇零一二三四五六七八九]{2,4}所)"
)
GLUE_BODY_END = frozenset("办委局厅团司部")  # last characters of a body's name (双拥办, 集团, 公司)
# 5月, 首轮, 新一届(全国双拥模范城): a date or a round/term count before a name is no part of it
LEADING_COUNT = re.compile(r"[0-9]{1,2}月(?:[0-9]{1,2}日)?|(?:一|首|本|上|下|第[0-9一二三四五六七八九十]+)轮"
                           r"|(?:首|第[0-9一二三四五六七八九十]{1,3})批(?=国家|全国|军民)"
                           r"|[一二三四五六七八九十]+届(?![一二三四五六七八九十0-9次会])"
                           r"|[0-9]{1,2}届(?![0-9次会])")  # (连续举办4届…大会: a count in digits, READ u21)
# 全国第四次双拥模范城, 全省第九轮双拥模范城, “七创双拥模范城”: the count of a title won again and
# again cuts the level word off the title, which is named without both (calls4 (v), seeds s003;
# READ u16, u31, u76); joined, the level word stays (全国双拥模范城)
TITLE_WIN_COUNT = re.compile(r"“?(?:全国|全省|全市|全区|全县|全州)?"
                             r"(?:第[0-9一二三四五六七八九十]{1,3}[次轮]|[一二三四五六七八九十]{1,2}创)")
TITLE_WON_HEADS = frozenset(("模范城", "模范县", "模范城市"))
# 2015年全省…会议, 二〇一五年度…座谈会: a year before an event's name is a date, no part of the name
# (a bare year glued to the name, 2016东川…推进会, is written as part of it: the gold keeps it; but
# before the edition's ordinal, 2018第五届…大会, the ordinal names the sitting and the year dates it)
EVENT_LEADING_YEAR = re.compile(r"(?:[0-9]{4}|[〇零一二三四五六七八九]{4})(?:年度?|(?=第|首届))")
# 2024 年度…会议: a year the page wrote apart from its 年 (the name's stretch starts after the space,
# at 年度): the year word is a date's debris, no part of the name (READ u72)
EVENT_YEAR_APART = re.compile(r"(?:[0-9]{4}|[〇零一二三四五六七八九]{4})[ \u3000\u00a0]+$")
# 2020年度市委议军会议, 2019年全市国动委全体会议: the year a sitting is named for or held in, right
# before it, is a form of that sitting's name as some annotated batches write it (年度, any event:
# u15, u26, u32; 年, a body's yearly sitting only, EVENT_SITTING_WORDS: u18, u32, u50): a form, and
# the form without 年 stays the name (EVENT_DATED_FORM). A work conference's year (2015年全省…工作会议,
# u5, u6, u72) is its date: no form
EVENT_YEAR_OF_SITTING = re.compile(r"(?:[0-9]{4}|[〇零一二三四五六七八九]{4})年度?$")
# what names a body's own sitting (its 议军会议, a committee's 全体会议, a 全会, a standing committee's
# meeting), compared on the folded form
EVENT_SITTING_WORDS = ("议军会", "全体会议", "全会", "常委会议", "常委会会议")
# heads of a Party committee's own sitting, named by the committee alone (省委议军会, 该市党委议军会上,
# 市委常委议军会): the committee is the whole body of the name, as 省委议军会议 is under 会议 (ent56)
COMMITTEE_SITTING_HEADS = ("议军会",)
# 2019年全市国动委全体会议 beside 全市国动委全体会议: a form that is another form of the same event with
# the year it was held in front is never the event's name (corpus/annotated/README.md, u5: event names
# drop the year); a 年度 form stays as it was (the yearly sitting's own name)
EVENT_DATED_FORM = re.compile(r"(?:[0-9]{4}|[〇零一二三四五六七八九]{4})年(?!度)")
# 2008年任东川省军区政委, 2017年省政协, 2015年省…专项资金: a date before a body's or a fund's name (a year,
# with its month and day) is no part of it; what follows the date is cut again (任 …)
BODY_LEADING_DATE = re.compile(r"(?:[0-9]{4}|[〇零一二三四五六七八九]{4})年"
                               r"(?:度|[0-9]{1,2}月(?:[0-9]{1,2}日)?)?")
# ent19: a day or month (not a plan year) glued to the front of a name of any type, and a news
# dateline (青山5月6日电(甲某)) the left extension ran over: the name starts after them
# (2001年6月8日青山市人大常委会第九次会议, 2019年5月青山通航产业园; READ u9, u38, u62, u63)
DAY_BEFORE_NAME = re.compile(r"(?:[0-9]{4}|[〇零一二三四五六七八九]{4})年[0-9]{1,2}月(?:[0-9]{1,2}日)?")
DATELINE_IN_NAME = re.compile(r"[0-9]{1,2}月[0-9]{1,2}日电(?:[(（][^()（）]{0,20}[)）])?")
# (also when the body opens a meeting's name, 2016年度青山市委常委议军会: the meeting's head rule
# takes the date, the body is 市委 alone)
# (本网讯:甲某) and 一审一校:乙某/二审二校:丙某: a reporter and the editors in a byline
BYLINE_CREDIT = re.compile(r"(?:[(（][^()（）\n]{0,6}讯[:：]|[一二三]审[一二三]校[:：]|[初复终]审[:：])"
                           r"\s*([" + CJK + r"]{2,4})(?=[)）/／\s]|$)", re.M)
RANKS = ("大校", "上校", "中校", "少校", "少将", "中将", "上将")  # 政委甲某大校: a rank closes the name
# a news byline: 本报讯 甲、乙报道: (names between the dateline word and 报道)
# (an item may carry its byline word: 本报青山电 甲某、记者乙某报道; ent30: 特约记者丙某, 首席记者丁某)
REPORTED_BY_WORDS = ("特约记者", "首席记者", "记者", "通讯员")
_REPORTER = r"(?:(?:特约|首席)?记者|通讯员)?"
REPORTED_BY = re.compile(r"(?:讯|电)[ \u3000:：]*((?:" + _REPORTER + r"[" + CJK + r"]{2,4}[、 \u3000]){0,5}"
                         + _REPORTER + r"[" + CJK + r"]{2,4})[ \u3000]*报道")
# ent30 (issue 10): a byline of names set apart by spaces after a byline word, closed by the line's
# end, a bracket, 摄 or 报道 (通讯员 甲某 乙某⏎, 记者 丙某 摄): the frame says each item is a name,
# even one with no known surname or spelt like a place (READ u72, u73)
SPACED_BYLINE_WORDS = ("记者", "通讯员", "摄影", "实习生")
# the credit words after a byline's names that are no names (记者 甲某 报道, 通讯员 供图: a photo
# supplied by the correspondents, ent44)
BYLINE_CREDIT_WORDS = ("报道", "摄", "供图", "供稿")
# ent44: an item may be a two-character name set in the width of three (记者 甲 乙) or the credit word
# of the next name (摄影 甲某 文 乙某)
_SPACED_ITEM = (r"(?:[" + CJK + r"]{2,4}|[" + CJK + r"][ \u3000]{1,2}[" + CJK + r"](?![" + CJK + r"])"
                r"|[文图摄])")
BYLINE_SPACED = re.compile(r"(?:" + "|".join(SPACED_BYLINE_WORDS) + r")[ \u3000]+"
                           r"((?:" + _SPACED_ITEM + r"[ \u3000、]+)*" + _SPACED_ITEM + r")"
                           r"(?=[ \u3000]*(?:\n|$|[)）]|摄|报道))", re.M)
# A stop character does not stop when it starts one of these words inside a name.
NOT_STOP_AFTER = {
    "和": ("信息化", "改革", "城乡", "旅游", "社会保障", "工业信息化", "高质量", "军队", "技术", "平",
          "武警部队代表团"),
    "与": ("需求", "产品", "军工"),
    "对": ("接",),
    "将": (),
    "全": ("军", "国", "省", "民"),
    "为": ("民",),
    "于": (),
    "经": ("济", "开", "信", "营", "动办", "动委"),
    "本": ("溪",),
    "都": ("市",),
    "等": (),
    "及": (),
    "在": (),
    "之": ("都",),
    "以": (),
    "这": (),
    "向": ("阳",),
    "由": (),
    "是": (),
    "并": (),
    "到": (),
    "从": (),
    "把": (),
    "被": (),
    "让": (),
    "使": (),
    "给": (),
    "请": (),
    "赴": (),
    "即": (),
    "各": (),
    "我": (),
    "你": (),
    "他": (),
    "她": (),
    "它": (),
    "那": (),
    "该": (),
    "其": (),
    "每": (),
    "也": (),
    "已": (),
    "均": (),
    "据": (),
    "又": (),
    "还": (),
    "着": (),
    "了": (),
    "的": (),
    "好": ("兵",),
    "就": (),
    "或": (),
}
# stop characters that also end common words (安全, 资本, 对等, 首都); there they stop nothing
WORD_FINAL_OK = set("全本等都经好")
# stop words that are no boundary right after these words: 中国和平利用军工技术协会; a task's
# follow-through named with its stage (整改落实工作领导小组, 任务分解落实方案, …分解落实会议)
STOP_WORD_INSIDE = {"利用": ("和平", "综合", "开发"),
                    "服务": ("公共", "综合", "技术", "科技", "信息", "金融", "社会化", "专业"),
                    "落实": ("整改", "分解")}
# verbs that begin names (发展改革委, 创新驱动发展战略, 融合发展促进会): never cut off a body's front
NAME_VERBS = frozenset(
    "发展 创新 融合 协同 推进 促进 建设 投资 服务 保障 管理 研究 制造 合作 交流 开发 教育 组织 宣传 "
    "改革 开放 动员 应用 生产 设计 支援 训练 指挥 联合 监督 示范 引领 驱动 振兴 崛起 共享 转化 孵化 检测 "
    "传承 担当 维修 "
    "培训 试验 运输 统战 招商 扶贫 应急 审计 参谋 拥军 优抚 退役 创业 加工 救援 监测 导航 控制 规划 共建 "
    "对接 展示 发布 推介 洽谈 成立 纪念 学习 庆祝 表彰 部署 动员 调度 合成 集成 征兵 驻".split()
)
# words before a name that are no part of it (a manner, a former/new state, a rank relative to the
# speaker's body: 上级军分区党委, 上级双拥办 name the body above, not one called so)
LEADING_TRIM = ("全力", "全面", "新", "原", "首家", "首个", "暨", "上级")
# ent48: a school or institute calling itself 我校/本院 before one of its own bodies (由我校青山学院承办):
# the pronoun stops the name, and the 校/院 after it is no part of the body's name either (READ u79, u84)
DEICTIC_BEFORE = frozenset("我本该")
DEICTIC_BODY = frozenset("校院")
# ent42: a one-character preposition or verb of submitting glued before a level word (由省人防办…牵头,
# 经国家工信部批准, 待报省政府批准): it governs the body, no part of its name (READ u17, u57, u78).
# 经区 (a development zone's short form: 经区人武部) is a name: 区 is not among the levels here.
VERB_BEFORE_LEVEL = frozenset("由经报")
LEVEL_AFTER_VERB = ("省", "市", "县", "国家")
PARTY_PREFIX = "中共"

ORDINAL = re.compile(r"第[0-9一二三四五六七八九十百]+[届次期]|首届|[0-9]{4}年?")
QUANTITY = re.compile(
    r"[0-9一二三四五六七八九十百千万亿两几多]+(?:亿|万)?(?:元|个|家|项|名|人|批|支|期|场|类)"
    r"|一整?套|一系列|[一二三四两多]级|^[一二三四五六七八九十两几]+大(?=[\u4e00-\u9fff]{2})"
)
GENERIC_FIRM_BODY = re.compile(
    r"(?:央属|中央|地方|国有|民营|民口|军工|骨干|龙头|重点|大型|中小|相关|有关|各类|省属|市属|上市|拟上市"
    r"|央企|企业|军民融合|军民结合|涉[军海密])+"  # 地方央企集团, 涉军上市企业集团: a class of groups
)
# A与B签订X项目; — the project a signing pair signs, the item closed by a clause mark
SIGNED_PROJECT = re.compile(
    r"(?:签订|签署|签约)了?([^、，,。；;：:\n“”《》]{3,30}?项目)(?=[；;。，,\n]|$)", re.M
)
# 在青山建设X项目。/ 共同打造X项目。/ 东川市引进的X项目，: the one project a builder builds or
# brings in, closed by a clause mark (its body is checked as a project item's: no kind of project)
BUILT_PROJECT = re.compile(
    r"(?:建设|打造|引进的|引进)([" + CJK + r"]{4,20}?项目)(?=[；;。，,、\n]|$)", re.M
)
# 开展东川知识产权质押试点(工作): the pilot a body launches is one Project, named from after 开展
# to 试点 (a 试点城市/试点园区 is a designation, a 试点单位 a kind: only 试点 closing the name counts)
LAUNCHED_PILOT = re.compile(r"开展([" + CJK + r"]{4,24}?试点)(?=工作|[；;。，,、\n(（]|$)", re.M)
# X项目、Y项目、Z项目等10个项目: items delimited by the list's own marks (they may hold
# parentheses and Latin letters: 深圳ZUK(绵阳)海外运营服务平台项目)
_ENUM_ITEM = r"[^、，,。；;：:\n“”《》]{3,30}?项目"
PROJECT_ENUM = re.compile(
    r"(?:(?<=[，,：:；;。\n])|^)(" + _ENUM_ITEM + r"(?:、" + _ENUM_ITEM + r")+)"
    r"(?=等[0-9一二三四五六七八九十百多几]*[个项批]?[" + CJK + r"]{0,8}项目)", re.M
)
LIST_QUANTIFIER = re.compile(
    r"(?:一批|一系列|若干|一些|多个|多项|各类|一大批|[0-9一二三四五六七八九十两几]+[个项批类])$"
)
# a quantity right before a name (建设一批…产业园, 各具特色的…园区): a kind (head filter counted_before)
COUNT_BEFORE_WORDS = ("一批", "一系列", "若干", "一些", "多个", "多项", "各类", "一大批", "各具特色的")
COUNT_BEFORE = re.compile("(?:" + "|".join(COUNT_BEFORE_WORDS) + ")$")
# ent23: one thing described, right before the name (是一个“三线”兵工厂, 有一个国家级高新技术开发区, 一项基本
# 政治制度, 国内最大的国有…集团, 实力最强的…工业园): a kind or a description, no name (head filter
# described_one; an ordinal, 第一个, is no article); READ u17, u40, u41, u51, u69
# ent35: a demonstrative describes one the same way (陶瓷给这座江南小城带来…: no town named), and a
# superlative closing the body right before the head (某某行业最大基金) is a description of a rank;
# READ u23, u25 (一座 before a quoted 小镇), u47
DESCRIBED_BEFORE_WORDS = ("一个", "一家", "一所", "一座", "一项", "一支", "最大的", "最强的", "这座", "那座")
SUPERLATIVE_BODY_ENDS = ("最大", "最强", "最早")
# words closing a body before 项目 that make a kind of project (重点项目, 科研项目): project_kinds.txt
GENERIC_PROJECT_END: tuple[str, ...] = tuple(data_lines("project_kinds.txt"))
# words that name no field before 创新中心 (ingest/data/hub_generic_words.txt), longest first
HUB_GENERIC_WORDS: tuple[str, ...] = tuple(sorted(data_lines("hub_generic_words.txt"), key=len, reverse=True))
# a count closing the body before 项目 (…两大项目, …4大项目): a count of projects of a kind
PROJECT_COUNT_END = re.compile(r"[0-9一二三四五六七八九十两几]+大$")
MEDIA_AFTER = re.compile(
    r"(?:日报|晚报|晨报|商报|时报|报社|电视台|广播电视台|新闻网|在线|融媒体|网(?:消息|讯|记者)"
    r"|网[0-9]{1,2}月[0-9]{1,2}日[" + CJK + r"]{0,3}讯|证券网|企业报"
    r"|青年报|频道|融媒|发布(?=[)）])|讯(?=[\s0-9])|网(?=[-－\s\u3000]|https?:|www)"
    # ent19: the same in traditional script (每日青山網-, 青山日報), a securities paper (青山证券报), a
    # news agency (青山中通社 2月3日電); READ u59, u62
    r"|日報|晚報|晨報|商報|時報|報社|電視臺|電視台|新聞網|網(?=[-－\s\u3000])|证券报|證券報|中通社|通讯社|通訊社"
    # ent22: a body's web portal (中央政府门户网站, 青山市人民政府门户网): the outlet a page comes from
    r"|门户网|門戶網)"
)
# ent19: a place that opens the source field of a page (来源:青山检察, 来源:天上东川): an outlet's or an
# account's name, no place of the text (READ u54, u57; the place is written glued to the outlet's words)
SOURCE_FIELD_BEFORE = re.compile(r"(?:来源|來源|稿源)[:：]\s*$")
# ent23: a body's website or account right after its name (中央政府门户网站, 青山市政府网/, 东川市人民政府
# 官方网站): the outlet a page names as its source, no actor of the text (READ u5, u26, u34, u39)
BODY_SITE_AFTER = re.compile(
    r"(?:门户网站|门户网|官方网站|官网|网站|网(?=[-－/\s\u3000讯]|$)"
    r"|門戶網站|門戶網|網站|網(?=[-－/\s\u3000訊]|$))"
)
# the first characters of what a bare 中央 qualifies when it opens a longer noun and names no Party
# centre: 中央企业, 中央军委, 中央财政; the centre's level of a fund, a rule or units stationed in a
# province (中央直达资金, 中央支持资金, 中央引导地方…专项, 中央八项规定, 中央驻青军工单位) and the state
# broadcaster (中央广电总台) (ent22, ent23: READ u1, u16, u28, u30, u44, u61, u69)
CENTRAL_MODIFIES = frozenset("企军部财预环生空单广驻支直引八")
# before 中央: a democratic party's short name (民建中央, 台盟中央) or a place's middle (场地中央)
CENTRAL_AFTER = frozenset("建进盟工地")
MEDIA_LONG = re.compile(
    r"[" + CJK + r"]{1,4}?(?:(?:日报|晚报|晨报|商报|时报)(?=讯|社|记者|[\s(（:：])|网(?=讯))"
)
# a short place form glued to one of these names a lake, bay, wetland or street after the place
# (青山湾, 东川湿地公园, 青山路): the feature is not in that place (a street of another city, a bay off
# another district), so neither extraction nor the resolver (graph.resolve) reads the place from it
PLACE_NAMED_FEATURES = ("湖", "湾", "湿地", "路", "街", "大道", "大街")
# … and with buildings named after it (紫阳湖宾馆), no mention of the place at all
PLACE_FEATURE_AFTER = (*PLACE_NAMED_FEATURES, "宾馆", "酒店", "饭店", "大厦", "广场", "公园")
# a place opening a nested name the recogniser does not take (青山经济日报德阳讯, 青山通用机场, 青山奥运会):
# no mention of the place (ingest/data/place_nested_heads.tsv)
_NESTED = kind_words("place_nested_heads.tsv", ("outlet", "airport", "games", "name", "modifier"))
NESTED_AFTER_PLACE = re.compile(
    "[" + CJK + "]{0,4}?(?:" + alternation(_NESTED["outlet"]) + ")(?=[" + CJK + r"]{0,3}讯|[\s\u3000]|$)"
    "|[" + CJK + "]{0,2}?(?:" + alternation(_NESTED["airport"]) + ")"
    "|(?:" + alternation(_NESTED["games"]) + ")"
)
# heads that close a longer name a place may open (青山东方新材料科技有限公司, 青山市白水烈士陵园): the
# head words of heads.tsv of two or more characters (and 委: …认证委, …科工委; no other one-character
# head: 青山会展大酒店宏图厅 names a hall where the place is meant) but a region's development (青山振兴:
# the place's own development, the place is meant), and the `name` heads of place_nested_heads.tsv
# (gen_places._opens_longer_name)
NESTED_NAME_HEADS: tuple[str, ...] = tuple(
    h for h, _t, c in HEADS if (len(h) >= 2 or h == "委") and c != "region") + _NESTED["name"]
# … and the words after one that make it a modifier (区域中心城市)
NESTED_HEAD_MODIFIES: tuple[str, ...] = _NESTED["modifier"]
# district names of cpca that are common words (近城区, 郊区): a place only inside a longer name
GENERIC_DISTRICTS = frozenset(("城区", "郊区", "矿区"))
# a body head right after a glued short place form: the form is the place (某县县委, 某县人武部)
PLACE_BODY_AFTER: tuple[str, ...] = tuple(data_lines("place_body_after.txt"))
# verbs that open a two-character county name (某某任县长: 任 + 县长)
PLACE_VERBS = frozenset(data_lines("place_verbs.txt"))
# verbs that govern a name from inside its left context (项目拟建设|…产业园), governing_verbs.txt
GOVERNING_VERBS = frozenset(data_lines("governing_verbs.txt"))
GOVERNING_RE = re.compile("|".join(sorted(GOVERNING_VERBS, key=len, reverse=True)))
# words before a governing verb that make it the clause's verb: a project, modals and adverbs
# (一体: 一体建设|甲产业园、乙产业园, built as one)
GOVERNING_SUBJECTS = frozenset("项目 该项目 拟 要 将 全力 有力 大力 积极 加快 着力 深入 努力 支持 "
                               "一体".split())
EVENT_END = re.compile(r"(?:会议|大会|会|论坛|峰会|活动|仪式)$")
EVENT_VERBS = frozenset("对接 推介 洽谈 签约 表彰 推进 交流 调度 部署 动员 发布 合作 纪念 庆祝 "
                        "认定 论证 验收 评估 命名 观摩".split())
NUMBERED_INSTITUTE = re.compile(
    r"(?<![0-9一二三四五六七八九十〇零百千万两几多个第])第?(?:[0-9]{2,4}|[一二三四五六七八九〇零]{2,4}"
    r"|十[一二三四五六七八九]|[二三四五六七八九]十[一二三四五六七八九]?)(?:研究)?所"
    # 716所在…: the institute; 所以 is "so", but 606所以及…: the institute, then 以及 "and" (ent50)
    r"(?![长属有得谓]|以(?!及)|在地|高校|学校|院校|大学|中学|小学|医院|科研|研究|高等)"
)
# 四八二一工厂, 5702厂: a factory known by its number
NUMBERED_FACTORY = re.compile(
    r"(?<![0-9一二三四五六七八九十〇零百千万两几多个第])(?:[0-9]{3,4}|[一二三四五六七八九〇零]{3,4})(?:工厂|厂)"
    r"(?![长区房商家])"
)
# 两县政府, 三地政府, 一些县市国动委: a count or a vague quantity before the level word names the
# organs of several jurisdictions, and a level class as the whole body (省级人民政府, 县级政府) those
# of every jurisdiction at that level: no one body (head filter plural_jurisdictions)
PLURAL_JURISDICTIONS = re.compile(
    r"(?:[两二三四五六七八九十几多数]|一些|部分|若干)[省市县区镇乡地州]|[省市县区镇乡]级$")
# 军工代号“141厂”, 军企代号295厂: a factory's code name written after the word for it, no second name
CODE_NAME_BEFORE = re.compile(r"代号[“\"‘:：]?$")
# 省委2号文件, 中央一号文件: a numbered document of a Party or government organ
NUMBERED_DOCUMENT = re.compile(
    r"(?:中央|国务院|(?:[省市县区]|自治区)(?:委|政府))[0-9一二三四五六七八九十]{1,3}号文件"
)
# ent42: a law named without book-title marks, told by what follows it: its provisions, an article,
# a requirement, the year it took effect (根据青山保护法有关规定, 东川教育法自2001年实施以来)
LAW_BY_CONTEXT = re.compile(r"法(?=有关规定|的规定|规定|的要求|第[0-9一二三四五六七八九十百]+条"
                            r"|自(?:19|20)[0-9]{2}年|实施以来)")
# the bodies before 法 that are no law's name: a deictic (本法, 该法) opening it
LAW_DEICTIC_START = ("本", "该", "此", "这", "各", "其")
# a word ending in 法 met this often in jieba's dictionary is an everyday word (方法, 办法, 依法, 执法):
# before 规定 it is no law
LAW_COMMON_WORD = 1000
# a document number (京政发〔2011〕21号, 工信厅军民函[2013]365号): issuer code, year in brackets, number
DOCUMENT_NUMBER = re.compile(
    r"(?<![" + CJK + r"])[" + CJK + r"]{1,10}[〔\[［【(（]\s*(?:19|20)[0-9]{2}\s*[〕\]］】)）]"
    r"\s*第?[0-9]{1,4}\s*号"
)
# 航天四院, 中国航天科工二院, 十院: an academy of a space group known by its number
NUMBERED_ACADEMY = re.compile(
    r"((?:中国)?航天(?:科工|科技)?(?:集团)?(?:公司)?)?(?<![0-9一二三四五六七八九十〇零百千第两几多市县区省镇])"
    r"(十[一二]|[一二三四五六七八九十])院(?![校区子落士])"
)
# the industry's short name of a group before its numbered institute (航天42所, 中船七一六所): part
# of the institute's name, as a group's full name is (gen_gazetteer.numbered_institutes)
GROUP_SHORT_BEFORE_NUMBER = ("航天", "中船")
ACADEMY_CONTEXT = re.compile(r"(?:院长|副院长|总会计师|总经理|总师|党委|纪委|本部|领导)")
BOARD = re.compile(
    r"(?:^|(?<=[，,、。；;：:\s]))([" + CJK + r"]{2,6}?)(?:董事局|董事会)(?=主席|副主席|董事长|成员)"
)
# 鄂东, 闽西, 苏北: a part of a province named by its one-character short form and a direction
SUBREGION = re.compile(r"[京津沪渝冀豫辽湘皖鲁苏浙赣鄂桂甘晋陕闽黔粤川琼][东南西北中]")
# verbs of speaking right after a titled name: the name ends there (院士杨士中建言)
# function characters that are also common last characters of given names (某宝和, 某克让, 某定之, 某维均):
# a titled name keeps one when a speech verb, a day (9日) or punctuation follows it (name_context._name_at)
NAME_FUNCTION_CHARS = "和让之均"
# ent24: the last characters a titled three-character name keeps when a list comma, a comma, 等 or the
# line end closes it (司令员甲义和, 主任乙维均, 总经理丙越让,): there they end no clause of their own
# (全: 甲某全、 from before)
NAME_FINALS_WHEN_CLOSED = "全和让之均"
# ent24: one-character words that open the clause after a name and never end a three-character one:
# 率 (市长甲某率队, 甲某率市直部门), 任 before a post (主任乙某任副指挥长)
LEADING_VERB_FINALS = "率"
POST_VERB_FINAL = "任"
# ent32: the same words after a person's name inside a body's left stretch (甲某任青山市委书记, 主任乙某率
# 调研组): the clause's subject and verb, the body starts after the verb (READ u9, u58)
PERSON_VERBS_BEFORE_BODY = "任率"
# ent24: what a person does right after the name at a clause start (甲某主持, 乙某作了…报告, 丙某专题汇报了,
# 丁某代表局党组作表态发言): a strictly plausible name there is a person, as before 说/表示/指出
ACTS_AFTER_NAME = re.compile(r"作了|汇报了|专题汇报|主持|致辞|讲话|发言|告诉|宣读|传达|带领|陪同|一行|分别"
                             r"|代表[^，。,\n]{2,12}?作")
NAME_CLAUSE_START = " \t\n\u3000。，,；;：:!！?？」”、"
# adverbs before 在 (早在, 要在, 正在): a clause-start run 青山早在… is a word and an adverb, no
# three-character name
ADVERBS_BEFORE_ZAI = "早要正还也都已仍将曾就均现"
DAY_AFTER = re.compile(r"[0-9一二三四五六七八九十]{1,3}日")
# ent30 (issue 10): a name with no known surname (a Tibetan 洛桑平措, a rare Han surname) is read
# after a title only when an attendee's act closes it (副司令员洛桑平措出席, 部长甘松青主持) or a list
# comma and the next title (副主任次旦、副参谋长…); titles that name no one person (代表, 领导 …) are
# left out (领导一换: a clause, no name). Right in READ u19, u23, u72.
SURNAMELESS_ACTS = ("出席", "主持", "汇报", "讲话", "参加", "陪同", "致辞")
# ent55: a person's profile in a penalty, accident or staffing notice opens with the name and the
# sex (甲某某,男,1990年…出生; 乙某，女，汉族): the mark right after a name (READ u83, u93, u97)
PROFILE_SEX = re.compile(r"[,，]\s*[男女][,，、]")
SURNAMELESS_NOT_AFTER = ("代表", "负责人", "领导", "专家")
# ent30: titles that are also verbs (代表荣誉的…: "stand for"): the name after one is no word jieba
# tags as a name that CC-CEDICT reads only as a common word (ingest/components/cedict_common.py)
VERB_TITLES = ("代表",)
SPEECH_VERBS = ("建言", "表示", "指出", "强调", "介绍", "认为", "讲话", "致辞", "主持", "出席", "说")
# 作讲评, 作述职: 作 is the verb after a name, not its last character
REPORT_NOUNS = ("讲评", "报告", "述职", "发言", "讲话", "部署", "总结", "汇报", "动员", "说明", "批示",
                "指示")
# what 作 takes after a name (王某作工作报告, 王某作了重要讲话): 作 is the verb, not the name's end
AFTER_ZUO = REPORT_NOUNS + ("工作报告", "重要讲话", "重要讲评", "专题", "了")
# the end of an organisation or park name (a list item that is a name of its own)
ORG_END = re.compile(r"(?:政府|委|局|厅|办|大学|学院|院|所|公司|集团|部|会|园|区|城|基地|中心)$")
# the numerals of a list item's number in brackets ((一), (十二)): no part of a name on either side
LIST_NUMERALS = "一二三四五六七八九十"
# parenthesised qualifiers that belong to the name before them (公司(集团)), never aliases
PAREN_QUALIFIERS = frozenset(
    ("集团", "有限合伙", "筹", "筹建", "筹备", "试行", "暂行", "总部", "中国", "北京")
)
# two or more bare names in a list at a clause start, closed by an attendance word or 等同志
NAME_LIST_RE = re.compile(
    r"(?:^|(?<=[\s。，,；;：:!！?？」”])|(?<=[市县区省]领导))"
    r"((?:[" + CJK + r"]{2,4}、){1,11}[" + CJK + r"]{2,4}?)"  # lazy: 乙等出席 is 乙, not 乙等
    r"(?=等同志|等领导|等出席|等参加|等陪同|等在家的|等代表|等委员|等先后|先后发言|及[^。，,\n]{0,16}?(?:同志|负责人|领导)|出席|参加|陪同|列席"
    # (the look-ahead first: the two lazy runs below cost up to 30 x 30 steps at each end of a
    # list tried, where one linear scan tells whether 出席/参加/列席 follows within their reach)
    r"|(?=[，,][^。\n]{3,62}?(?:出席|参加|列席))"
    r"[，,][^。，,\n]{2,30}?[，,、][^。\n]{0,30}?(?:出席|参加|列席)(?:了)?(?:会议|活动|仪式))",
    re.M,
)
# ent30 (issue 10): a bare list of names at a clause start closed by what people do (甲、乙、丙专题汇报了,
# 甲、乙等首先来到…, 甲、乙一行): the act of ACTS_AFTER_NAME or 等 + going somewhere (READ u30, u50, u60, u68)
LIST_GOES = re.compile(r"等(?:首先|先后|一同|一起)?(?:来到|前往|深入|赴)")
NAME_ITEMS = re.compile(r"(?:[" + CJK + r"]{2,4}、){1,11}[" + CJK + r"]{2,4}")
# a list of names after a leaders' title (省领导甲、乙、丙等出席), its items plain names, names
# without a known surname (Tibetan 次某平措) or transliterated names with a middle dot, which
# stop the title-list walk of `persons`; closed by 等, a clause mark or an attendance verb
_DOTTED_ITEM = r"[" + CJK + r"]{1,10}[·•‧・][" + CJK + r"]{1,10}(?:[·•‧・][" + CJK + r"]{1,8})?"
LEADERS_LIST_RE = re.compile(
    r"领导[:：]?(?=[" + CJK + r"]{1,10}[、·•‧・])"  # fails fast where no list follows
    r"((?:(?:" + _DOTTED_ITEM + r"|[" + CJK + r"]{2,4}?)、){1,15}"
    r"(?:" + _DOTTED_ITEM + r"|[" + CJK + r"]{2,4}?))"
    r"(?=等|[，,。；;\s]|出席|参加|參加|陪同|列席)"
)
# ent30 (issue 10): nouns of persons (no titles: the title rule would read the name's first
# characters as a Han name after them) a transcribed name with a middle dot follows in a sentence
# (柯尔克孜族护边员甲某斯·乙某西, 牧民丙某·丁某): the name's left part starts after the last one
DOTTED_AFTER_NOUNS = ("护边员", "牧民", "村民", "民兵", "战士", "老人", "群众", "职工", "学生", "教师",
                      "医生")
ORG_TYPES = ("PartyGovBody", "Enterprise", "ResearchInstitute", "Association", "MilitaryUnit")
# the posts a name carries after its body (某局李某副局长, 某区政府甲某副区长): the posts of titles.tsv
# (two characters or more), less the words that follow a class of persons rather than one name, and
# the degrees and ranks said after a name (博士, 高工, 少将); ent19: the post list had been a short
# hand list, which missed 副区长, 副校长, 厂长 … (READ u21, u30, u47, u48, u58)
_NOT_ONE_NAME = frozenset(("代表", "负责人", "领导", "委员", "干部", "成员", "助理", "秘书", "顾问", "董事",
                           "监事"))
BODY_NAME_TITLES = [w for w in title_words("post") if len(w) >= 2 and w not in _NOT_ONE_NAME] \
    + ["博士", "高工", "高级工程师", "特约研究员"]
# what follows the name and post: a clause mark or a verb of the sentence (主持, 亲临, 致开幕词 …)
_AFTER_NAME_POST = (r"(?=说|表示|指出|介绍|认为|透露|强调|代表|主持|致|讲话|作|带领|率|出席|参加|陪同|以及|的"
                    r"|等|亲临|就|一行|宣读|汇报|发言|同志|一同|分别|先后|首先|观摩|参观|[和与及在向对]"
                    r"|[，,。、；;：:)）])")
NAME_AFTER_BODY = re.compile(
    r"([" + CJK + r"]{1,4}?[部处室科])?([" + CJK + r"]{2,3}?)(?:" + alternation(BODY_NAME_TITLES) + r")"
    + _AFTER_NAME_POST
)
# a department opening a list item (、教务处甲某处长, ，会员处乙某副处长): the same name and post after it;
# ent44: a bare bureau, centre, zone or institute too (、科技厅甲某厅长, 、某研究中心乙某院士等, 由开发区丙某
# 主任主持: a body the recogniser did not choose, its member and his post after it)
NAME_AFTER_DEPARTMENT = Prefiltered(re.compile(
    r"(?<=[、，,；;\s由])([" + CJK + r"]{2,8}?[处室科厅局心区所])([" + CJK + r"]{2,3}?)"
    r"(?:" + alternation(BODY_NAME_TITLES) + r")" + _AFTER_NAME_POST
))
# the words a name + title follows in NAME_TITLE_AFTER_VERB (a text without any is not scanned)
AFTER_VERB_WORDS = ("学习", "传达", "会见", "看望", "慰问", "开创者", "创始人")
_AFTER_VERB_LENGTHS = sorted({len(w) for w in AFTER_VERB_WORDS})  # a look-behind per word length
NAME_TITLE_AFTER_VERB = re.compile(
    "(?:" + "|".join("(?<=" + "|".join(w for w in AFTER_VERB_WORDS if len(w) == n) + ")"
                     for n in _AFTER_VERB_LENGTHS) + ")"
    r"([" + CJK + r"]{2,3}?)"
    r"(?:司令员|政委|政治委员|元帅|将军|院士)"
)
TITLE_END = re.compile(
    r"(?:院士|教授|主任|书记|局长|部长|院长|所长|市长|县长|区长|省长|经理|董事长|主席|专家)$"
)
BARE_ZONES = ("高新区", "经开区", "开发区")
# ent32: a term number right before a national body (九届全国政协, 十三届全国人大, 十九届中央军民融合发展
# 委员会): the body of that term, named with it as the annotated batches write it (READ u5, u47, u56)
TERM_BEFORE_BODY = re.compile(r"第?[一二三四五六七八九十]{1,3}[届屆]$")
# the committees that run a park (开发区管委会, 园区党工委, 高新区工委): after a park's word, even a bare
# one (the document's own park), they name one body (READ u25, u27, u52, u75)
PARK_COMMITTEE_HEADS = ("管委会", "党工委", "工委")
# what a 工委 (working committee) is written after: a park or the organs (开发区工委, 中央国家机关工委); after
# a class of organs (县直工委) it is no one body
WORK_COMMITTEE_OWNERS = BARE_ZONES + ("园区", "机关")
FIELD_LIST_AFTER = re.compile(r"[、和及][^，,。；;]{0,12}?(?:相关|有关)?(?:领域|行业)")
LEVEL_PLURAL = re.compile(r"[省市县区][(（][省市县区旗、]+[)）]")
QUOTE_BREAK = re.compile(r"[“”，,。；;：:!！?？\n]")
# 第九届军博会, 本届科博会: a series' short name after its edition; the bare form is the same event
SERIES_EVENT = re.compile(
    r"(第[0-9一二三四五六七八九十]+届|本届|首届)"
    r"([" + CJK + r"]{1,2}[博交洽]会|[" + CJK + r"]{1,2}展)(?![议长员览])"
)
# the kinds of rows of ingest/data/event_words.tsv (gen_event_names, grouping's fillers)
EVENT_WORD_KINDS = ("attendee", "scope", "topic", "act", "lead", "lead_head", "topic_lead",
                    "topic_lead_head", "filler", "list_joint", "not_topic")
# ent57 (issue 10): 中国光谷, 中国云谷, 中国航空谷: a cluster a city builds under a national brand, 中国 +
# its field of one or two characters + 谷, written bare (READ u27, u106, u109, u110: IndustrialPark). In
# quotes it is a city's epithet or goal (“中国某谷”: a Policy or nothing, u10, u33, u69): left alone
VALLEY_PARK = re.compile(r"(?<![“\"‘'])中国([" + CJK + r"]{1,2})谷(?![”\"’'])")
# 集诚电子是一家…供应商: a short name introduced as a firm
FIRM_INTRO = re.compile(
    r"(?:^|(?<=[\s。，,；;]))([" + CJK + r"]{2,6}?)是一家[^，,。；;]{0,24}?(?:企业|公司|供应商|制造商|服务商)"
)
FOUNDED_BY_VERB = re.compile(r"(?:共同|联合|发起)?(?:设立|成立|组建|筹建)了?")
FIRM_LAST_WORD = re.compile(r"(?:资本|资产|科创|控股|投资|投控|实业|光电|药业|股份|证券|电子|科技)$")
# 我委王某主任, 我委装备产业处: a name or a division right after the speaker's own body
OWN_BODY = re.compile(r"我[委局办厅部院所]")
BODY_THEN_DIVISION = re.compile(r"(?:委员会|办公室|局|厅|办)[" + CJK + r"]{1,4}$")
# 中科院声学所: an institute of the Academy by its short field name
CAS_INSTITUTE = re.compile(r"(?:中科院|中国科学院)[" + CJK + r"]{2,4}?所(?![长属有在以得谓])")
# “军事日”活动: a quoted activity name is an event
QUOTED_ACTIVITY = re.compile(r"[“\"][^“”\"\n]{2,12}[”\"](?:主题活动|系列活动|专项活动|活动)")
# 开展“青山进万家”“三联共建”(…), 打好“百日会战”: quoted campaigns a launching verb takes as its
# objects (no activity word needed); each quote one campaign, the run closed by 等, an activity
# word, a bracket or a clause mark (围绕/推进“…” take slogans and goals, not campaigns)
LAUNCHED_CAMPAIGNS = re.compile(
    r"(?:开展|打好|实施|组织|启动)((?:[“\"][^“”\"\n]{2,14}”[、和及与]?){1,5})"
    r"(?=等|活动|行动|工程|[，。,；;和(（]|$)", re.M
)
CAMPAIGN_QUOTE = re.compile(r"[“\"][^“”\"\n]{2,14}”")
# ent40: “青山市军民融合公共服务平台”, “东川动员指挥信息管理系统”, “全军某某采购信息网”: a whole name
# in quotes that ends in a system's or platform's head word is one named system, a Project (calls:
# a platform is a Project, as a 合作运营中心); six characters at least before the head, no list
# mark or dash inside (“一张网”, “一平台”, “甲-乙平台” are slogans or descriptions)
QUOTED_SYSTEM = re.compile(r"“([^“”\"\n、，,。；;：:\-—－]{6,28}(?:平台|系统|信息网))”")
# a quoted name right after these is a source credit or the standard a thing is built to (来源“…”,
# 以“…”为特征), not a system named as itself
QUOTED_SYSTEM_NOT_AFTER = ("来源", "以", "来自", "转自")
# 东材科技董事长于某: the body whose chairman or manager is named is a company
BOSS = re.compile(
    r"(?:^|(?<=[，,、。；;：:\s]))([" + CJK + r"]{2,6}?)(?=董事长|总经理|总裁|创始合伙人|创始人)"
)
FOUNDING_VERBS = ("建设", "打造", "组建", "筹建", "搭建", "设立")
# a bare department in a list after a place-named body: 保密局, 民政局, 工商联
DEPT_ITEM_HEADS = ("工商联", "人武部", "武装部", "局", "委", "厅", "办", "部")
# a run of three or more bare departments (民政局、卫计委、教育局), each closed by a department head
DEPT_RUN = re.compile(r"(?<![" + CJK + r"])(?:[" + CJK + r"]{2,5}?[局委厅办]、){2,}[" + CJK
                      + r"]{2,5}?[局委厅办](?![" + CJK + r"]{0,1}[长员])")
DEPT_ITEM = re.compile(r"([" + CJK + r"]{2,5}?)(、|等|和|及|[,，。;；])")
# 在京召开, 在宁成立, 来沪考察: a city or province by its one-character short form, after a
# preposition of place and before a verb (the key groups it with the full name when both occur)
ONE_CHAR_PLACES = {"京": "北京", "沪": "上海", "津": "天津", "渝": "重庆", "宁": "南京", "蓉": "成都",
                   "穗": "广州", "杭": "杭州", "汉": "武汉", "榕": "福州", "闽": "福建", "粤": "广东",
                   "湘": "湖南", "鄂": "湖北", "川": "四川", "陕": "陕西", "赣": "江西", "皖": "安徽",
                   "鲁": "山东", "苏": "江苏", "浙": "浙江", "冀": "河北", "豫": "河南", "晋": "山西",
                   "黔": "贵州", "滇": "云南", "桂": "广西", "琼": "海南", "辽": "辽宁"}
ONE_CHAR_PLACE_RE = re.compile(
    r"(?<=[在来赴抵返离])([" + "".join(ONE_CHAR_PLACES) + r"])"
    r"(?=召开|举行|举办|成立|隆重|开幕|闭幕|发展|落户|考察|调研|投资|设立|签约|签署|会见|开展|期间|参加|出席"
    r"|联合|共同|落下|主办|视察|访问|领取|签订)"
)
# 市政府党组书记, 县人武部党委第一书记: the Party group or committee of the body before it
PARTY_GROUP_TITLE = re.compile(r"(?:党组|党委)(?=第一书记|书记|副书记|成员|委员|常委)")
BODY_HEAD_TITLE = re.compile(r"(?:第一书记|副书记|书记)[,，]?、(?:常务副|副)?"
                             r"(?:主任|局长|厅长|部长|市长|县长|区长|院长|司令员|政委|董事长|总经理|主席|署长|会长)")
# 市委常委、统战部部长: a Party department named bare in a list of one person's titles
# 市委常委、统战部部长 and its contracted form 统战部长 (部 shared by the department and the post)
BARE_PARTY_DEPT = re.compile(r"(?:^|(?<=[、，,]))(统战部|组织部|宣传部)(?=常务副部长|副部长|部长|长)")
# 参谋长甲、政治部主任乙: a military unit's department named bare before a post (heads.tsv, bare)
_MIL_DEPTS = sorted((h for h, typ, _ in HEADS if typ == "MilitaryUnit" and h in BARE_DEPARTMENT_HEADS),
                    key=len, reverse=True)
BARE_MIL_DEPT = re.compile(r"(?:^|(?<=[、，,\s]))(" + "|".join(_MIL_DEPTS) + ")")
# 示范企业, 龙头企业, 入驻单位: words that make a class of firms out of 企业/单位
CLASS_MODIFIERS = frozenset("示范 龙头 骨干 重点 民营 国有 军工 配套 优秀 先进 高新 领军 标杆 成员 会员 参展 "
                            "签约 入驻 参建 共建 主办 承办 协办 支持 合作 优势 链主".split())
# 编制单位, 建设主体: a body's role in the clause (who drew up the plan, who builds the park) named
# before its name; the role noun is no part of the name of the firm or institute that fills it
ROLE_NOUNS = ("单位", "主体")
ROLE_MODIFIERS = frozenset("编制 建设 承建 实施 责任 运营 牵头 承担 投资 施工 设计 参与 依托 申报".split())
# 苏州路之遥科技公司, 青山之旅文化公司, 中国联合网络通信有限公司: stop words a firm's own name may
# hold (之, 联合); the left extension stops at them, gen_heads._over_inner_stop crosses them when
# a short word (之) or a place (联合: else a verb, 甲大学联合乙公司) stands before them
INNER_STOPS = ("之", "联合")
# 之一, 之间, 之后, 之下: 之 closing a phrase of the clause, not inside a name
NOT_AFTER_ZHI = frozenset("一二三四五六七八九十间后前中下上外内际时首列")
# 园区甲有限公司 (the park's firm), 区域内有甲集团公司: the place a firm belongs to, or a clause's
# verb of having, glued before its name
OWNER_PLACE_NOUNS = ("园区",)
OWNER_PLACE_TYPES = frozenset(("Enterprise", "Project", "ResearchInstitute"))
SAID_END = ("", "，", ",", "。", "：", ":", "“")  # 吴某说。: 说 after a name is the verb
GENERIC_OWNERS = ("国家", "我国", "党和国家")
# heads of a campaign named by its quoted words (开展“青山人办实事”实践活动): the name runs from the
# opening quote, whatever clause stands before it (企业要结合“…”实践活动)
QUOTE_NAMED_HEADS = frozenset(("实践活动",))
# heads of a named system or mechanism whose quote names it (“双清单”制度): the name starts at the last
# opening quote before the head (READ u67, u72, u76; gen_heads._start_after_owner)
QUOTED_SYSTEM_HEADS = frozenset(("制度", "负责制"))
# heads of a named campaign of inspection or rectification (heads.tsv class campaign: 专项活动,
# 专项治理 …): a quote right before the head names it too, so the name starts at that quote
# (“甲”“乙”专项活动: the last; ent59)
CAMPAIGN_HEADS = frozenset(h for h, (_typ, cls) in HEAD_INFO.items() if cls == "campaign")
COUNCIL_MEETING_BEFORE = re.compile(r"(?:[省市州县区]委|常委会)议军$")
LONG_NAME_BEFORE = re.compile(r"[^，,。；;、：:“”《》\s]{7,}$")
QUOTED_PART = re.compile(r"“[^“”]*”")
LIST_INTRO = re.compile(r"[" + CJK + r"]{0,6}?(?:由|联合|会同|组织|邀请|包括|汇集|集聚|聚集|吸引|拥有)")
# a byline closing a paragraph: …新局面。(冯小舒), (文/张某)
CLOSING_BYLINE = re.compile(r"[。！？!?”]\s*[(（](?:(?:文|图|文图|撰稿)\s*[/／:：]\s*)?"
                            r"([" + CJK + r"、 ]{2,24})[)）][ \t]*(?=\n|$)", re.M)
ORG_NOUNS = ("公司", "单位", "企业", "集团", "部门", "机关", "政府", "学校", "医院", "工厂")
# 区党工委副书记、管委会主任: a zone's management committee named bare in a list of titles
BARE_ZONE_BODY = re.compile(r"(?<=、)(管委会|党工委)(?=常务副主任|副主任|主任|副书记|书记)")
BYLINE_TITLES = ("记者", "通讯员", "编辑", "责任编辑", "作者", "摄影", "撰稿", "审核", "责编", "编审", "终审",
                 "初审", "文/图", "记者/图片", "监制")
JOINT_HEADS = ("办公室", "研究中心", "实验室", "研究院", "党委", "工作组", "指挥部")
# 黄某明任首届会长: a name (at a clause start) before 任 + a post
POST_TAKEN = re.compile(r"任(?:首届|第一届|新一届|新任)?"
                        r"(?:会长|理事长|组长|主任|董事长|秘书长|院长|主席|总经理)")
PHASE = re.compile(r"[一二三四五六七八九]期")
PHASE_END = re.compile(r"[(（][一二三四五六七八九]期[)）]$")
# (the phase bracketed or not: 青山产业园(二期)项目, 青山制造基地二期项目; ent59)
PARK_PHASE_END = re.compile(
    r"(?:产业园|工业园|科技园|园区|基地)(?:[(（][一二三四五六七八九]期[)）]|[一二三四五六七八九]期)$")
COMMITTEE_MEMBER = re.compile(r"(?:[省市县区]委)?常委")
VISIT_PARTY = re.compile(r"一行(?:来到|来|到|赴|莅临|前往|深入)?")
SUBSIDIARY_BODY = re.compile(r"(?:全?资|控股|参股)子")
FIRST_FUND = re.compile(r"首[支只]([" + CJK + r"]{2,14}?基金)(?!会)")
PAREN_ZONE = re.compile(r"[（(]([" + CJK + r"]{1,3}(?:经开区|高新区|开发区|综保区))[）)]")
LISTED_UNITS = re.compile(
    r"等(?:[0-9一二三四五六七八九十百]+余?多?[家个]|一批|一大批)?(?:龙头|骨干|重点|军工)?"
    r"(?:单位|企业|企事业单位|成员单位|院所|机构)"
)
COUNT_AFTER = re.compile(r"[0-9一二三四五六七八九十两几多]+(?:个|家|项|所|座|批)")
IDEOLOGY_AFTER = ("思想", "观", "重要论述", "理论", "精神")
LEVEL_CHARS = "省市区县镇乡"
# military organs whose Party committee (X党委, 第一书记 the local Party secretary) the annotators name
# as the organ itself (head filter unit_party_committee)
# a whole armed force named for its members (武警部队官兵): head filter `force_members`
FORCE_BODIES = frozenset(("武警", "武装警察"))
FORCE_MEMBERS = ("官兵", "指战员", "全体官兵", "广大官兵")
# ent23: a whole force named from the gazetteer for its people: its members greeted or praised
# (驻青解放军官兵, 海军官兵, 武警部队全体官兵) or its delegation to a congress (解放军和武警部队代表团,
# 解放军团人大代表): people, no unit (gen_gazetteer; READ u1, u27, u39)
FORCE_PEOPLE_AFTER = re.compile(
    r"(?:全体|广大)?(?:官兵|指战员)|(?:和[^，,。；;、]{2,10}?)?代表团|团(?:人大)?代表"
)
COMMITTEE_OF_UNIT = ("人武部", "武装部", "军分区", "警备区", "省军区", "军区")
# the jurisdiction a congress abbreviation (党代会, 人代会, 两会: heads.tsv class "congress") is held
# at, when no place names it: 全国人代会, 省第十二次党代会, 全市“两会”
CONGRESS_LEVELS = frozenset({"全国", "全省", "全市", "全区", "全县", "全州", "省", "市", "区", "县", "州",
                             "自治区", "自治州", "本省", "本市", "我省", "我市", "我区", "我县"})
_LEVEL_ORG = r"(?:[省市县区]|自治区)(?:委|政府|人民政府)"
ORG_BEFORE_PROJECT = re.compile(_LEVEL_ORG + r"(?:[、和及与]?" + _LEVEL_ORG + r")?")
QUOTED_NAME_VERB = re.compile(r"(?:建设|投资|实施|推进|开展|启动|打造|引进|签约|落地|开工|承担|参与)$")
AUTONOMOUS = ("自治区", "自治州", "自治县")  # level words of autonomous divisions, used bare
# the level words of Inner Mongolia's banners and leagues and of the prefectures (旗委, 盟委, 旗双拥
# 工作领导小组, 地区…领导小组办公室): a body's level as 县 or 市 is (READ u65, u66, u67); not 旗下 (a
# firm's subsidiaries), 旗帜, 旗舰
BANNER_LEVELS = ("旗", "盟", "地区")
NOT_BANNER_LEVEL = ("旗下", "旗帜", "旗舰", "旗袍", "盟员")
# a prefecture's organ named by its level word alone, as 市政府 is a city's (州政府, 州政协,
# 州人大常委会): 州 is no level character of LEVEL_CHARS (it ends place names), only a whole body
BARE_LEVEL_WORDS = frozenset(("州",))
# the PLA services by their bare names: written before a noun they own (陆军无人装备, 空军主力,
# 为海军、陆军研制) they are still the service, not the first word of a compound
SERVICES = frozenset(("陆军", "海军", "空军", "火箭军"))
# 国营东川机械厂 … 东川机械厂: the state-run factory's name with and without its ownership word
OWNERSHIP_PREFIXES = ("国营", "國營")
# words that make a unit civilian whatever its head (支队, 大队, 站): the fire and rescue service
# (消防救援) left the armed police in 2018 and is a government body (its older 公安消防/武警消防
# units stay military)
CIVIL_IN_BODY = re.compile("消防救援")
DEPT_HEADS = (
    "组织", "宣传", "统战", "人武", "武装", "装备", "司令", "政治工作", "后勤保障", "科学技术",
    "财政", "商务", "后勤", "联勤", "推进", "结合推进", "计划", "发展计划",
    "教育", "公安", "民政", "交通运输", "国防", "外交", "自然资源", "生态环境", "住房和城乡建设", "农业农村",
    "文化和旅游", "卫生健康", "应急管理", "审计", "国防动员", "联合参谋", "训练管理", "工作", "装备发展",
    "系统", "航天系统", "网络系统", "合作", "管理", "联络", "综合", "保障", "规划", "发展",
    "工信", "科技", "人力资源和社会保障", "信息化",
    "工业",  # 冶金工业部, 第八机械工业部: the industry ministries of the planned economy (READ u25, u41, u53)
)
DEPT_HEAD_WORDS = frozenset(DEPT_HEADS)
# ent48: two fields joined by 与 name one department or institute (经济与外事司, 合作与联络处, 机械与物理
# 研究所): 与 between two nouns of a field, a few characters before such a head, is inside the name,
# no conjunction of two bodies (READ u6, u18, u71, u86). Not after a body's own last character
# (青山大学与东方研究所: two bodies), and only this close to the head.
JOINED_FIELD_CONJ = "与"
JOINED_FIELD_HEADS = ("司", "处", "研究所", "研究院", "研究中心", "实验室", "学院")
JOINED_FIELD_MAX = 8
JOINED_FIELD_TAGS = ("n", "vn", "nz")
JOINED_FIELD_NOT_LAST = frozenset("委局厅院所部司处办校厂队会府社站心团军区省市县镇乡村")
OFFICE_BEFORE_BAN = set("主承协举创开兴督查包代照操筹难怎好合")  # 主办/承办/协办/举办/… are verbs
OFFICE_OK = ("融合办", "双拥办", "科工办", "人防办", "结合办", "金融办", "外办", "侨办", "台办", "编办",
             "国动办",
             "军民融合办", "督查办", "扶贫办", "文明办", "应急办", "改革办", "综治办", "招商办",
             "融办", "新闻办", "委办", "政府办", "经动办", "人防办",
             "征兵办", "征办")  # 县征兵办, 区征办: the conscription office (READ u37, u41, u55)
WEI_OK_BEFORE = ("国动",
                 "发改", "经信", "工信", "国资", "科", "教", "卫健", "卫计", "军", "编", "政法", "纪", "网信",
                 "财经", "外事", "农", "宣", "住建", "国防科工", "经委", "计", "改革", "科技",
                 "建", "交", "商", "投资", "民", "城建")
MILITARY_IN_BODY = re.compile(r"(军区|军分区|警备区|人武部|空军|海军|陆军)(?![民事工属])")
MIL_PREFIXES = (
    "海军", "陆军", "空军", "火箭军", "武警", "战略支援部队", "解放军", "中国人民解放军", "军委", "中央军委",
    "联勤保障部队", "东部战区", "南部战区", "西部战区", "北部战区", "中部战区",
    "总装备部", "总参谋部", "总政治部", "总后勤部", "总参", "总政", "总后", "总装",
)

# an anonymised unit of a named service (海军某部, 武警某某支队某中队): one specific unit, named as the
# press names it; a bare 某部队 names no service and stays generic
# (海军东川某水警区, 陆军第99集团军某舟桥团: a place or a numbered formation between the service and
# 某, and a kind of unit between 某 and its level word, are part of the name as written; the PLA by its
# own name, 中国人民解放军某部, and a garrison command, 东川卫戍区某师, too: ent57, READ u28, u109)
_ANON_TAIL = (r"某(?![型些种项类件次])(?:[" + CJK + r"]{0,2}?(?:警区|团|旅|师|营|连|舰|站)|部|基地|支队|大队"
              r"|中队)(?![门分队长署])")
ANON_UNIT = re.compile(
    r"(?:海军|陆军|空军|火箭军|武警|战略支援部队|联勤保障部队|[东南西北中]部战区|(?:中国人民)?解放军)"
    r"(?:(?:[" + CJK + r"]{1,4}?(?:舰队|警|军区|总队|支队))|第[0-9一二三四五六七八九十]{1,3}集团军"
    r"|[" + CJK + r"]{2})?"
    + _ANON_TAIL)
# 南京军区某部, 东川军分区某团: an anonymised unit of a command; the place before the command is found
# by the generator (the pattern starts at the command word, so its scan can be prefiltered)
COMMAND_UNIT = re.compile(r"(?:军分区|警备区|卫戍区|军区)" + _ANON_TAIL)
# “1+6”军民融合创新示范空间体系, “9+2”工作布局: a system named by a quoted formula
FORMULA_SYSTEM = re.compile(r"“[0-9N]{1,2}[+＋][0-9N]{1,2}(?:[+＋][0-9N]{1,2})?”[" + CJK
                            + r"]{0,14}?(?:体系|机制|格局|布局|模式)")
# “属地管理+基层联动”责任体系, “五位一体”强边固防体系: a system named by a
# quoted slogan glued to its field and 体系 (with 的 between, …的…格局, it is a description; 机制 was
# tried: it cost the CHECK set a wrong Policy)
SLOGAN_SYSTEM = re.compile(r"“[^“”\n，。]{2,14}”[" + CJK + r"]{2,10}?体系")
# 兵团第八师, 新疆生产建设兵团第十二师: a division of the production and construction corps (a body
# that runs a city and its farms, named by its number)
CORPS_DIVISION = re.compile(r"(?:新疆生产建设)?兵团第[一二三四五六七八九十]{1,3}师")
# 东川省政府工作报告, 省人大常委会工作报告: the yearly report of a government, a people's congress
# or a court is a named document (a Policy, as the GUIDELINES type a report's title); the place
# or level before the body belongs to the name; 各级政府工作报告 is a class of reports
REPORT_BODIES = ("人民代表大会常务委员会", "高级人民法院", "中级人民法院", "人民法院", "人民检察院",
                 "人大常委会", "人民政府", "检察院", "法院", "政府")
REPORT_LEVELS = ("自治区", "省", "市", "县", "区", "州")
# 驻东川人民解放军, 驻东解放军: the garrison of a place, named by the army's name, full or short
# (驻洛部队 is found by 部队); 驻市/驻区/驻地… name a level or a word, no place
GARRISON = re.compile(r"驻(?![市区县省地军])[" + CJK + r"]{1,3}?(?:中国)?(?:人民)?解放军")
# 东川陆军预备役工兵团: a reserve unit (a place, the service, 预备役, the arm, the level)
RESERVE_UNIT = re.compile(r"(?:陆军|海军|空军)?预备役[" + CJK + r"]{0,6}?(?:团|师|旅|营)(?![长部委])")
# a named warship: 海军某某舰, or a place name + 舰 (ships are named after cities)
SHIP_END = re.compile(r"舰(?![队艇载船员长])")
SHIP_BEFORE = ("政委", "舰长", "官兵", "参观", "登上", "访问", "慰问", "走进")


# ent45: what glues a bare law's short name (国防法, 人民防空法) into a word for the laws of a field:
# 国防法规, 人民防空法律法规, 国防动员法制, 国防法治 name no one law
LAW_FIELD_AFTER = ("规", "律", "制", "治", "学")
# the state's name before a law's short name is the law's full name (中华人民共和国国防法)
LAW_STATE_BEFORE = "中华人民共和国"
# patterns used inside the functions below, compiled once at import (not on first use)
INIT_RE1 = re.compile(r"(?<=集团)(?:有限公司|有限责任公司)$")
LEFT_EXTEND_RE1 = re.compile(r"[,，。;；!！?？:：]")
HEADS_RE1 = re.compile(r"(?:政府|委|局|厅|办|大学|学院|院|所|公司|集团|部|会)$")
HEADS_RE2 = re.compile(r"[的之]")
LEAD_CUT_RE1 = re.compile(r"[0-9第一二三四五六七八九十两]")
TYPE_AND_CHECK_RE1 = re.compile(r"[0-9]{1,3}[" + CJK + r"]")
TYPE_AND_CHECK_RE2 = re.compile(r"[0-9]+(?:年|届)")
TYPE_AND_CHECK_RE3 = re.compile(r"首[个家批座支]")
# 工信部军民结合司: a ministry (…部) right before two to six characters and 司
MINISTRY_DEPT = re.compile(r"[" + CJK + r"]{1,6}部(?![门队分])[" + CJK + r"]{2,6}$")
# a leader's name followed by these names a doctrine (…新时代中国特色社会主义思想, …强军思想): the
# doctrine is no entity (GUIDELINES: ideologies are not Policies) and the name inside it no mention
DOCTRINE_AFTER = ("新时代", "思想", "强军思想", "经济思想", "外交思想", "法治思想", "生态文明思想", "理论")
# zone heads whose name can be a title conferred on a whole country, region or city (a Policy)
DESIGNATION_HEADS = ("示范区", "先导区", "科技城")
# ent55: a 试验区 named for the policy it pilots (…综合配套改革试验区, …先行试验区, 自由贸易试验区, …融合发展
# 试验区) is a designation a province, city or region holds, a Policy (READ u42, u79, u99, u101); one named
# for its industry or its partners (…循环经济试验区, …合作特别试验区: READ u4, u14) is a site
PILOT_ZONE_PURPOSES = ("改革", "先行", "自由贸易", "发展")
# a hotel, hall or centre before a 厅: the 厅 is a room (大酒店宏图厅), no government department
ROOM_IN = re.compile(r"(?:酒店|宾馆|饭店|大厦|会展中心|会议中心|国际会议|展览馆)[" + CJK + r"]{0,4}$")
# zone heads that also name a title a place applies for or is given (申报…示范区, 授予“…示范基地”称号)
TITLE_ZONE_HEADS = ("示范区", "示范基地", "先导区", "示范园区")
# park heads whose name is a title when a province or the nation names it (东川省…特色产业园,
# 国家某某计划特色产业基地: a title the province or a national programme confers, a Policy);
# a site inside the name (国家某某青山装备制造特色产业基地) keeps it a park: gen_heads._park_title
LEVEL_TITLE_PARK_HEADS = ("产业基地", "产业园")
TITLE_ZONE_BEFORE = re.compile(r"(?:申报|申建|争创|创建|获批|评为|命名为|授予|入选|认定为)[“\"]?"
                               r"(?:全省|全市|全国)?(?:首批|第[一二三四五六七八九十0-9]{1,3}批)?$")
TYPE_AND_CHECK_RE4 = re.compile(r"(?:创建|申建|争创|申报|获批|成功创建)$")
TYPE_AND_CHECK_RE5 = re.compile(r"(分院|研究院|科学院|研究所|大学|中科院)")
TYPE_AND_CHECK_RE6 = re.compile(r"(?:国家级?|省级|省部共建)重点$")
TYPE_AND_CHECK_RE7 = re.compile(r"生态保护和$")
# region-class heads whose strategy is named after a named region (regions.txt: 东北, 西部, 中部) or a
# region word (…地区, 老工业基地), never after one province or city (青山振兴, 东川大开发: no name)
REGION_ONLY_HEADS = frozenset(("高质量发展", "振兴", "崛起", "大开发"))
TYPE_AND_CHECK_RE8 = re.compile(
    r"[" + CJK + r"]{1,4}(?:地区|流域)|老工业基地|(?:东部|西部|中部|东北)(?:地区)?"
)
TYPE_AND_CHECK_RE9 = re.compile(r"(?:政府|党委|省委|市委|县委|区委)")
TYPE_AND_CHECK_RE10 = re.compile(r".*[0-9]{4,6}")
TYPE_AND_CHECK_RE11 = re.compile(r"(?:产业园|工业园|科技园|园区|基地|示范区)$")
# a project named after its park or base (…科技园项目, …基地项目)
PARK_BODY_END = re.compile(r"(?:产业园|工业园|科技园|园区|基地|示范区|小镇)$")
TYPE_AND_CHECK_RE12 = re.compile(r"(?:公司|集团|政府|研究院|大学)(?:总承包|承建|投资|实施)?$")
TYPE_AND_CHECK_RE13 = re.compile(r"(?:相关|有关|各类|一批|多家|企业|单位)")
TYPE_AND_CHECK_RE14 = re.compile(
    r"(?:成立了?|筹建了?|组建了?|创建了?|建立了?)$"
)
# 成立了由市长任组长的…领导小组, 成立由甲为组长、乙为成员的…小组: the body founded, described by who
# leads it or sits in it between the founding verb and its name
FOUNDED_LED_BY = re.compile(
    r"(?:成立了?|组建了?|筹建了?)由[^。；;！!？?\n]{1,60}?(?:组长|主任|指挥长|召集人|成员)的$"
)
TYPE_AND_CHECK_RE15 = re.compile(
    r"(?:鼓励|推动|引导|积极|指导|两级|各级|各地)[^，,。；;]{0,8}?(?:组建|筹建|成立|建立)$"
)
STRONG_SPECIFIC_RE1 = re.compile(r"[0-9A-Z]")
STRONG_SPECIFIC_RE2 = re.compile(r"(集团|公司|厂|大学|实验室|研究所|研究院|基地|中心|大街|园)")
# ent55: a title wrapped once by the page's layout (《甲乙丙关于…\n…的决定》, 《\n青山市…条例》) is still one
# title; the scorer and the graph read it without the break (READ u20, u35, u62, u100)
QUOTED_TITLES_RE1 = re.compile(r"《((?=[^《》]{2,51}》)[^《》\n]*+\n?[^《》\n]*+)》")
QUOTED_TITLES_RE2 = re.compile(r"[(（](?:[0-9—\-－~～年至]+|初稿|草案|试行|征求意见稿|送审稿|修订稿?)[)）]$")
QUOTED_TITLES_RE3 = re.compile(
    r"(规划|计划|条例|办法|意见|方案|纲要|通知|决定|法|规定|细则|目录|战略"
    r"|指南|政策|规则|要点|措施|章程|制度|标准|清单|名录|守则)$"
)
# 《青山日报》, 《东方时报》, 《青山论坛》杂志: a title that names a newspaper, journal or broadcaster
MEDIA_TITLE = re.compile(
    r"(?:报|日报|晚报|时报|周刊|月刊|学报|杂志|期刊|网|电视台|广播电台|频道|新闻|论坛|文摘|画报|视点)$"
)
# (一文, 一书, 文章: 发表《…》一文 names an article, not a Policy)
MEDIA_AFTER_TITLE = re.compile(r"(?:杂志|期刊|栏目|节目|专栏|报道|刊发|刊登|发表|撰文|发文|记者|编辑部|社"
                               r"|一文|一书|文章)")
# ent19: 《…》 of a work that is no policy document: songs, dances and films (一曲《…》,
# 《甲》《乙》等精彩舞蹈), a journal's issue (《…》2023年第4期), a book of excerpts of a doctrine
# (GUIDELINES: …思想, 重要论述 are no Policy). Right in READ u17, u26, u59; no gold Policy of
# seeds, dev, u1–u64 meets these cues
_ARTS = (r"(?:舞蹈|歌舞|歌曲|节目|演出|合唱|独唱|小品|相声|朗诵|快板|戏曲|电影|影片|纪录片|专题片|宣传片|诗歌"
         r"|情景剧|话剧|歌)")
WORK_AFTER_TITLE = re.compile(
    r"(?:[、，,和与及]?《[^《》\n]{1,40}》)*[、和与及]?等?(?:[一二三四五六七八九十0-9]+|一个个|一首首|一支支)?"
    r"[个首部支台场出]?(?:精彩|优秀|经典|原创|红色)?的?" + _ARTS + r"|\s*[0-9０-９]{4}年第[0-9０-９]+期"
)
WORK_BEFORE_TITLE = re.compile(r"(?:" + _ARTS + r"|一曲|演唱了?|表演了?|献唱了?|观看了?|放映了?|朗诵了?)$")
DOCTRINE_TITLE = re.compile(r"(?:思想|重要论述|论述摘录|论述摘编|論述摘錄|重要論述)$")
# legal forms that end a firm's full name, longest first (东方重工集团有限公司 -> 东方重工)
LEGAL_FORMS = ("集团股份有限公司", "集团有限责任公司", "集团有限公司", "股份有限公司", "有限责任公司",
               "集团公司", "有限公司", "集团")
# trade words a firm's short form also drops, longest first (星河精密机械有限公司 -> 星河精密)
TRADE_WORDS = ("电子科技", "信息技术", "智能科技", "新材料", "科技", "技术", "电子", "机械", "工业", "制造",
               "装备", "材料", "实业", "控股", "投资", "发展")
# 文件名称：…, 项目名称：… (a field of a notice's form); group 1 the kind, group 2 the name
NAME_FIELD_LINE = re.compile(
    r"(?m)^[ \t\u3000]*(文件|政策|规划|方案|项目|工程)?名称[:：][ \t\u3000]*([^\n]{4,60}?)[ \t\u3000。]*$"
)
# 名  称：…的通知  文  号：… — a document's name in the field table of a government disclosure page, its
# label spaced out (名  称, 标  题) and its fields on one line or on lines of their own: the name runs to the
# next spaced field label or the line's end (READ u35, u46, u58)
SPACED_NAME_FIELD = re.compile(
    r"(?m)(?:^|[ \t\u3000])(?:名[ \t\u3000]+称|标[ \t\u3000]+题)[:：][ \t\u3000]*([^\n]{4,120}?"
    r"(?:通知|意见|决定|办法|方案|规定|通告|公告|批复|答复|函))"
    r"(?=[ \t\u3000]+[\u4e00-\u9fff](?:[ \t\u3000]*[\u4e00-\u9fff]){1,4}[:：]|[ \t\u3000。]*$)"
)
# a notice's title line: [issuer]关于…的通知/意见…, a deputy's 建议 or 提案, a reply (答复), a public
# 通告 or 公示; group 1 from 关于 to the end (what precedes 关于 runs to 60 characters: joint issuers
# written apart by spaces, 东川市退役军人事务局 青山警备区政治工作局 东川市双拥办关于…: READ u39)
TITLE_KINDS = (r"(?:实施意见|指导意见|意见|通知|决定|办法|实施方案|方案|规划|细则|规定|批复|建议|答复|通告"
               r"|公示|提案)")
# ent55: a title the page's layout wraps once (青山市人民政府关于2003年\n“八一”期间…的通知; READ u20, u39,
# u46, u78): the wrapped part is tried only when the line alone is no title, and holds no 关于 of its own
# (关于我们\n甲局关于…的通知: a site's menu, then the title)
_TITLE_WRAP = r"(?:\n[ \t\u3000]*\n?(?![^\n]*关于)[^\n，。]{1,60}?)??"
TITLE_LINE = re.compile(
    r"[^\n，。,]{0,60}?(关于[^\n，。]{2,60}?" + _TITLE_WRAP + r"的" + TITLE_KINDS + r")"
    r"[ \t\u3000]*(?:\n|$)"
)
# what stands between two joint issuers before 关于 (青山市人民政府 青山警备区关于…, 甲局、乙局关于…)
JOINT_ISSUER_SEPARATORS = " \u3000\u00a0、"
# the same title standing as a line of its own further down (a page's title after its menus and
# dates, a notice quoted in full): the line holds nothing but the title
TITLE_LINE_LATER = re.compile(
    r"(?m)^[ \t\u3000]*([^\n，。,:：]{0,30}?关于[^\n，。:：]{2,60}?" + _TITLE_WRAP + r"的" + TITLE_KINDS
    + r")[ \t\u3000]*$"
)
# 根据中央关于…的意见, 下发关于印发…方案的通知: an unquoted title after a verb that cites, issues or
# implements a document (group 1 starts at 关于)
ABOUT_TITLE = re.compile(
    r"(?:根据|依据|按照|出台了?|下发了?|印发了?|制定了?|贯彻落实|贯彻|落实|发布了?)[^，。；;,\n《》“”]{0,16}?"
    r"(关于[^，。；;,\n《》]{4,60}?的(?:实施意见|指导意见|若干意见|意见|通知|决定|办法|实施方案|规定|建议))")
# ent41 (issue 10): the title of a reply to a numbered proposal or suggestion, a line of its own
# (甲局关于青山市十届人大一次会议第12号建议的答复, 对县政协十届一次会议 第 0402 号提案的答复,
# 名称:关于…第9号提案答复的函):
# its issuer, a meeting and a body stand inside it, and all of them are the title's
REPLY_TITLE = re.compile(
    r"(?m)^[ \t\u3000]*(?:[^\n:：，。]{0,8}[:：][ \t\u3000]*)?"
    r"([^\n，。,:：“”《》]{0,30}?(?:关于|对)[^\n，。:：“”《》]{2,60}?"
    r"第[ \t]*\d{1,5}[ \t]*号[^\n，。:：]{0,16}?"
    r"(?:建议|提案|议案)(?:的)?答复(?:的)?函?)[ \t\u3000]*$")
# ent47 (issue 10): the proposal a reply answers, named where the reply acknowledges it (您提出的“关于青山
# 市…的提案”收悉, 你们提出的关于…的建议收悉) or in a proposal page's 题 目: field; group 1 is the title, the
# names standing inside it stay entities of their own (gen_title_lines.proposal_titles; READ u16, u66, u78)
PROPOSAL_KINDS = r"(?:提案|建议|议案)"
PROPOSAL_ACKNOWLEDGED = re.compile(
    r"(?:提出|提交|所提|领衔提出)的[“\"]?(关于[^\n，。；;,“”\"《》]{2,60}?(?:“[^\n“”]{1,20}”[^\n，。；;,“”\"《》]{0,40}?)?"
    r"的" + PROPOSAL_KINDS + r")[”\"]?(?=[(（]第|收悉|已收悉|已交|已转|[,，])")
PROPOSAL_FIELD = re.compile(
    r"(?m)^[ \t\u3000]*题[ \t\u3000]*目[:：][ \t\u3000]*(关于[^\n，。；;,《》]{2,80}?的" + PROPOSAL_KINDS
    + r")[ \t\u3000]*$")
MEETING_VERB = re.compile(r"(?:召开|举办|举行|开展|做好|组织|参加)")
# 文/王某 李某, 图／王某: a byline of names after a slash (names split by spaces or 、)
SLASH_BYLINE = re.compile(r"(?:文|图|摄|文图|撰稿|摄影|作者|记者|编辑)[ \u3000]*[/／][ \u3000]*"
                          r"((?:[" + CJK + r"]{2,3}[ \u3000、]+){0,3}[" + CJK + r"]{2,3})(?![" + CJK + r"])")
NAME_RUN = re.compile(r"[" + CJK + r"]+")
DESIGNATIONS_RE1 = re.compile(r"中国[" + CJK + r"]{1,4}?之?都(?![市会城区])")
PROJECT_BODY_OK_RE1 = re.compile(r"[0-9]+(?:个|家|项)")
SIGNED_PROJECTS_RE1 = re.compile(r"(?:落地|落户|引进|共建|建设|实施|合作|投资)")
SIGNED_PROJECTS_RE2 = re.compile(r"(?:包括|包含|共有|其中|获悉)")
ENTERPRISE_LISTS_RE1 = re.compile(r"[、和及]")
ENTERPRISE_LISTS_RE2 = re.compile(r"([、和及])")
COORDINATED_COMPANIES_RE1 = re.compile(r"[" + CJK + r"]{2,8}?(?=[,，。;；、]|和|及|等)")
ENUMERATED_COMPANIES_RE1 = re.compile(r"等[" + CJK + r"]{0,14}?(?:企业|公司|国企|央企)")
ENUMERATED_COMPANIES_RE2 = re.compile(r"等[" + CJK + r"]{1,4}?(?:和|及|以及|与)")
ENUMERATED_COMPANIES_RE3 = re.compile(r"(?:拥有|包括|有)(?=[" + CJK + r"]{2,8}$)")
ENUMERATED_COMPANIES_RE4 = re.compile(
    r"(?:组织|邀请|带领|率领|推荐|引进|吸引|动员|帮助|支持|鼓励)(?=[" + CJK + r"]{2,8}$)"
)
ENUMERATED_COMPANIES_RE5 = re.compile(r"等(?:单位|机构|出资方|股东)")
ENUMERATED_COMPANIES_RE6 = re.compile(r"(?:联合|会同|组织|邀请|包括|与|和)(?=[^、]*、)")
COMPANY_LIKE_RE1 = re.compile(r"(企业|单位|部门|院所|机构|集团|公司)$")
PERSONS_RE1 = re.compile(r"[(（]记[者?？]\s*")
PERSONS_RE2 = re.compile(r"[^、 \u3000]+")
PERSONS_RE3 = re.compile(r"(?:电|消息|讯|报道)\s*[(（]([^()（）\n]{2,24})[)）]")
PERSONS_RE4 = re.compile(r"以([" + CJK + r"]{2,3}?)为(?:理事长|会长|主任|组长|主席|负责人|院长|团长)")
# a photo credit: 甲某 摄, or 甲某摄 closing its line (ent24: the space left out)
PERSONS_RE5 = re.compile(r"(?:^|[\s。])([" + CJK + r"]{2,3})(?:\s+摄|摄(?=[ \t]*(?:\n|$)))", re.M)
PERSONS_RE6 = re.compile(r"([" + CJK + r"]{2,3}?)同志")
# 周某涛委员建议, 李某代表介绍: a deputy or a committee member named before the post, then speaking
MEMBER_SPEAKS = re.compile(r"(?:委员|代表)(?=[,，]?(?:建议|介绍|表示|指出|认为|提出|强调|呼吁|坦言|谈到"
                           r"|提到|说))")
NAME_LEFT_EDGE = set(" \n\t\u3000，,。；;：:、的“（(")
# ent41 (issue 10): the salutation of a reply to a proposal or a deputy's suggestion: a line that is a
# list of names (甲某、乙某某委员: / 丙某代表: / 丁某等10位委员:), the members or deputies addressed
SALUTATION_NAMES = re.compile(r"(?m)^[ \t\u3000]*((?:[" + CJK + r"·]{2,12}、){0,11}[" + CJK
                              + r"·]{2,12}?)(?:等\d{1,3}位)?(?:委员|代表)[:：]")
PERSONS_RE7 = re.compile(r"(?<![A-Za-z0-9])([X*]{1,3})(同志|司令员|政委|书记|市长|主任)")
SPLIT_NAMES_RE1 = re.compile(r"[" + CJK + r"]+")
# the stretches of a byline chunk between its byline words (甲某记者乙某 -> 甲某, 乙某)
BYLINE_WORD_SPLIT = re.compile(r"(?:记者|通讯员|实习生|摄影)*"
                               r"((?:(?!记者|通讯员|实习生|摄影)[" + CJK + r"])+)")



# 投资建设新基地, 打造一个产业园 (filter verb_then_new): a new one described, not a name
VERB_THEN_NEW = re.compile(r"(?:建设|建立|打造|筹建|新建|兴建|投资|组建|设立|成立|创建)"
                           r"(?:一[个座批家所]|新的|新)$")

# Patterns scanned over whole documents whose matches start at a few rare characters: the scan
# tries them only there (same matches; ingest/components/prefilter.py, measured in BENCHMARKS.md)
# (checked=True: where the first characters are common, the scan finds the match starts in C;
# measured per pattern over the bench texts, speed12)
NUMBERED_INSTITUTE = Prefiltered(NUMBERED_INSTITUTE, checked=True)
NUMBERED_ACADEMY = Prefiltered(NUMBERED_ACADEMY)
BYLINE_CREDIT = Prefiltered(BYLINE_CREDIT)
BARE_PARTY_DEPT = Prefiltered(BARE_PARTY_DEPT, checked=True)
ANON_UNIT = Prefiltered(ANON_UNIT)
COMMAND_UNIT = Prefiltered(COMMAND_UNIT)
PERSONS_RE7 = Prefiltered(PERSONS_RE7, checked=True)
NUMBERED_FACTORY = Prefiltered(NUMBERED_FACTORY)
# a scan that opens with a look-behind (tried at every position) and closes with a look-ahead that
# most documents hold nowhere (等…项目): Prefiltered runs it only where the look-ahead matches
PROJECT_ENUM = Prefiltered(PROJECT_ENUM)
# document scans that open with a look-behind, an anchor or an optional group, re tries them at
# every position: tried only where their first characters stand (and BOSS, BOARD only where their
# closing look-ahead finds something); measured 3-7x faster over the bench texts (BENCHMARKS.md)
BARE_MIL_DEPT = Prefiltered(BARE_MIL_DEPT)
BOSS = Prefiltered(BOSS)
BOARD = Prefiltered(BOARD)
ONE_CHAR_PLACE_RE = Prefiltered(ONE_CHAR_PLACE_RE, checked=True)
# (this opens with a run of any Chinese characters: scanned only in a text with the literal every
# match holds, 号)
DOCUMENT_NUMBER = Prefiltered(DOCUMENT_NUMBER)
# (a name and a title after a verb: scanned only in a text that holds one of the titles)
NAME_TITLE_AFTER_VERB = Prefiltered(NAME_TITLE_AFTER_VERB)
# (a list of names at a clause start: tried only right after a clause mark, where re finds the
# whole pattern matching)
NAME_LIST_RE = Prefiltered(NAME_LIST_RE, after_lead="[" + CJK + "]{2,4}、")  # (its first item: speed13)
# (speed12: scans that open with a short run of any Chinese characters, a name or a town, before a
# rarer character, 同志 or 镇/乡: tried only that run's width before each of those characters,
# prefilter.anchor_split)
PERSONS_RE6 = Prefiltered(PERSONS_RE6)
TOWN_VILLAGE = Prefiltered(TOWN_VILLAGE)
DEPT_RUN = Prefiltered(DEPT_RUN)
# (and one that opens with an optional service name: tried only where its first characters stand)
RESERVE_UNIT = Prefiltered(RESERVE_UNIT)

# speed13: whole-text scans whose few, rare first characters Prefiltered finds by str.find
# (start_chars) instead of re's class test at every position of the text; the same matches. Not
# for scans whose first characters are common (ACTS_AFTER_NAME's 一, 发, 主: a match call per
# position costs more than the class test; timed per pattern over the bench texts)
QUOTED_ACTIVITY, PAREN_ZONE, PERSONS_RE1, PERSONS_RE3 = (
    Prefiltered(p) for p in (QUOTED_ACTIVITY, PAREN_ZONE, PERSONS_RE1, PERSONS_RE3))
