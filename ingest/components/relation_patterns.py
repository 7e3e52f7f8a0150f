"""The relation rules' regular expressions, compiled once per process.

Why a module of its own: the rules run on every sentence of every document, and building a cue
alternation ("书记|副书记|…", 100+ escaped words) or compiling a pattern per sentence cost more than
the matching itself. Patterns that need no cue words are compiled at import; those built from
`ingest/data/relation_cues.json` are compiled on first use by `patterns()` (the data file is read
once). Each pattern's comment names the phrase it reads; the rules that use them live in
`ingest/components/relations.py`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ingest.components.lexicon import alternation, title_words
from ingest.components.prefilter import lookahead
from ingest.components.relation_view import ANY

CUES_PATH = Path(__file__).resolve().parent.parent / "data" / "relation_cues.json"
NOT_ANY = ANY[1:-1]  # the placeholder range, for use inside [^…]


@lru_cache(maxsize=1)
def cues() -> dict:
    """Cue lists from the data file, each sorted longest first (a longer cue wins over its part).
    The titles of posts (HOLDS_POSITION) come from the one title list, ingest/data/titles.tsv (its
    post and both rows), not from a copy here."""
    data = json.loads(CUES_PATH.read_text(encoding="utf-8"))
    out: dict = {}
    for k, v in data.items():
        if isinstance(v, list):
            out[k] = sorted(v, key=len, reverse=True)
        elif isinstance(v, dict):
            out[k] = v
    out["titles"] = sorted(title_words("post"), key=len, reverse=True)
    return out


def alt(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first (written as a trie: lexicon.alternation)."""
    return alternation(words)


# --- patterns without cue words ----------------------------------------------------------------

ANY_RE = re.compile(ANY)
DATE_OPENER = re.compile(r"(\d{4}年)?(\d{1,2}月)?(\d{1,2}日)?(上午|下午|晚上)?")
# a numbered item of a notice or plan: "三、", "（二）", "2.", "(3)"
ENUM_OPENER = re.compile(
    r"(?:[一二三四五六七八九十]{1,3}是|[一二三四五六七八九十]{1,3}、"
    r"|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．](?!\d))\s*"
)
# "A主办的E…": a relative clause before the real subject E (verb of 1-4 characters, 的, E)
RELATIVE_SUBJECT = re.compile(f"[^，,。；;的{NOT_ANY}]{{1,4}}的[“\"《]?({ANY})")
ACCORDING_TO = re.compile(r"据[^，,]{1,8}介绍")  # 据…介绍, a clause opener
# a clause that ends on a speech verb ("甲指出，", "乙强调：") introduces what is said, not its actor
SPEECH_CLAUSE_END = re.compile(r"(?:指出|强调|要求|认为|提出|号召|说|称|表示|谈到|讲到)[:：]?\s*$")
# "甲表示，将…": a statement (not an order) whose next clause opens with 将 is the speaker's commitment
STATEMENT_END = re.compile(r"(?:表示|说|称)[:：]?\s*$")
SPEAKER_COMMITS = re.compile(r"\s*(?:我们|我)?(?:将|会|还将|也将)")
# between an agent and its verb: "甲强调要支持…" (the speaker urges others)
SPEECH_GAP = re.compile(r"指出|强调|要求|提出|号召|认为")
# "A要会同B", "A将积极联合B": modal words between an agent and its verb (may be empty)
MODAL_BEFORE = re.compile(r"(?:要|将|应|须|必须|应当|还|也|已|积极|主动|继续)*$")
ORDER_OPENING = re.compile(r"(要|必须|应|务必|各级|我们|大家|同志们|会议|他|她|其)")
CLAUSE_END = re.compile(r"[，,。；;！!？?：:\n]")  # a clause's end (not 、, which joins list items)
EVENT_CITED = re.compile(  # "以党的十九大精神为指引": a meeting cited, not the one reported
    # rel30: "在某次集体学习时的重要讲话" as "在某大会上的重要讲话" (u39, u54, u87)
    r"(上的|时的)?(重要)?(讲话|精神|决策|部署|以来|期间|之际|前夕|召开以来|胜利召开|报告|提出|强调|要求|关于)"
)
TITLE_ITEM_SPLIT = re.compile(r"[、，,；;：:()（）]|以及|及|和|与|兼")
TITLE_LEAD_STRIP = re.compile(r"^(出席[^：:]*有|由|会议由|并由)")
CORE_OF = re.compile(f"以({ANY})(同志)?为核心的({ANY})")  # 以习近平同志为核心的党中央
FROM_OF = re.compile(f"来自({ANY})的({ANY})")  # 来自X的Y
SPONSORED_EVENT_AFTER = re.compile('[^，,。]{0,4}的[“"]?(\ue00c)')  # …承办的“EVENT”
TIME_ADVERBIAL = re.compile(r"[^，,。]{0,4}(期间|之际|前夕|以来)")
LIST_NOISE = re.compile(
    r"[、，,和与及以等的 ()（）]|代表|领导|负责人|负责同志|主要|分管|其他|相关人员|同志|一行|常务|相关|来自"
)
_CLAUSE_VERBS = r"由|主办|承办|协办|指导|主持|召开|举行|举办|签署|成立|表示|指出|强调"
LIST_VERBS = re.compile(_CLAUSE_VERBS)  # a list with a verb of its own is a clause, not a list
PAIRED_BY = re.compile(f"{ANY}[与同]{ANY}")  # two sides joined by 与/同 ("A与B共同建设")
# 要 as a verb ("要求", "将要"), not inside 主要 ("各单位主要负责同志": a class of attendees, rel19)
GENERIC_ITEM_VERBS = re.compile(_CLAUSE_VERBS + "|是|将|(?<!主)要")
# "出席了此次E", "出席我市“…”座谈会" (a deictic place before the event's name)
ATTENDED_EVENT = re.compile(
    r"了?(本次|此次|这次|我市|我省|我区|我县|我州|我镇|全市|全省|全区|全县)?[“\"]?(\ue00c)"
)
# "…，并出席E", "，随后出席了E": a clause with no attendee of its own before the verb
CARRIED_ATTEND = re.compile(r"\s*(?:并|还|随后|又|也|同时|之后|当天)+(?:应邀)?$")
# 出席…的代表有：, 参加会议的有A、B等单位 (的有 needs no colon)
ATTENDEES_FOLLOW = re.compile(
    r"[^，,。；;]{0,20}?(?:的(?:代表|嘉宾|领导|人员|单位)?有[：:]?|(?:代表|嘉宾|领导|人员)?有[：:])"
)
# "受甲委托，乙主持", "丙代表丁、戊出席": those on whose behalf someone acts are not there (rel14)
ON_BEHALF_OF = re.compile(f"受([^，,。；;]{{0,30}}?)委托|代表((?:{ANY}[、和与及]?)+)")
# "代表A、B" right after a speaker, before the speech: the bodies spoken for (rel30: u19, u24, u77, u90)
SPOKEN_FOR = f"(?:代表(?:{ANY}[、和与及]?)+)?"
PERSONS_ETC_BEFORE = re.compile(f"\ue00a等(?:{ANY}[、和与及]?)*$")
AT_EVENT_OPENER = re.compile(
    r"^(?:[^（(。，,]{0,8}[（(]记者[^）)。，,]{0,12}[）)])?"  # a dateline "本报讯（记者 甲）" (rel19)
    r"(?:[0-9]{4}年)?(?:[0-9]{1,2}月)?(?:[0-9]{1,2}[日号])?(?:上午|下午|晚上)?[，,]?"
    f"[^，,。；;{NOT_ANY}]{{0,12}}?在[^，,。；;\ue00c]{{0,16}}?(\ue00c)上[，,]?"
)  # 在…的EVENT上，A… (also after a date: "2020年4月20日，在…会上，")
# 张效廉在…会议上; rel30: "甲总书记在某次集体学习时的重要讲话", "…时关于…的重要讲话" (u39, u54, u87)
IN_EVENT = re.compile(f"({ANY})[^，,。；;{NOT_ANY}]{{0,4}}在(\ue00c)(?:上|时)")
# "来自某界别的甲委员": a clause that opens by saying where its person comes from (甲 is its subject)
FROM_DESCRIPTOR = re.compile(f"\\s*来自[^，,。；;]{{1,16}}?的[^，,。；;{NOT_ANY}]{{0,3}}?(\ue00a)")
# "参会的某公司副总经理甲说": a person (or bodies) described as attending the meeting reported
ATTENDEE_DESCRIPTOR = re.compile(
    f"(?:参会|与会|参加会议|出席会议|参加活动|参加论坛)的((?:{ANY}|[^，,。；;{NOT_ANY}]){{0,20}}?\ue00a)"
)
# "在A的大力支持和悉心指导下，B…"; also without 的: "在A领导下，B…"
# "A在B的支持下建成X" (no comma): the body right before 在 is the one supported
UNDER_GUIDANCE_INLINE = re.compile(
    f"({ANY})[^，,。；;{NOT_ANY}]{{0,4}}在({ANY}(?:[、和与及]{ANY})*)的?([^，,。；;{NOT_ANY}]{{0,10}})下(?![，,])"
)
# "由A牵头，会同B、C负责实施Y": A leads Y; B and C work with A on it (they do not lead it)
LED_AHEAD = re.compile(
    f"由((?:{ANY}[、和与及]?)+)(?:牵头|负责|主导|统筹)[，,]?(?:(?:会同|联合|协调|组织)((?:{ANY}[、和与及]?)+))?"
    f"(?:等[^，,。；;{NOT_ANY}]{{0,6}}?)?(?:共同|具体)?(?:负责|组织)?(?:实施|推进|落实|开展|建设|推动|制定)[^，,。；;{NOT_ANY}]{{0,4}}?"
    f"({ANY})"
    # "由A牵头，B、C配合，组织实施Y": the partners listed before 配合/参与/协助
    f"|由((?:{ANY}[、和与及]?)+)(?:牵头|负责|主导|统筹)[，,]((?:{ANY}[、和与及]?)+)(?:等[^，,。；;{NOT_ANY}]{{0,6}}?)?"
    f"(?:配合|参与|协助|协同|共同参与)[，,]?(?:共同|具体)?(?:负责|组织)?(?:实施|推进|落实|开展|建设|推动|制定)"
    f"[^，,。；;{NOT_ANY}]{{0,4}}?({ANY})"
)
# "在青山市…大会上的讲话" (a speech's title line): its speaker is named on the next lines
SPEECH_TITLE = re.compile("^\\s*在(\ue00c)(?:上|开幕式上|闭幕式上)的(?:讲话|致辞|发言|报告|主旨演讲)")
JOINTLY = re.compile("联合|共同|一起|一道|携手|合作")
# "A得到/获得/受到B(的)大力支持", "A积极争取B支持": B supports A (the supported comes first)
GOT_SUPPORT = re.compile(
    f"(?:得到|获得|受到|赢得|争取到?)了?((?:{ANY}[、和与及]?)+)[^，,。；;{NOT_ANY}]{{0,8}}?(?:支持|扶持|帮扶|资助|帮助)"
)
# "A给予B资金支持": A supports B
GIVE_SUPPORT = re.compile(
    f"给予((?:{ANY}[、和与及]?)+)[^，,。；;{NOT_ANY}]{{0,8}}?(?:支持|扶持|帮扶|资助|帮助)"
)
ACCEPT_GUIDANCE = re.compile(f"接受({ANY})[^，,。]{{0,14}}指导")
SUPPORT_DUI = re.compile(  # A(、B)(多年来)对C…的关心和支持
    f"((?:{ANY}[、和与及]?)*{ANY})[^，,。{NOT_ANY}]{{0,6}}对({ANY})[^，,。{NOT_ANY}]{{0,16}}(支持|扶持|帮扶)"
)
# "…，将加大对B重大科研项目支持力度": a clause with no body before 对 (its subject carried)
SUPPORT_DUI_CARRIED = re.compile(
    f"(?:^|[，,；;])(?:将|会|还将|也将)[^，,。；;{NOT_ANY}]{{0,6}}对({ANY})[^，,。；;{NOT_ANY}]{{0,12}}(?:支持|扶持|帮扶)"
)
# "对A、B长期以来关心和支持C…表示感谢": A and B support C, not the one who thanks them
SUPPORT_THANKS = re.compile(
    f"对((?:{ANY}[、和与及]?)+)[^，,。{NOT_ANY}]{{0,8}}?(?:关心|关怀|重视|关注)和?(?:支持|帮助)({ANY})"
)
# "甲代表市委对大家关心支持青山发展表示感谢", "甲向关心支持青山发展的各界人士表示感谢" (rel7): the
# support belongs to those thanked, named or not
SUPPORT_IN_THANKS = re.compile(
    "[对向][^，,。；;]{0,20}?(?:支持|帮助)[^，,。；;]{0,24}?(?:表示|致以)[^，,。；;]{0,6}?(?:感谢|谢意|敬意)"
)
# "甲代表某集团党组，对A、B多年来给予集团…的长期支持表示感谢", "甲感谢A、B一直以来的关心支持": the
# bodies thanked support the thanker's own body (what follows 给予 names no body: the thanker's side)
THANKED_FOR_SUPPORT = re.compile(
    f"(?:对|感谢)((?:{ANY}[、和与及]?)+)[^，,。；;{NOT_ANY}]{{0,10}}?(?:给予[^，,。；;{NOT_ANY}]{{0,12}}?)?"
    "的?(?:长期|大力|关心|关怀|帮助|和|与)*(?:支持|帮助)(?:和帮助)?(?=[，,。；;]|表示|致以)"
)
# rel26: "向A、B，以及各军工集团对青山的大力支持表示感谢", "感谢A、B长期以来对青山双拥工作的指导和帮助",
# "对A和B长期以来对航天事业和C发展的关心支持表示感谢": the bodies thanked support the side named after
# their own 对 (a short modifier before it), whoever thanks them
THANKED_SUPPORT_OF = re.compile(
    f"(?:对|向|感谢)((?:{ANY}[、和与及]?)+)(?:[，,]以及[^，,。；;{NOT_ANY}]{{1,12}}?)?[^，,。；;{NOT_ANY}]{{0,8}}?"
    f"对[^，,。；;{NOT_ANY}]{{0,6}}?({ANY})[^，,。；;{NOT_ANY}]{{0,12}}?(?:支持|帮助|扶持|帮扶)"
)
# rel26: "某部队领导对A、B和全市人民长期以来关心支持部队建设表示感谢", "全体官兵感谢A、B…给予部队建设
# 的大力支持", "感谢A、B对军区部队建设的关心和支持": the unit is named by a common noun; the unit meant is
# the one the sentence named before (the thankers')
UNIT_SUPPORT_THANKED = re.compile(
    f"(?:对|感谢)((?:{ANY}[、和与及]?)+)[^，,。；;{NOT_ANY}]{{0,16}}?(?:军区|军分区)?(?:部队|军队)(?:建设|发展|工作)"
)
THANKS_WORD = re.compile("感谢|谢意")
THANKER_FOR = re.compile(f"^[^，,。；;]{{0,12}}?(\ue00a)(?:代表({ANY})[^，,。；;{NOT_ANY}]{{0,4}})?[，,]?$")
RELY_ON = re.compile(f"离不开((?:{ANY}[、和与及]?)+)[^，,。]{{0,16}}的[^，,。]{{0,4}}(支持|扶持|帮助)")
CONTRIBUTE_TO = re.compile(f"为({ANY})[^，,。{NOT_ANY}]{{0,12}}(作|做)(出)?(更大)?贡献")
# rel16: service given to a unit or firm is support of it: "服务保障B的发展", "当好B的“服务员”",
# "为B…做好支持和服务" (B a military unit, firm or institute: 服务国家战略 serves no body)
SERVED = re.compile(
    "(?:服务保障|服务好|服务于)([\ue002-\ue004])|当好([\ue002-\ue004])的[“\"]?服务员"
    f"|为([\ue002-\ue004])[^，,。；;{NOT_ANY}]{{0,12}}?做好[^，,。；;{NOT_ANY}]{{0,6}}?服务"
)
# "A为B提供资金支持", "为B、C提供金融服务和保障": the subject supports B
PROVIDE_FOR = re.compile(
    f"(?:为|对|向)((?:{ANY}[、和与及]?)+)[^，,。；;{NOT_ANY}]{{0,12}}?提供[^，,。；;{NOT_ANY}]{{0,12}}?"
    "(支持|保障|帮助|扶持|资金|融资|授信|贷款|金融服务)"
)
JOINED_BY = re.compile("[与和同]")
# "抓住国家实施X的机遇": the agent written right before the verb is no entity of the document
# (the state, the centre), so the clause's subject is not the one who acts
OTHER_AGENT_BEFORE = re.compile(
    "(?:国家|我国|中央|党中央|党和国家|企业|单位|院所|高校|各地|各级|群众)(?:深入|大力|全面|加快|积极|坚定|持续|正在|已|主动|进一步)*$")
# "A关于(加快)成立X的通知": the cue right after 关于 is inside a document's title (rel15)
TITLE_ABOUT = re.compile("关于(?:进一步|加快|全面|深入|大力|积极|切实|统筹|推动|推进|支持)*$")
GENERIC_AGENT = re.compile(
    "(?:企业|单位|院所|高校|部门|机构|集团|公司|人员|人才|群众)(?:积极|主动|进一步|将|要|也|都)*$"
)
# "到B交流", "与B…签署", "与B在X、Y等领域开展合作" (the fields a partnership covers, in 在…领域)
COORD_TARGET = re.compile(f"(到|赴|与|同)({ANY})(?:在[^，,。；;]{{2,40}}?(?:领域|方面))?[^，,。]{{0,10}}$")
# "在镇政府会议室召开": a body followed by a room is the venue, not the agent
VENUE_ROOM = re.compile(r"(?:会议室|会议厅|礼堂|会堂|大厅|报告厅|多功能厅|会议中心|大楼|办公楼|院内)")
# "并为首批入驻的X奠基": what settles in the park the text is about
SETTLED_OBJECT = re.compile(f"(?:入驻|落户|进驻)的({ANY})")
HELD_BY_OPENER = re.compile("^[“\"]?(\ue00c)[”\"]?[，,]?是?由")  # "EVENT，是由A…举办的"
LED_GAP = ("", "将", "已", "拟", "主要", "具体", "工作", "建设", "实施", "将主要", "具体工作")  # X(将)由A牵头
# "…主办；B、C承办": a sentence that only goes on with the sponsors of the one before
SPONSOR_CONTINUED = re.compile(f"^\\s*(?:{ANY}[、和与及]?)+(?:共同|联合)?(?:承办|协办|主办|支持)")
# "来自全省发改系统、省军区、高校等百余位嘉宾": bodies whose people attend the meeting reported on
FROM_GUESTS = re.compile(
    "来自((?:[^，,。；;]{0,10}?[、和及])*[^，,。；;]{0,10}?)等?[0-9一二三四五六七八九十百多余]*[位名个家]?"
    "(?:嘉宾|代表|专家|领导|人员)"
)
# "会议选举甲某为学术委员会主任，乙某、丙某为副主任": elected or appointed to a title of a body
ELECTION_RE = re.compile("选举|推选|当选|任命|聘请|聘任|增补")
PARTY_TITLE_ONLY = re.compile(r"(?:党组|党委)?(?:第一书记|常务副书记|副书记|书记|成员|委员|常委)")
APPOSITIVE_GATE = re.compile("\ue00a[(（,，][\ue001-\ue009]")  # a name, then a body in apposition
# "成立X领导小组，由市长甲任组长，副市长乙任副组长": the persons hold a position in the body
LED_BY_GATE = re.compile(
    r"任(?:第一|常务|执行)?副?(?:组长|主任|主席|会长|理事长|指挥长|总指挥|召集人|秘书长|团长)"
)
LED_BY_PERSON = re.compile(
    "(由|[，,；;])((?:[^，,。；;由\ue00a]{0,10}?\ue00a[、和与及]?)+)(?:担任|出任|任)"
    r"(?:第一|常务|执行)?副?(?:组长|主任|主席|会长|理事长|指挥长|总指挥|召集人|秘书长|团长)"
)
# "李明远在会上讲话", "王某在论坛上作主旨发言": the meeting reported on, named generically
IN_GENERIC_EVENT = re.compile(
    "(\ue00a)[^，,。；;\ue000-\ue00c]{0,4}在(?:本次|此次)?(?:会上|会议上|大会上|论坛上|座谈会上|仪式上|峰会上|开幕式上)"
)
# "会上，甲某作了讲话": a speaker or signer of the meeting the sentence opens with
SPEECH_VERB = re.compile(
    "[^，,。；;\ue000-\ue00c]{0,8}?(?:讲话|致辞|发言|表示|指出|强调|介绍|报告|通报|解读|宣读|主持|签署|签约|作了?|代表|听取)"
)
# "东山市政府作经验交流发言", "…等驻地部队代表进行了发言": a body (or its representatives) speaking
BODY_SPEECH = re.compile(
    "(?:等[^，,。；;]{0,8}?)?(?:代表|负责同志|负责人|领导)?[^，,。；;\ue000-\ue00c]{0,60}?"
    "(?:作了?|进行了?)[^，,。；;\ue000-\ue00c]{0,8}?(?:发言|汇报)"
)
# "东山办公室介绍了自创区基本情况": a body presenting at the meeting reported (right after its name)
BODY_PRESENTS = re.compile("(?:分别|先后|依次)?(?:介绍了|推介了|作了?[^，,。；;\ue000-\ue00c]{0,8}?介绍)")
# "甲、乙分别致辞", "丙发表主旨演讲": a performed speech (not 表示/指出, said anywhere)
# "…丙分别致辞" closing a list of speakers (the last one perhaps not recognised as a name)
SHARED_SPEECH_END = re.compile(
    "(?:分别|先后|依次)(?:致辞|致欢迎辞|讲话|发表演讲|发表主旨演讲|作主旨演讲|作主旨报告)"
)
# the core of speech_report, for a quick search of a sentence (it opens with a literal, rel19)
REPORT_GIVEN = re.compile("作了?[^，,。；;]{0,16}?报告")
# "下午专家报告会由甲主持，乙作了报告": a session named by its kind word in the sentence, whose
# speakers are at that session (rel19: READ u10); the kind is compared with the reported event's name
SESSION_KIND = re.compile("[\u4e00-\u9fff]{1,4}?([\u4e00-\u9fff]{2})会(?:由|上|期间)")
# a verb before a speaker's name that makes the persons before it no speakers ("甲会见乙，乙致辞")
NOT_A_SPEAKER = re.compile("主持|出席|参加|会见|陪同|表示|指出|强调|介绍|说")
# "论坛上，" with 论坛 a short name of the event itself
AT_NAMED_EVENT_OPENER = re.compile("^\\s*(\ue00c)(?:上|期间)[，,]")
AT_MEETING_OPENER = re.compile(
    r"^\s*(?:会上|会议上|大会上|会议期间|大会期间|论坛上|论坛期间|峰会上|座谈会上|开幕式上|仪式上|签约仪式上"
    r"|(?!社会|机会|全社会)[\u4e00-\u9fff]{1,3}(?:会|论坛)(?:上|期间|现场))[，,]"
)  # also 研讨会上, 推进会上, 对接会上, 推介会现场 (a meeting's kind word, no name)
CO_BUILD = re.compile("共建了?")  # "双方将共建X研究院" (the object right after the verb)
# rel22: "A与B(在C)签订(了)…协议，(双方)将共建X园", "A与B签订《关于建设X园的框架协议》": the
# signatories of an agreement to build a park found it (the clause after the signing has no subject)
SIGNED_WITH = re.compile(
    f"({ANY})[^，,。；;{NOT_ANY}]{{0,6}}?[与同]((?:{ANY}[、和与及]?)+)(?:在{ANY})?[^，,。；;{NOT_ANY}]{{0,4}}?"
    "(?:签署|签订)了?"
)
BUILD_VERBS = "共建|建设|建造|打造|兴建|开发建设|开发建造"
SIGNED_THEN_BUILD = re.compile(
    f"[^，,。；;{NOT_ANY}]{{0,30}}?\ue008?[”\"]?[，,](?:双方)?(?:将|还将)?"
    # (a park recognised with its verb, "共同开发建造X新城", keeps 共同 before it)
    f"(?:(?:携手|共同|联合)(?:{BUILD_VERBS})?|{BUILD_VERBS})(\ue006)"
)
AGREEMENT_TO_BUILD = re.compile("^《?关于(?:共同)?(?:建设|共建|建造|打造|兴建)(.+?)的")
# "A主办的E", "A、B联合主办，C承办的E": the sponsors before the verb, the event right after 的
SPONSOR_ATTRIBUTIVE = re.compile(
    f"((?:{ANY}[、和与及]?)+)(?:共同|联合)?(主办|承办|协办|指导|主持|举办|组织)的[“\"《]?(\ue00c)"
)
# "以海洋工程为例": a clause that frames the next one, no topic of its own
FRAMING_CLAUSE = re.compile(r"\s*(?:以|拿)[^，,。；;]{1,20}为例")
# "A、B在青山联合主办，C、D联合承办“E”": the sponsors before a comma, the event after 承办
SPONSOR_THEN_HOST = re.compile(
    f"((?:{ANY}[、和与及]?)+)(?:在[^，,。；;\ue00c]{{1,12}}?)?(?:共同|联合)?主办[，,]"
    f"(?:{ANY}[、和与及]?)+(?:共同|联合)?(?:承办|协办)了?(?:本次|此次)?[“\"]?(\ue00c)"
)
# "A、B在青山联合主办东方论坛", "C、D共同承办了本次E": active sponsors (no 由, no 的)
SPONSOR_ACTIVE = re.compile(
    f"((?:{ANY}[、和与及]?)+)(?:在[^，,。；;\ue00c]{{1,12}}?)?(?:共同|联合)?(主办|承办|协办)了?(?:本次|此次)?[“\"]?(\ue00c)"
)
# "关心支持青山军分区建设的A、B和C", "支持国防事业的A": the bodies after 的 support the one named
SUPPORTER_ATTRIBUTIVE = re.compile(
    f"(关心|关注|关怀|长期)?和?(?:支持|帮助|帮扶|扶持)({ANY})([^，,。；;{NOT_ANY}]{{0,6}})的((?:{ANY}[、和与及]?)+)"
)
# "A对B投资2亿元", "基金向B注资": the funded body after 对/向/为, the cue after it
FUND_TO = re.compile(
    f"(?:对|向|为)((?:{ANY}[、和与及]?)+)[^，,。；;{NOT_ANY}]{{0,6}}?(投资|出资|注资|增资)"
)
# "西山项目由东方公司投资建设": the funder after 由, the funded named before it in the clause
FUNDED_BY = re.compile(
    f"({ANY})[^，,。；;{NOT_ANY}]{{0,4}}?由((?:{ANY}[、和与及]?)+)(?:共同|联合)?(?:投资|出资|注资)"
)
LIST_ITEM_SEP = re.compile("[、和及与]")  # separators of a list's items (recognised or not)
# "隶属(于)省国防科工委(管理)", "归口X管理": the subject is part of X
AFFILIATED_TO = re.compile(f"(?:隶属于?|归口)({ANY})")
# "某部(某某司)": a department written in parentheses right after the body it belongs to
PAREN_UNIT = re.compile(f"({ANY})[(（]({ANY})[)）]")
# "…等5家企业与青山市政府签约": the partner named right after 与/同 (after the list's 等…)
PARTNER_AFTER_YU = re.compile(f"^(?:等[^，,。；;{NOT_ANY}]{{0,8}}?)?[与同]({ANY})")
# "吸引了A、B、C签约入驻": a list drawn in (the object of 吸引/引进), no side of a signing of its own
DRAWN_LIST = re.compile(r"(?:吸引|引进|引来|邀请|组织)了?[^，,。；;]{0,4}$")
# "由A、B投资建设的X": a relative clause naming the agents of X (X is the clause's subject)
RELATIVE_BY = re.compile(f"由(?:{ANY}[、和与及]?)+[^，,。；;{NOT_ANY}]{{1,8}}?的[“\"]?{ANY}")
# "成立了由市长任组长的X", "成立由甲为组长、乙为成员的X": who leads or sits in the new body, between
# the founding cue and its name (the founded body is the one after 的, not a body inside the clause)
LED_BY_CLAUSE = re.compile(r"了?由[^。；;！!？?\n]{1,60}?(?:组长|主任|指挥长|召集人|成员)的")
# "出资设立", "共同投资组建": one cue, two facts (ESTABLISHED and FUNDS)
FUNDED_FOUNDING = re.compile("(?:出资|投资|注资)(?:新)?$")
# "A与B举行了“城舰共建”签约仪式": the signing named by the event itself
SIGNING_EVENT = re.compile(
    f"({ANY})(?:[与和同]|联合|携手)({ANY})[^，,。；;{NOT_ANY}]{{0,8}}?(?:举行|举办|召开)了?[“\"]?(\ue00c)"
)
SIGNING_WORDS = ("签约", "签字", "签署", "共建", "合作", "结对")
# "X于2017年9月成立。": a sentence that only reports its subject's founding
FOUNDED_SENTENCE = re.compile(
    f"^(?:[^，,。；;{NOT_ANY}]{{0,6}}[，,])?[^，,。；;{NOT_ANY}]{{0,8}}[{NOT_ANY}][”\"]?(?:于|在)?"
    f"[^，,。；;{NOT_ANY}]{{0,12}}?"
    "(?:正式)?(?:成立|组建|揭牌|挂牌)(?:了)?[。；;!！]?$"
)
# "A、B、C等东山集团在鄂企业": the listed firms are the group's own (its firms of a province)
LISTED_MEMBERS = re.compile(
    f"((?:{ANY}[、和与及]?){{2,}})等(\ue003)(?:在(\ue00b|[\u4e00-\u9fff]))?(?:下属|所属|旗下|成员)?(?:企业|单位|公司)"
)
AFFILIATED = re.compile(f"({ANY})隶属于({ANY})")
# "A、B、C等8家X所属学会": every listed body belongs to X
LISTED_AFFILIATES = re.compile(
    f"((?:{ANY}[、和与及]?){{2,}})等[0-9一二三四五六七八九十百多]+[家个所](?:中央)?({ANY})(?:下属|所属|直属)"
)
THING_TO_AT = re.compile(
    r"[”\"’'\s,，]*(?:[(（]以下简称[^)）]{1,12}[)）])?[”\"’'\s,，)）]*"  # "X”(以下简称研究院)在…揭牌"
    r"(近日|日前|今天|昨天|今日|昨日|当天|当日|本周|将|已|于|正式|也|还|均|上午|下午|晚上"
    r"|[0-9]{1,2}月(?:[0-9]{1,2}[日号])?(?:至[0-9]{1,2}[日号])?"
    # rel13 (u1, u36, u44): a day alone or a range across months ("22日在某市开幕", "于10月19日至
    # 11月2日在北京举办")
    r"|[0-9]{1,2}[日号]|至(?:[0-9]{1,2}月)?[0-9]{1,2}[日号])*"
)
PLACE_CHAIN = re.compile(f"(?:{ANY}|[(（][^)）]{{0,12}}[)）])+")  # 平房区(哈经开区)中国云谷
ADDRESS = re.compile(f"({ANY})[(（](\ue00b)")  # 地点：A（B区…）
PAREN_PLACE = re.compile(r"[(（]([^()（）]{2,6})[)）]")  # 北科天绘(合肥)激光技术有限公司
# "成立由A市长和B院长担任双组长的X": the persons hold a position in the body
HEADED_BY = re.compile(
    f"由((?:\ue00a[^，,。；;{NOT_ANY}]{{0,4}}?[、和与及]?)+)(?:共同|分别)?担任[^，,。；;{NOT_ANY}]{{0,8}}的({ANY})"
)
BUILT_AT = re.compile(f"在({ANY})[^{NOT_ANY}]{{0,6}}$")
# (…产业园建设战略合作协议, …建设契机: an agreement about the park or a chance it gives; the signers
# and the firm that seizes it build nothing)
PARK_BUILD = re.compile("(\ue006)(的)?(建设|开发)(?!(?:战略)?(?:合作)?(?:框架)?协议|契机|机遇)")
# "园区位于…", "该基地落户…": a bare park word standing for the park the text is about
PARK_ANAPHOR = re.compile(r"^(该|这个|本|整个)?(园区|产业园|基地|示范基地|示范区)(将|已|目前|现)?$")
# "该陵园位于…": the clause's own subject is a thing named by 该/此/这 + a noun; only an entity whose
# name holds that noun (该公司: 东方重工公司) may stand for it, not the subject of the sentence before
DEICTIC_THING = re.compile(r"^(?:该|此|这|这个|这座|这所|这家)([\u4e00-\u9fff]{1,4})$")
# "目前已有3家企业入驻，分别是A、B、C" (the park: named before 入驻, else the park the text is about)
SETTLED_LIST = re.compile(
    f"(入驻|落户|进驻)[^，,。；;{NOT_ANY}]{{0,6}}?[，,]?(分别是|分别为|包括|有)[：:]?((?:{ANY}[、和与及]?)+)"
)
# "王东明主持会议并讲话", "王东明主持并讲话": the chair of the meeting reported on (no event named)
CHAIR = re.compile(
    r"(\ue00a)主持(?:了)?(?:本次|此次|这次)?(?:会议|大会|开幕式|闭幕式|论坛|座谈会|会|并|[，,。；;\s]|$)"
)
# "张原到王化镇组织…大会": the organiser of the event (组织 + the event itself)
ORGANISE = re.compile("组织(?:了|召开了?|举办了?|开展了?)?(\ue00c)")
ORGANISE_AT = re.compile("(?:到|赴)(\ue00b)组织(?:了|召开了?|举办了?|开展了?)?(\ue00c)")  # 到王化镇组织…大会
# "首批加入联盟的有A、B…" / "A、B加入了联盟": members of an association
JOINED_LIST = re.compile(
    f"加入(\ue005)的[^，,。；;{NOT_ANY}]{{0,6}}?(?:有|包括|是)[：:]?((?:{ANY}[、和与及]?)+)"
)
JOINED = re.compile(f"((?:{ANY}[、和与及]?)+)[^，,。；;{NOT_ANY}]{{0,6}}?加入(?:了)?(\ue005)")


# --- patterns built from the cue words -----------------------------------------------------------


@dataclass(frozen=True)
class CuePatterns:
    """Compiled patterns that embed cue lists (see the cue file for what each list holds)."""

    titles: re.Pattern  # any title word
    title_chain_person: re.Pattern  # 副司长 + person: "军民结合推进司副司长周少清"
    title_body_chain: re.Pattern  # 书记、X党委第一书记 + person
    title_end: re.Pattern  # an item ending with a title: "省委书记"
    appointed: re.Pattern  # 甲(同志)任/担任/兼任 B(党委)第一书记: the person holds a post in B
    title_item_split: re.Pattern  # list punctuation and words, and 会见/陪同 between two titled names
    hearing: re.Pattern  # 听取(了): a chair hearing the bodies' reports at a meeting
    title_start: re.Pattern  # a title right after a body ("…政协副秘书长")
    pivot: re.Pattern  # 要求/鼓励 + a body: the body acts in the clauses that follow
    implements_frame: re.Pattern  # 以争创X为契机 / 以申报X为主抓手
    policy_nominal: re.Pattern  # a Policy/Project, then 创建工作/申报/实施 (the verb after its object)
    funds_received: re.Pattern  # 获得/引入 A(、B)(的) 投资/注资: A funds the subject
    local_place: re.Pattern  # "(支持)地方建设": the supporter's own place
    local_support: re.Pattern  # rel13: "支持和融入地方经济、…建设" (a joined verb, a wider 地方 head)
    report_noun: re.Pattern  # 汇报/发言: the end of the list of bodies heard
    unnamed_settler: re.Pattern  # "…将布局更多配套项目落户X": an unnamed thing settles, no named one
    # a person's act at the meeting reported (致辞, 讲话, 宣读…, speech_performed): the person takes part
    speech_performed: re.Pattern
    speech_report: re.Pattern  # 作了…报告 with the report's subject between (rel19)
    body_reps_speak: re.Pattern  # "A、B有关领导先后发言", "A负责人和B会长作了汇报" (rel5)
    reps_after_list: re.Pattern  # (A)、B有关负责同志: the rest of a list of bodies and their representatives
    sponsor: re.Pattern  # 主办/指导/承办 …
    attend: re.Pattern  # 出席/参加 …
    attend_generic_event: re.Pattern  # "出席会议", "等出席。"
    attend_closing: re.Pattern  # "…等出席，乙主持会议"
    host: re.Pattern  # 召开/举办 …
    coordinates: re.Pattern
    # 在A(党委)、B的领导/支持下，… (a body's 党委 may stand in the list: read by rule_guidance)
    under_guidance: re.Pattern
    talk_met: re.Pattern  # 会见(了)/会晤: the host meets the guests named after the verb
    talk_with: re.Pattern  # 与B(…)举行/进行(了)会谈/座谈: the talks' other side is B
    talk_about: re.Pattern  # 与B(，C)就…洽谈/会谈/座谈: the talks' other side is B (and C)
    talk_both_sides: re.Pattern  # 双方就…交流/交换意见/会谈: the meeting was an exchange
    coordinates_far: re.Pattern
    supports: re.Pattern
    founded_by_in_clause: re.Pattern  # 由A…成立 (co-founders, not coordination)
    part_is_of: re.Pattern  # A是B的直属机构
    part_is_of_carried: re.Pattern  # "，是B的重要组成部分" (subject carried)
    subordinate: re.Pattern  # "A下属的B", "A旗下B", "A全资子公司B"
    part_appositive: re.Pattern  # "X是…，A全资子公司", "，现为A下属…": a clause only of the parent
    own_subsidiary: re.Pattern  # "(X)收到全资子公司B…", "以旗下B为平台": the subject's own unit
    appositive_title: re.Pattern  # "张某(东山集团董事长)", "张某，东山集团总经理，"
    located_at: re.Pattern  # 在B举行/揭牌
    settle: re.Pattern  # 落户/入驻 B
    gather: re.Pattern  # B汇集了/引进了
    established_by: re.Pattern  # 由A、B…合作成立
    established_with: re.Pattern  # A联合B、C等单位共同设立X
    established_attr: re.Pattern  # X是A和B合作共建的Y
    founded_next: re.Pattern  # 由A、B共同发起，X正式启动建设: the clause that starts X
    park_built_by: re.Pattern  # 某园区…由A、B共同投资建设
    park_built_attr: re.Pattern  # 某园区是A、B联合C…建设的产业园区
    park_built_cue: re.Pattern  # any park_built_by word: a sentence without one skips both
    established: re.Pattern
    established_park: re.Pattern
    unnamed_actor: re.Pattern  # a body named in words (not a mention) before a cue: 某集团, 各部门
    supported_place_head: re.Pattern  # after a place: the head of a body it opens (东山企业, 东山…中心)
    relative_head: re.Pattern  # rel26: cue … V的 X: X heads a relative clause with a verb of its own
    unnamed_actor_open: re.Pattern  # a clause opening with such a body and its verb, or 各乡镇/该市 (rel15)
    # rule_cues: (relation type, cue pattern, confidence)
    cue_table: tuple[tuple[str, re.Pattern, float], ...]


def _body_reps_speak(c: dict, titles: str) -> re.Pattern:
    """A clause that opens with bodies, each with its representatives or a post (no person named:
    the body itself is the speaker), and ends in a speech or report: "A、B有关领导先后发言",
    "A负责人和B盟长、C负责人作了汇报", "A、B等单位代表进行了发言" (the bodies take part)."""
    reps = alt(c["body_representatives"])
    orgs = "[\ue001-\ue007]"
    # an item the entity step cut ("某某联勤保障中心" read as a name and a tail) keeps the list going
    # (items need a separator between them: a run of characters has one reading, no backtracking)
    item = f"(?:{orgs}(?:{reps}|{titles}|[\u4e00-\u9fff]?长)?|{ANY}?[^、和与及，,。；;{NOT_ANY}]{{1,8}})"
    return re.compile(
        f"({item}(?:[、和与及]{item})*)(?:等[^，,。；;{NOT_ANY}]{{0,8}}?(?:{reps}))?"
        f"[^，,。；;{NOT_ANY}听]{{0,40}}?(?:先后|分别|相继|依次)?(?:作了?|进行了?)?"
        f"[^，,。；;{NOT_ANY}听]{{0,8}}?(?:发言|汇报)"
    )


def _people_patterns(c: dict, titles: str) -> dict[str, re.Pattern | tuple]:
    """Titles, speech, sponsorship and attendance: the patterns the people rules read."""
    return dict(
        titles=re.compile(titles),
        title_chain_person=re.compile(f"(?:{titles}){{1,3}}(\ue00a)"),
        # "县委书记、县人武部党委第一书记王小鹏": titles and title bodies before the person
        title_body_chain=re.compile(
            f"(?:{titles})(?:[、兼]|[\ue001-\ue009]|{titles}|第[一二三]|常务|党组|党委){{0,8}}?(\ue00a)"
        ),
        title_end=re.compile(f"(常务)?({titles})$"),
        appointed=re.compile(
            f"(\ue00a)(?:同志)?(?:已|已经|将|正式|拟|另)?(?:{alt(c['appointment_verbs'])})({ANY})(?:党委|党组)?"
            f"(?:第一|常务)?(?:{titles})"
        ),
        title_item_split=re.compile(TITLE_ITEM_SPLIT.pattern + "|" + alt(c["title_item_verbs"])),
        hearing=re.compile(alt(c["hearing_verbs"])),
        title_start=re.compile(f"(?:常务)?(?:{titles})"),
        body_reps_speak=_body_reps_speak(c, titles),
        reps_after_list=re.compile(
            f"(?:[、和与及]{ANY})*(?:{alt(c['attending_reps'])})(?!{ANY})"),
        appositive_title=re.compile(
            f"(\ue00a)(?:[(（]((?:{ANY}[、和及]?)+)[^，,。；;()（）{NOT_ANY}]{{0,6}}?(?:{titles})[)）]"
            f"|[，,]((?:{ANY}[、和及]?)+)[^，,。；;{NOT_ANY}]{{0,6}}?(?:{titles})[，,])"
        ),
        report_noun=re.compile(alt(c["report_nouns"])),
        # "甲听取汇报": the report is heard, not given
        # rel30: "甲代表某党委作工作报告", "乙代表驻青部队讲话": a speech made for a body (SPOKEN_FOR)
        speech_performed=re.compile(
            f"{SPOKEN_FOR}[^，,。；;{NOT_ANY}听]{{0,6}}?(?:{alt(c['speech_performed'])})"),
        # rel19: a report with its subject, kind or a titled work between 作了 and 报告 ("甲局长作了
        # 《某条例》的主题报告", "甲院士就某问题作了专题辅导报告"); read only where 报告 is (speed)
        speech_report=re.compile(
            f"{SPOKEN_FOR}[^，,。；;{NOT_ANY}听]{{0,6}}?(?:就[^，,。；;{NOT_ANY}]{{1,30}}?)?作了?[^，,。；;]{{0,16}}?报告"
        ),
        sponsor=re.compile(alt(c["sponsor_leads"] + c["sponsor_participates"])),
        attend=re.compile(alt(c["participates_attend"])),
        # "…出席会议", "…等出席。", "…出席并讲话。" (the meeting the report is about)
        attend_generic_event=re.compile(
            # "参加本次科技博览会": a deictic and the event's kind word, its name left out
            r"了?((本次|此次|这次|相关|有关)?(" + alt(c["event_generic"]) + r")"
            r"|(?:本次|此次|这次|本届)[^，,。；;\ue000-\ue00c]{1,6}?(?:" + alt(c["event_generic"]) + r")"
            # "莅临成立大会。", "出席了交流会，": a short modifier and the kind word close the clause (the
            # event named so is the reported one whose name holds these words: group "kind")
            r"|(?P<kind>[^，,。；;\ue000-\ue00c“”\"]{1,4}?(?:" + alt(c["event_generic"]) + r"))"
            r"(?=[，,。；;]|并|$)"
            r"|并[^，,。；;]{0,12}(?:[，,。；;]|$)|[。；;]|$)"
        ),
        # "…司令员甲等出席，市委常委乙主持会议": the attendance closes its clause (rel10)
        attend_closing=re.compile(f"(?:{alt(c['attend_closing_clause'])})[，,]"),
        host=re.compile(alt(c["participates_host"])),
    )


def _action_patterns(c: dict) -> dict[str, re.Pattern | tuple]:
    """Guidance, funding, implementing, talks and cooperation: the patterns the action rules read."""
    return dict(
        local_place=re.compile(f"(?:{alt(c['local_place_words'])})"),
        local_support=re.compile(f"(?:{alt(c['local_support_joined'])})?(?:{alt(c['local_support_heads'])})"),
        funds_received=re.compile(
            f"(?:{alt(c['funds_receive_verbs'])})了?((?:{ANY}[、和与及]?)+)(?:等|的)?[^，,。；;{NOT_ANY}]{{0,4}}?"
            f"({alt(c['funds_received'])})"
        ),
        # "要求东山市深入贯彻…": the body right after a directive verb is the agent of what follows
        pivot=re.compile(f"(?:{alt(c['pivot_verbs'])})({ANY})"),
        # "以争创X为契机，东山市…", "东山市以申报X为主抓手": X is carried out by the frame's actor
        implements_frame=re.compile(
            f"以(?:{alt(c['implements_frame_verbs'])})([\ue008\ue009])[^，,。；;{NOT_ANY}]{{0,10}}?"
            f"为(?:{alt(c['implements_frame_nouns'])})"),
        # rel15: "深化青山“模范城”创建成果": the cue is a noun there (the results of a past creation)
        policy_nominal=re.compile(
            f"([\ue008\ue009])[”\"]?的?({alt(c['implements_nominal'])})(?:工作)?(?!{alt(c['cue_result_nouns'])})"),
        coordinates=re.compile(alt(c["coordinates"])),
        under_guidance=re.compile(
            f"在(?:{alt(c['guidance_rank_words'])})?"  # 在上级军分区党委…领导下: the body above
            f"({ANY}(?:{alt(c['party_committees'])})?(?:[、和与及]{ANY}(?:{alt(c['party_committees'])})?)*)"
            f"(?:的|(?=[^，,。{NOT_ANY}]))([^，,。]{{0,16}})下[，,]"
        ),
        talk_met=re.compile(alt(c["talk_verbs"])),
        talk_with=re.compile(f"与([^，,。；;]{{1,40}}?)(?:举行|进行)了?(?:{alt(c['talk_held'])})"),
        talk_about=re.compile(f"与([^。；;]{{1,60}}?)就[^。；;，,]{{0,20}}?(?:{alt(c['talk_held'])})"),
        talk_both_sides=re.compile(f"双方(?:就|围绕|在)[^。；;]{{0,60}}?(?:{alt(c['talk_both_sides'])})"),
        coordinates_far=re.compile(alt(c["coordinates_far"])),
        supports=re.compile(alt(c["supports"])),
        founded_by_in_clause=re.compile(f"由{ANY}.*({alt(c['established'])})"),
        unnamed_actor=re.compile(f"[\u4e00-\u9fff](?:{alt(c['unnamed_actor_heads'])})"),
        supported_place_head=re.compile(f"([\u4e00-\u9fff]{{0,5}}?)(?:{alt(c['supported_place_modifies'])})"),
        # "推动某问题解决的《X》": fullmatch from the cue's end to the would-be object
        relative_head=re.compile(f"[^，,。；;]+?(?:{alt(c['relative_clause_verbs'])})的[“\"《]?"),
        unnamed_actor_open=re.compile(
            f"\\s*(?:[^\\W\\d与和及对在把向为将从深推持加]{{1,10}}?(?:{alt(c['unnamed_name_heads'])})"
            f"|(?:各有关|各相关|各|有关|相关)[^，,。；;]{{0,6}}?(?:{alt(c['unnamed_actor_heads'])}))"
            "(?:[与和、及]|将|要|已|也|还|积极|主动|共同|联合|出资|投资|负责|牵头)"
            # rel15: "各镇(街)全面落实…", "该市决定…": a class of places or a deictic place opens the clause
            f"|[\\s”\"」』]*(?:{alt(c['own_place_openers'])})(?:{alt(c['own_place_heads'])})"
        ),
    )


def _structure_patterns(c: dict) -> dict[str, re.Pattern | tuple]:
    """PART_OF and LOCATED_IN: the patterns the structure rules read."""
    nouns = alt(c["part_of_nouns"])
    sub_words, sub_nouns = alt(c["subordinate_words"]), alt(c["subsidiary_nouns"])
    return dict(
        part_is_of=re.compile(
            f"({ANY})[^，,。{NOT_ANY}]{{0,8}}是({ANY})的?[^，,。{NOT_ANY}]{{0,8}}?({nouns})"
        ),
        part_is_of_carried=re.compile(f"(^|[，,])是({ANY})的[^，,。{NOT_ANY}]{{0,8}}?({nouns})"),
        # rel12 (u27, u47, u52): subsidiaries named by 旗下/下属/子公司 (the words are data)
        subordinate=re.compile(f"({ANY})的?({sub_words}|{sub_nouns})的?({ANY})"),
        part_appositive=re.compile(
            f"(?:现|现已|也|即|均|同时)?(?:是|为|系)?({ANY})的?(?:(?:{sub_words})[^，,。；;{NOT_ANY}]{{0,10}}"
            f"|[^，,。；;{NOT_ANY}]{{0,6}}?(?:{sub_nouns}))$"
        ),
        own_subsidiary=re.compile(f"(?:^|[^{NOT_ANY}的])(?:{alt(c['own_subsidiary_words'])})的?({ANY})"),
        located_at=re.compile(f"在([^，,。；;]{{1,30}}?)({alt(c['located_verbs'])})"),
        settle=re.compile(f"({alt(c['settle_verbs'])})(?:在|于|到)?({ANY})"),
        gather=re.compile(f"({alt(c['gather_verbs'])})了?"),
        unnamed_settler=re.compile(f"(?:{alt(c['unnamed_settlers'])})(?:等|都|也|将|已|均)?$"),
    )


def _established_patterns(c: dict) -> dict[str, re.Pattern | tuple]:
    """Founding and park building: the patterns rule_established reads."""
    return dict(
        # 由A、B…合作成立; 构建 and 共建 found only in this frame (由A与B共同构建: rel11)
        established_by=re.compile(
            f"由((?:{ANY}[、和与及]?)+)(?:等[^，,。{NOT_ANY}]{{0,8}}?{ANY})?[^，,。{NOT_ANY}]{{0,16}}?"
            f"({alt(c['established'] + c['founded_by_verbs'])})"
        ),
        # "X是A和B合作共建的Y": the founders in an attributive clause about the subject (rel11)
        established_attr=re.compile(
            f"是((?:{ANY}[、和与及]?)+)[^，,。；;{NOT_ANY}]{{0,6}}?({alt(c['founded_attr_verbs'])})的"
        ),
        established_with=re.compile(
            f"({ANY})(?:联合|会同|携手)((?:{ANY}[、和与及]?)+)(?:等[^，,。{NOT_ANY}]{{0,6}}?)?(?:共同|联合)?"
            f"({alt(c['established'])})"
        ),
        park_built_by=re.compile(
            f"由((?:{ANY}[、和与及]?)+)(?:等[^，,。；;{NOT_ANY}]{{0,8}}?)?(?:共同|联合)?"
            f"(投资|出资)?({alt(c['park_built_by'])})"
        ),
        park_built_cue=re.compile(alt(c["park_built_by"])),
        park_built_attr=re.compile(
            f"是((?:{ANY}[、和与及]?)+)(?:(?:联合|携手|会同)((?:{ANY}[、和与及]?)+))?[^，,。；;{NOT_ANY}]{{0,24}}?"
            f"(投资|出资)?({alt(c['park_built_by'])})的"
        ),
        founded_next=re.compile(alt(c["founded_next_clause"])),
        established=re.compile(alt(c["established"])),
        established_park=re.compile(alt(c["established_park"])),
    )


def _cue_table(c: dict) -> dict[str, re.Pattern | tuple]:
    """rule_cues: (relation type, cue pattern, confidence), tried in this order."""
    return dict(
        cue_table=(
            ("IMPLEMENTS", re.compile(alt(c["implements"])), 0.65),
            ("SUPPORTS", re.compile(alt(c["supports"])), 0.65),
            ("LEADS", re.compile(alt(w for w in c["leads"] if w not in ("主办", "主持", "指导"))), 0.6),
            ("FUNDS", re.compile(alt(c["funds"])), 0.6),
            (
                "PARTICIPATES_IN",
                re.compile(alt(w for w in c["participates_host"] if w not in ("承办", "协办"))),
                0.65,
            ),
        ),
    )


@lru_cache(maxsize=1)
def patterns() -> CuePatterns:
    """Every cue pattern compiled once per process (the cue lists are read from the data file)."""
    c = cues()
    titles = alt(c["titles"])
    return CuePatterns(
        **_people_patterns(c, titles),
        **_action_patterns(c),
        **_structure_patterns(c),
        **_established_patterns(c),
        **_cue_table(c),
    )


# Sentence scans that open with a group (a run of mentions, an optional prefix) get no
# first-character skip from re, so every position of every sentence tried them; behind a
# look-ahead on the characters they can start with (mostly the mention characters) re skips the
# rest with one set test. Same matches (prefilter.lookahead); chosen by a measurement over the
# bench sentences (docs/BENCHMARKS.md, sixth pass).
(SUPPORT_DUI, SUPPORTER_ATTRIBUTIVE, SPONSOR_ATTRIBUTIVE, SPONSOR_THEN_HOST, SPONSOR_ACTIVE, JOINED,
 LISTED_AFFILIATES, LISTED_MEMBERS) = map(lookahead, (
    SUPPORT_DUI, SUPPORTER_ATTRIBUTIVE, SPONSOR_ATTRIBUTIVE, SPONSOR_THEN_HOST, SPONSOR_ACTIVE, JOINED,
    LISTED_AFFILIATES, LISTED_MEMBERS))
