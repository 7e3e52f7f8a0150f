"""Rule-based recognition of the 12 entity types of the annotation guidelines.

Chinese organisation, event and programme names are compositional: an optional place and level
(福建省, 市, 国家级), a body of field words (军民融合发展), and a head word that fixes the type
(委员会, 办, 军分区, 有限公司, 研究所, 联盟, 产业园, 基金, 规划, 座谈会 …). The recogniser
therefore finds head words and extends each one to the left over the name body, stopping where a
verb, preposition or punctuation mark starts the context ("集中精力抓好|园区" stops at 抓好).
Candidates are then checked by type (no generic classes, deictics, ideologies, bare periods) and
overlaps are resolved longest-first, so nested names count only where they also stand alone.

Persons come from titles and bylines (局长张克俭, 记者 周羽, 李南轩 摄), places from the `cpca`
administrative divisions plus a small region list, national bodies and defence groups from the
gazetteers in ingest/data. Everything runs on the folded text (same length as the original), so
traditional characters and full-width forms are matched by the same rules and offsets stay valid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.components import occurrences
from ingest.components.lexicon import Lexicon, alternation, data_lines, lexicon
from ingest.components.trie_regex import WordMatcher, compile_words

CJK = r"\u4e00-\u9fff"
TOWN = re.compile(r"[" + CJK + r"]{2,3}?(?:镇|乡|街道)")


def is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


@dataclass
class Cand:
    """One candidate mention (offsets in the document text)."""

    start: int
    end: int
    type: str
    source: str
    confidence: float
    priority: int = 0  # higher wins among candidates with the same span
    key: str = ""  # grouping key override (persons: 习近平同志 -> 习近平)


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

# Heads that, standing alone after 本次/此次/该, refer back to the document's entity of that kind.
BARE_HEADS = ("对接会", "峰会", "论坛", "展洽会", "博览会", "研讨会", "座谈会", "联盟", "促进会", "协会",
              "产业园", "示范区", "基金", "联合体", "商会", "中心", "仪式")

# Words that end the left context of a name: governing verbs, prepositions, conjunctions,
# quantifiers and deictics. The name starts right after the last one.
STOP_WORDS: tuple[str, ...] = tuple(data_lines("stop_words.txt"))
STOP_CHARS = set(
    "在与和及或并向对把将被由从为是的了着等也都还又已均经据"
    "给让使请赴到以这那该其各我你他她它本即于之每全好就受"
)
# characters that never occur inside a given name (a name followed by one of them ends before it)
NAME_BAD = set(
    "在与和及或并对把将被由从为是的了着等也都还又已均经据"
    "给让使请赴到这那该其各我你他她它即于之每就"
)
SUB_PART_OF = {
    "核心区": ("开发区", "高新区", "经开区", "产业园", "工业园", "科技园", "园区"),
    "起步区": ("开发区", "高新区", "经开区", "产业园", "工业园", "科技园", "园区"),
    "办公室": ("促进会", "协会", "商会", "联合会", "联盟", "学会", "公司", "集团"),
}
GLUE_BODY_END = frozenset("办委局厅团司部")  # last characters of a body's name (双拥办, 集团, 公司)
# 5月, 首轮, 新一届(全国双拥模范城): a date or a round/term count before a name is no part of it
LEADING_COUNT = re.compile(r"[0-9]{1,2}月(?:[0-9]{1,2}日)?|(?:一|首|本|上|下|第[0-9一二三四五六七八九十]+)轮"
                           r"|[一二三四五六七八九十]+届(?![一二三四五六七八九十0-9次会])")
# (本网讯:甲某) and 一审一校:乙某/二审二校:丙某: a reporter and the editors in a byline
BYLINE_CREDIT = re.compile(r"(?:[(（][^()（）\n]{0,6}讯[:：]|[一二三]审[一二三]校[:：]|[初复终]审[:：])"
                           r"\s*([" + CJK + r"]{2,4})(?=[)）/／\s]|$)", re.M)
RANKS = ("大校", "上校", "中校", "少校", "少将", "中将", "上将")  # 政委甲某大校: a rank closes the name
# a news byline: 本报讯 甲、乙报道: (names between the dateline word and 报道)
REPORTED_BY = re.compile(r"(?:讯|电)[ \u3000:：]*((?:[" + CJK + r"]{2,4}[、 \u3000]){0,5}[" + CJK
                         + r"]{2,4})[ \u3000]*报道")
# A stop character does not stop when it starts one of these words inside a name.
NOT_STOP_AFTER = {
    "和": ("信息化", "改革", "城乡", "旅游", "社会保障", "工业信息化", "高质量", "军队", "技术", "平"),
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
# stop words that are no boundary right after these words: 中国和平利用军工技术协会
STOP_WORD_INSIDE = {"利用": ("和平", "综合", "开发"),
                    "服务": ("公共", "综合", "技术", "科技", "信息", "金融", "社会化", "专业")}
# verbs that begin names (发展改革委, 创新驱动发展战略, 融合发展促进会): never cut off a body's front
NAME_VERBS = frozenset(
    "发展 创新 融合 协同 推进 促进 建设 投资 服务 保障 管理 研究 制造 合作 交流 开发 教育 组织 宣传 "
    "改革 开放 动员 应用 生产 设计 支援 训练 指挥 联合 监督 示范 引领 驱动 振兴 崛起 共享 转化 孵化 检测 "
    "传承 担当 维修 "
    "培训 试验 运输 统战 招商 扶贫 应急 审计 参谋 拥军 优抚 退役 创业 加工 救援 监测 导航 控制 规划 共建 "
    "对接 展示 发布 推介 洽谈 成立 纪念 学习 庆祝 表彰 部署 动员 调度 合成 集成 征兵 驻".split()
)
LEADING_TRIM = ("全力", "全面", "新", "原", "首家", "首个", "暨")
PARTY_PREFIX = "中共"

ORDINAL = re.compile(r"第[0-9一二三四五六七八九十百]+[届次期]|首届|[0-9]{4}年?")
QUANTITY = re.compile(
    r"[0-9一二三四五六七八九十百千万亿两几多]+(?:亿|万)?(?:元|个|家|项|名|人|批|支|期)"
    r"|一整?套|一系列|[一二三四两多]级|^[一二三四五六七八九十两几]大(?=[\u4e00-\u9fff]{2})"
)
GENERIC_FIRM_BODY = re.compile(
    r"(?:央属|中央|地方|国有|民营|民口|军工|骨干|龙头|重点|大型|中小|相关|有关|各类|省属|市属)+"
)
# two or more "…项目" joined by 、 和 及: an enumeration of named projects
PROJECT_LIST = re.compile(
    r"[" + CJK + r"]{3,16}?项目(?:[、和及][" + CJK + r"]{3,16}?项目)+(?![" + CJK + r"])"
)
# A与B签订X项目; — the project a signing pair signs, the item closed by a clause mark
SIGNED_PROJECT = re.compile(
    r"(?:签订|签署|签约)了?([^、，,。；;：:\n“”《》]{3,30}?项目)(?=[；;。，,\n]|$)", re.M
)
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
GENERIC_PROJECT_END = ("重点", "重大", "合作", "产业", "建设", "签约", "相关", "有关", "各类", "投资", "招商",
                       "科技", "示范", "试点", "储备", "军民融合", "在建", "新建", "续建", "创新")
MEDIA_AFTER = re.compile(
    r"(?:日报|晚报|晨报|商报|时报|报社|电视台|广播电视台|新闻网|在线|融媒体|网(?:消息|讯|记者)"
    r"|网[0-9]{1,2}月[0-9]{1,2}日[" + CJK + r"]{0,3}讯|证券网|企业报"
    r"|青年报|频道|融媒|发布(?=[)）])|讯(?=[\s0-9]))"
)
MEDIA_LONG = re.compile(
    r"[" + CJK + r"]{1,4}?(?:(?:日报|晚报|晨报|商报|时报)(?=讯|社|记者|[\s(（:：])|网(?=讯))"
)
EVENT_END = re.compile(r"(?:会议|大会|会|论坛|峰会|活动|仪式)$")
EVENT_VERBS = frozenset("对接 推介 洽谈 签约 表彰 推进 交流 调度 部署 动员 发布 合作 纪念 庆祝 "
                        "认定 论证 验收 评估 命名 观摩".split())
NUMBERED_INSTITUTE = re.compile(
    r"(?<![0-9一二三四五六七八九十〇零百千万两几多个第])第?(?:[0-9]{2,4}|[一二三四五六七八九〇零]{2,4}"
    r"|十[一二三四五六七八九]|[二三四五六七八九]十[一二三四五六七八九]?)(?:研究)?所"
    r"(?![长属有在以得谓]|高校|学校|院校|大学|中学|小学|医院|科研|研究|高等)"
)
# 四八二一工厂, 5702厂: a factory known by its number
NUMBERED_FACTORY = re.compile(
    r"(?<![0-9一二三四五六七八九十〇零百千万两几多个第])(?:[0-9]{3,4}|[一二三四五六七八九〇零]{3,4})(?:工厂|厂)"
    r"(?![长区房商家])"
)
# 省委2号文件, 中央一号文件: a numbered document of a Party or government organ
NUMBERED_DOCUMENT = re.compile(
    r"(?:中央|国务院|(?:[省市县区]|自治区)(?:委|政府))[0-9一二三四五六七八九十]{1,3}号文件"
)
# 航天四院, 中国航天科工二院, 十院: an academy of a space group known by its number
NUMBERED_ACADEMY = re.compile(
    r"((?:中国)?航天(?:科工|科技)?(?:集团)?(?:公司)?)?(?<![0-9一二三四五六七八九十〇零百千第两几多市县区省镇])"
    r"([一二三四五六七八九十])院(?![校区子落士])"
)
ACADEMY_CONTEXT = re.compile(r"(?:院长|副院长|总会计师|总经理|总师|党委|纪委|本部|领导)")
BOARD = re.compile(
    r"(?:^|(?<=[，,、。；;：:\s]))([" + CJK + r"]{2,6}?)(?:董事局|董事会)(?=主席|副主席|董事长|成员)"
)
# 鄂东, 闽西, 苏北: a part of a province named by its one-character short form and a direction
SUBREGION = re.compile(r"[京津沪渝冀豫辽湘皖鲁苏浙赣鄂桂甘晋陕闽黔粤川琼][东南西北中]")
# verbs of speaking right after a titled name: the name ends there (院士杨士中建言)
SPEECH_VERBS = ("建言", "表示", "指出", "强调", "介绍", "认为", "讲话", "致辞", "主持", "出席", "说")
# 作讲评, 作述职: 作 is the verb after a name, not its last character
REPORT_NOUNS = ("讲评", "报告", "述职", "发言", "讲话", "部署", "总结", "汇报", "动员", "说明", "批示",
                "指示")
# the end of an organisation or park name (a list item that is a name of its own)
ORG_END = r"(?:政府|委|局|厅|办|大学|学院|院|所|公司|集团|部|会|园|区|城|基地|中心)$"
# parenthesised qualifiers that belong to the name before them (公司(集团)), never aliases
PAREN_QUALIFIERS = frozenset(
    ("集团", "有限合伙", "筹", "筹建", "筹备", "试行", "暂行", "总部", "中国", "北京")
)
# two or more bare names in a list at a clause start, closed by an attendance word or 等同志
NAME_LIST_RE = re.compile(
    r"(?:^|(?<=[\s。，,；;：:!！?？」”])|(?<=[市县区省]领导))"
    r"((?:[" + CJK + r"]{2,4}、){1,11}[" + CJK + r"]{2,4})"
    r"(?=等同志|等领导|等出席|等参加|等陪同|等在家的|及[^。，,\n]{0,16}?(?:同志|负责人|领导)|出席|参加|陪同|列席"
    r"|[，,][^。，,\n]{2,30}?[，,、][^。\n]{0,30}?(?:出席|参加|列席)(?:了)?(?:会议|活动|仪式))",
    re.M,
)
ORG_TYPES = ("PartyGovBody", "Enterprise", "ResearchInstitute", "Association", "MilitaryUnit")
NAME_AFTER_BODY = re.compile(
    r"([" + CJK + r"]{1,4}?[部处室科])?([" + CJK + r"]{2,3}?)"
    r"(?:博士|教授|研究员|部长|处长|主任|所长|院长|秘书长)"
    r"(?=说|表示|指出|介绍|认为|透露|强调|代表|[，,。])"
)
NAME_TITLE_AFTER_VERB = re.compile(
    r"(?:(?<=学习|传达|会见|看望|慰问)|(?<=开创者|创始人))([" + CJK + r"]{2,3}?)"
    r"(?:司令员|政委|政治委员|元帅|将军|院士)"
)
TITLE_END = re.compile(
    r"(?:院士|教授|主任|书记|局长|部长|院长|所长|市长|县长|区长|省长|经理|董事长|主席|专家)$"
)
BARE_ZONES = ("高新区", "经开区", "开发区")
FIELD_LIST_AFTER = re.compile(r"[、和及][^，,。；;]{0,12}?(?:相关|有关)?(?:领域|行业)")
LEVEL_PLURAL = re.compile(r"[省市县区][(（][省市县区旗、]+[)）]")
QUOTE_BREAK = re.compile(r"[“”，,。；;：:!！?？\n]")
# 第九届军博会, 本届科博会: a series' short name after its edition; the bare form is the same event
SERIES_EVENT = re.compile(
    r"(第[0-9一二三四五六七八九十]+届|本届|首届)"
    r"([" + CJK + r"]{1,2}[博交洽]会|[" + CJK + r"]{1,2}展)(?![议长员览])"
)
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
QUOTED_ACTIVITY = re.compile(r"“[^“”\n]{2,12}”(?:主题活动|系列活动|活动)")
# 东材科技董事长于某: the body whose chairman or manager is named is a company
BOSS = re.compile(
    r"(?:^|(?<=[，,、。；;：:\s]))([" + CJK + r"]{2,6}?)(?=董事长|总经理|总裁|创始合伙人|创始人)"
)
FOUNDING_VERBS = ("建设", "打造", "组建", "筹建", "搭建", "设立")
# a bare department in a list after a place-named body: 保密局, 民政局, 工商联
DEPT_ITEM_HEADS = ("工商联", "人武部", "武装部", "局", "委", "厅", "办", "部")
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
BARE_PARTY_DEPT = re.compile(r"(?:^|(?<=[、，,]))(统战部|组织部|宣传部)(?=常务副部长|副部长|部长)")
# 示范企业, 龙头企业, 入驻单位: words that make a class of firms out of 企业/单位
CLASS_MODIFIERS = frozenset("示范 龙头 骨干 重点 民营 国有 军工 配套 优秀 先进 高新 领军 标杆 成员 会员 参展 "
                            "签约 入驻 参建 共建 主办 承办 协办 支持 合作 优势 链主".split())
SAID_END = ("", "，", ",", "。", "：", ":", "“")  # 吴某说。: 说 after a name is the verb
GENERIC_OWNERS = ("国家", "我国", "党和国家")
COUNCIL_MEETING_BEFORE = re.compile(r"(?:[省市州县区]委|常委会)议军$")
LONG_NAME_BEFORE = re.compile(r"[^，,。；;、：:“”《》\s]{7,}$")
QUOTED_PART = re.compile(r"“[^“”]*”")
LIST_INTRO = re.compile(r"[" + CJK + r"]{0,6}?(?:由|联合|会同|组织|邀请|包括|汇集|集聚|聚集|吸引|拥有)")
# a byline closing a paragraph: …新局面。(冯小舒), (文/张某)
CLOSING_BYLINE = re.compile(r"[。！？!?”]\s*[(（](?:(?:文|图|文图|撰稿)\s*[/／:：]\s*)?"
                            r"([" + CJK + r"、 ]{2,12})[)）][ \t]*(?=\n|$)", re.M)
ORG_NOUNS = ("公司", "单位", "企业", "集团", "部门", "机关", "政府", "学校", "医院", "工厂")
# 区党工委副书记、管委会主任: a zone's management committee named bare in a list of titles
BARE_ZONE_BODY = re.compile(r"(?<=、)(管委会|党工委)(?=常务副主任|副主任|主任|副书记|书记)")
BYLINE_TITLES = ("记者", "通讯员", "编辑", "责任编辑", "作者", "摄影", "撰稿", "审核", "责编", "编审", "终审",
                 "初审", "文/图")
JOINT_HEADS = ("办公室", "研究中心", "实验室", "研究院", "党委", "工作组", "指挥部")
# 黄某明任首届会长: a name (at a clause start) before 任 + a post
POST_TAKEN = re.compile(r"任(?:首届|第一届|新一届|新任)?"
                        r"(?:会长|理事长|组长|主任|董事长|秘书长|院长|主席|总经理)")
PHASE = re.compile(r"[一二三四五六七八九]期")
PHASE_END = re.compile(r"[(（][一二三四五六七八九]期[)）]$")
PARK_PHASE_END = re.compile(r"(?:产业园|工业园|科技园|园区|基地)[(（][一二三四五六七八九]期[)）]$")
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
_LEVEL_ORG = r"(?:[省市县区]|自治区)(?:委|政府|人民政府)"
ORG_BEFORE_PROJECT = re.compile(_LEVEL_ORG + r"(?:[、和及与]?" + _LEVEL_ORG + r")?")
QUOTED_NAME_VERB = re.compile(r"(?:建设|投资|实施|推进|开展|启动|打造|引进|签约|落地|开工|承担|参与)$")
AUTONOMOUS = ("自治区", "自治州", "自治县")  # level words of autonomous divisions, used bare
DEPT_HEADS = (
    "组织", "宣传", "统战", "人武", "武装", "装备", "司令", "政治工作", "后勤保障", "科学技术",
    "财政", "商务", "后勤", "联勤", "推进", "结合推进", "计划", "发展计划",
    "教育", "公安", "民政", "交通运输", "国防", "外交", "自然资源", "生态环境", "住房和城乡建设", "农业农村",
    "文化和旅游", "卫生健康", "应急管理", "审计", "国防动员", "联合参谋", "训练管理", "工作", "装备发展",
    "系统", "航天系统", "网络系统", "合作", "管理", "联络", "综合", "保障", "规划", "发展",
    "工信", "科技", "人力资源和社会保障", "信息化",
)
DEPT_HEAD_WORDS = frozenset(DEPT_HEADS)
OFFICE_BEFORE_BAN = set("主承协举创开兴督查包代照操筹难怎好合")  # 主办/承办/协办/举办/… are verbs
OFFICE_OK = ("融合办", "双拥办", "科工办", "人防办", "结合办", "金融办", "外办", "侨办", "台办", "编办",
             "国动办",
             "军民融合办", "督查办", "扶贫办", "文明办", "应急办", "改革办", "综治办", "招商办",
             "融办", "新闻办", "委办", "政府办", "经动办", "人防办")
WEI_OK_BEFORE = ("国动",
                 "发改", "经信", "工信", "国资", "科", "教", "卫健", "卫计", "军", "编", "政法", "纪", "网信",
                 "财经", "外事", "农", "宣", "住建", "国防科工", "经委", "计", "改革",
                 "建", "交", "商", "投资", "民", "城建")
MILITARY_IN_BODY = re.compile(r"(军区|军分区|警备区|人武部|空军|海军|陆军)(?![民事工属])")
MIL_PREFIXES = (
    "海军", "陆军", "空军", "火箭军", "武警", "战略支援部队", "解放军", "中国人民解放军", "军委", "中央军委",
    "联勤保障部队", "东部战区", "南部战区", "西部战区", "北部战区", "中部战区",
    "总装备部", "总参谋部", "总政治部", "总后勤部", "总参", "总政", "总后", "总装",
)

# an anonymised unit of a named service (海军某部, 武警某某支队某中队): one specific unit, named as the
# press names it; a bare 某部队 names no service and stays generic
ANON_UNIT = re.compile(
    r"(?:海军|陆军|空军|火箭军|武警|战略支援部队|联勤保障部队|[东南西北中]部战区)(?:[" + CJK
    + r"]{1,4}?(?:舰队|警|军区|总队|支队))?某(?:部|团|旅|师|营|连|舰|基地|支队|大队|中队)(?![门分队长署])")
# a named warship: 海军某某舰, or a place name + 舰 (ships are named after cities)
SHIP_END = re.compile(r"舰(?![队艇载船员长])")
SHIP_BEFORE = ("政委", "舰长", "官兵", "参观", "登上", "访问", "慰问", "走进")


# patterns used inside the functions below, compiled once at import (not on first use)
_INIT_RE1 = re.compile(r"(?<=集团)(?:有限公司|有限责任公司)$")
_LEFT_EXTEND_RE1 = re.compile(r"[,，。;；!！?？:：]")
_HEADS_RE1 = re.compile(r"(?:政府|委|局|厅|办|大学|学院|院|所|公司|集团|部|会)$")
_HEADS_RE2 = re.compile(r"[的之]")
_LEAD_CUT_RE1 = re.compile(r"[0-9第一二三四五六七八九十两]")
_TYPE_AND_CHECK_RE1 = re.compile(r"[0-9]{1,3}[" + CJK + r"]")
_TYPE_AND_CHECK_RE2 = re.compile(r"[0-9]+(?:年|届)")
_TYPE_AND_CHECK_RE3 = re.compile(r"首[个家批座支]")
_TYPE_AND_CHECK_RE4 = re.compile(r"(?:创建|申建|争创|申报|获批|成功创建)$")
_TYPE_AND_CHECK_RE5 = re.compile(r"(分院|研究院|科学院|研究所|大学|中科院)")
_TYPE_AND_CHECK_RE6 = re.compile(r"(?:国家级?|省级|省部共建)重点$")
_TYPE_AND_CHECK_RE7 = re.compile(r"生态保护和$")
_TYPE_AND_CHECK_RE8 = re.compile(
    r"[" + CJK + r"]{1,4}(?:地区|流域)|老工业基地|(?:东部|西部|中部|东北)(?:地区)?"
)
_TYPE_AND_CHECK_RE9 = re.compile(r"(?:政府|党委|省委|市委|县委|区委)")
_TYPE_AND_CHECK_RE10 = re.compile(r".*[0-9]{4,6}")
_TYPE_AND_CHECK_RE11 = re.compile(r"(?:产业园|工业园|科技园|园区|基地|示范区)$")
_TYPE_AND_CHECK_RE12 = re.compile(r"(?:公司|集团|政府|研究院|大学)(?:总承包|承建|投资|实施)?$")
_TYPE_AND_CHECK_RE13 = re.compile(r"(?:相关|有关|各类|一批|多家|企业|单位)")
_TYPE_AND_CHECK_RE14 = re.compile(
    r"(?:成立了|正式成立|宣布成立|揭牌成立|共同成立|筹建了?|组建了?|发起成立|创建了?)$"
)
_TYPE_AND_CHECK_RE15 = re.compile(
    r"(?:支持|鼓励|推动|引导|积极|指导|两级|各级)[^，,。；;]{0,8}?(?:组建|筹建)$"
)
_STRONG_SPECIFIC_RE1 = re.compile(r"[0-9A-Z]")
_STRONG_SPECIFIC_RE2 = re.compile(r"(集团|公司|厂|大学|实验室|研究所|研究院|基地|中心|大街|园)")
_QUOTED_TITLES_RE1 = re.compile(r"《([^《》\n]{2,50})》")
_QUOTED_TITLES_RE2 = re.compile(r"[(（](?:[0-9—\-－~～年至]+|初稿|草案|试行|征求意见稿|送审稿|修订稿?)[)）]$")
_QUOTED_TITLES_RE3 = re.compile(
    r"(规划|计划|条例|办法|意见|方案|纲要|通知|决定|法|规定|细则|目录|战略"
    r"|指南|政策|规则|要点|措施|章程|制度|标准|清单|名录|守则)$"
)
_DESIGNATIONS_RE1 = re.compile(r"中国[" + CJK + r"]{1,4}?之?都(?![市会城区])")
_PROJECT_LISTS_RE1 = re.compile("项目")
_PROJECT_BODY_OK_RE1 = re.compile(r"[0-9]+(?:个|家|项)")
_SIGNED_PROJECTS_RE1 = re.compile(r"(?:落地|落户|引进|共建|建设|实施|合作|投资)")
_SIGNED_PROJECTS_RE2 = re.compile(r"(?:包括|包含|共有|其中|获悉)")
_ENTERPRISE_LISTS_RE1 = re.compile(r"[、和及]")
_ENTERPRISE_LISTS_RE2 = re.compile(r"([、和及])")
_COORDINATED_COMPANIES_RE1 = re.compile(r"[" + CJK + r"]{2,8}?(?=[,，。;；、]|和|及|等)")
_ENUMERATED_COMPANIES_RE1 = re.compile(r"等[" + CJK + r"]{0,14}?(?:企业|公司|国企|央企)")
_ENUMERATED_COMPANIES_RE2 = re.compile(r"等[" + CJK + r"]{1,4}?(?:和|及|以及|与)")
_ENUMERATED_COMPANIES_RE3 = re.compile(r"(?:拥有|包括|有)(?=[" + CJK + r"]{2,8}$)")
_ENUMERATED_COMPANIES_RE4 = re.compile(
    r"(?:组织|邀请|带领|率领|推荐|引进|吸引|动员|帮助|支持|鼓励)(?=[" + CJK + r"]{2,8}$)"
)
_ENUMERATED_COMPANIES_RE5 = re.compile(r"等(?:单位|机构|出资方|股东)")
_ENUMERATED_COMPANIES_RE6 = re.compile(r"(?:联合|会同|组织|邀请|包括|与|和)(?=[^、]*、)")
_COMPANY_LIKE_RE1 = re.compile(r"(企业|单位|部门|院所|机构|集团|公司)$")
_PERSONS_RE1 = re.compile(r"[(（]记[者?？]\s*")
_PERSONS_RE2 = re.compile(r"[^、 \u3000]+")
_PERSONS_RE3 = re.compile(r"(?:电|消息|讯)\s*[(（]([^()（）\n]{2,24})[)）]")
_PERSONS_RE4 = re.compile(r"以([" + CJK + r"]{2,3}?)为(?:理事长|会长|主任|组长|主席|负责人|院长|团长)")
_PERSONS_RE5 = re.compile(r"(?:^|[\s。])([" + CJK + r"]{2,3})\s+摄", re.M)
_PERSONS_RE6 = re.compile(r"([" + CJK + r"]{2,3}?)同志")
_PERSONS_RE7 = re.compile(r"(?<![A-Za-z0-9])([X*]{1,3})(同志|司令员|政委|书记|市长|主任)")
_SPLIT_NAMES_RE1 = re.compile(r"[" + CJK + r"]+")


class Recognizer:
    """Finds candidate mentions in folded, pinyin-free text."""

    def __init__(self, lex: Lexicon | None = None) -> None:
        self.lex = lex or lexicon()
        lx = self.lex
        self.stop_words = frozenset(STOP_WORDS)
        self.stop_maxlen = max(len(w) for w in STOP_WORDS)
        self.head_matcher = WordMatcher(HEAD_INFO)
        self._specific_cache: dict[str, bool] = {}
        self._lead_cache: dict[str, int] = {}
        gaz_forms: dict[str, tuple[str, str]] = {}
        for e in lx.gazetteer:
            for f in [e.name, *e.aliases]:
                gaz_forms.setdefault(f, (e.name, e.type))
        for e in lx.gazetteer:  # 中国航发 -> 中国航发集团: a group's short name is also written with 集团
            if e.type == "Enterprise":
                # and its legal name without the legal form: 中国航空发动机集团(有限公司)
                bare = _INIT_RE1.sub("", e.name)
                if bare != e.name:
                    gaz_forms.setdefault(bare, (e.name, e.type))
                    gaz_forms.setdefault(bare + "公司", (e.name, e.type))
                for f in [e.name, *e.aliases]:
                    if not f.endswith(("集团", "公司")):
                        gaz_forms.setdefault(f + "集团", (e.name, e.type))
                    elif f.endswith("集团"):  # 兵器工业集团公司
                        gaz_forms.setdefault(f + "公司", (e.name, e.type))
        self.gaz_forms = gaz_forms
        self.gaz_re = WordMatcher(gaz_forms)
        self.gaz3_re = compile_words(f for f in gaz_forms if len(f) >= 3)  # forms of 3+ characters
        self.place_words = set(lx.places_full) | set(lx.places_short) | set(lx.regions)
        # 某某县 for 某某回族自治县: the common written form of an autonomous county
        self.place_words |= {short + "县" for short, full in lx.places_short.items()
                             if full.endswith("自治县") and len(short) >= 2}
        self.place_re = WordMatcher(self.place_words)
        self.place_final_stops = frozenset(w[-1] for w in self.place_words if w[-1] in STOP_CHARS)
        self.county_re = WordMatcher(lx.county_short)
        self.title_re = re.compile("(?:" + alternation(lx.titles) + ")")
        person_titles = [x for x in lx.titles if len(x) >= 2 and x not in ("代表", "负责人", "领导", "专家")]
        clause_start = r"(?:^|(?<=[\s。，,；;：:!！?？、」”])|(?<=我[委局办厅部院所]))"
        self.name_title_re = re.compile(
            clause_start + r"([" + CJK + r"]{2,3}?)(?:" + alternation(person_titles) + ")", re.M
        )
        self.party_re = re.compile(
            r"(?:党的)?(?:第?(?:十[一二三四五六七八九]|二十[一二三四五六七八九]?|[一二三四五六七八九])届"
            r"(?:[一二三四五六七八九]中)全会|(?<![0-9一二三四五六七八九十百])(?:十[一二三四五六七八九]|二十[一二三四五六七八九]?)大"
            r"(?!产业|领域|工程|行业|重点|任务|项目|举措|类|战略|优势|板块|平台|基地|中心|体系|机制|工作|行动|专项))"
        )
        self.placeholder_re = re.compile(
            r"(?<![A-Za-z0-9*])([X*]{1,3})(市|县|区|省)?(?![A-Za-z0-9*]|(?<=[X*])[月日年号平万亿个名家])"
        )

    # ----------------------------------------------------------------------------------------
    def find(self, t: str) -> list[Cand]:
        cands: list[Cand] = []
        cands += self._gazetteer(t)
        cands += self._party_congresses(t)
        cands += self._heads(t)
        cands += self._quoted_titles(t)
        cands += self._designations(t)
        cands += self._enterprise_lists(t)
        cands += self._project_lists(t)
        cands += self._signed_projects(t)
        cands += self._numbered_institutes(t)
        if "号文件" in t:
            for m in NUMBERED_DOCUMENT.finditer(t):
                cands.append(Cand(m.start(), m.end(), "Policy", "rule:numbered_document", 0.7, priority=2))
        cands += self._board_companies(t)
        for m in CAS_INSTITUTE.finditer(t):
            cands.append(Cand(m.start(), m.end(), "ResearchInstitute", "rule:cas_institute", 0.75, 2))
            short = m.group()[3 if m.group().startswith("中科院") else 5:]
            for s2, e2 in occurrences.spans(t, short):  # 声学所所长…: the short form, the same body
                if s2 != m.end() - len(short):
                    cands.append(Cand(s2, e2, "ResearchInstitute", "rule:cas_institute", 0.7, 1,
                                      key=m.group()))
        if "届" in t:
            for m in SERIES_EVENT.finditer(t):
                s0 = m.start(2) if m.group(1) == "本届" else m.start()  # 本届 is deictic, no part of it
                cands.append(Cand(s0, m.end(), "Event", "rule:series_event", 0.7, 2))
                short = m.group(2)
                if len(short) >= 3:  # 军博会 alone; a longer name around it wins
                    for s2, e2 in occurrences.spans(t, short):
                        if s2 != m.start(2):
                            cands.append(Cand(s2, e2, "Event", "rule:series_event", 0.6, 1,
                                              key=t[s0:m.end()]))
        if "是一家" in t:
            for m in FIRM_INTRO.finditer(t):
                w = m.group(1)
                if not self._is_place(w) and w not in self.gaz_forms and self._company_like(w, loose=True):
                    cands.append(Cand(m.start(1), m.end(1), "Enterprise", "rule:firm_intro", 0.6, 1))
        if "“" in t:
            for m in QUOTED_ACTIVITY.finditer(t):
                cands.append(Cand(m.start(), m.end(), "Event", "rule:quoted_activity", 0.65, priority=2))
        if "某" in t:
            for m in ANON_UNIT.finditer(t):
                cands.append(Cand(m.start(), m.end(), "MilitaryUnit", "rule:anonymised_unit", 0.7, 2))
        if "舰" in t:
            cands += self._ships(t)
        chosen = resolve_overlaps(cands)
        persons = self._persons(t, chosen)
        chosen = resolve_overlaps(chosen + persons)
        chosen = resolve_overlaps(chosen + self._coordinated_companies(t, chosen))
        chosen = resolve_overlaps(chosen + self._enumerated_companies(t, chosen))
        if "等" in t:
            listed = self._listed_units(t, chosen)
            if listed:
                chosen = resolve_overlaps(chosen + listed)
        chosen = resolve_overlaps(chosen + self._distributed_bodies(t, chosen))
        places = self._places(t, chosen)
        chosen = resolve_overlaps(chosen + places)
        # 某某集团公司科技部: a department of the company just named, not the ministry of that name
        firm_ends = {c.end for c in chosen if c.type in ("Enterprise", "ResearchInstitute")}
        chosen = [c for c in chosen if not (c.start in firm_ends and c.source == "gazetteer:national"
                                            and c.type == "PartyGovBody" and c.end - c.start <= 3
                                            and t[c.end - 1] in "部处办")]
        nested: list[Cand] = []
        extra = self._after_places(t, chosen) + self._title_bodies(t, chosen, nested)
        if extra:
            chosen = resolve_overlaps(chosen + extra)
        if nested:  # a body whose Party group is named too (X党组书记、局长): both are entities
            groups = {k.start for k in chosen if k.source == "rule:party_group"}
            chosen = sorted(chosen + [c for c in nested if c.start in groups], key=lambda c: c.start)
        return chosen

    def _ships(self, t: str) -> list[Cand]:
        """Named warships: a city's name + 舰 (某某舰), with 海军 before it when the text says so."""
        out = []
        for m in SHIP_END.finditer(t):
            e = m.end()
            for k in (4, 3, 2):
                s = m.start() - k
                if s < 0 or t[s:m.start()] not in self.place_words:
                    continue
                if s >= 1 and is_cjk(t[s - 1]) and not t.startswith("海军", s - 2) \
                        and t[s - 1] not in STOP_CHARS and not t.startswith(SHIP_BEFORE, s - 2):
                    break  # glued to a longer word (城舰共建, 某某舰艇)
                if t.startswith("海军", s - 2):
                    s -= 2
                out.append(Cand(s, e, "MilitaryUnit", "rule:ship", 0.65, 2))
                break
        full = {t[c.start + 2:c.end]: t[c.start:c.end] for c in out if t.startswith("海军", c.start)}
        for c in out:  # 深圳舰 after 海军深圳舰: the same ship
            if t[c.start:c.end] in full:
                c.key = full[t[c.start:c.end]]
        return out

    def _title_bodies(self, t: str, chosen: list[Cand], nested: list[Cand]) -> list[Cand]:
        """Bodies named inside a title: 市政府党组书记 (the Party group of a body found just before),
        统战部部长 in a list of titles (the jurisdiction's one Party department of that name).
        When the person also heads the body itself (X党组书记、局长), the body goes to `nested`."""
        out = []
        if "党" in t:
            for c in chosen:
                if c.type in ORG_TYPES and (m := PARTY_GROUP_TITLE.match(t, c.end)):
                    out.append(Cand(c.start, c.end + 2, "PartyGovBody", "rule:party_group", 0.7, 2))
                    if BODY_HEAD_TITLE.match(t, m.end()):
                        nested.append(c)
        if "部长" in t:
            for m in BARE_PARTY_DEPT.finditer(t):
                out.append(Cand(m.start(1), m.end(1), "PartyGovBody", "rule:party_dept", 0.6, 1))
        if "管委会" in t or "党工委" in t:
            for m in BARE_ZONE_BODY.finditer(t):
                out.append(Cand(m.start(1), m.end(1), "PartyGovBody", "rule:party_dept", 0.6, 1))
        return out

    def _after_places(self, t: str, chosen: list[Cand]) -> list[Cand]:
        """Names that lean on a place found before them: 某省首支…基金 (a place's first fund),
        某某区(杭经开区) (a zone in brackets after its district, named by one character)."""
        out = []
        ends = {c.end: c for c in chosen if c.type in ("Location", "IndustrialPark")}
        if "首" in t:
            for m in FIRST_FUND.finditer(t):
                if m.start() in ends and ends[m.start()].type == "Location" \
                        and not QUOTE_BREAK.search(m.group(1)) and "、" not in m.group(1):
                    out.append(Cand(ends[m.start()].start, m.end(), "Fund", "rule:first_fund", 0.65, 2))
        if "区" in t:
            for m in PAREN_ZONE.finditer(t):
                if m.start() in ends and not any(c.start < m.end(1) and c.end > m.start(1)
                                                 and c.type != "Location" for c in chosen):
                    out.append(Cand(m.start(1), m.end(1), "IndustrialPark", "rule:paren_zone", 0.6, 2))
        return out

    # ----------------------------------------------------------------------------------------
    def _gazetteer(self, t: str) -> list[Cand]:
        out = []
        for s, e, w in self.gaz_re.finditer(t):
            name, typ = self.gaz_forms[w]
            if w == "中央" and (t[e:e + 1] in ("企", "军", "部", "财", "预", "环", "生", "空", "单")):
                continue
            if w.endswith("部") and e < len(t) and t[e] in "门分署队长":
                continue
            if typ == "MilitaryUnit" and t.startswith(("报", "日报", "画报"), e):
                continue  # 解放军报: a newspaper, not the army
            # a short group name glued to more text is a word, not the group (中国建筑|金属结构)
            if typ in ("Enterprise", "MilitaryUnit") and len(w) <= 4 and w[-1] not in "委部局院会办"\
                    and self._glued_to_noun(t, e):
                continue
            if typ == "Enterprise" and len(w) <= 4 and FIELD_LIST_AFTER.match(t, e):
                continue  # 航天科技、国防工业相关领域: fields of work, not the group
            out.append(Cand(s, e, typ, "gazetteer:national", 0.95, priority=5, key=name))
        return out

    def _party_congresses(self, t: str) -> list[Cand]:
        out = []
        for m in self.party_re.finditer(t):
            s, e = m.span()
            # "省军区党委全会": a plenum of a named body is found by the head rules instead
            out.append(Cand(s, e, "Event", "rule:party_congress", 0.9, priority=4))
        return out

    # ----------------------------------------------------------------------------------------
    def _is_stop_at(self, t: str, i: int, end: int) -> int:
        """Length of a stop word ending at position i (0 if none). `end` bounds the name."""
        for k in range(min(self.stop_maxlen, i), 1, -1):
            if t[i - k:i] in self.stop_words:
                if t[i - k:i] == "联合" and t.startswith(JOINT_HEADS, i):
                    return 0  # 国动委联合办公室, 深空探测联合研究中心: a joint body, 联合 is no verb
                inside = STOP_WORD_INSIDE.get(t[i - k:i])
                if inside and any(t.endswith(w, 0, i - k) for w in inside):
                    return 0
                if t[i - k:i + 1] in HEAD_INFO and i < end:
                    return 0  # 学会联合|体: the stop word begins a head word (联合体), no verb here
                return k
        c = t[i - 1]
        if c in STOP_CHARS:
            if c in self.place_final_stops and any(
                t[i - k:i + x] in self.place_words for k in range(2, 6) if k <= i for x in (0, 1)
            ):
                return 0  # 成都|工业投资集团: the character closes a place name, it is no conjunction
            if c in self.place_final_stops and i >= 2:
                fp = self.lex.jieba_words.get(t[i - 2:i])
                if fp and fp[1] == "ns" and fp[0] < 500:
                    return 0  # 江都|航空…公司: an old or local place name that ends in a stop character
            if c in WORD_FINAL_OK and i >= 2 and self.lex.is_common_word(t[i - 2:i], 50):
                return 0  # 信息安全|产业园, 风险资本: the character ends a word, it is no determiner
            if self._noun_from(t, i - 1, end):
                return 0  # 深圳向日葵投资公司: 向 starts the noun 向日葵, it is no preposition here
            follow = NOT_STOP_AFTER.get(c, ())
            rest = t[i:end]
            if any(rest.startswith(f) for f in follow):
                return 0
            if c == "将" and rest.startswith("军民"):
                return 1
            if c in "对双" and i >= 2 and t[i - 2] in "百千万十两" and i >= 3 and is_cjk(t[i - 3]):
                return 0  # 央地百对企业协作行动: a numeral + measure word 对 inside a name
            return 1
        return 0

    def _noun_from(self, t: str, i: int, end: int) -> bool:
        """Does a three- or four-character common noun start at i and stay inside the name?"""
        for k in (4, 3):
            if i + k > end:
                continue
            fp = self.lex.jieba_words.get(t[i:i + k])
            if fp and fp[1] in ("n", "nz") and fp[0] >= 5:
                return True
        return False

    def left_extend(self, t: str, ms: int, end: int, maxlen: int = 30) -> tuple[int, bool]:
        """Start of the name whose head starts at ms; also whether a hard boundary was reached."""
        i = ms
        while i > 0 and ms - i < maxlen:
            c = t[i - 1]
            if c in "”\"":
                j = t.rfind("“" if c == "”" else '"', max(0, i - 40), i - 1)
                if j < 0 or _LEFT_EXTEND_RE1.search(t[j + 1:i - 1]):
                    return i, True  # a quoted sentence before a name is no part of it
                i = j
                continue
            if c in ")）":
                j = max(t.rfind("(", max(0, i - 10), i - 1), t.rfind("（", max(0, i - 10), i - 1))
                inner = t[j + 1:i - 1] if j >= 0 else ""
                if j >= 0 and inner and all(is_cjk(x) or x == "、" for x in inner) and j > 0 \
                        and is_cjk(t[j - 1]) and not inner.startswith("、"):
                    i = j
                    continue
                return i, True
            if c in "—·-" and i >= 2 and is_cjk(t[i - 2]) and ms - i > 0:
                i -= 1
                continue
            if not (is_cjk(c) or c in "X*" or c.isdigit() or ("A" <= c <= "Z") or c in "+"):
                return i, True
            # two bodies written back to back: 市委|市政府, 省委|省政府, 市委市政府|军分区
            nxt = t[i:i + 1]
            if i <= ms and ((c == "委" and nxt in LEVEL_CHARS) or (c == "府" and nxt in LEVEL_CHARS + "军")):
                return i, False
            k = self._is_stop_at(t, i, end)
            if k and i == ms and t[i - k:i] in DEPT_HEAD_WORDS and t[ms:ms + 1] in ("司", "处", "部", "局"):
                i -= k  # 军民推进|司: the field word of a department, not a verb
                continue
            if k:
                # 暨 joins two halves of one name: "集体学习暨第六次专题会议"
                if t[i:i + 1] == "暨":
                    i -= 1
                    continue
                return i, False
            i -= 1
        return i, i == 0

    # ----------------------------------------------------------------------------------------
    def _heads(self, t: str) -> list[Cand]:
        out = []
        n = len(t)
        found = self.head_matcher.longest_at_each_start(t)
        for k, (ms, me) in enumerate(found):
            # a head overlapped by a later head that ends further right (成果展|展洽会) yields to it
            if any(s2 < me < e2 and self._head_ok(t, t[s2:e2], HEAD_INFO[t[s2:e2]][1], s2, e2)
                   for s2, e2 in found[k + 1:k + 4]) or (k and found[k - 1][1] >= me):
                continue  # …a later head that is itself no head here (大学|校长) does not
            head = t[ms:me]
            typ, cls = HEAD_INFO[head]
            if not self._head_ok(t, head, cls, ms, me):
                continue
            e = me
            # a parenthesised qualifier right after the head: 建德经济开发区(航空小镇), 公司(集团)
            if e < n and t[e] in "(（":
                close = min([x for x in (t.find(")", e, e + 9), t.find("）", e, e + 9)) if x > 0] or [-1])
                inner = t[e + 1:close] if close > 0 else ""
                phase_project = PHASE.fullmatch(inner) and t.startswith("项目", close + 1)
                other_body = typ == "PartyGovBody" and len(inner) >= 3 and inner[-1] in "办委局厅"
                if inner and len(inner) <= 4 and all(is_cjk(x) for x in inner) \
                        and not inner.startswith(("以下", "简称", "下称")) \
                        and not self._paren_alias(t, inner, close) and not phase_project and not other_body:
                    e = close + 1
            start, hard = self.left_extend(t, ms, e)
            # 对接座谈会, 推介洽谈会: an event word before the head belongs to the name
            if typ == "Event" and start == ms and t[ms - 2:ms] in EVENT_VERBS:
                start, hard = self.left_extend(t, ms - 2, e)
                start = min(start, ms - 2)
            # event names may contain 与/和 ("成果展示与需求对接会") when they fill a whole clause
            # ... but not across two coordinated events (市军地协调会议和市庆祝…大会)
            if typ == "Event" and not hard and start > 0 and t[start - 1] in "与和" \
                    and not EVENT_END.search(t, max(0, start - 5), start - 1):
                s2, hard2 = self.left_extend(t, start - 1, e)
                if hard2 and start - 1 - s2 >= 2:
                    start = s2
            if COUNT_AFTER.match(t, e) and head not in ("有限公司", "股份有限公司"):
                continue  # "重点实验室3个": a count of a class, not a name
            start = self._trim_left(t, start, ms)
            start = self._drop_leading_words(t, start, ms)
            if head == "委" and start > ms - 4:
                # 发改委, 经信委: the short field word before 委 is the name, not a verb to cut
                w = next((w for w in WEI_OK_BEFORE if len(w) >= 2 and t.endswith(w, 0, ms)), "")
                if w and ms - len(w) < start:
                    start = ms - len(w)
            # 鄂东船舶及海工装备…产业园, 省航空与燃机…办公室: a name with 及/与 inside, when the part
            # before the conjunction opens with a place or a level word
            if typ in ("IndustrialPark", "PartyGovBody", "Association", "ResearchInstitute") and start > 2 \
                    and t[start - 1] in "及与" and start < ms:
                s2, _ = self.left_extend(t, start - 1, e, maxlen=12)
                s2 = self._drop_leading_words(t, self._trim_left(t, s2, start - 1), start - 1)
                before = t[s2:start - 1]
                two_names = (self.place_re.match_at(t, start) or t[start] in LEVEL_CHARS
                             or t.startswith(("国家", "中国", "中共"), start)
                             or any(t[start:start + k] in self.gaz_forms for k in range(2, 9))
                             or _HEADS_RE1.search(before))
                opens = (self.place_re.match_at(t, s2) or SUBREGION.match(t, s2)
                         or t[s2] in LEVEL_CHARS and t[s2 + 1:s2 + 2] not in LEVEL_CHARS)
                # 九江船舶制造、配套及海洋工程装备产业基地: a short item without a place before 及
                # continues a list that opens with a place; separate bodies (…航空城、…) do not
                if not two_names and not opens and 2 <= start - 1 - s2 <= 4 and s2 > 2 \
                        and t[s2 - 1] == "、":
                    s3, _ = self.left_extend(t, s2 - 1, e, maxlen=12)
                    s3 = self._drop_leading_words(t, self._trim_left(t, s3, s2 - 1), s2 - 1)
                    first = t[s3:s2 - 1]
                    pm = self.place_re.match_at(t, s3)
                    place_len = (pm.end() - s3) if hasattr(pm, "end") else 0
                    if (pm or SUBREGION.match(t, s3)) and len(first) >= 4 and place_len < len(first) - 1 \
                            and "、" not in first and not any(c in first for c in "，,。；;") \
                            and not re.search(ORG_END, first) \
                            and not self.head_matcher.longest_at_each_start(first):
                        s2, opens = s3, True
                if not two_names and start - 1 - s2 >= 2 and opens:
                    start = s2
            # 共同设立国兵向新发展基金: the thing founded is named from the founding verb on, even over
            # a stop character (向) inside the name
            if typ in ("Fund", "Association") and start > 0:
                fv = FOUNDED_BY_VERB.search(t, max(0, ms - 14), ms)
                if fv and fv.end() < start and fv.end() < ms - 1 and not QUOTE_BREAK.search(t, fv.end(), ms) \
                        and "、" not in t[fv.end():ms] and not _HEADS_RE2.search(t[fv.end():ms]):
                    start = self._drop_leading_words(t, fv.end(), ms)
            # 示范企业某某集团公司: a class noun (企业, 单位) before a firm's name is no part of it
            if typ == "Enterprise" and ms - start >= 4:
                k = max(t.rfind("企业", start, ms - 2), t.rfind("单位", start, ms - 2))
                if k >= start and ms - (k + 2) >= 2 and (k == start or t[k - 2:k] in CLASS_MODIFIERS):
                    start = k + 2
                k = t.rfind("子公司", start, ms - 2)  # 全资子公司某某资本管理有限公司
                if k >= start and ms - (k + 3) >= 2:
                    start = k + 3
            # 主要任务是:建设…智库: a verb of founding at the front of a body's name is no part of it
            if typ in ("ResearchInstitute", "Association", "IndustrialPark", "Fund", "PartyGovBody") \
                    and ms - start >= 5 and t.startswith(FOUNDING_VERBS, start):
                start += 2
            # 该镇企业投资服务中心: after a deictic and a level word the body starts
            if start > 0 and t[start - 1] in "该本此这" and t[start] in "镇乡县区市" and ms - start >= 3 \
                    and not t.startswith(("国家", "全国"), start + 1) and t[start + 1] not in LEVEL_CHARS:
                start += 1
            # 该园优享国家自主创新示范区: after a deictic (该园) a designation starts at 国家/全国
            if start > 0 and t[start - 1] in "该本此这" and t[start] in "园区市县镇":
                k = min((x for x in (t.find("国家", start, ms), t.find("全国", start, ms)) if x >= 0),
                        default=-1)
                if 0 < k - start <= 4:
                    start = k
            # 我委装备产业处: the speaker's own body is no part of its division's name
            if typ == "PartyGovBody" and start > 0 and t[start - 1] == "我" and OWN_BODY.match(t, start - 1) \
                    and ms - start >= 3:
                start += 1
            # 市委常委人武部部长: a title list without its comma; the unit starts after 常委
            if typ in ("PartyGovBody", "MilitaryUnit") and ms - start >= 4 and "常委" in t[start:start + 4]:
                mc = COMMITTEE_MEMBER.match(t, start, ms)
                if mc and t[mc.end()] in LEVEL_CHARS + "人武军警":
                    start = mc.end()
            # 某集团公司下属大型…联合体: what stands before 下属/所属 is the parent, not this body
            if typ != "PartyGovBody" and ms - start >= 4 and "属" in t[start:ms]:
                k = max(t.rfind("下属", start, ms), t.rfind("所属", start, ms))
                if k >= start:
                    start = k + 2
            # 副总经理李某一行来高新区: a visiting party before the place visited is no part of it
            if ms - start >= 3 and "一行" in t[start:ms]:
                mk = VISIT_PARTY.search(t, start, ms)
                if mk:
                    start = mk.end()
            # 成员有市委, 主体是县政府: a level organ after a verb of being or having starts at the level
            if typ == "PartyGovBody" and ms - start >= 2 and head in ("委", "政府", "人民政府") \
                    and t[ms - 1] in LEVEL_CHARS and t[ms - 2] in "有是为" and ms - 2 >= start:
                start = ms - 1
            # 阜南县县委: the place, then the county's committee (the level word is not doubled)
            if typ == "PartyGovBody" and ms - start >= 3 and t[ms - 1] in LEVEL_CHARS \
                    and t[ms - 2] == t[ms - 1]:
                start = ms - 1
            if head == "部队" and "驻" in t[start:ms]:
                start = t.rfind("驻", start, ms)
            if typ == "Policy" and head == "战略" and t.startswith("国家", start) and ms - start > 4:
                start += 2
            # 省委、省政府新旧动能转换重大工程: the body that runs the project is named before it
            if typ == "Project":
                m_org = ORG_BEFORE_PROJECT.match(t, start, ms)
                if m_org and ms - m_org.end() >= 4:
                    start = m_org.end()
            # 在园区投资建设“X”项目: a verb before the quoted name is no part of it
            if typ == "Project" and ms - start > 2 and t[ms - 1] == "”":
                q = t.rfind("“", start, ms - 1)
                if q > start and QUOTED_NAME_VERB.search(t, start, q):
                    start = q
            # “三百行动”: a whole quoted campaign or plan name keeps its quotes
            if typ in ("Project", "Policy") and 0 < start < ms and t[start - 1] == "“" \
                    and t[e:e + 1] == "”" and "“" not in t[start:e]:
                start -= 1
                e += 1
            # 党和国家“四个全面”战略布局: a generic owner before a quoted plan name is no part of it
            if typ in ("Policy", "Project") and "“" in t[start:ms]:
                q = t.find("“", start, ms)
                if t[start:q] in GENERIC_OWNERS:
                    start = q
            # “北方蓝鲸创新中心”, “低空装备…与…融合创新中心”: a wholly quoted name is one name
            quoted = False
            if typ not in ("Project", "Policy", "Event") and t[e:e + 1] == "”":
                q = t.rfind("“", max(0, ms - 40), ms)
                if q >= 0 and q + 1 <= start and not QUOTE_BREAK.search(t, q + 1, ms):
                    start, quoted = q + 1, True
            # 现场展示总装备部: a verb phrase before a known body's full name is no part of it
            if typ in ("PartyGovBody", "MilitaryUnit") and ms - start >= 4 and not quoted:
                for k in range(start + 1, ms):
                    if t[k:e] in self.gaz_forms:
                        if self._verb_phrase(t[start:k]):
                            start = k
                        break
            if typ in ORG_TYPES and ms - start >= 6 and not quoted:
                start = self._split_glued_bodies(t, start, ms)
            body = t[start:ms]
            cand_type, conf, source = self._type_and_check(t, head, typ, cls, body, start, ms, e)
            if not cand_type and quoted and len(body) >= 2:
                cand_type, conf, source = typ, 0.7, f"rule:head:{head}:quoted"
            if cand_type:
                out.append(Cand(start, e, cand_type, source, conf, priority=2))
        # 第一次会员代表大会暨成立大会: two event names joined by 暨 are one event
        events = [c for c in out if c.type == "Event"]
        for a in events:
            if t[a.end:a.end + 1] != "暨":
                continue
            for b in events:
                if a.start < b.start <= a.end + 1 < b.end:
                    out.append(Cand(a.start, b.end, "Event", a.source, a.confidence, priority=2))
                    break
        return out

    def _split_glued_bodies(self, t: str, start: int, ms: int) -> int:
        """某市双拥办协调|某某军分区, 某某集团“牵手”|某某部队: a body, a verb and a second body
        written without a break; the name starts after the verb."""
        jw = self.lex.jieba_words
        for k in range(ms - 3, start + 2, -1):
            if t[k - 1] not in GLUE_BODY_END:
                continue
            if t[k] == "“":
                q = t.find("”", k + 1, k + 5)
                verb, nxt = (t[k + 1:q], q + 1) if q > 0 else ("", k)
            else:
                verb, nxt = t[k:k + 2], k + 2
            fp = jw.get(verb)
            if not verb or not fp or not fp[1].startswith("v") or nxt >= ms - 1:
                continue
            if self._place_at(t, nxt) or t[nxt].isdigit():
                return nxt
        return start

    def _verb_phrase(self, w: str) -> bool:
        """Is w (the text before a known body's name) a verb phrase, not a name's own prefix?"""
        if self._is_place(w) or w in self.gaz_forms or w[:1] in LEVEL_CHARS:
            return False
        import jieba

        jw = self.lex.jieba_words
        return any((jw.get(tok) or (0, ""))[1].startswith("v") for tok in jieba.lcut(w, HMM=False))

    def _paren_alias(self, t: str, inner: str, close: int) -> bool:
        """公司(中船重工): a parenthesis holding a name used again outside it is an alias, not a
        qualifier of the name (公司(集团), 基地(二期))."""
        if inner in PAREN_QUALIFIERS or len(inner) < 2 or inner[-1] in "期批":
            return False
        i = t.find(inner, close + 1)
        while i >= 0:
            if t[i - 1:i] not in "(（":
                return True
            i = t.find(inner, i + 1)
        return False

    def _trim_left(self, t: str, start: int, ms: int) -> int:
        changed = True
        while changed and start < ms:
            changed = False
            place = self.place_re.match_at(t, start)
            for w in LEADING_TRIM:
                if place and place.end() > start + len(w):
                    continue  # 新都区政府, 新疆…: the word begins a place name
                if w == "新" and (self.lex.jieba_words.get(t[start:start + 2]) or (0, ""))[1] == "b":
                    continue  # 新兴重工集团, 新型…: 新 is part of a word that begins the name
                if t.startswith(w, start) and start + len(w) < ms and not t.startswith("新区", start):
                    start += len(w)
                    changed = True
            m = LEADING_COUNT.match(t, start, ms)
            if m:
                start = m.end()
                changed = True
                continue
            if t[start] in "、，,·—-" and start < ms:
                start += 1
                changed = True
        return start

    def _drop_leading_words(self, t: str, start: int, ms: int) -> int:
        """Cut verbs, adverbs and other function words off the front of a name body.

        The stop-word list cannot hold every verb that governs a name ("符合省委", "当属省政府",
        "开始征集首批基金", "涌现出中国空空导弹研究院"), so the body is segmented with jieba's
        dictionary and leading words that are no name material are dropped: function words of any
        frequency, frequent verbs except those that start names (发展, 创新, 融合 …), and any verb
        that stands right before a place or a known organisation.
        """
        body = t[start:ms]
        if len(body) < 2 or not is_cjk(body[0]) or ORDINAL.match(body):
            return start
        key = body
        cut = self._lead_cache.get(key)
        if cut is None:
            cut = self._lead_cut(body)
            if len(self._lead_cache) < 100_000:
                self._lead_cache[key] = cut
        return start + cut

    def _lead_cut(self, body: str) -> int:
        import jieba

        if any(body[:k] in self.place_words for k in (2, 3, 4) if k <= len(body)):
            return 0  # a place starts the body (the loop below would stop there): no segmentation
        jw = self.lex.jieba_words
        toks = jieba.lcut(body, HMM=False)
        pos = 0
        for i, tok in enumerate(toks):
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if any(body[pos:pos + k] in self.place_words for k in (2, 3, 4) if pos + k <= len(body)):
                break  # 道县人武部: a place starts here, even where jieba splits it (道|县)
            if tok in NAME_VERBS and len(nxt) >= 2 and nxt in self.place_words \
                    and (jw.get(tok) or (0, ""))[1].startswith("v"):
                pos += len(tok)  # 加快建设江西省…中心: a verb governing a place-named body
                continue
            if not all(is_cjk(c) for c in tok) or tok in NAME_VERBS or tok in self.place_words \
                    or tok in self.gaz_forms:
                break
            fp = jw.get(tok)
            tag = fp[1] if fp else ""
            freq = fp[0] if fp else 0
            before_name = bool(nxt) and (nxt in self.place_words or nxt in self.gaz_forms
                                         or nxt[:1] in LEVEL_CHARS and len(nxt) <= 2 and nxt != tok
                                         or (jw.get(nxt) or (0, ""))[1] in ("ns", "nt", "j", "nr", "nz"))
            function = tag in ("c", "d", "ad", "p", "r", "t")
            numeral = _LEAD_CUT_RE1.search(tok)
            function = function or tag in ("m", "q", "mq") and not numeral
            verb = tag.startswith("v") and tag != "vn"
            common_vn = tag == "vn" and freq >= 1000 and before_name
            if function or verb and (freq >= 1000 or before_name) or common_vn:
                pos += len(tok)
                continue
            break
        return pos

    def _head_ok(self, t: str, head: str, cls: str, ms: int, me: int) -> bool:
        # "\0" at the text's edges: an empty string would be "in" every character list below
        nxt = t[me:me + 1] or "\0"
        nxt2 = t[me:me + 2]
        prev = t[ms - 1:ms] if ms else "\0"
        if head == "办":
            if nxt in "公理事学好法成" or prev in OFFICE_BEFORE_BAN and not any(
                t.endswith(o, 0, me) for o in OFFICE_OK
            ):
                return False
            return any(t.endswith(o, 0, me) for o in OFFICE_OK)
        if head == "委":
            if nxt in "员托屈婉":
                return False
            if prev and prev in LEVEL_CHARS:
                return True
            if prev == "州" and (ms < 2 or not is_cjk(t[ms - 2]) or t[ms - 2] in "、和与及在的"):
                return True  # 州委: an autonomous prefecture's committee
            return any(t.endswith(w + "委", 0, me) for w in WEI_OK_BEFORE)
        if head in ("中学", "小学") and nxt in "习到会":
            return False  # 在实践中学习, 从中学到: the verb 学, not a school
        if head == "局":
            return not (prev in "布格大全结当开变破时残赌饭邮事" or nxt in "长面势部限")
        if head == "厅":
            return not (prev in "大餐展客门舞示" or nxt in "长")
        if head in ("部", "处", "司"):
            if nxt in "分署门队长委属位署件落级":
                return False
            if head == "处" and (BODY_THEN_DIVISION.search(t, max(0, ms - 16), ms)
                                 or OWN_BODY.search(t, max(0, ms - 7), ms - 2)):
                return True  # 省委…委员会科教处, 中科院重任局综合技术处: a division of the body named
            if head == "司" and prev in "一二三四五六七八九" and ms >= 3 and is_cjk(t[ms - 2]) \
                    and t[ms - 2] not in "第公":
                return True  # 装备工业一司: a ministry's numbered department
            return any(t.endswith(w + head, 0, me) for w in DEPT_HEADS)
        if head == "政府":
            return prev != "" and (prev in LEVEL_CHARS or is_cjk(prev)) and nxt not in "采部"
        if head == "人大":
            return nxt not in "代常" or nxt2 == "常委"
        if head in ("党委",):
            # 自治区党委副书记: the region's Party committee (its 省委), named inside the title
            return nxt not in "书副常" or t.endswith(AUTONOMOUS, 0, ms) and (
                ms < 4 or not is_cjk(t[ms - 4]) or t[ms - 4] in STOP_CHARS or t[ms - 4] in "、和与及")
        if head == "大学":
            return nxt not in "生毕"
        if head == "学校" and prev == "大" and nxt == "长":
            return False  # 上海大学|校长: the university, then the title
        if head == "学院":
            return nxt not in "派"
        if head == "基地":
            return nxt not in "振"
        if head in ("集团", "公司"):
            return nxt not in "化军" and nxt2 not in ("有限",)
        if head == "工程":
            # 信息工程科技创新工作站, 工程技术研究中心: 工程 inside a longer noun, not a project's head
            return nxt not in "师院建学" and nxt2 not in (
                "科技", "技术", "研究", "咨询", "有限", "公司", "集团")
        if head == "规划":
            return nxt not in "师局院部所区建用"
        if head == "基金":
            return nxt not in "会"
        if head == "联席会":
            return nxt not in "长"  # 联席会长: a title
        if head == "计划":
            return nxt not in "生经部处司局委"
        if head == "战略":
            return not t.startswith(IDEOLOGY_AFTER, me) and nxt not in "性地合要部定高协方意投"
        if head == "制度":
            return nxt not in "性化"
        if head == "项目":
            return nxt not in "部组库建"
        if head == "议军会":
            return prev == "委" and nxt not in "议"  # 县委常委议军会: a Party committee's meeting
        if head == "会议":
            if nxt == "精" and COUNCIL_MEETING_BEFORE.search(t, max(0, ms - 5), ms):
                return True  # 传达省委议军会议精神: a named meeting, cited by its spirit
            if nxt == "精" and LONG_NAME_BEFORE.search(t, max(0, ms - 12), ms):
                return True  # 传达全国…工作会议精神: a long name before 会议精神 names the meeting
            return nxt not in "室精纪中"
        if head == "大会":
            return nxt not in "精堂"
        if head in ("委员会", "领导小组"):
            return nxt not in "成委"
        if head == "联盟" and ms >= 3 and t[ms - 1] in self.lex.surnames1 \
                and TITLE_END.search(t[max(0, ms - 8):ms - 1]):
            return False  # 院士张联盟: a person named after a title, not an alliance
        return True

    def _type_and_check(self, t, head, typ, cls, body, start, ms, e):
        """(type, confidence, source) for a head candidate, or ("", 0, "") when rejected."""
        name = t[start:e]
        if not body and cls == "mil" and head != "人武部":
            return typ, 0.75, f"rule:head:{head}"  # 省军区, 军分区: unique in the document's jurisdiction
        if not body and head == "人武部" and t.startswith(("政委", "部长", "政治委员"), e):
            return typ, 0.7, f"rule:head:{head}"
        if not body and head in BARE_ZONES and (start == 0 or t[start - 1] in "\n，,。；;：:、"
                                                or t[start - 2:start] in ("一行", "行来", "行到", "行赴")):
            return typ, 0.6, f"rule:head:{head}"  # 高新区 opening a clause: the document's own zone
        if not body or len(name) > 45:
            return "", 0.0, ""
        # "10重点项目" is a count; "2016中国…大会" starts with a year
        numbered = _TYPE_AND_CHECK_RE1.match(body) and not _TYPE_AND_CHECK_RE2.match(body)
        if numbered or QUANTITY.search(body) and QUANTITY.search(QUOTED_PART.sub("", body)):
            return "", 0.0, ""  # …a numeral inside quotes is part of a slogan name (“四个全面”战略布局)
        if body in ("党委", "地方", "各级", "基层", "人民", "当地", "联盟", "集团", "公司", "企业") or (
            head in ("政府", "人民政府") and body.endswith(("地方", "各级", "基层", "当地"))
        ):
            return "", 0.0, ""
        if body.startswith(PARTY_PREFIX) and len(body) <= 2:
            return "", 0.0, ""
        if "领域" in body:
            return "", 0.0, ""  # 信息安全领域…孵化基地: a description by field, not a name
        if _TYPE_AND_CHECK_RE3.search(body) and typ not in ("Event", "Policy"):
            return "", 0.0, ""  # 郑州大学首个省级…创新中心: a description of a first one, not a name
        # 各镇党委, 各级人武部: a plural class of bodies, not one body
        if start > 0 and t[start - 1] == "各" and typ not in ("Policy", "Event"):
            return "", 0.0, ""
        # 某委副主任甲某宣读研究院: a title and a person's name inside the stretch; two mentions
        if typ in ORG_TYPES and len(body) >= 8:
            for m in self.title_re.finditer(body):
                if m.end() < len(body) - 2 and self._name_at(t, start + m.end(), titled=True):
                    return "", 0.0, ""
        # 该部政治工作部: a department of a body named by a deictic (该部, 该局), no name of its own
        if start > 0 and t[start - 1] in "该本其" and body[:1] in "部局委舰院校所厅办司" and typ in ORG_TYPES:
            return "", 0.0, ""
        # 某某开发区核心区, 某某促进会办公室: an unnamed part of a park or an office of a non-government
        # body; the park or the association (found by its own head) is the entity
        if head in SUB_PART_OF and body.endswith(SUB_PART_OF[head]):
            return "", 0.0, ""
        # 央属军工集团, 地方国有企业: a class of firms named by ownership or rank words only
        if typ == "Enterprise" and (GENERIC_FIRM_BODY.fullmatch(body)
                                    or SUBSIDIARY_BODY.fullmatch(body)):
            return "", 0.0, ""
        # 第一次、第二次全体会议: one conjunct of a coordinated name, its body lies further left
        if typ == "Event" and start > 0 and t[start - 1] == "、" and ORDINAL.fullmatch(body):
            return "", 0.0, ""
        src = f"rule:head:{head}"
        # a unit whose name starts with a service branch is military whatever the head says
        military_body = body.startswith(MIL_PREFIXES) or MILITARY_IN_BODY.search(body)
        # ... except its Party committee, which is a Party committee (县人武部党委, 大理军分区党委)
        if typ in ("PartyGovBody", "IndustrialPark") and military_body \
                and head not in ("科学院", "研究中心", "党委"):
            typ = "MilitaryUnit"
        if head in ("示范区",) and body.startswith(("国家", "全国")) and not body.startswith("国家级"):
            typ = "Policy"
        if (head == "示范区" and body.startswith("国家级")
                and _TYPE_AND_CHECK_RE4.search(t[max(0, start - 4):start])):
            typ = "Policy"  # 创建国家级军民融合创新示范区: a title a city applies for
        if head in ("创新中心",) and body.startswith(("国家级", "国家")):
            typ = "Policy"
        if head == "平台":
            typ = "Policy"
        if head == "合伙企业" and "基金" in body:
            typ = "Fund"  # …产业投资基金合伙企业(有限合伙): a fund in the legal form of a partnership
        if len(body) >= 2 and body[0] in LEVEL_CHARS and body[1] in LEVEL_CHARS:
            return "", 0.0, ""  # 省市军民融合办: a plural of offices
        if typ not in ("Event", "Policy") and LEVEL_PLURAL.search(body):
            return "", 0.0, ""  # 县(市、区)人武部党委: the body at several levels, a plural
        if body[:1] in LEVEL_CHARS and start >= 2 and t[start - 1] == "、" and t[start - 2] in LEVEL_CHARS:
            return "", 0.0, ""  # 省、市国动委: the same body at two levels, a plural
        # a sub-office of an institute or company has its parent's type: 中科院北京分院科技合作处
        if head in ("处", "办公室", "局") and _TYPE_AND_CHECK_RE5.search(body):
            typ = "ResearchInstitute"
        if typ in ("ResearchInstitute", "IndustrialPark") and body in ("国家", "国家级", "省级", "市级"):
            return "", 0.0, ""  # 共建国家实验室或工程中心: a kind of lab, not a named one
        spec = self.specific(body)
        if not spec and (TOWN.fullmatch(body) or _TYPE_AND_CHECK_RE6.search(body)):
            spec = True  # 潘家庄镇人武部; 高功率半导体激光国家级重点实验室
        if not spec:
            # 怀来高新技术产业开发区: a county's short form that is also a common word counts as a
            # place when the document names that county in full (张家口市怀来县)
            full = self.lex.county_short.get(body[:2]) or self.lex.county_short.get(body[:3])
            spec = bool(full) and full in t
        # 自治区科技厅, 自治州…: an autonomous region's or prefecture's level word, like 省/州
        level = body[0] in LEVEL_CHARS or body.startswith(("全省", "全国", "国家", "中共", *AUTONOMOUS)) \
            or start >= 2 and t[start - 2] in "该本此这" and t[start - 1] in "镇乡县区市"  # 该镇…中心
        if cls == "any":
            return (typ, 0.8, src) if len(body) >= 2 else ("", 0.0, "")
        if cls == "region":
            # the strategy is named after a region: 中部地区崛起, 京津冀协同发展, 黄河流域生态保护和高质量发展
            core = _TYPE_AND_CHECK_RE7.sub("", body)
            city_level = head == "高质量发展" and core not in self.lex.regions
            if self._is_place(core) and not city_level or _TYPE_AND_CHECK_RE8.fullmatch(core
            ):
                return typ, 0.7, src
            return "", 0.0, ""
        if head == "战略" and _TYPE_AND_CHECK_RE9.search(body):
            return "", 0.0, ""  # 省政府发展战略: an organ's strategy in general, not a named one
        if head == "战略":
            core = body[2:] if body.startswith("国家") else body
            if len(core) < 3 or core.endswith(("国家", "国际")):
                if not (core.endswith("国家") and len(core) >= 6):
                    return "", 0.0, ""
        if head in ("研究所", "研究院") and len(body) >= 4:
            return typ, 0.7 if not spec else 0.85, src
        if cls == "office":
            if head == "委" and len(body) == 1 and body not in LEVEL_CHARS + "州":
                return "", 0.0, ""
            return typ, 0.85 if spec else 0.75, src
        if cls == "dept" and ("公司" in body or "集团" in body):
            return "", 0.0, ""  # 某某集团公司科技部: a department of a firm, no government body
        if cls == "dept":
            return (typ, 0.8, src) if (spec or level or len(body) >= 4) else ("", 0.0, "")
        if cls == "mil":
            officer_after = t.startswith(("政委", "部长", "政治委员"), e)
            if head == "人武部" and not spec and not level and not officer_after:
                return "", 0.0, ""
            if body and not spec and not level and head != "军分区":
                return "", 0.0, ""
            return typ, 0.85, src
        if cls == "milonly":
            return (typ, 0.7, src) if body.startswith(("军队", *MIL_PREFIXES)) else ("", 0.0, "")
        if cls == "troops":
            # 驻洛部队, 驻京部队, 驻X部队: a named garrison; 部队 alone is a generic class
            after = body[body.rfind("驻") + 1:] if "驻" in body else ""
            if after and len(after) <= 4 and after not in ("军", "地", "军各", "地各"):
                return typ, 0.85, src
            if body.startswith(MIL_PREFIXES) or _TYPE_AND_CHECK_RE10.fullmatch(body):
                return typ, 0.8, src
            return "", 0.0, ""
        if cls == "quoted":
            if "“" in body or '"' in body or "《" in body or spec and len(body) >= 3:
                return typ, 0.8, src
            return "", 0.0, ""
        if cls == "project" and typ == "IndustrialPark":
            return (typ, 0.7, src) if self.strong_specific(body) else ("", 0.0, "")
        phased = cls == "project" and "期" in name and (
            PHASE_END.search(name) or PARK_PHASE_END.search(body))
        if phased:
            return typ, 0.7, src  # 某某产业园项目(二期), 产业园(二期)项目: one phase of a park, a project
        if cls == "project" and head == "项目" and _TYPE_AND_CHECK_RE11.search(body):
            return "", 0.0, ""  # 洪庆军民融合产业园项目(签约): the park itself is the named thing
        if cls == "project" and _TYPE_AND_CHECK_RE12.search(body):
            return "", 0.0, ""  # 中国电子科技集团公司项目(合作协议): a firm's projects, not a named one
        if cls == "project" and head == "工程" and body.endswith(("人防", "人防指挥", "防护", "人防地下")):
            return "", 0.0, ""  # 人防指挥工程: civil-defence works, a kind of facility
        if cls == "project" and head == "项目" and body.endswith(GENERIC_PROJECT_END) and "“" not in body:
            return "", 0.0, ""  # 中物院合作项目, 军民融合重点项目: projects of a kind, not one project
        if cls == "project":
            if "“" in body or (self.strong_specific(body) and len(body) >= 3):
                return typ, 0.75, src
            if head == "工程" and len(body) >= 6:
                return typ, 0.65, src
            return "", 0.0, ""
        if cls == "event" and "定期" in t[max(0, start - 4):start]:
            return "", 0.0, ""  # 定期召开工作联系会议: meetings of a kind, held periodically
        if cls == "event":
            if body in ("有关", "相关", "重要", "这次", "本次", "此次", "各种", "各类", "专题", "全体",
                        "合作项目", "项目", "重大项目", "重点项目", "项目集中", "集中"):
                return "", 0.0, ""
            om = ORDINAL.match(body)
            if om and 0 < len(body) - om.end() <= 2 and not spec and t[start - 1:start] == "的":
                return "", 0.0, ""  # 全省…的第二次科技会议: an ordinal meeting of a kind, no name
            if spec or len(body) >= 4 or ORDINAL.search(body):
                return typ, 0.8, src
            return "", 0.0, ""
        if cls == "topic":
            if len(body) < 2 or body in ("国家", "发展", "国家发展", "重大国家", "总体", "基本", "工作",
                                         "相关",
                                         "领导", "重要", "各项", "有关", "这些", "各种", "规章", "管理",
                                         "产业", "工业", "科技", "投资", "产业投资", "专家", "民兵",
                                         "特色", "重点", "专业", "现代", "各类", "优势"):
                return "", 0.0, ""
            if head == "制度" and not (spec or len(body) >= 4):
                return "", 0.0, ""
            return typ, 0.75 if spec else 0.7, src
        # 东方蓝天钛金科技有限公司: a registered legal form names one company, whatever its words
        if head in ("有限公司", "股份有限公司", "有限责任公司") and len(body) >= 4 \
                and not _TYPE_AND_CHECK_RE13.search(body):
            return typ, 0.7, src
        # cls == "body": needs something that makes it one specific thing
        if spec or level:
            return typ, 0.8 if spec else 0.7, src
        if head == "党委" and body in ("人武部", "军分区", "警备区", "武装部"):
            return typ, 0.7, src  # 人武部党委: the Party committee of the jurisdiction's own unit
        # 成立了军民融合产业联盟: the body just founded is one specific thing, however generic its name
        founded = _TYPE_AND_CHECK_RE14.search(t[max(0, start - 4):start],
        )
        # 支持组建…联盟: forming alliances of a kind is encouraged, none is named
        encouraged = _TYPE_AND_CHECK_RE15.search(t[max(0, start - 14):start])
        if typ == "Association" and founded and not encouraged:
            return typ, 0.8 if spec else 0.7, src
        if typ == "PartyGovBody" and head in ("委员会", "领导小组", "工作组") and founded and not encouraged:
            return typ, 0.65, src  # 双方将共同成立合作委员会: the body founded is one specific body
        # 军民融合学会联合体: the short form of a body the document names in full elsewhere
        # (中国科协军民融合学会联合体成立大会), even when that full name is nested in another one
        if typ in ("Association", "ResearchInstitute") and self._named_in_full(t, name, start):
            return typ, 0.65, src
        return "", 0.0, ""

    def _named_in_full(self, t: str, name: str, start: int) -> bool:
        i = t.find(name)
        while i >= 0:
            if i != start and i > 0:
                s, _ = self.left_extend(t, i, i + len(name), maxlen=10)
                s = self._drop_leading_words(t, self._trim_left(t, s, i), i)
                prefix = t[s:i]
                if len(prefix) >= 2 and (prefix in self.gaz_forms or self._is_place(prefix)
                                         or prefix.startswith(("中国", "国家", "全国"))):
                    return True
            i = t.find(name, i + 1)
        return False

    def _is_place(self, w: str) -> bool:
        return w in self.place_words

    def strong_specific(self, body: str) -> bool:
        """Names an organisation or place, not just an unfamiliar word: for project names."""
        if "“" in body or _STRONG_SPECIFIC_RE1.search(body):
            return True
        if self.place_re.regex.search(body) or self.gaz3_re.search(body):
            return True
        if _STRONG_SPECIFIC_RE2.search(body):
            return True
        import jieba

        for tok in jieba.lcut(body, HMM=False):
            fp = self.lex.jieba_words.get(tok)
            if not fp or len(tok) < 2:
                continue
            if fp[1] in ("ns", "nt", "nz") or fp[1].startswith("nr") and fp[0] < 300:
                return True
        return False

    def specific(self, body: str) -> bool:
        """Does the body name one thing (a place, a proper name, a number, a quotation)?"""
        hit = self._specific_cache.get(body)
        if hit is None:
            hit = self._specific_uncached(body)
            if len(self._specific_cache) < 100_000:
                self._specific_cache[body] = hit
        return hit

    def _specific_uncached(self, body: str) -> bool:
        import jieba

        if any(q in body for q in ("“", '"', "《", "X", "*")) or _STRONG_SPECIFIC_RE1.search(body):
            return True
        if next(self.place_re.finditer(body), None) is not None:
            return True
        if self.gaz_re.regex.search(body):  # a gazetteer form inside the body
            return True
        for tok in jieba.lcut(body, HMM=True):
            if len(tok) < 2 or not all(is_cjk(c) for c in tok):
                continue
            fp = self.lex.jieba_words.get(tok)
            if fp is None or fp[1] in ("ns", "nt", "nz") or fp[1].startswith("nr") and fp[0] < 300 \
                    or fp[1] == "j" and fp[0] < 100:
                return True
        return False

    # ----------------------------------------------------------------------------------------
    def _quoted_titles(self, t: str) -> list[Cand]:
        """《…》 titles of plans, regulations and programmes are Policies."""
        out = []
        for m in _QUOTED_TITLES_RE1.finditer(t):
            # a trailing period or edition does not change the kind of document: 纲要(2023-2035)
            inner = _QUOTED_TITLES_RE2.sub("",
                           m.group(1))
            if _QUOTED_TITLES_RE3.search(inner):
                out.append(Cand(m.start(), m.end(), "Policy", "rule:book_title", 0.85, priority=3))
        return out

    def _glued_to_noun(self, t: str, e: int) -> bool:
        """Is position e followed by a noun that continues the word (中国建筑|金属结构)?"""
        if e >= len(t) or not is_cjk(t[e]) or t[e] in STOP_CHARS or t.startswith(("集团", "公司"), e):
            return False
        if t.startswith(("有关", "相关", "所属", "下属", "会同", "联合", "共同", "牵头", "主办", "指导"), e):
            return False  # 解放军有关部门, 总装备部会同…: a determiner or verb, the name ends before it
        if self.title_re.match(t, e):
            return False  # 中央军委|主席: a title after a body does not make one word of them
        for k in (4, 3, 2):
            fp = self.lex.jieba_words.get(t[e:e + k])
            if fp and k > 2 and (self.lex.jieba_words.get(t[e:e + 2]) or (0, ""))[1] == "v":
                continue  # 中国中车|发布公告: a verb-object phrase, the name ends before the verb
            if fp:
                # 总装备部|会同: a place or person name (会同县) after the body starts no compound
                return fp[1].startswith("n") and fp[1] not in ("ns", "nr", "nrt") or fp[1] == "vn"
        return False

    def _designations(self, t: str) -> list[Cand]:
        """Titles conferred on a city: 中国五金之都, 中国门都 (Policy, like 全国双拥模范城)."""
        out = []
        for m in _DESIGNATIONS_RE1.finditer(t):
            out.append(Cand(m.start(), m.end(), "Policy", "rule:designation", 0.7, priority=2))
        return out

    def _numbered_institutes(self, t: str) -> list[Cand]:
        """七二五所, 713所, 第716研究所: an institute known by its number (with its group in front)."""
        out = []
        for m in NUMBERED_INSTITUTE.finditer(t):
            s, e = m.span()
            if t[s - 2:s] in ("院校", "高校", "学校", "大学", "院所", "中学", "小学", "医院", "科研"):
                continue  # 大专及以上院校14所: a count of schools
            start, _ = self.left_extend(t, s, e, maxlen=10)
            start = self._trim_left(t, start, s)
            body = t[start:s]
            if body and not (body in self.gaz_forms or self.specific(body)):
                start = s  # keep only a known group or place in front
            out.append(Cand(start, e, "ResearchInstitute", "rule:numbered_institute", 0.75, priority=2))
        for m in (NUMBERED_FACTORY.finditer(t) if "厂" in t else ()):
            s, e = m.span()
            start, _ = self.left_extend(t, s, e, maxlen=8)
            start = self._trim_left(t, start, s)
            if t[start:s] and not (t[start:s] in self.gaz_forms or self.specific(t[start:s])):
                start = s
            out.append(Cand(start, e, "Enterprise", "rule:numbered_factory", 0.7, priority=2))
        # a bare 四院 is taken when the document names it with its group (航天四院) or gives it
        # officers (十院总会计师); 市二院 (a hospital) is excluded by the look-behind
        ms = list(NUMBERED_ACADEMY.finditer(t))
        known = {m.group(2) for m in ms if m.group(1) or ACADEMY_CONTEXT.match(t, m.end())}
        for m in ms:
            if m.group(2) in known:
                out.append(Cand(m.start(), m.end(), "ResearchInstitute", "rule:numbered_academy", 0.7,
                                priority=2))
        return out

    def _board_companies(self, t: str) -> list[Cand]:
        """融创中国董事局主席: the body whose board (董事局/董事会) is named is a company."""
        out = []
        for m in BOARD.finditer(t):
            w = m.group(1)
            if not self._is_place(w) and w not in self.gaz_forms and w[0] not in LEVEL_CHARS:
                out.append(Cand(m.start(1), m.end(1), "Enterprise", "rule:board", 0.6, priority=2))
        if "董事长" in t or "总经理" in t or "总裁" in t or "创始" in t:
            for m in BOSS.finditer(t):
                w = m.group(1)
                if not self._is_place(w) and w not in self.gaz_forms and w[0] not in LEVEL_CHARS \
                        and not self.title_re.search(w) and self._company_like(w) \
                        and not (len(w) <= 3 and self._plausible_name(w)):
                    out.append(Cand(m.start(1), m.end(1), "Enterprise", "rule:board", 0.55, priority=1))
        return out

    def _project_lists(self, t: str) -> list[Cand]:
        """高档电磁屏蔽项目、智能数字营房项目和…项目: items of an enumeration of projects are named
        projects, even where a single one would look too generic to take."""
        out = []
        for m in PROJECT_LIST.finditer(t):
            items = []
            for hm in _PROJECT_LISTS_RE1.finditer(m.group()):
                ms = m.start() + hm.start()
                items.append((ms, ms + 2))
            if len(items) < 2:
                continue
            found = []
            for ms, me in items:
                start, _ = self.left_extend(t, ms, me, maxlen=16)
                start = self._trim_left(t, start, ms)
                body = t[start:ms]
                if (len(body) < 3 or QUANTITY.search(body) or body.endswith(GENERIC_PROJECT_END)
                        or any(c in NAME_BAD for c in body)):
                    found = []
                    break
                found.append(Cand(start, me, "Project", "rule:project_list", 0.65, priority=2))
            # 一批A项目和B项目: kinds of projects to be found, not named ones
            if found and LIST_QUANTIFIER.search(t[max(0, found[0].start - 4):found[0].start]):
                found = []
            out += found
        return out

    def _project_body_ok(self, body: str) -> bool:
        """Is a delimited project item more than a kind of project (合作项目, 重点项目)?"""
        if QUANTITY.search(body) or _PROJECT_BODY_OK_RE1.search(body):
            return False
        core = body
        while True:
            for w in GENERIC_PROJECT_END:
                if core.endswith(w):
                    core = core[: -len(w)]
                    break
            else:
                break
        return len(core) >= 3 and not LIST_QUANTIFIER.search(body)

    def _signed_projects(self, t: str) -> list[Cand]:
        """Projects signed by a pair (A与B签订X项目;) and items of an enumeration of projects closed
        by 等N个项目: each delimited item is one named project (a park + 项目 included)."""
        out = []
        if "签" in t:
            for m in SIGNED_PROJECT.finditer(t):
                # the name follows the verb directly (签订查北…项目: 查 is no verb here); only a
                # second verb of the signing (签约落地, 签约共建) is cut off
                s = m.start(1)
                mv = _SIGNED_PROJECTS_RE1.match(t[s:m.end(1) - 2])
                if mv:
                    s += mv.end()
                body = t[s:m.end(1) - 2]
                if self._project_body_ok(body) and not body.startswith(("的", "了", "等", "和")):
                    out.append(Cand(s, m.end(1), "Project", "rule:project_signed", 0.65, priority=2))
        if "等" in t:
            for m in PROJECT_ENUM.finditer(t):
                pos = m.start(1)
                items = []
                for k, item in enumerate(m.group(1).split("、")):
                    s, e = pos, pos + len(item)
                    pos = e + 1
                    if k == 0:
                        s = self._drop_leading_words(t, s, e - 2)
                        s = self._after_verbs(t, s, e - 2)
                        mv = _SIGNED_PROJECTS_RE2.search(t[s:e])
                        if mv:
                            s += mv.end()
                    items.append((s, e))
                if all(self._project_body_ok(t[s:e - 2]) and not t[s:e].startswith(("的", "了", "等"))
                       for s, e in items):
                    out += [Cand(s, e, "Project", "rule:project_enum", 0.65, priority=2) for s, e in items]
        return out

    def _enterprise_lists(self, t: str) -> list[Cand]:
        """Company short names listed next to the word 企业: '企业泛锐熠辉和万达铝业', 'A、B、C等…企业'."""
        out = []
        item = r"[" + CJK + r"]{2,6}"
        pats = [
            re.compile(r"企业(" + item + r"(?:[、和及]" + item + r"){1,5})(?=负责人|[,，。;；]|等)"),
            re.compile(
                r"(?:汇集了|包括|如)(" + item + r"(?:、" + item + r"){1,6})等[" + CJK + r"]{0,12}企业"
            ),
        ]
        for pat in pats:
            for m in pat.finditer(t):
                pos = m.start(1)
                parts = [x for x in _ENTERPRISE_LISTS_RE1.split(m.group(1)) if x]
                if not all(self._company_like(x) for x in parts):
                    continue
                for part in _ENTERPRISE_LISTS_RE2.split(m.group(1)):
                    if part and part not in "、和及" and self._company_like(part):
                        out.append(
                            Cand(pos, pos + len(part), "Enterprise", "rule:enterprise_list", 0.6, priority=1)
                        )
                    pos += len(part)
        return out

    def _coordinated_companies(self, t: str, chosen: list[Cand]) -> list[Cand]:
        """A short name coordinated with a company is a company: '同发机电和海威…有限公司'."""
        covered = _coverage(len(t), chosen)
        out = []
        for c in chosen:
            if c.type != "Enterprise" or not c.source.startswith(("rule:head", "gazetteer")):
                continue
            if t[c.end:c.end + 1] in ("和", "、", "及"):
                m = _COORDINATED_COMPANIES_RE1.match(t[c.end + 1:c.end + 10])
                if m and not any(covered[c.end + 1:c.end + 1 + m.end()]) and self._company_like(m.group()):
                    s = c.end + 1
                    out.append(Cand(s, s + m.end(), "Enterprise", "rule:enterprise_coordination", 0.6, 1))
            if c.start > 0 and t[c.start - 1] in ("和", "、", "及"):
                e = c.start - 1
                s, _ = self.left_extend(t, e, e, maxlen=8)
                w = t[s:e]
                if 2 <= len(w) <= 8 and not any(covered[s:e]) and self._company_like(w):
                    out.append(Cand(s, e, "Enterprise", "rule:enterprise_coordination", 0.6, 1))
        return out

    def _enumerated_companies(self, t: str, chosen: list[Cand]) -> list[Cand]:
        """A、B、C等一大批…企业: the unrecognised items of a list that ends in 等…企业 are firms."""
        covered = _coverage(len(t), chosen)
        starts = {c.start: c for c in chosen}
        out = []
        for m in _ENUMERATED_COMPANIES_RE1.finditer(t):
            if t.startswith(("方面", "领域", "环节", "问题", "工作", "行业", "产业"), m.start() + 1):
                continue  # 在项目审批、要素保障等方面为…企业: the items are fields, not firms
            seg_start = max(t.rfind(ch, 0, m.start()) for ch in "，,。；;：:\n(（")
            seg_start = max(seg_start + 1, m.start() - 80)
            # …省军区办公室等单位和泰豪、…等企业: the list of firms starts after the list of bodies
            prior = list(_ENUMERATED_COMPANIES_RE2.finditer(t[seg_start:m.start()]))
            if prior:
                seg_start += prior[-1].end()
            items = t[seg_start:m.start()].split("、")
            if len(items) < 2:
                continue
            pos = seg_start
            spans = []
            for k, item in enumerate(items):
                s, e = pos, pos + len(item)
                pos = e + 1
                if k == 0:
                    # the first item starts after the verb that introduces the list
                    c = next((c for c in chosen if c.end == e and c.start >= s), None)
                    if c is not None:
                        continue
                    s2, _ = self.left_extend(t, e, e, maxlen=10)
                    s = self._drop_leading_words(t, max(s, s2), e)
                    s = self._after_verbs(t, s, e)
                    # 青山区有一机、北重…: the list starts after 有/拥有/包括
                    mv = _ENUMERATED_COMPANIES_RE3.search(t[s:e])
                    if mv:
                        s += mv.end()
                    # 发改委组织神通阀门、…等企业: the firms are the object of a verb of gathering
                    s0 = pos - len(item) - 1
                    mg = _ENUMERATED_COMPANIES_RE4.search(t[s0:e])
                    if mg and s0 + mg.end() > s:
                        s = s0 + mg.end()
                if any(covered[s:e]):
                    continue
                spans.append((s, e))
            if not spans or not all(2 <= e - s <= 8 and self._company_like(t[s:e], loose=True)
                                    for s, e in spans):
                continue
            mixed = "院所" in t[m.start():m.end() + 4]
            for s, e in spans:
                if s not in starts:
                    typ = "ResearchInstitute" if mixed and t[e - 1] in "院所" else "Enterprise"
                    out.append(Cand(s, e, typ, "rule:enterprise_list", 0.6, priority=1))
        # 联合A、洪山资本、南方科创、…分行等单位: items of a list of bodies whose last word is a firm's
        for m in _ENUMERATED_COMPANIES_RE5.finditer(t):
            seg_start = max(t.rfind(ch, 0, m.start()) for ch in "，,。；;：:\n(（")
            seg = t[seg_start + 1:m.start()]
            mv = _ENUMERATED_COMPANIES_RE6.search(seg)
            if mv:
                seg_start += mv.end()
                seg = seg[mv.end():]
            pos = seg_start + 1
            for item in seg.split("、"):
                s, e = pos, pos + len(item)
                pos = e + 1
                if 3 <= len(item) <= 8 and FIRM_LAST_WORD.search(item) and not any(covered[s:e]) \
                        and not self._is_place(item) and not any(c in NAME_BAD for c in item):
                    out.append(Cand(s, e, "Enterprise", "rule:enterprise_list", 0.55, priority=1))
        return out

    def _listed_units(self, t: str, chosen: list[Cand]) -> list[Cand]:
        """由北航、609研究所、中国航发某某、宁二机、仪表厂等20余家单位: in a list of units whose
        recognised items are firms or institutes (and no government body), the other items are firms
        too; an item made of a group's name and a short unit name (中国航发某某) is one firm."""
        out = []
        by_span = sorted(chosen, key=lambda c: c.start)
        for m in LISTED_UNITS.finditer(t):
            seg_start = max(t.rfind(ch, 0, m.start()) for ch in "，,。；;：:\n(（") + 1
            seg = t[seg_start:m.start()]
            if seg.count("、") < 2:
                continue
            mv = LIST_INTRO.match(seg)
            if mv and mv.end() < seg.find("、"):
                seg_start += mv.end()
                seg = seg[mv.end():]
            items, pos = [], seg_start
            for item in seg.split("、"):
                items.append((pos, pos + len(item)))
                pos += len(item) + 1
            inside = [[c for c in by_span if c.start < e and c.end > s] for s, e in items]
            whole = [cs[0].type for (s, e), cs in zip(items, inside, strict=True)
                     if len(cs) == 1 and cs[0].start == s and cs[0].end == e]
            if any(c.type in ("PartyGovBody", "MilitaryUnit") for cs in inside for c in cs):
                continue
            if sum(ty in ("Enterprise", "ResearchInstitute") for ty in whole) < 2:
                continue
            for (s, e), cs in zip(items, inside, strict=True):
                w = t[s:e]
                if not 3 <= len(w) <= 8 or len(cs) == 1 and cs[0].start == s and cs[0].end == e:
                    continue
                if any(c.start < s or c.end > e for c in cs) or self._is_place(w):
                    continue
                group_led = cs and cs[0].start == s and cs[0].type == "Enterprise" \
                    and t[s:cs[0].end] in self.gaz_forms \
                    and all(c.type in ("Enterprise", "Location", "Person") for c in cs)
                only_places = all(c.type == "Location" for c in cs)
                if group_led or only_places and self._company_like(w, loose=True):
                    inst = w.endswith(("研究所", "研究院", "大学", "学院", "实验室"))
                    typ = "ResearchInstitute" if inst else "Enterprise"
                    out.append(Cand(s, e, typ, "rule:listed_unit", 0.6, priority=2))
                    # the same unit named again later in the document (中国航发某某副总经理…)
                    k = t.find(w)
                    while k >= 0:
                        if k != s:
                            out.append(Cand(k, k + len(w), typ, "rule:listed_unit", 0.55, 2))
                        k = t.find(w, k + 1)
        return out

    def _distributed_bodies(self, t: str, chosen: list[Cand]) -> list[Cand]:
        """温州市发改委、保密局、工商联、民政局等单位: bare departments listed after a body named with
        its place take that place; each is the jurisdiction's one department of that name."""
        out = []
        for c in chosen:
            if c.type != "PartyGovBody" or t[c.end:c.end + 1] != "、":
                continue
            first = t[c.start:c.end]
            if not (self.place_re.match_at(t, c.start) or first[0] in LEVEL_CHARS):
                continue
            pos = c.end + 1
            while True:
                m = DEPT_ITEM.match(t, pos)
                if not m:
                    break
                item = m.group(1)
                hit = next(((h, HEAD_INFO[h][0]) for h in DEPT_ITEM_HEADS if item.endswith(h)), None)
                short = len(item) - len(hit[0]) < (len(hit[0]) == 1) if hit else True
                if short or item in ("有关部门", "相关部门") or any(ch in item for ch in "各有相等"):
                    break
                out.append(Cand(pos, pos + len(item), hit[1], "rule:distributed_body", 0.6, priority=1))
                if m.group(2) != "、":
                    break
                pos = m.end()
        return out

    def _after_verbs(self, t: str, s: int, e: int) -> int:
        """Start of a list's first item after any leading verbs (壮大发展|京东方、长虹…)."""
        import jieba

        pos = s
        toks = jieba.lcut(t[s:e], HMM=False)
        for tok in toks[:-1]:
            fp = self.lex.jieba_words.get(tok)
            if not fp or not fp[1].startswith(("v", "d", "a", "c", "p")) or e - pos - len(tok) < 2:
                break
            pos += len(tok)
        return pos

    def _company_like(self, w: str, loose: bool = False) -> bool:
        """Could w be a firm's short name? `loose`: the list it stands in already says it is a firm."""
        if w in self.place_words or w in self.gaz_forms or not loose and self.lex.is_common_word(w, 5):
            return False
        if _COMPANY_LIKE_RE1.search(w) or any(c in NAME_BAD for c in w):
            return False
        if loose:
            fp = self.lex.jieba_words.get(w)
            return len(w) >= 3 or not fp or fp[1] in ("nz", "nt", "j", "nr", "nrt", "ns")
        import jieba

        toks = jieba.lcut(w, HMM=False)
        return not all(self.lex.is_common_word(x, 50) for x in toks)

    # ----------------------------------------------------------------------------------------
    def _persons(self, t: str, chosen: list[Cand]) -> list[Cand]:
        covered = _coverage(len(t), chosen)
        out: list[Cand] = []
        names: dict[str, str] = {}

        def take(s: int, source: str, conf: float) -> None:
            nm = self._name_at(t, s, titled=True)
            if nm and not covered[s]:
                out.append(Cand(s, s + len(nm), "Person", source, conf, priority=3))
                names.setdefault(nm, source)

        # title + name: 局长张克俭, 记者 周羽
        for m in self.title_re.finditer(t):
            s = m.end()
            while s < len(t) and t[s] in " \u3000:：":
                s += 1
            if m.group() in BYLINE_TITLES:
                # a byline list: 记者 周羽、王雪薇
                j = s
                for _ in range(4):
                    nm = self._name_at(t, j)
                    if not nm or covered[j]:
                        break
                    out.append(Cand(j, j + len(nm), "Person", "rule:person:byline", 0.85, priority=3))
                    names.setdefault(nm, "byline")
                    j += len(nm)
                    if j < len(t) and t[j] in "、,， ":
                        j += 1
                    else:
                        break
                continue
            if m.group() == "代表" and not (s < len(t) and t[s - 1] == "代" or True):
                continue
            if t[s:s + 1] in "由为是":
                continue  # 组长由市长担任, 主任为…: a preposition or copula, not the surname 由
            take(s, "rule:person:title", 0.85)
            w = t[s:s + 2]
            if w in self.place_words and w[0] in self.lex.surnames1 and not covered[s] \
                    and (t.startswith(SPEECH_VERBS, s + 2) or t[s + 2:s + 3] in ("、", "，", ",", "。")):
                # 市长常德、: a person whose two-character name is also a place, right after a title
                out.append(Cand(s, s + 2, "Person", "rule:person:title", 0.75, priority=3))
                names.setdefault(w, "title")
            j = s
            nm = self._name_at(t, j, titled=True)
            while nm and t[j + len(nm):j + len(nm) + 1] == "、":
                j += len(nm) + 1
                # inside a list of names after a title each item is a name when it ends at a
                # boundary (、 , 等 出席 …), even if its characters also spell a word (张宏伟)
                nm = (self._name_at(t, j, strict=True) or self._name_at(t, j, titled=True)
                      or self._name_at(t, j, titled=True, in_list=True))
                if nm and not covered[j]:
                    out.append(Cand(j, j + len(nm), "Person", "rule:person:title_list", 0.7, priority=3))
                    names.setdefault(nm, "title_list")
            # 副市长甲、乙和丙出席: the last item after 和/及 when it is a name closed by a boundary
            if nm and j > s and t[j + len(nm):j + len(nm) + 1] in ("和", "及"):
                k = j + len(nm) + 1
                last = self._name_at(t, k, strict=True)
                if last and not covered[k] and self._boundary_after(t, k + len(last)):
                    out.append(Cand(k, k + len(last), "Person", "rule:person:title_list", 0.65, priority=3))
                    names.setdefault(last, "title_list")
        # organisation + name + separator: 浙江省军民融合办王强、
        for c in chosen:
            if c.type != "Person" and c.end < len(t):
                s = c.end + 1 if t[c.end] == "的" else c.end
                nm = self._name_at(t, s, strict=True)
                after = t[s + len(nm): s + len(nm) + 1] if nm else ""
                if nm and (after in ("、", "等", ",", "，") or (s > c.end and after in ("在", "说"))):
                    out.append(Cand(s, s + len(nm), "Person", "rule:person:org", 0.75, priority=3))
                    names.setdefault(nm, "org")
        # garbled bylines: (记?周琳?
        for m in _PERSONS_RE1.finditer(t):
            nm = self._name_at(t, m.end())
            if nm:
                out.append(Cand(m.end(), m.end() + len(nm), "Person", "rule:person:byline", 0.8, priority=3))
                names.setdefault(nm, "byline")
        if "报道" in t:
            for m in REPORTED_BY.finditer(t):
                items = [(x.start() + m.start(1), x.group())
                         for x in _PERSONS_RE2.finditer(m.group(1)) if x.group() not in BYLINE_TITLES]
                if items and all(self._plausible_name(nm, in_list=True) for _, nm in items):
                    for s, nm in items:
                        if not covered[s]:
                            out.append(Cand(s, s + len(nm), "Person", "rule:person:byline", 0.8, priority=3))
                            names.setdefault(nm, "byline")
        if "讯" in t or "审" in t:
            for m in BYLINE_CREDIT.finditer(t):
                nm = m.group(1)
                if not covered[m.start(1)] and self._plausible_name(nm, in_list=True):
                    out.append(Cand(m.start(1), m.end(1), "Person", "rule:person:byline", 0.8, priority=3))
                    names.setdefault(nm, "byline")
        # bylines: 电(宋敏涛陈正) / (林玲) / 李南轩 摄 / 责任编辑:黄今
        for m in _PERSONS_RE3.finditer(t):
            for s, nm in self._split_names(t, m.start(1), m.group(1)):
                out.append(Cand(s, s + len(nm), "Person", "rule:person:byline", 0.85, priority=3))
                names.setdefault(nm, "byline")
        # a byline closing a paragraph: …新局面。(冯小舒)
        for m in CLOSING_BYLINE.finditer(t):
            found = [(s, nm) for s, nm in self._split_names(t, m.start(1), m.group(1))
                     if self._plausible_name(nm)]
            for s, nm in found:
                out.append(Cand(s, s + len(nm), "Person", "rule:person:byline", 0.75, priority=3))
                names.setdefault(nm, "byline")
        # 以张三为理事长的…: the name before 为 + a title
        for m in _PERSONS_RE4.finditer(t):
            nm = m.group(1)
            if not covered[m.start(1)] and self._plausible_name(nm, titled=True):
                out.append(Cand(m.start(1), m.end(1), "Person", "rule:person:title", 0.7, priority=3))
                names.setdefault(nm, "title")
        for m in _PERSONS_RE5.finditer(t):
            nm = m.group(1)
            if self._plausible_name(nm):
                out.append(Cand(m.start(1), m.end(1), "Person", "rule:person:photo", 0.8, priority=3))
                names.setdefault(nm, "photo")
        # name + speech verb at a clause start: 张效廉在…, 唐登杰说
        speaker = re.compile(
            r"(?:^|(?<=[\s。，,；;：:!！?？」”]))([" + CJK + r"]{2,3}?)(?=在|说|表示|指出|强调|介绍)", re.M
        )
        for m in speaker.finditer(t):
            nm = m.group(1)
            if self._plausible_name(nm, strict=True) and not covered[m.start(1)]:
                out.append(Cand(m.start(1), m.end(1), "Person", "rule:person:speaker", 0.6, priority=1))
                names.setdefault(nm, "speaker")
        # name + title at a clause start: 刘和生市长实地查看, 王君师书记结合…
        for m in self.name_title_re.finditer(t):
            nm = m.group(1)
            if self._name_at(t, m.end()):
                continue  # 南钢总工程师楚觉非: the name follows the title; what precedes is a body
            if not covered[m.start(1)] and self._plausible_name(nm, strict=True):
                out.append(Cand(m.start(1), m.end(1), "Person", "rule:person:name_title", 0.65, priority=1))
                names.setdefault(nm, "name_title")
        # 传达学习张钦锋司令员讲话, 开创者聂荣臻元帅: name + title right after a verb or 者
        for m in NAME_TITLE_AFTER_VERB.finditer(t):
            nm = m.group(1)
            if not covered[m.start(1)] and self._plausible_name(nm, strict=True):
                out.append(Cand(m.start(1), m.end(1), "Person", "rule:person:name_title", 0.6, priority=1))
                names.setdefault(nm, "name_title")
        # 某省发改委杨某博士说, 某某公司科技部李某部长代表…: a name between a body (or its
        # department) and a title
        if chosen:
            for m in (NAME_AFTER_BODY.match(t, c.end) for c in chosen if c.type in ORG_TYPES):
                if m is None:
                    continue
                nm = m.group(2)
                if not covered[m.start(2)] \
                        and self._plausible_name(nm, titled=True) and not self._word_at(t, m.start(2)):
                    out.append(Cand(m.start(2), m.end(2), "Person", "rule:person:body_name_title", 0.6, 1))
                    names.setdefault(nm, "body_name_title")
        for m in POST_TAKEN.finditer(t):
            for k in (3, 2):
                s0 = m.start() - k
                if s0 < 0 or s0 > 0 and t[s0 - 1] not in " \n\t，,。；;：:" or covered[s0]:
                    continue
                nm = t[s0:m.start()]
                if self._plausible_name(nm, strict=True):
                    out.append(Cand(s0, m.start(), "Person", "rule:person:takes_post", 0.65, 1))
                    names.setdefault(nm, "takes_post")
                    break
        # 王君师同志: a name before 同志 (the honorific form becomes an alias when grouping)
        for m in _PERSONS_RE6.finditer(t):
            nm = m.group(1)
            if not covered[m.start(1)] and self._plausible_name(nm, strict=True):
                out.append(Cand(m.start(1), m.end(), "Person", "rule:person:comrade", 0.7, priority=2))
                names.setdefault(nm, "comrade")
        # a bare list of names closed by 等同志/出席/参加…: 张甲、李乙及有关部门负责同志参加会见
        if "、" in t:
            for m in NAME_LIST_RE.finditer(t):
                items = m.group(1).split("、")
                starts = []
                pos = m.start(1)
                for it in items:
                    starts.append(pos)
                    pos += len(it) + 1
                ok = [self._plausible_name(it, in_list=True) for it in items]
                # 扎西某某、代某某: in a long list of names a few without a known surname are names too
                loose = [o or len(items) >= 4 and sum(ok) * 3 >= len(items) * 2 and self._loose_name(it)
                         for o, it in zip(ok, items, strict=True)]
                if not all(lo and not covered[st] for lo, st in zip(loose, starts, strict=True)):
                    continue
                if sum(self._plausible_name(it) for it in items) * 2 < len(items):
                    continue
                for it, st in zip(items, starts, strict=True):
                    out.append(Cand(st, st + len(it), "Person", "rule:person:name_list", 0.65, priority=1))
                    names.setdefault(it, "name_list")
        # X同志, X司令员: anonymised persons
        for m in _PERSONS_RE7.finditer(t):
            out.append(Cand(m.start(), m.end(), "Person", "rule:person:placeholder", 0.6, priority=3))
        # every other occurrence of a found name, and name+同志/总书记 forms
        for nm in names:
            for s, e in occurrences.spans(t, nm):
                if covered[s]:
                    continue
                out.append(Cand(s, e, "Person", "rule:person:repeat", 0.7, priority=1))
        return out

    def _loose_name(self, w: str) -> bool:
        """Could w be a person's name whose surname is not in the list (a list item among names)?"""
        return 2 <= len(w) <= 4 and all(is_cjk(c) for c in w) and w not in self.place_words \
            and w not in self.gaz_forms and not any(c in NAME_BAD for c in w) \
            and not self.lex.is_common_word(w, 20) and not self.lex.is_common_word(w[:2], 300)

    def _word_at(self, t: str, i: int) -> bool:
        """Does a common word start at i (鲜樱|透露: the third character belongs to the verb)?"""
        for k in (2, 3):
            fp = self.lex.jieba_words.get(t[i:i + k])
            if fp and fp[0] >= 100 and not fp[1].startswith("nr"):
                return True
        return False

    def _stop_word_at(self, t: str, i: int) -> bool:
        """Does a stop word of two or more characters start at position i?"""
        return any(t[i:i + k] in self.stop_words for k in range(2, self.stop_maxlen + 1))

    def _boundary_after(self, t: str, i: int) -> bool:
        c = t[i:i + 1]
        return (not c or not is_cjk(c) or c in STOP_CHARS or self._stop_word_at(t, i)
                or bool(self.title_re.match(t, i)) or t.startswith("同志", i))

    def _plausible_name(self, nm: str, strict: bool = False, titled: bool = False,
                        in_list: bool = False) -> bool:
        lx = self.lex
        if not (2 <= len(nm) <= 4) or not all(is_cjk(c) for c in nm):
            return False
        if nm[:2] in lx.surnames2:
            given = nm[2:]
        elif nm[0] in lx.surnames1:
            given = nm[1:]
        else:
            return False
        if not given or len(given) > 2:
            return False
        if given[0] in "我你他她它这那该各":
            return False  # 领导来我校: a verb and a pronoun, no name
        if nm[0] in STOP_CHARS and len(given) == 2 and lx.is_common_word(given, 3000):
            return False  # 向大家介绍: a preposition before a word, not the surname 向
        if given[-1] in NAME_BAD and not (titled and given[-1] == "和" and len(given) == 2) \
                or nm.startswith(ORG_NOUNS):
            return False  # 代表公司作…: an organisation noun after a title, no surname 公
        if nm in self.place_words or nm in self.gaz_forms:
            return False
        if not in_list and (lx.is_common_word(nm, 20)
                            or lx.is_common_word(nm[:2], 300) and not (titled and len(nm) == 3)):
            return False
        if strict:
            fp = lx.jieba_words.get(nm)
            if fp and not fp[1].startswith("nr"):
                return False
            if any(lx.is_common_word(nm[i:i + 2], 100) for i in range(len(nm) - 1)):
                return False
        return True

    def _name_at(self, t: str, s: int, strict: bool = False, titled: bool = False,
                 in_list: bool = False) -> str:
        """A person name starting at s, 2-3 characters, ending before a stop or punctuation."""
        lx = self.lex
        seg = t[s:s + 4]
        if len(seg) < 2 or not is_cjk(seg[0]):
            return ""
        if seg[:2] in lx.surnames2:
            base = 2
        elif seg[0] in lx.surnames1:
            base = 1
            if seg[0] in STOP_CHARS and lx.is_common_word(seg[1:3], 3000):
                return ""  # 向大家介绍: a preposition before a word, not the surname 向
        else:
            return ""
        best = ""
        for glen in (2, 1):
            nm = t[s:s + base + glen]
            if len(nm) < base + glen or not all(is_cjk(c) for c in nm):
                continue
            after = t[s + base + glen:s + base + glen + 2]
            last = s + base + 1
            speech_after = titled and (t.startswith(SPEECH_VERBS, s + base + glen)
                                       or t[s + base + glen:s + base + glen + 1] == "在"
                                       and self._place_at(t, s + base + glen + 1))
            # 副市长付大为、: a titled name closed by a list comma keeps a last character that is
            # also a word or a stop word
            closed = titled and (t[s + base + glen:s + base + glen + 1] in ("、", "，", ",", "等")
                                 or t.startswith("以及", s + base + glen)
                                 or t.startswith(RANKS, s + base + glen))
            if glen == 2 and (nm[-1] in STOP_CHARS and not (closed and nm[-1] in "全"
                                                            or speech_after and nm[-1] in "和")
                              or self._stop_word_at(t, last) and not closed
                              or t.startswith(REPORT_NOUNS, last)
                              or nm[-1] in "来來到赴" and self._place_at(t, last + 1)
                              or self.title_re.match(t, last) or t.startswith("同志", last)
                              or self._word_at(t, last) and not speech_after and not closed
                              or nm[-1] == "作" and t.startswith(REPORT_NOUNS, last + 1)
                              or nm[-1] in "说称" and t[last + 1:last + 2] in SAID_END):
                continue  # 杨士中建言 keeps its third character; 雷鸣作讲评 does not
            ok_titled = titled and (self._boundary_after(t, s + base + glen) or speech_after
                                    or glen == 1 and t[s + base + glen] == "作"
                                    and t.startswith(REPORT_NOUNS, s + base + glen + 1))
            listed = in_list and t[s + base + glen:s + base + glen + 1] in ("、", ",", "，", "。")
            if not self._plausible_name(nm, strict, titled=ok_titled, in_list=listed):
                continue
            if after[:1] and is_cjk(after[:1]) and strict:
                # after the name there must be a clear boundary
                clear = self._stop_word_at(t, s + base + glen)
                if after[:1] not in STOP_CHARS and not clear:
                    continue
            best = nm
            break
        return best

    def _place_at(self, t: str, i: int) -> bool:
        """Does a place name start at position i (周某来|某某县调研)?"""
        return any(t[i:i + k] in self.place_words for k in (2, 3, 4))

    def _split_names(self, t: str, s0: int, inner: str) -> list[tuple[int, str]]:
        """Names in a byline parenthesis: '林玲', '宋敏涛陈正', '记者 周羽、王雪薇'."""
        out = []
        for m in _SPLIT_NAMES_RE1.finditer(inner):
            chunk, cs = m.group(), s0 + m.start()
            if chunk in ("记者", "通讯员", "摄影", "实习生", "摄", "报道"):
                continue
            chunk_s = cs
            if chunk.startswith(("记者", "通讯员")):
                k = 2 if chunk.startswith("记者") else 3
                chunk, chunk_s = chunk[k:], chunk_s + k
            splits = self._segment_names(chunk)
            for off, nm in splits:
                out.append((chunk_s + off, nm))
        return out

    def _segment_names(self, chunk: str) -> list[tuple[int, str]]:
        if 2 <= len(chunk) <= 3 and self._plausible_name(chunk):
            return [(0, chunk)]
        for a in (3, 2):
            x, y = chunk[:a], chunk[a:]
            if 2 <= len(y) <= 3 and self._plausible_name(x) and self._plausible_name(y):
                return [(0, x), (a, y)]
        return []

    # ----------------------------------------------------------------------------------------
    def _places(self, t: str, chosen: list[Cand]) -> list[Cand]:
        lx = self.lex
        covered = _coverage(len(t), chosen)
        out = []
        for s, e, w in self.place_re.finditer(t):
            if any(covered[s:e]):
                continue
            # compound places: 浙江省永康市, 顺德区杏坛镇
            while True:
                m2 = self.place_re.match_at(t, e)
                if m2 and not any(covered[m2.start():m2.end()]) and m2.group() not in lx.regions \
                        and w in lx.places_full and m2.group() in lx.places_full:
                    e = m2.end()
                    w = t[s:e]
                    continue
                m3 = TOWN.match(t[e:e + 6])
                if w in lx.places_full and w[-1] in "市县区" and m3 and not any(covered[e:e + m3.end()]) \
                        and not any(x in STOP_CHARS for x in m3.group()[:-1]):
                    e += m3.end()
                    w = t[s:e]
                break
            if not self._place_boundary_ok(t, s, e, w):
                continue
            if w[0] in "和与及" and s and is_cjk(t[s - 1]) and t[s - 1] not in "省市":
                continue  # 项目和县媒体…: the conjunction 和 before 县, not 和县
            if w in ("中国", "中國") and (
                    t.startswith(("特色", "梦", "式", "化"), e)
                    or is_cjk(t[e:e + 1]) and t[e] not in STOP_CHARS
                    and not (lx.jieba_words.get(t[e:e + 2]) or (0, ""))[1].startswith("v")):
                continue  # 中国某某 glued: the national prefix of a name (中国云谷), not the country;
                # 中国革命 (before a verbal noun) is the country
            if t[e:e + 1] in "-－" and is_cjk(t[e + 1:e + 2]) \
                    or s and t[s - 1] in "-－" and is_cjk(t[s - 2:s - 1]):
                continue  # 中国-东盟自由贸易区: one half of a hyphenated pair, part of a longer name
            nxt_place = self.place_re.match_at(t, e)
            if MEDIA_AFTER.match(t, e) or nxt_place and MEDIA_AFTER.match(t, nxt_place.end()) \
                    or MEDIA_LONG.match(t, e):
                continue  # 闽东日报, 中国证券网, 宁德网: a news outlet, not the place
            src = "gazetteer:region" if w in lx.regions else "gazetteer:cpca"
            out.append(Cand(s, e, "Location", src, 0.85, priority=1))
        # county short forms that are common words: only inside an enumeration of places
        place_at = {c.start: c for c in out}
        place_end = {c.end: c for c in out}
        for s, e, _w in self.county_re.finditer(t):
            if any(covered[s:e]):
                continue
            left, right = t[s - 1:s], t[e:e + 1]
            if (left == "、" and (s - 1) in place_end) or (right == "、" and (e + 1) in place_at):
                out.append(Cand(s, e, "Location", "gazetteer:cpca:enumeration", 0.6, priority=0))
        for m in ONE_CHAR_PLACE_RE.finditer(t):
            s, e = m.span(1)
            if not covered[s]:
                out.append(Cand(s, e, "Location", "rule:one_char_place", 0.6, priority=0,
                                key=ONE_CHAR_PLACES[m.group(1)]))
        for m in self.placeholder_re.finditer(t):
            s, e = m.span()
            if any(covered[s:e]) or t[e:e + 1] == "等":
                continue
            out.append(Cand(s, e, "Location", "rule:placeholder", 0.6, priority=0))
        return out

    def _place_boundary_ok(self, t: str, s: int, e: int, w: str) -> bool:
        """A short place form must not be the first half of a longer word (红古|田, 兴国|之举)."""
        lx = self.lex
        if w in lx.places_full or w in lx.regions and len(w) >= 3:
            return True
        full = lx.places_short.get(w, "")
        nxt, prev = t[e:e + 1], t[s - 1:s] if s else ""
        if nxt == "之":
            return False
        if full and full.endswith(("省", "自治区")):
            return True
        glued_right = nxt and is_cjk(nxt) and nxt not in STOP_CHARS
        glued_left = prev and is_cjk(prev) and prev not in STOP_CHARS
        if not glued_right and not glued_left:
            return True
        import jieba

        window_s = max(0, s - 2)
        toks = jieba.lcut(t[window_s:e + 3], HMM=False)
        pos, bounds = window_s, set()
        for tok in toks:
            bounds.add(pos)
            pos += len(tok)
        bounds.add(pos)
        return s in bounds and e in bounds


def _coverage(n: int, cands: list[Cand]) -> bytearray:
    cov = bytearray(n + 1)
    for c in cands:
        cov[c.start:c.end] = b"\x01" * (c.end - c.start)
    return cov


def resolve_overlaps(cands: list[Cand]) -> list[Cand]:
    """Keep the longest candidates; a shorter one survives only where it overlaps nothing kept."""
    order = sorted(cands, key=lambda c: (-(c.end - c.start), -c.priority, -c.confidence, c.start))
    taken = bytearray(max((c.end for c in cands), default=0) + 1)
    kept = []
    for c in order:
        if any(taken[c.start:c.end]):
            continue
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
        kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept
