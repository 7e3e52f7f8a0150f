"""A made-up policy text the pipeline reads once with its build, and what that reading leaves behind.

Why: CPython 3.11 specialises a function's bytecode the first times it runs (`_PyCode_Quicken`,
then `_Py_Specialize_*` per instruction; until then attribute and global loads take the generic
dictionary paths). A process that reads its first text pays that for every rule function the text
reaches: ~10 M instructions, ~1.5% of the bench's first pass (docs/BENCHMARKS.md, nineteenth
pass). It is the same work whatever the text, so it is done with the build: `warm_up` runs this
text through the pipeline and then takes out of the pipeline's memo tables every entry the
reading added, so nothing of this text is found by the texts read after it (the tables are pure
memos: with or without an entry, a rule gives the same answer). The text is invented (places,
names and sums made up), written to reach the rule families a policy text reaches: notice
headers, meetings, leading groups, people and their posts, funding, cooperation, places,
problems, contact lines.
"""

from __future__ import annotations

import sys

WARM_UP_TEXT = "\n".join([
    "青山市人民政府办公室关于印发青山市推进军民融合深度发展实施方案的通知",
    "青政办发〔2021〕18号",
    "各区、县（市）人民政府，市政府各部门、各直属单位：",
    "经市政府同意，现将《青山市推进军民融合深度发展实施方案》印发给你们，请结合实际认真贯彻落实。",
    "青山市人民政府办公室",
    "2021年3月15日",
    "同志们：",
    "今天，我们召开市委军民融合发展委员会全体会议，传达学习省委军民融合发展委员会第二次会议精神，研究"
    "部署今年工作。市委书记、市委军民融合发展委员会主任陈立新出席会议并讲话，市长、委员会副主任周国华"
    "主持会议。",
    "一、总体要求",
    "以习近平新时代中国特色社会主义思想为指导，深入贯彻军民融合发展战略，坚持需求牵引、政府引导、市场"
    "运作，推动经济建设和国防建设协调发展。到2025年，全市军民融合产业规模力争达到300亿元。",
    "二、主要任务",
    "（一）建设军民融合产业园区。依托青山经济技术开发区，规划建设青山军民融合产业园，重点发展航空航天"
    "、电子信息、新材料等产业。青山重工集团有限公司与中国航天科工集团第二研究院签订战略合作协议，共建"
    "先进制造联合实验室。东方电子科技股份有限公司位于青山高新区，主要从事雷达和卫星导航设备研发。",
    "（二）推动科技协同创新。支持青山理工大学、市农业科学院与驻市部队、军工企业开展合作，联合申报国家"
    "重点研发计划项目。市科技局牵头建立军民两用技术成果转化平台，市财政每年安排专项资金2000万元，"
    "对获得武器装备科研生产许可的民营企业给予一次性奖励50万元。",
    "（三）完善基础设施共建共享。市交通运输局、市住房和城乡建设局会同青山军分区，统筹推进机场、港口、"
    "道路等重大基础设施贯彻国防要求。",
    "三、保障措施",
    "（一）加强组织领导。成立青山市军民融合深度发展领导小组，市长周国华任组长，副市长李建华、青山军分"
    "区司令员王强任副组长，领导小组办公室设在市发展改革委，负责日常工作。",
    "（二）强化督查考核。市委军民融合办要会同市委督查室，对各地各部门落实情况进行督查，督查结果纳入年"
    "度综合考核。",
    "四、存在的问题",
    "一些地方和部门对军民融合发展重要性认识不足，工作推进不平衡；军地信息沟通不畅，资源共享程度不高；"
    "部分企业参与积极性不强，存在“不敢融”“不愿融”的问题。对此，各区县要切实担负主体责任，及时报送"
    "工作进展情况。",
    "东方县国防动员办公室、东方县退役军人事务局：",
    "根据省国防科工办《关于做好2021年度国防科技工业统计工作的通知》（青国科〔2021〕5号）要求"
    "，请于4月30日前将有关材料报送市国防科工办。此次统计工作由市统计局具体负责。",
    "会上，江南造船厂厂长孙志刚介绍了本企业参与国防建设的经验。市委常委、常务副市长赵明强调，要把军民"
    "融合作为推动高质量发展的重要抓手。2020年12月，市人民政府与国防科技大学签署框架协议，投资5"
    "亿元建设科研基地。",
    "联系人：刘芳，电话：0571-86001234，邮箱：qsjmrh@163.com",
    "附件：1．青山市军民融合重点项目清单",
    "2．青山市军民融合企业名录",
    "抄送：市委办公室，市人大常委会办公室，市政协办公室，青山军分区。",
    "青山市人民政府办公室 2021年3月16日印发",
    "本报讯（记者 杨帆）11月8日，第三届青山军民融合发展高峰论坛暨军民两用技术成果博览会在青山国际"
    "会展中心开幕。省委常委、青山市委书记陈立新，省国防科工办主任黄伟出席开幕式并致辞。本届论坛由省发"
    "展和改革委员会、省工业和信息化厅、青山市人民政府共同主办，青山市军民融合发展促进会承办，来自北京"
    "航空航天大学、哈尔滨工业大学、中国电子科技集团有限公司等单位的200余名专家学者参加。",
    "开幕式上，14个军民融合项目集中签约，总投资86.5亿元，涉及卫星应用、无人机、北斗导航、应急装"
    "备等领域。其中，青山航空产业投资有限公司与西北工业大学合作建设的无人机研发中心项目投资12亿元，"
    "落户青山市南湖区白沙镇。",
    "据了解，近年来青山市先后出台《关于加快军民融合产业发展的若干意见》《青山市军民融合专项资金管理办"
    "法》等政策文件，设立规模10亿元的军民融合产业发展基金，累计培育“民参军”企业63家。下一步，该"
    "市将持续深化与驻地部队的合作，推进国防教育、双拥共建、退役军人就业安置等工作。",
    "关于2020年度全市军民融合工作情况的报告",
    "市人大常委会：",
    "现将2020年度全市军民融合工作情况报告如下：",
    "一是协调机制不断健全。市委军民融合办会同市发展改革委、市科技局、市财政局、市国资委、市人武部等1"
    "2个成员单位，建立联席会议制度。南湖区、北山县、西江镇分别成立军民融合工作机构。",
    "二是重点项目加快推进。青山航天电子有限公司、北山精密机械厂、中国船舶集团第七二五研究所青山分所承"
    "担的7个项目列入省级重点项目，争取中央预算内投资3200万元。驻青某部与青山职业技术学院共建士官"
    "培养基地，武警青山支队协助开展应急演练。",
    "三是军地人才交流日益密切。全年选派15名科技人员到部队挂职，接收军队转业干部86名，其中团职干部"
    "张卫东同志任市退役军人事务局副局长。",
    "同时也要看到，全市军民融合工作还存在一些短板：产业集聚度不高，龙头企业偏少；军工单位与地方企业配"
    "套协作不够紧密；部分政策落实不到位，资金使用效益有待提高。下一步，我们将认真研究解决，推动各项工"
    "作取得新成效。",
    "青山市发展和改革委员会",
    "2021年1月20日",
]) + "\n"


def _memo_tables(nlp) -> tuple[list, list[dict]]:
    """The pipeline's memo tables: every lru_cache of the pipeline's modules and the dicts the
    folding, segmentation and recogniser keep per text."""
    from ingest import textfold
    from ingest.components import segment

    caches = {}
    for name, mod in list(sys.modules.items()):
        if not name.startswith("ingest"):
            continue
        for v in list(vars(mod).values()):
            for o in [v] + ([getattr(v, a) for a in vars(v)] if isinstance(v, type) else []):
                o = getattr(o, "__func__", o)
                if callable(getattr(o, "cache_info", None)) and callable(getattr(o, "cache_clear", None)):
                    caches[id(o)] = o
    dicts = [textfold._RECENT, textfold._SHORT_DONE, textfold._MEDIUM_DONE, textfold._SHORT_VIEW,
             segment._ROUTES]
    if "mcf_entities" in nlp.pipe_names:
        rec = nlp.get_pipe("mcf_entities").rec
        dicts += [rec._specific_cache, rec._lead_cache]
    return list(caches.values()), dicts


def _documents(text: str) -> list[str]:
    """The text whole, then in parts (a few lines each): per-document code runs once a document."""
    lines = text.splitlines(keepends=True)
    parts = ["".join(lines[i:i + 4]) for i in range(0, len(lines), 4)]
    return [text] + parts


def warm_up(nlp, text: str = WARM_UP_TEXT, rounds: int = 1) -> None:
    """Read `text` through the pipeline (whole and in parts, `rounds` times), then remove what the
    reading added to the memo tables: an lru_cache empty before is emptied again, a dict is put back
    as it was (the keys it gained go, and an entry a bounded table dropped to make room comes back;
    also between rounds, so each round runs the rules, not their memos). A cache
    that held entries before and gained some (one filled with the build, e.g. each head word's
    filters) keeps them: each such entry is what that table holds for a word of the data files."""
    from graph.model import Document

    caches, dicts = _memo_tables(nlp)
    sizes = [f.cache_info().currsize for f in caches]
    saved = [dict(d) for d in dicts]
    for _ in range(rounds):
        for i, t in enumerate(_documents(text)):
            document = Document(id=f"warm-up-{i}", source="build", text=t)
            doc = nlp.make_doc(document.text)
            doc._.doc_id = document.id
            doc._.jurisdiction = document.jurisdiction
            for _, proc in nlp.pipeline:
                doc = proc(doc)
        for f, n in zip(caches, sizes, strict=True):
            if n == 0 and f.cache_info().currsize:
                f.cache_clear()
        for d, before in zip(dicts, saved, strict=True):
            d.clear()
            d.update(before)
