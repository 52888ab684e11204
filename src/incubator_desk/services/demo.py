"""Demo data: a realistic Shenzhen incubator with years of history, made reproducibly and fast."""

from __future__ import annotations

import bisect
import datetime as dt
import heapq
import itertools
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any, cast
from zoneinfo import ZoneInfo

from sqlalchemy import JSON, Connection, Table, func, insert, select, text
from sqlalchemy import column as sql_column
from sqlalchemy import table as sql_table

from ..core.errors import ConflictError, ValidationError
from ..core.i18n import QT_TRANSLATE_NOOP, translate
from ..core.vocabularies import (
    AllocationStatus,
    ApplicationStatus,
    AuditAction,
    BookingStatus,
    CommitteeDecisionKind,
    DisbursementStatus,
    EventKind,
    EventStatus,
    ExitReason,
    FundKind,
    Instrument,
    ListingStatus,
    LookupCategory,
    MentorKind,
    PersonRole,
    RegistrationStatus,
    RentBasis,
    ServiceType,
    SessionMode,
    SessionStatus,
    Stage,
    UnitKind,
    UnitStatus,
)
from ..db import Database
from ..models import (
    Allocation,
    ApplicationMove,
    AwareDateTime,
    Base,
    Booking,
    Building,
    CommitteeDecision,
    Disbursement,
    EventRegistration,
    Floor,
    Fund,
    FundApplication,
    InvestmentReceived,
    KpiSnapshot,
    LookupItem,
    Mentor,
    MentorAssignment,
    MentoringSession,
    Money,
    Person,
    Review,
    SessionAction,
    SessionTenant,
    Setting,
    Site,
    StageChange,
    SubsidyPolicy,
    Tag,
    Tenant,
    TrainingEvent,
    Unit,
    tenant_tags,
)
from . import creditcode

TZ = ZoneInfo("Asia/Shanghai")
HISTORY_YEARS = 8
TENANT_CHUNK = 2000
FLOORS_PER_BUILDING = 12
FLOOR_W, FLOOR_H = 60, 30  # metres; two 12 m deep strips either side of a 6 m corridor
STRIP_DEPTH = 12
STRIP_Y = (0, 18)
SQLITE_CACHE_KIB = 64 * 1024
EXTRA_SPACE = 9  # allocation sequence number of a lab or workshop held beside the main space
SLOT_MIN = 30  # room and mentor calendars are kept in half-hour slots
DAY_START_SLOT = 16  # 08:00

REFUSE = QT_TRANSLATE_NOOP(
    "errors",
    "The database already holds {count} tenants. Demo data is only written into an empty "
    "database; use --force to add it anyway.",
)
BAD_COUNT = QT_TRANSLATE_NOOP("errors", "The number of demo tenants must be at least 1.")


@dataclass(frozen=True)
class DemoSummary:
    """How many records of each kind one run of the generator created."""

    tenants: int = 0
    people: int = 0
    stage_changes: int = 0
    kpi_snapshots: int = 0
    investments: int = 0
    tenant_tags: int = 0
    lookup_items: int = 0
    buildings: int = 0
    floors: int = 0
    units: int = 0
    allocations: int = 0
    bookings: int = 0
    mentors: int = 0
    mentor_assignments: int = 0
    mentoring_sessions: int = 0
    session_actions: int = 0
    training_events: int = 0
    event_registrations: int = 0
    funds: int = 0
    fund_applications: int = 0
    application_moves: int = 0
    reviews: int = 0
    committee_decisions: int = 0
    disbursements: int = 0

    @property
    def total_rows(self) -> int:
        return sum(getattr(self, f.name) for f in fields(self))

    def as_rows(self) -> list[tuple[str, int]]:
        """(what, how many) for printing: "Tenants", 300…"""
        return [
            (f.name.replace("_", " ").capitalize(), getattr(self, f.name)) for f in fields(self)
        ]

    def describe(self) -> str:
        return ", ".join(f"{getattr(self, f.name)} {f.name}" for f in fields(self))


# --- vocabularies -----------------------------------------------------------------------------

# The demo's graduation paths, named as StageChange.graduation_criteria records them.
GRADUATION_CRITERIA = {
    "hte": "high_tech",
    "investment": "investment",
    "revenue": "revenue",
    "acquired": "listed",
    "quoted": "listed",
}

# (code, 中文, English, weight, long incubation, tech field code, lab share)
INDUSTRIES = (
    ("it", "新一代信息技术", "Next-generation IT", 30, False, "electronic_info", 0.0),
    ("ic_design", "集成电路设计", "IC design", 8, True, "electronic_info", 0.3),
    ("biomedicine", "生物医药", "Biomedicine", 9, True, "bio_medicine", 0.5),
    ("medical_devices", "医疗器械", "Medical devices", 6, False, "bio_medicine", 0.3),
    ("new_energy", "新能源", "New energy", 7, False, "new_energy", 0.2),
    ("new_materials", "新材料", "New materials", 5, False, "new_materials", 0.4),
    ("manufacturing", "高端装备制造", "Advanced manufacturing", 9, False, "manufacturing", 0.2),
    ("agriculture", "现代农业", "Modern agriculture", 3, True, "bio_medicine", 0.3),
    ("digital_creative", "数字创意", "Digital creative", 9, False, "tech_services", 0.0),
    ("fintech", "金融科技", "Fintech", 5, False, "tech_services", 0.0),
    ("environment", "节能环保", "Energy saving and environment", 4, False, "environment", 0.2),
    ("aerospace", "航空航天与低空经济", "Aerospace and low-altitude", 5, False, "aerospace", 0.1),
)
TECH_FIELDS = (
    ("electronic_info", "电子信息", "Electronic information"),
    ("bio_medicine", "生物与新医药", "Biology and new medicine"),
    ("aerospace", "航空航天", "Aerospace"),
    ("new_materials", "新材料", "New materials"),
    ("tech_services", "高技术服务", "High-tech services"),
    ("new_energy", "新能源与节能", "New energy and energy saving"),
    ("environment", "资源与环境", "Resources and environment"),
    ("manufacturing", "先进制造与自动化", "Advanced manufacturing and automation"),
)
REGISTRATION_TYPES = (
    ("llc", "有限责任公司", "Limited liability company", 86),
    ("joint_stock", "股份有限公司", "Joint-stock company", 5),
    ("foreign_invested", "外商投资企业", "Foreign-invested enterprise", 3),
    ("hk_macao_taiwan", "港澳台投资企业", "Hong Kong, Macao or Taiwan invested enterprise", 4),
    ("partnership", "合伙企业", "Partnership", 1),
    ("sole_proprietorship", "个人独资企业", "Sole proprietorship", 1),
)
DESCRIPTORS: dict[str, tuple[tuple[str, str], ...]] = {
    "it": (
        ("智能科技", "Intelligent Technology"),
        ("信息技术", "Information Technology"),
        ("软件", "Software"),
        ("网络科技", "Network Technology"),
        ("数据科技", "Data Technology"),
        ("云计算", "Cloud Computing"),
        ("人工智能", "Artificial Intelligence"),
        ("物联网科技", "IoT Technology"),
        ("互联网科技", "Internet Technology"),
        ("信息科技", "Information Science and Technology"),
    ),
    "ic_design": (
        ("微电子", "Microelectronics"),
        ("半导体", "Semiconductor"),
        ("集成电路", "Integrated Circuit"),
        ("芯片科技", "Chip Technology"),
        ("电子科技", "Electronic Technology"),
    ),
    "biomedicine": (
        ("生物医药", "Biopharmaceutical"),
        ("生物科技", "Biotechnology"),
        ("医药科技", "Pharmaceutical Technology"),
        ("基因科技", "Gene Technology"),
        ("细胞科技", "Cell Technology"),
    ),
    "medical_devices": (
        ("医疗器械", "Medical Devices"),
        ("医疗科技", "Medical Technology"),
        ("健康科技", "Health Technology"),
    ),
    "new_energy": (
        ("新能源", "New Energy"),
        ("储能科技", "Energy Storage Technology"),
        ("电池科技", "Battery Technology"),
        ("光伏科技", "Photovoltaic Technology"),
    ),
    "new_materials": (
        ("新材料", "New Materials"),
        ("材料科技", "Materials Technology"),
        ("纳米科技", "Nanotechnology"),
    ),
    "manufacturing": (
        ("机器人", "Robotics"),
        ("智能装备", "Intelligent Equipment"),
        ("精密机械", "Precision Machinery"),
        ("自动化", "Automation"),
        ("智能制造", "Intelligent Manufacturing"),
    ),
    "agriculture": (
        ("农业科技", "Agricultural Technology"),
        ("生态农业", "Eco-Agriculture"),
        ("种业科技", "Seed Technology"),
    ),
    "digital_creative": (
        ("数字科技", "Digital Technology"),
        ("文化创意", "Cultural and Creative"),
        ("互动娱乐", "Interactive Entertainment"),
        ("传媒科技", "Media Technology"),
    ),
    "fintech": (
        ("金融科技", "Fintech"),
        ("金融信息服务", "Financial Information Services"),
    ),
    "environment": (
        ("环保科技", "Environmental Technology"),
        ("节能科技", "Energy Saving Technology"),
        ("水处理科技", "Water Treatment Technology"),
    ),
    "aerospace": (
        ("航空科技", "Aviation Technology"),
        ("无人机", "UAV"),
        ("航天科技", "Aerospace Technology"),
        ("低空科技", "Low-Altitude Technology"),
    ),
}
# Trade-name syllables, each with a distinct pinyin so distinct Chinese names stay distinct
# in English too.
TRADE_CHARS = (
    "云yun 帆fan 智zhi 创chuang 新xin 华hua 科ke 达da 瑞rui 博bo 海hai 天tian 星xing 光guang "
    "源yuan 微wei 联lian 恒heng 泰tai 盛sheng 德de 诚cheng 汇hui 鼎ding 航hang 宇yu 辰chen "
    "启qi 明ming 峰feng 嘉jia 和he 安an 康kang 迈mai 捷jie 驰chi 腾teng 跃yue 立li 方fang "
    "图tu 灵ling 极ji 数shu 蓝lan 青qing 鹏peng 弘hong 坤kun 乾qian 朗lang 卓zhuo 凯kai "
    "润run 飞fei 拓tuo 森sen 奥ao 普pu 硕shuo 优you 易yi 众zhong 果guo 本ben 晶jing 旭xu "
    "融rong 聚ju 万wan 思si 特te 贝bei 沃wo 格ge 量liang 锦jin 策ce 道dao 英ying 磐pan "
    "墨mo 赛sai 泽ze 纳na 米mi 能neng"
)
DISTRICTS = (
    ("南山", "Nanshan"),
    ("福田", "Futian"),
    ("宝安", "Bao'an"),
    ("龙岗", "Longgang"),
    ("龙华", "Longhua"),
    ("前海", "Qianhai"),
    ("光明", "Guangming"),
    ("坪山", "Pingshan"),
    ("罗湖", "Luohu"),
    ("盐田", "Yantian"),
)
SURNAMES = (
    "王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma "
    "朱zhu 胡hu 郭guo 何he 林lin 高gao 罗luo 郑zheng 梁liang 谢xie 宋song 唐tang 许xu "
    "韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 肖xiao 田tian 董dong 袁yuan 潘pan 蔡cai "
    "蒋jiang 余yu 杜du 叶ye 程cheng 苏su 魏wei 吕lv 丁ding 沈shen 钟zhong 欧阳ouyang"
)
GIVEN_CHARS = (
    "伟wei 芳fang 娜na 敏min 静jing 丽li 强qiang 磊lei 军jun 洋yang 勇yong 艳yan 杰jie "
    "涛tao 明ming 超chao 秀xiu 霞xia 平ping 刚gang 文wen 华hua 建jian 国guo 志zhi 晨chen "
    "宇yu 浩hao 然ran 子zi 轩xuan 欣xin 怡yi 思si 雨yu 嘉jia 俊jun 博bo 涵han 睿rui 婷ting "
    "琳lin 鹏peng 飞fei 凯kai 辉hui 斌bin 亮liang 晓xiao 海hai 峰feng 颖ying 佳jia 倩qian "
    "雪xue 梅mei 慧hui 玲ling 宁ning 彤tong 昊hao 天tian 一yi 可ke"
)
# Mobile number prefixes (号段) of the three carriers; all match 1[3-9].
MOBILE_PREFIXES = (
    130,
    131,
    132,
    133,
    135,
    136,
    137,
    138,
    139,
    150,
    151,
    152,
    153,
    155,
    156,
    158,
    159,
    166,
    175,
    176,
    177,
    180,
    181,
    182,
    183,
    185,
    186,
    187,
    188,
    189,
    191,
    193,
    198,
    199,
)
TAGS = (
    "专精特新",
    "大学生创业",
    "留学生创业",
    "深港合作",
    "硬科技",
    "重点关注",
    "融资中",
    "拟毕业",
    "海外市场",
    "产学研合作",
)
INVESTORS = (
    "前海星河创投",
    "深港天使投资",
    "南山红土创投",
    "湾区硬科技基金",
    "粤海创新资本",
    "鹏城种子基金",
    "松坪山产业基金",
)
ROUNDS = (  # round name, min and max amount in yuan
    ("天使轮", 1_000_000, 5_000_000),
    ("Pre-A轮", 3_000_000, 10_000_000),
    ("A轮", 10_000_000, 40_000_000),
    ("A+轮", 15_000_000, 50_000_000),
    ("B轮", 30_000_000, 100_000_000),
)
EXIT_REASONS = (
    (ExitReason.FAILED, "经营困难，公司注销", 60),
    (ExitReason.MOVED_OUT, "业务调整，迁出园区", 22),
    (ExitReason.CONTRACT_ENDED, "孵化协议到期未续签", 10),
    (ExitReason.MERGED, "被并购，退出孵化", 4),
    (ExitReason.OTHER, "其他原因退出", 4),
)
GRADUATION_REASONS = (
    ("hte", "获国家高新技术企业认定，达到毕业条件", 40),
    ("investment", "累计获得天使/创业投资超过500万元，达到毕业条件", 25),
    ("revenue", "连续两年营业收入累计超过1000万元，达到毕业条件", 25),
    ("acquired", "被兼并收购，达到毕业条件", 6),
    ("quoted", "在全国中小企业股份转让系统挂牌，达到毕业条件", 4),
)
MENTOR_KINDS = (
    (MentorKind.ENTREPRENEURSHIP, 45),
    (MentorKind.PROFESSIONAL, 25),
    (MentorKind.INVESTOR, 20),
    (MentorKind.SERVICE_PROVIDER, 10),
)
MENTOR_ORGS = {
    MentorKind.ENTREPRENEURSHIP: (
        "深圳大学创业学院",
        "南方科技大学",
        "清华大学深圳国际研究生院",
        "哈尔滨工业大学（深圳）",
        "北京大学深圳研究生院",
        "中国科学院深圳先进技术研究院",
        "连续创业者",
    ),
    MentorKind.PROFESSIONAL: (
        "鹏城律师事务所",
        "深南会计师事务所",
        "南山知识产权服务中心",
        "前海税务师事务所",
        "华南人力资源顾问",
    ),
    MentorKind.INVESTOR: INVESTORS,
    MentorKind.SERVICE_PROVIDER: (
        "科技服务超市·检测认证",
        "深圳计量检测服务平台",
        "南山技术转移服务中心",
        "南山超算服务中心",
    ),
}
EXPERTISE = (
    "股权融资",
    "商业计划",
    "知识产权",
    "财税合规",
    "法律事务",
    "市场营销",
    "产品管理",
    "技术研发",
    "人力资源",
    "政策申报",
    "高企认定",
    "出海业务",
    "供应链管理",
    "医疗器械注册",
    "芯片设计",
)
SERVICE_TYPES = (
    (ServiceType.COACHING, 40),
    (ServiceType.FINANCING, 20),
    (ServiceType.POLICY_CONSULTING, 15),
    (ServiceType.MANAGEMENT_TRAINING, 15),
    (ServiceType.RD_SERVICES, 10),
)
SESSION_TOPICS = {
    ServiceType.COACHING: ("商业模式梳理", "股权结构设计", "产品市场匹配", "年度经营计划"),
    ServiceType.FINANCING: ("融资路演辅导", "估值与投资条款", "银行科技贷款对接", "商业计划书修改"),
    ServiceType.POLICY_CONSULTING: (
        "高新技术企业认定辅导",
        "南山区产业扶持政策解读",
        "研发费用加计扣除",
        "专精特新申报",
    ),
    ServiceType.MANAGEMENT_TRAINING: ("财务管理基础", "绩效与激励", "项目管理", "销售体系搭建"),
    ServiceType.RD_SERVICES: ("样机测试方案", "实验室资源对接", "技术路线评审", "产学研合作对接"),
}
SESSION_NOTES = (
    "梳理了当前进展和主要问题，约定下次复盘。",
    "讨论了下一阶段重点，导师给出具体建议。",
    "企业反馈问题较多，需持续跟进。",
    "进展良好，建议加快推进。",
)
ACTIONS = (
    "完善商业计划书",
    "整理近三年财务报表",
    "提交高企认定材料",
    "完善股东协议",
    "准备路演材料",
    "补充专利申请材料",
    "对接银行客户经理",
    "完成20家客户访谈",
    "建立研发费用台账",
)
EVENT_KINDS = (
    (EventKind.TRAINING, 35),
    (EventKind.WORKSHOP, 20),
    (EventKind.ROADSHOW, 20),
    (EventKind.POLICY_BRIEFING, 20),
    (EventKind.DEMO_DAY, 5),
)
EVENT_TITLES = {
    EventKind.TRAINING: (
        "知识产权保护实务培训",
        "初创企业财税实务培训",
        "股权激励设计培训",
        "研发费用归集培训",
    ),
    EventKind.WORKSHOP: ("产品定位工作坊", "用户增长工作坊", "精益创业工作坊", "出海合规工作坊"),
    EventKind.ROADSHOW: ("创业项目融资路演", "硬科技项目路演", "生物医药专场路演"),
    EventKind.POLICY_BRIEFING: (
        "高新技术企业认定政策宣讲会",
        "南山区科技创新政策宣讲",
        "专精特新企业培育政策解读",
        "人才安居政策宣讲",
    ),
    EventKind.DEMO_DAY: ("Demo Day",),
}
BOOKING_PURPOSES = ("客户洽谈", "团队例会", "投资人会谈", "招聘面试", "技术评审", "供应商沟通")
REVIEWERS = (
    "周明远",
    "林晓峰",
    "陈思涵",
    "黄嘉俊",
    "吴雪梅",
    "郑国平",
    "刘子轩",
    "许文华",
    "梁海宁",
    "何一鸣",
)
# name, kind, size for 300 tenants (yuan), per-deal cap, rate, interest and guarantee subsidy %
FUNDS = (
    ("南山天使投资基金", FundKind.EQUITY, 20_000_000, 2_000_000, None, None, None),
    ("南山孵化投资基金", FundKind.CONVERTIBLE_NOTE, 50_000_000, 5_000_000, None, None, None),
    ("创业资助专项资金", FundKind.GRANT, 3_000_000, 500_000, None, None, None),
    ("孵化贷", FundKind.LOAN, 30_000_000, 3_000_000, "3.4500", "50.0000", "50.0000"),
    ("研发贷", FundKind.LOAN, 30_000_000, 5_000_000, "3.6500", "50.0000", "30.0000"),
    ("知识产权质押贷款", FundKind.LOAN, 20_000_000, 3_000_000, "3.8500", "60.0000", "50.0000"),
)
FUND_WEIGHTS = (25, 12, 20, 20, 15, 8)
INSTRUMENT = {
    FundKind.EQUITY: Instrument.EQUITY,
    FundKind.CONVERTIBLE_NOTE: Instrument.CONVERTIBLE_NOTE,
    FundKind.GRANT: Instrument.GRANT,
    FundKind.LOAN: Instrument.LOAN,
}
USE_OF_FUNDS = (
    "产品研发与样机试制",
    "市场推广与渠道建设",
    "扩充研发团队",
    "生产线建设",
    "临床前研究",
)
SUBSIDY_POLICY = "默认租金补贴（首年全免，次年减半）"
SUBSIDY_STEPS = [
    {"from_month": 0, "to_month": 12, "percent": 100},
    {"from_month": 12, "to_month": 24, "percent": 50},
]
SITE_NAME = "南山科技创业孵化器园区"
SITE_ADDRESS = "深圳市南山区粤海街道科技园"
PHASES = "二三四五六七八九十"

# kind, size class: (min m², max m², list rent per basis in yuan, basis, features)
UNIT_SPECS: dict[tuple[UnitKind, str], tuple[int, int, int, RentBasis, list[str]]] = {
    (UnitKind.OPEN_DESK, ""): (120, 200, 800, RentBasis.PER_DESK_MONTH, ["空调", "网络", "储物柜"]),
    (UnitKind.OFFICE, "s"): (40, 60, 95, RentBasis.PER_M2_MONTH, ["空调", "网络"]),
    (UnitKind.OFFICE, "m"): (80, 120, 95, RentBasis.PER_M2_MONTH, ["空调", "网络", "独立会议室"]),
    (UnitKind.OFFICE, "l"): (150, 220, 90, RentBasis.PER_M2_MONTH, ["空调", "网络", "独立会议室"]),
    (UnitKind.OFFICE, "xl"): (240, 320, 85, RentBasis.PER_M2_MONTH, ["空调", "网络", "前台"]),
    (UnitKind.LAB, ""): (80, 160, 140, RentBasis.PER_M2_MONTH, ["通风橱", "纯水", "洁净台"]),
    (UnitKind.WORKSHOP, ""): (150, 300, 70, RentBasis.PER_M2_MONTH, ["三相电", "货梯"]),
}


def _picker(
    rng: random.Random, items: Sequence[Any], weights: Sequence[float]
) -> Callable[[], Any]:
    """A fast weighted choice (random.choices builds its table on every call)."""
    cum = list(itertools.accumulate(weights))
    total = cum[-1]
    rnd = rng.random
    return lambda: items[bisect.bisect_right(cum, rnd() * total)]


def _split(words: str) -> list[tuple[str, str]]:
    """ "云yun 帆fan" -> [("云", "yun"), ("帆", "fan")]."""
    out = []
    for word in words.split():
        zh = "".join(ch for ch in word if ord(ch) > 127)
        out.append((zh, word[len(zh) :]))
    return out


def _tbl(model: type[Base]) -> Table:
    return cast(Table, model.__table__)


def _quarter(day: dt.date) -> int:
    return day.year * 4 + (day.month - 1) // 3


def _quarter_start(q: int) -> int:
    year, idx = divmod(q, 4)
    return dt.date(year, idx * 3 + 1, 1).toordinal()


def _weekday(ordinal: int) -> int:
    return (ordinal - 1) % 7  # date.fromordinal(1) is a Monday


def _at(ordinal: int, minutes: int) -> dt.datetime:
    d = dt.date.fromordinal(ordinal)
    return dt.datetime(d.year, d.month, d.day, minutes // 60, minutes % 60, tzinfo=TZ)


def _d(ordinal: int | None) -> dt.date | None:
    return None if ordinal is None else dt.date.fromordinal(ordinal)


def _months_later(ordinal: int, months: int) -> int:
    d = dt.date.fromordinal(ordinal)
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    day = min(d.day, 28 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)
    return dt.date(year, month, day).toordinal()


def company_name(
    rnd: Callable[[], float],
    descriptors: Sequence[tuple[str, str]],
    trade: Sequence[tuple[str, str]],
    used: set[str],
) -> tuple[str, str, str]:
    """A company name not in `used` (Chinese, English, trade-name pinyin); adds it to `used`.

    A trade name of two syllables and an industry word, e.g. 深圳云帆智能科技有限公司 /
    Shenzhen Yunfan Intelligent Technology Co., Ltd. After a few taken names a district, and
    then a number, tells it apart.
    """
    n = len(trade)
    for _attempt in range(5):
        first = int(rnd() * n)
        a, b = trade[first], trade[(first + 1 + int(rnd() * (n - 1))) % n]
        desc = descriptors[int(rnd() * len(descriptors))]
        # Pinyin marks a syllable boundary before a, o or e with an apostrophe (Jia'an).
        pinyin = a[1].capitalize() + ("'" if b[1][0] in "aoe" else "") + b[1]
        zh = f"深圳{a[0]}{b[0]}{desc[0]}有限公司"
        en = f"Shenzhen {pinyin} {desc[1]} Co., Ltd."
        if zh not in used and en not in used:
            break
    else:
        for k in itertools.count():
            dz, de = DISTRICTS[k % len(DISTRICTS)]
            number = k // len(DISTRICTS)
            if number:
                dz, de = f"{dz}{number + 1}", f"{de} {number + 1}"
            zh = f"深圳{a[0]}{b[0]}{desc[0]}（{dz}）有限公司"
            en = f"Shenzhen {pinyin} {desc[1]} ({de}) Co., Ltd."
            if zh not in used and en not in used:
                break
    used.add(zh)
    used.add(en)
    return zh, en, a[1] + b[1]


# --- bulk writing -----------------------------------------------------------------------------


@dataclass
class _Plan:
    sql: str
    keys: list[str]
    positional: bool
    converters: list[tuple[int, Any, bool]]
    versioned: bool


def _convert_column(values: Sequence[Any], proc: Callable[[Any], Any]) -> list[Any]:
    """Apply a bind processor once per distinct value (most columns repeat a few values)."""
    table = {value: proc(value) for value in dict.fromkeys(values)}
    return list(map(table.__getitem__, values))


class _Writer:
    """Bulk inserts through the dialect's own bind processors, without per-row ORM work.

    `session.execute(insert(table), dicts)` spends ~25 µs a row in SQLAlchemy's parameter
    processing, too slow for 50,000 tenants' history; here each column's bind processor runs
    once per distinct value and the driver's executemany gets plain tuples. Money columns are
    given as integer fen, which is exactly what the Money type stores.
    """

    def __init__(self, conn: Connection, stamp: dt.datetime) -> None:
        self.conn = conn
        self.dialect = conn.dialect
        self.stamp = stamp
        self.counts: dict[str, int] = {}
        self._plans: dict[tuple[str, tuple[str, ...]], _Plan] = {}
        self._next_id: dict[str, int] = {}
        stamp_type = AwareDateTime().dialect_impl(self.dialect)
        self._stamp = (stamp_type.bind_processor(self.dialect) or (lambda v: v))(stamp)

    def reserve(self, table: Table, n: int) -> int:
        """The first of `n` fresh primary keys for `table` (after any rows already there)."""
        first = self._next_id.get(table.name)
        if first is None:
            first = (self.conn.scalar(select(func.max(table.c.id))) or 0) + 1
        self._next_id[table.name] = first + n
        return first

    def _plan(self, table: Table, columns: tuple[str, ...]) -> _Plan:
        plan = self._plans.get((table.name, columns))
        if plan is not None:
            return plan
        versioned = "version" in table.c and "version" not in columns
        keys = list(columns) + (["version", "created_at", "updated_at"] if versioned else [])
        missing = [c.key for c in table.c if c.key not in keys]
        if missing or len(set(keys)) != len(keys) or not set(keys) <= set(table.c.keys()):
            raise ValueError(f"{table.name}: give every column once (missing {missing})")
        # An untyped copy of the table with the columns in our order: the statement then
        # binds plain values in the order the rows hold them.
        bare = sql_table(table.name, *(sql_column(k) for k in keys))
        compiled = insert(bare).compile(dialect=self.dialect)
        converters: list[tuple[int, Any, bool]] = []
        for i, key in enumerate(columns):
            col_type = table.c[key].type
            if isinstance(col_type, Money):
                continue
            proc = col_type.dialect_impl(self.dialect).bind_processor(self.dialect)
            if proc is not None:
                converters.append((i, proc, not isinstance(col_type, JSON)))
        plan = _Plan(compiled.string, keys, compiled.positional, converters, versioned)
        self._plans[(table.name, columns)] = plan
        return plan

    def write(self, table: Table, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        plan = self._plan(table, tuple(columns))
        if len(rows[0]) != len(columns):
            raise ValueError(f"{table.name}: rows have {len(rows[0])} values, not {len(columns)}")
        tail = (1, self._stamp, self._stamp) if plan.versioned else ()
        params: list[Any]
        if plan.converters:
            cols: list[Sequence[Any]] = list(zip(*rows, strict=True))
            for i, proc, hashable in plan.converters:
                cols[i] = _convert_column(cols[i], proc) if hashable else list(map(proc, cols[i]))
            cols += [(value,) * len(rows) for value in tail]
            params = list(zip(*cols, strict=True))
        else:
            params = [row + tail for row in rows] if tail else rows
        if not plan.positional:
            params = [dict(zip(plan.keys, row, strict=True)) for row in params]
        self.conn.exec_driver_sql(plan.sql, params)
        self.counts[table.name] = self.counts.get(table.name, 0) + len(rows)

    def fix_sequences(self) -> None:
        """On PostgreSQL, move each serial sequence past the ids given explicitly."""
        if self.dialect.name != "postgresql":
            return
        for name in sorted(self._next_id):
            self.conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                    f"(SELECT MAX(id) FROM {name}))"
                )
            )


# --- the generator ----------------------------------------------------------------------------


class _Tenant:
    """A tenant's life in the incubator, decided before any row is written."""

    __slots__ = (
        "alloc_label",
        "capital",
        "code",
        "criterion",
        "end",
        "entry",
        "events",
        "exit_reason",
        "founded",
        "graduated",
        "hte",
        "id",
        "industry",
        "listing",
        "name_en",
        "name_zh",
        "people",
        "person_first",
        "planned",
        "regtype",
        "returnee",
        "stage",
        "trade",
    )

    alloc_label: str
    capital: int
    code: str
    criterion: str | None
    end: int | None
    entry: int
    events: list[tuple[Stage | None, Stage, int, str, ExitReason | None]]
    exit_reason: ExitReason | None
    founded: int
    graduated: int | None
    hte: int | None
    id: int
    industry: tuple[Any, ...]
    listing: tuple[ListingStatus, int | None]
    name_en: str
    name_zh: str
    people: list[str]
    person_first: int
    planned: int
    regtype: str
    returnee: bool
    stage: Stage
    trade: str

    def __init__(self) -> None:
        self.alloc_label = ""
        self.hte = None
        self.graduated = None
        self.listing = (ListingStatus.NONE, None)
        self.exit_reason = None
        self.criterion = None
        self.end = None
        self.people = []
        self.returnee = False


@dataclass
class _UnitSpec:
    kind: UnitKind
    area: int
    desks: int
    rent: int  # fen per basis unit
    basis: RentBasis
    features: list[str]
    bookable: bool = False
    buffer: int = 0
    status: UnitStatus = UnitStatus.AVAILABLE
    id: int = 0
    label: str = ""


class _Pool:
    """Units of one kind and size, handed out without overlap (desk areas by desk count)."""

    def __init__(self, make: Callable[[], _UnitSpec], units: list[_UnitSpec]) -> None:
        self._make = make
        self._units = units
        self.members: list[int] = []
        self._free: dict[int, int] = {}
        self._buckets: dict[int, list[int]] = {}
        self._ends: list[tuple[int, int, int]] = []

    def _push(self, unit: int) -> None:
        heapq.heappush(self._buckets.setdefault(self._free[unit], []), unit)

    def add(self) -> int:
        spec = self._make()
        self._units.append(spec)
        unit = len(self._units) - 1
        self.members.append(unit)
        self._free[unit] = spec.desks if spec.kind is UnitKind.OPEN_DESK else 1
        self._push(unit)
        return unit

    def take(self, start: int, until: int | None, amount: int) -> int:
        """A unit with `amount` free from `start`; it is busy until `until` (None: for good)."""
        ends = self._ends
        while ends and ends[0][0] < start:
            _, unit, freed = heapq.heappop(ends)
            self._free[unit] += freed
            self._push(unit)
        chosen = None
        # Best fit: the fullest unit that still has room, lowest index first.
        for level in sorted(k for k in self._buckets if k >= amount):
            bucket = self._buckets[level]
            while bucket:
                unit = heapq.heappop(bucket)
                if self._free[unit] == level:
                    chosen = unit
                    break
            if chosen is not None:
                break
        if chosen is None:
            chosen = self.add()  # its bucket entry goes stale below and is skipped later
        if self._free[chosen] < amount:
            raise RuntimeError("unit too small for the request")
        self._free[chosen] -= amount
        self._push(chosen)
        if until is not None:
            heapq.heappush(ends, (until, chosen, amount))
        return chosen


class _Pipeline:
    """One application moving through the review pipeline, one dated step at a time."""

    def __init__(
        self, day: int, tenant_end: int | None, today: int, rnd: Callable[[], float]
    ) -> None:
        self.day = day
        self.end = tenant_end if tenant_end is not None else 10**7
        self.today = today
        self.rnd = rnd
        self.status = ApplicationStatus.DRAFT
        self.history: list[tuple[Any, ...]] = [
            (None, self.status, _at(day, 540 + int(rnd() * 480)), "创建申请")
        ]

    def step(self, to: ApplicationStatus, days: int, comment: str) -> bool:
        """Move `days` later; False if that is after today or the tenant has left by then."""
        nxt = self.day + days
        if nxt > self.today:
            return False
        if nxt > self.end and to not in (ApplicationStatus.DISBURSED, ApplicationStatus.CLOSED):
            self.history.append(
                (
                    self.status,
                    ApplicationStatus.WITHDRAWN,
                    _at(self.end, 1080),
                    "企业已迁出，申请撤回",
                )
            )
            self.status, self.day = ApplicationStatus.WITHDRAWN, self.end
            return False
        self.day = nxt
        self.history.append((self.status, to, _at(nxt, 540 + int(self.rnd() * 480)), comment))
        self.status = to
        return True


class _Builder:
    """One run of the generator: decides every tenant's story, then writes it table by table."""

    def __init__(
        self,
        conn: Connection,
        operator_id: int,
        n_tenants: int,
        seed: int,
        today: dt.date,
        progress: Callable[[int, int], None] | None,
    ) -> None:
        self.conn = conn
        self.operator_id = operator_id
        self.n = n_tenants
        self.rng = random.Random(seed)
        self.today = today.toordinal()
        self.start = dt.date(today.year - HISTORY_YEARS, today.month, 1).toordinal()
        self.last_quarter = _quarter(today) - 1
        self.stamp = dt.datetime(today.year, today.month, today.day, tzinfo=TZ)
        self.w = _Writer(conn, self.stamp)
        self.progress = progress
        self._done = 0
        self._total = 2 * n_tenants
        self.tenants: list[_Tenant] = []
        self.units: list[_UnitSpec] = []
        self.rooms: list[int] = []  # indexes of bookable meeting rooms
        self.halls: list[int] = []
        self.busy: dict[int, int] = {}  # room or mentor and day -> bitmask of busy slots
        self._slots: dict[int, dt.datetime] = {}

    # -- helpers ---------------------------------------------------------------------------

    def _tick(self, amount: int) -> None:
        self._done = min(self._total, self._done + amount)
        if self.progress is not None:
            self.progress(self._done, self._total)

    def _randint(self, lo: int, hi: int) -> int:
        return lo + int(self.rng.random() * (hi - lo + 1))

    def _choice(self, seq: Sequence[Any]) -> Any:
        return seq[int(self.rng.random() * len(seq))]

    def _person_name(self) -> tuple[str, str, str]:
        """(name, given-name pinyin, surname pinyin)."""
        sur = self._choice(self._surnames)
        given = [self._choice(self._given) for _ in range(1 if self.rng.random() < 0.3 else 2)]
        return (
            sur[0] + "".join(g[0] for g in given),
            "".join(g[1] for g in given),
            sur[1],
        )

    def _slot(self, ordinal: int, slot: int) -> dt.datetime:
        """The start of a half-hour slot (cached: calendars reuse the same few thousand)."""
        key = ordinal * 64 + slot
        out = self._slots.get(key)
        if out is None:
            out = self._slots[key] = _at(ordinal, slot * SLOT_MIN)
        return out

    def _mobile(self) -> str:
        return f"{self._choice(MOBILE_PREFIXES)}{int(self.rng.random() * 100_000_000):08d}"

    # -- the run -----------------------------------------------------------------------------

    def run(self) -> DemoSummary:
        self._surnames = _split(SURNAMES)
        self._given = _split(GIVEN_CHARS)
        self._lookups()
        self._plan_tenants()
        self._plan_spaces()
        self._write_spaces()
        self._write_tenants()
        self._write_allocations()
        self._write_events(self._events())
        self._bookings()
        self._mentoring()
        self._funding()
        self._settings()
        self.w.fix_sequences()
        c = self.w.counts
        self._tick(self._total)
        return DemoSummary(
            tenants=c.get("tenants", 0),
            people=c.get("people", 0),
            stage_changes=c.get("stage_changes", 0),
            kpi_snapshots=c.get("kpi_snapshots", 0),
            investments=c.get("investments_received", 0),
            tenant_tags=c.get("tenant_tags", 0),
            lookup_items=c.get("lookup_items", 0),
            buildings=c.get("buildings", 0),
            floors=c.get("floors", 0),
            units=c.get("units", 0),
            allocations=c.get("allocations", 0),
            bookings=c.get("bookings", 0),
            mentors=c.get("mentors", 0),
            mentor_assignments=c.get("mentor_assignments", 0),
            mentoring_sessions=c.get("mentoring_sessions", 0),
            session_actions=c.get("session_actions", 0),
            training_events=c.get("training_events", 0),
            event_registrations=c.get("event_registrations", 0),
            funds=c.get("funds", 0),
            fund_applications=c.get("fund_applications", 0),
            application_moves=c.get("application_moves", 0),
            reviews=c.get("reviews", 0),
            committee_decisions=c.get("committee_decisions", 0),
            disbursements=c.get("disbursements", 0),
        )

    # -- lookups, tags, policy -----------------------------------------------------------------

    def _lookups(self) -> None:
        t = _tbl(LookupItem)
        existing = {
            (row.category, row.code): row.id
            for row in self.conn.execute(select(t.c.id, t.c.category, t.c.code))
        }
        wanted = []
        for i, ind in enumerate(INDUSTRIES):
            wanted.append((LookupCategory.INDUSTRY, ind[0], ind[1], ind[2], i, ind[4]))
        for i, tf in enumerate(TECH_FIELDS):
            wanted.append((LookupCategory.TECH_FIELD, tf[0], tf[1], tf[2], i, False))
        for i, rt in enumerate(REGISTRATION_TYPES):
            wanted.append((LookupCategory.REGISTRATION_TYPE, rt[0], rt[1], rt[2], i, False))
        rows = []
        self.lookup: dict[tuple[str, str], int] = {}
        new = [x for x in wanted if (x[0].value, x[1]) not in existing]
        next_id = self.w.reserve(t, len(new))
        for category, code, zh, en, order, long_inc in wanted:
            key = (category.value, code)
            if key in existing:
                self.lookup[key] = existing[key]
                continue
            self.lookup[key] = next_id
            rows.append((next_id, category, code, zh, en, order, True, long_inc, ""))
            next_id += 1
        self.w.write(
            t,
            (
                "id",
                "category",
                "code",
                "name_zh",
                "name_en",
                "sort_order",
                "active",
                "long_incubation",
                "notes",
            ),
            rows,
        )

        tt = _tbl(Tag)
        tags = {row.name: row.id for row in self.conn.execute(select(tt.c.id, tt.c.name))}
        new_tags = [name for name in TAGS if name not in tags]
        first = self.w.reserve(tt, len(new_tags))
        for i, name in enumerate(new_tags):
            tags[name] = first + i
        self.w.write(tt, ("id", "name"), [(tags[n], n) for n in new_tags])
        self.tag_ids = [tags[n] for n in TAGS]

        pt = _tbl(SubsidyPolicy)
        policy = self.conn.execute(
            select(pt.c.id).where(pt.c.name == SUBSIDY_POLICY)
        ).scalar_one_or_none()
        if policy is None:
            has_default = self.conn.scalar(select(func.count()).where(pt.c.is_default.is_(True)))
            policy = self.w.reserve(pt, 1)
            self.w.write(
                pt,
                ("id", "name", "steps", "is_default", "active"),
                [(policy, SUBSIDY_POLICY, SUBSIDY_STEPS, not has_default, True)],
            )
        self.policy_id = policy

    def _settings(self) -> None:
        st = _tbl(Setting)
        if self.conn.scalar(select(func.count()).where(st.c.key == "incubator_name")):
            return
        value = {"zh": "南山科技创业孵化器", "en": "Nanshan Tech Incubator"}
        self.w.write(st, ("key", "value"), [("incubator_name", value)])

    # -- tenants: names, codes, dates, stage history -----------------------------------------

    def _plan_tenants(self) -> None:
        rng = self.rng
        rnd = rng.random
        tt = _tbl(Tenant)
        used_codes = {c for (c,) in self.conn.execute(select(tt.c.credit_code)) if c}
        used_names: set[str] = set()
        for zh, en in self.conn.execute(select(tt.c.name_zh, tt.c.name_en)):
            used_names.add(zh)
            used_names.add(en)
        trade = _split(TRADE_CHARS)
        pick_industry = _picker(rng, INDUSTRIES, [i[3] for i in INDUSTRIES])
        pick_regtype = _picker(rng, REGISTRATION_TYPES, [r[3] for r in REGISTRATION_TYPES])
        pick_exit = _picker(rng, EXIT_REASONS, [e[2] for e in EXIT_REASONS])
        pick_grad = _picker(rng, GRADUATION_REASONS, [g[2] for g in GRADUATION_REASONS])
        capitals = (1, 1, 3, 5, 5, 10, 10, 20, 50, 100, 200, 500)
        span = self.today - self.start
        today = self.today
        first_id = self.w.reserve(tt, self.n)
        first_person = person_id = self.w.reserve(_tbl(Person), 0)
        for i in range(self.n):
            t = _Tenant()
            t.id = first_id + i
            ind = pick_industry()
            t.industry = ind
            t.regtype = pick_regtype()[0]
            # Companies housed today mostly arrived recently: entry density rises over time.
            t.entry = self.start + int(span * rnd() ** 0.6)
            t.founded = t.entry - int(rnd() * 720)
            t.capital = capitals[int(rnd() * len(capitals))] * 1_000_000  # fen: 万元 × 100
            t.code = creditcode.generate(rng)
            while t.code in used_codes:
                t.code = creditcode.generate(rng)
            used_codes.add(t.code)
            t.name_zh, t.name_en, t.trade = company_name(
                rnd, DESCRIPTORS[ind[0]], trade, used_names
            )
            limit_months = 60 if ind[4] else 48
            t.planned = _months_later(t.entry, limit_months)
            self._life(t, limit_months, pick_exit, pick_grad, today)
            n_people = 1 + (rnd() < 0.7) + (rnd() < 0.3)
            t.person_first = person_id
            person_id += n_people
            t.people = [""] * n_people
            self.tenants.append(t)
        self.w.reserve(_tbl(Person), person_id - first_person)

    def _life(
        self,
        t: _Tenant,
        limit_months: int,
        pick_exit: Callable[[], Any],
        pick_grad: Callable[[], Any],
        today: int,
    ) -> None:
        """The stage history: (from, to, day, reason, exit reason) rows, and where it ends."""
        rnd = self.rng.random
        events: list[tuple[Stage | None, Stage, int, str, ExitReason | None]] = []
        day = t.entry
        if rnd() < 0.28:
            stage = Stage.PRE_INCUBATION
            events.append((None, stage, day, "入驻创业苗圃", None))
            nxt = day + 150 + int(rnd() * 240)
            if nxt <= today:
                if rnd() < 0.22:
                    t.exit_reason = ExitReason.FAILED
                    events.append((stage, Stage.EXITED, nxt, "项目终止，退出苗圃", t.exit_reason))
                    stage, t.end = Stage.EXITED, nxt
                else:
                    events.append((stage, Stage.INCUBATING, nxt, "通过入孵评审，转入孵化器", None))
                    stage, day = Stage.INCUBATING, nxt
        else:
            stage = Stage.INCUBATING
            events.append((None, stage, day, "签订入孵协议，入驻孵化器", None))
        limit_days = limit_months * 30
        if stage is Stage.INCUBATING:
            u = rnd()
            if u < 0.38:
                self._graduate(
                    t, events, stage, day + 500 + int(rnd() * (limit_days - 500)), pick_grad, today
                )
            elif u < 0.62:
                self._exit(t, events, stage, day + 180 + int(rnd() * 900), pick_exit, today)
            elif u < 0.84:
                acc = day + 365 + int(rnd() * 540)
                if acc <= today:
                    events.append(
                        (stage, Stage.ACCELERATING, acc, "营收快速增长，转入加速器", None)
                    )
                    later = acc + 300 + int(rnd() * 500)
                    if rnd() < 0.75:
                        self._graduate(t, events, Stage.ACCELERATING, later, pick_grad, today)
                    else:
                        self._exit(t, events, Stage.ACCELERATING, later, pick_exit, today)
            else:
                # Overstays its incubation period, then graduates late.
                self._graduate(
                    t, events, stage, day + limit_days + 60 + int(rnd() * 400), pick_grad, today
                )
        t.events = events
        t.stage = events[-1][1]
        if t.hte is None and rnd() < 0.25:
            until = t.end if t.end is not None else today
            since = t.entry + 540 + int(rnd() * 700)
            if since <= until:
                t.hte = since

    def _graduate(
        self,
        t: _Tenant,
        events: list[Any],
        stage: Stage,
        day: int,
        pick_grad: Callable[[], Any],
        today: int,
    ) -> None:
        if day > today:
            return
        criterion, reason, _ = pick_grad()
        t.criterion = criterion
        t.graduated = t.end = day
        if criterion == "hte":
            t.hte = max(t.entry + 200, day - 30 - int(self.rng.random() * 300))
        elif criterion == "acquired":
            t.listing = (ListingStatus.ACQUIRED, day)
        elif criterion == "quoted":
            t.listing = (ListingStatus.QUOTED, day - int(self.rng.random() * 60))
        events.append((stage, Stage.GRADUATED, day, reason, None))

    def _exit(
        self,
        t: _Tenant,
        events: list[Any],
        stage: Stage,
        day: int,
        pick_exit: Callable[[], Any],
        today: int,
    ) -> None:
        if day > today:
            return
        reason, text_, _ = pick_exit()
        t.exit_reason = reason
        t.end = day
        if reason is ExitReason.MERGED:
            t.listing = (ListingStatus.MERGED, day)
        events.append((stage, Stage.EXITED, day, text_, reason))

    # -- spaces --------------------------------------------------------------------------------

    def _make_unit(self, kind: UnitKind, size: str) -> Callable[[], _UnitSpec]:
        lo, hi, rent, basis, features = UNIT_SPECS[(kind, size)]

        def make() -> _UnitSpec:
            if kind is UnitKind.OPEN_DESK:
                desks = self._choice((16, 20, 24, 30))
                return _UnitSpec(kind, desks * 6, desks, rent * 100, basis, list(features))
            area = self._randint(lo, hi)
            return _UnitSpec(kind, area, 0, rent * 100, basis, list(features))

        return make

    def _plan_spaces(self) -> None:
        """Give every tenant space for each stage, reusing units and creating them as needed."""
        rnd = self.rng.random
        pools = {key: _Pool(self._make_unit(*key), self.units) for key in UNIT_SPECS}
        requests = []  # (start, tenant id, seq, pool key, amount, end, link to previous)
        for t in self.tenants:
            spans = []
            for k, ev in enumerate(t.events):
                stage = ev[1]
                if stage in (Stage.GRADUATED, Stage.EXITED):
                    continue
                nxt = t.events[k + 1][2] if k + 1 < len(t.events) else None
                spans.append((stage, ev[2], nxt))
            staff = 2 + int(rnd() * 6)
            for seq, (stage, start, nxt) in enumerate(spans):
                if stage is Stage.PRE_INCUBATION:
                    key, amount = (UnitKind.OPEN_DESK, ""), 1 + int(rnd() * 4)
                elif stage is Stage.ACCELERATING:
                    key, amount = (UnitKind.OFFICE, "l" if rnd() < 0.6 else "xl"), 1
                elif rnd() < 0.25:
                    key, amount = (UnitKind.OPEN_DESK, ""), min(12, staff + int(rnd() * 3))
                else:
                    size = "s" if rnd() < 0.5 else "m" if rnd() < 0.85 else "l"
                    key, amount = (UnitKind.OFFICE, size), 1
                # A stage followed by another open stage ends the day before the move.
                end = nxt - 1 if nxt is not None and seq + 1 < len(spans) else t.end
                requests.append((start, t.id, seq, key, amount, end, seq > 0))
            lab_share = t.industry[6]
            if lab_share and rnd() < lab_share and spans:
                start = spans[0][1] + int(rnd() * 180)
                if start <= (t.end or self.today):
                    kind = UnitKind.WORKSHOP if t.industry[0] == "manufacturing" else UnitKind.LAB
                    requests.append((start, t.id, EXTRA_SPACE, (kind, ""), 1, t.end, False))
        requests.sort(key=lambda r: (r[0], r[1], r[2]))
        by_id = {t.id: t for t in self.tenants}
        self.allocs: list[tuple[Any, ...]] = []
        last: dict[int, int] = {}
        for start, tid, seq, key, amount, end, linked in requests:
            t = by_id[tid]
            # A vacated unit is refitted for a few days to weeks before the next tenant moves in.
            busy_until = None if end is None else end + int(rnd() * 21)
            unit = pools[key].take(start, busy_until, amount)
            prev = last.get(tid) if linked else None
            index = len(self.allocs)
            if seq < EXTRA_SPACE:
                last[tid] = index
            self.allocs.append((unit, tid, amount, start, end, prev, seq, t))
        # Spare units so the park is not exactly full at its busiest; some are being refitted.
        for pool in pools.values():
            for _ in range(max(1, len(pool.members) // 10)):
                spare = self.units[pool.add()]
                if rnd() < 0.15:
                    spare.status = UnitStatus.MAINTENANCE

    def _write_spaces(self) -> None:
        w = self.w
        site_t = _tbl(Site)
        names = {n for (n,) in self.conn.execute(select(site_t.c.name))}
        name = SITE_NAME
        for phase in itertools.chain(PHASES, (str(k) for k in itertools.count(11))):
            if name not in names:
                break
            name = f"{SITE_NAME}（{phase}期）"
        site_id = w.reserve(site_t, 1)
        w.write(site_t, ("id", "name", "address"), [(site_id, name, SITE_ADDRESS)])

        # Lay the units out in creation order, a meeting room on every floor and a roadshow
        # hall on each ground floor; the first units created are the ones let longest.
        order = list(range(len(self.units)))
        floors: list[list[int]] = []
        current: list[int] = []
        strip, x = 0, Decimal(0)
        placement: dict[int, tuple[Decimal, Decimal, Decimal]] = {}

        def new_floor() -> None:
            nonlocal current, strip, x
            current = []
            floors.append(current)
            strip, x = 0, Decimal(0)
            if len(floors) % FLOORS_PER_BUILDING == 1:
                hall = _UnitSpec(
                    UnitKind.MEETING_ROOM,
                    180,
                    0,
                    0,
                    RentBasis.PER_UNIT_MONTH,
                    ["投影", "音响", "舞台"],
                    bookable=True,
                    buffer=30,
                )
                place(self._append_unit(hall, self.halls))
            room = _UnitSpec(
                UnitKind.MEETING_ROOM,
                self._choice((36, 48, 60)),
                0,
                0,
                RentBasis.PER_UNIT_MONTH,
                ["投影", "白板", "视频会议"],
                bookable=True,
                buffer=self._choice((0, 10, 15)),
            )
            place(self._append_unit(room, self.rooms))

        def place(unit: int) -> None:
            nonlocal strip, x
            width = (Decimal(self.units[unit].area) / STRIP_DEPTH).quantize(Decimal("0.01"))
            if x + width > FLOOR_W:
                strip, x = strip + 1, Decimal(0)
                if strip == len(STRIP_Y):
                    new_floor()
            placement[unit] = (x, Decimal(STRIP_Y[strip]), width)
            current.append(unit)
            x += width

        new_floor()
        for unit in order:
            place(unit)

        n_buildings = (len(floors) + FLOORS_PER_BUILDING - 1) // FLOORS_PER_BUILDING
        bt, ft, ut = _tbl(Building), _tbl(Floor), _tbl(Unit)
        first_b = w.reserve(bt, n_buildings)
        first_f = w.reserve(ft, len(floors))
        first_u = w.reserve(ut, len(self.units))
        codes = [self._building_code(k) for k in range(n_buildings)]
        w.write(
            bt,
            ("id", "site_id", "code", "name"),
            [(first_b + k, site_id, c, f"{c}栋") for k, c in enumerate(codes)],
        )
        floor_rows, unit_rows = [], []
        for f, members in enumerate(floors):
            b, level = divmod(f, FLOORS_PER_BUILDING)
            level += 1
            floor_rows.append(
                (first_f + f, first_b + b, level, f"{level}层", Decimal(FLOOR_W), Decimal(FLOOR_H))
            )
            for seq, unit in enumerate(members, start=1):
                spec = self.units[unit]
                code = f"{level}{seq:02d}"
                spec.id = first_u + unit
                spec.label = f"{codes[b]}栋{code}"
                px, py, pw = placement[unit]
                unit_rows.append(
                    (
                        spec.id,
                        first_f + f,
                        first_b + b,
                        code,
                        spec.kind,
                        Decimal(spec.area),
                        spec.desks,
                        spec.rent,
                        spec.basis,
                        spec.features,
                        px,
                        py,
                        pw,
                        Decimal(STRIP_DEPTH),
                        spec.status,
                        spec.bookable,
                        spec.buffer,
                        "",
                    )
                )
        w.write(ft, ("id", "building_id", "level", "name", "plan_width", "plan_height"), floor_rows)
        unit_rows.sort()
        w.write(
            ut,
            (
                "id",
                "floor_id",
                "building_id",
                "code",
                "kind",
                "area_m2",
                "desk_count",
                "list_rent",
                "rent_basis",
                "features",
                "plan_x",
                "plan_y",
                "plan_w",
                "plan_h",
                "status",
                "bookable",
                "buffer_minutes",
                "notes",
            ),
            unit_rows,
        )
        for unit, _tid, _amount, _start, _end, _prev, seq, t in self.allocs:
            if seq < EXTRA_SPACE:
                spec = self.units[unit]
                t.alloc_label = spec.label + (
                    " 开放工位" if spec.kind is UnitKind.OPEN_DESK else ""
                )

    def _append_unit(self, spec: _UnitSpec, into: list[int]) -> int:
        self.units.append(spec)
        into.append(len(self.units) - 1)
        return len(self.units) - 1

    @staticmethod
    def _building_code(k: int) -> str:
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I or O: they read as 1 and 0 on signs
        code = ""
        k += 1
        while k:
            k, r = divmod(k - 1, len(letters))
            code = letters[r] + code
        return code

    def _write_allocations(self) -> None:
        at = _tbl(Allocation)
        first = self.w.reserve(at, len(self.allocs))
        rows = []
        today = self.today
        for i, (unit, tid, amount, start, end, prev, _seq, t) in enumerate(self.allocs):
            spec = self.units[unit]
            desks = amount if spec.kind is UnitKind.OPEN_DESK else None
            rent = spec.rent * (desks if desks else spec.area)
            if end is None:
                status = AllocationStatus.ACTIVE
                # Current tenants sign up to their planned graduation; overdue ones run on.
                contract_end = t.planned if t.planned > today else None
            else:
                status = AllocationStatus.ENDED if end < today else AllocationStatus.ACTIVE
                contract_end = end
            rows.append(
                (
                    first + i,
                    spec.id,
                    tid,
                    desks,
                    _d(start),
                    _d(contract_end),
                    rent,
                    self.policy_id,
                    None,
                    status,
                    None if prev is None else first + prev,
                    "",
                )
            )
        # An allocation another one points back to was ended by a move.
        moved_ids = {r[10] for r in rows if r[10] is not None}
        rows = [(*r[:9], AllocationStatus.MOVED, *r[10:]) if r[0] in moved_ids else r for r in rows]
        self.w.write(
            at,
            (
                "id",
                "unit_id",
                "tenant_id",
                "desks",
                "start_date",
                "end_date",
                "monthly_rent",
                "subsidy_policy_id",
                "subsidy_percent_override",
                "status",
                "previous_id",
                "notes",
            ),
            rows,
        )
        self._tick(self.n // 5)

    # -- tenant rows -----------------------------------------------------------------------------

    def _write_tenants(self) -> None:
        w = self.w
        rng = self.rng
        rnd = rng.random
        tt, pt, st = _tbl(Tenant), _tbl(Person), _tbl(StageChange)
        kt, it = _tbl(KpiSnapshot), _tbl(InvestmentReceived)
        lookup = self.lookup
        tenant_cols = (
            "id", "name_zh", "name_en", "credit_code", "founded_on", "registered_capital",
            "industry_id", "tech_field_id", "registration_type_id", "park_address",
            "entry_date", "planned_graduation_on", "stage", "exit_reason", "graduated_on",
            "high_tech_enterprise", "high_tech_since", "listing_status", "listing_date",
            "national_projects", "notes", "archived_at",
        )  # fmt: skip
        person_cols = (
            "id", "tenant_id", "name", "role", "phone", "email", "is_primary_contact",
            "student_founder", "returnee", "serial_entrepreneur", "talent_programme",
            "archived_at",
        )  # fmt: skip
        stage_cols = (
            "id", "tenant_id", "from_stage", "to_stage", "changed_on", "reason", "exit_reason",
            "graduation_criteria", "operator_id", "recorded_at",
        )  # fmt: skip
        kpi_cols = (
            "id", "tenant_id", "year", "quarter", "staff_total", "staff_rd", "staff_phd",
            "staff_master", "staff_bachelor", "staff_college", "staff_returnees",
            "fresh_graduates_hired", "revenue", "net_profit", "export_value", "rd_spend",
            "taxes_paid", "invention_applications", "invention_grants", "utility_models",
            "designs", "software_copyrights", "valid_invention_patents", "ic_layouts",
            "tech_contracts_count", "tech_contracts_value", "awards", "notes",
        )  # fmt: skip
        inv_cols = (
            "id",
            "tenant_id",
            "year",
            "quarter",
            "investor",
            "amount",
            "round",
            "received_on",
        )
        roles_after = (PersonRole.CO_FOUNDER, PersonRole.CONTACT, PersonRole.FINANCE)
        tlds = (".com", ".cn", ".com.cn", "tech.com")
        for c0 in range(0, self.n, TENANT_CHUNK):
            chunk = self.tenants[c0 : c0 + TENANT_CHUNK]
            trows: list[tuple[Any, ...]] = []
            prows: list[tuple[Any, ...]] = []
            srows: list[tuple[Any, ...]] = []
            tags: list[tuple[int, int]] = []
            krows: list[tuple[Any, ...]] = []
            irows: list[tuple[Any, ...]] = []
            n_stage = sum(len(t.events) for t in chunk)
            stage_id = w.reserve(st, n_stage)
            for t in chunk:
                ind = t.industry
                hte = t.hte
                trows.append((
                    t.id, t.name_zh, t.name_en, t.code, _d(t.founded), t.capital,
                    lookup[("industry", ind[0])], lookup[("tech_field", ind[5])],
                    lookup[("registration_type", t.regtype)], t.alloc_label, _d(t.entry),
                    _d(t.planned), t.stage, t.exit_reason, _d(t.graduated), hte is not None,
                    _d(hte), t.listing[0], _d(t.listing[1]),
                    1 if rnd() < 0.05 else 0, "", None,
                ))  # fmt: skip
                domain = t.trade + self._choice(tlds)
                for k in range(len(t.people)):
                    name, given_py, sur_py = self._person_name()
                    t.people[k] = name
                    returnee = rnd() < 0.12
                    if k == 0:
                        t.returnee = returnee
                    prows.append((
                        t.person_first + k, t.id, name,
                        PersonRole.FOUNDER if k == 0 else roles_after[int(rnd() * 3)],
                        self._mobile(), f"{given_py}.{sur_py}@{domain}", k == 0,
                        k < 2 and rnd() < 0.15, returnee, k == 0 and rnd() < 0.15,
                        k == 0 and rnd() < 0.05, None,
                    ))  # fmt: skip
                for frm, to, day, reason, exit_reason in t.events:
                    criteria = (
                        [GRADUATION_CRITERIA[t.criterion]]
                        if to == Stage.GRADUATED and t.criterion in GRADUATION_CRITERIA
                        else None
                    )
                    srows.append((
                        stage_id, t.id, frm, to, _d(day), reason, exit_reason, criteria,
                        self.operator_id, _at(day, 600),
                    ))  # fmt: skip
                    stage_id += 1
                n_tags = int(rnd() * 2.4)
                if n_tags:
                    for tag in sorted(set(rng.sample(self.tag_ids, n_tags))):
                        tags.append((t.id, tag))
                self._kpis(t, krows, irows)
            w.write(tt, tenant_cols, trows)
            w.write(pt, person_cols, prows)
            w.write(st, stage_cols, srows)
            w.write(tenant_tags, ("tenant_id", "tag_id"), tags)
            first_k = w.reserve(kt, len(krows))
            # Snapshot ids were numbered from 0 within the chunk; shift them into place.
            krows = [(first_k + r[0], *r[1:]) for r in krows]
            w.write(kt, kpi_cols, krows)
            first_i = w.reserve(it, len(irows))
            irows = [(first_i + k, *r) for k, r in enumerate(irows)]
            w.write(it, inv_cols, irows)
            self._tick(len(chunk))

    def _kpis(self, t: _Tenant, krows: list[Any], irows: list[Any]) -> None:
        """Quarterly figures from entry to the last completed quarter (or leaving)."""
        rnd = self.rng.random
        q0 = _quarter(dt.date.fromordinal(t.entry))
        q1 = self.last_quarter
        if t.end is not None:
            q1 = min(q1, _quarter(dt.date.fromordinal(t.end)))
        if q1 < q0:
            return
        failing = t.exit_reason is ExitReason.FAILED
        strong = t.criterion in ("revenue", "acquired", "quoted")
        industry = t.industry[0]
        ic = industry == "ic_design"
        staff0 = 2 + rnd() * 6
        growth = (-0.01 + rnd() * 0.04) if failing else (0.03 + rnd() * 0.08)
        per_staff = (15_000 + rnd() * 45_000) * (3.0 if strong else 1.0)
        ramp_q = 2 + rnd() * 6
        rd_cost = 25_000 + rnd() * 20_000
        phd, master, bachelor = rnd() * 0.1, 0.15 + rnd() * 0.2, 0.35 + rnd() * 0.2
        ret_share = (0.1 + rnd() * 0.2) if t.returnee else rnd() * 0.05
        rd_share = 0.4 + rnd() * 0.3
        export_share = (0.1 + rnd() * 0.3) if rnd() < 0.15 else 0.0
        tax_rate = 0.03 + rnd() * 0.04
        college_extra = rnd() * 0.15
        ip_rate = 0.1 + rnd() * 0.4 if industry not in ("digital_creative", "fintech") else 0.05
        sw_rate = 0.6 if industry in ("it", "digital_creative", "fintech", "ic_design") else 0.15
        valid_patents = 0
        pending = 0
        base = len(krows)
        for k in range(q1 - q0 + 1):
            q = q0 + k
            noise = 0.85 + rnd() * 0.3
            staff = max(1, int(staff0 * (1 + growth) ** k * noise + 0.5))
            staff_rd = max(1, int(staff * rd_share))
            ramp = min(1.0, (k + 0.3) / ramp_q)
            revenue = int(staff * per_staff * ramp * noise * (0.4 if failing else 1.0))
            rd = int(staff_rd * rd_cost * noise)
            profit = revenue - int(staff * 32_000 * noise) - rd // 3
            n_phd = int(staff * phd)
            n_master = int(staff * master)
            n_bachelor = int(staff * bachelor)
            college = min(staff, n_phd + n_master + n_bachelor + int(staff * college_extra))
            apps = 1 if rnd() < ip_rate else 0
            pending += apps
            grants = 0
            if pending and k >= 4 and rnd() < 0.25:
                grants, pending = 1, pending - 1
                valid_patents += 1
            u = rnd()  # one draw shared by the rarer counts
            contracts = 1 + int(u * 30) if u < 0.1 else 0
            krows.append((
                len(krows), t.id, q // 4, q % 4 + 1, staff, staff_rd, n_phd, n_master, n_bachelor,
                college, int(staff * ret_share), int(staff * 0.25 * noise) if q % 4 == 2 else 0,
                revenue * 100, profit * 100, int(revenue * export_share) * 100,
                rd * 100, int(revenue * tax_rate) * 100,
                apps, grants, 1 if u > 0.8 else 0, 1 if u > 0.95 else 0,
                1 + (u > 0.5) if u * sw_rate > 0.1 else 0, valid_patents,
                1 if ic and u < 0.1 else 0,
                contracts, int(contracts * 900_000 * noise) * 100,
                "", "",
            ))  # fmt: skip
        if t.criterion == "revenue":
            self._meet_revenue_rule(krows, base)
        # Outside investment, placed in quarters the tenant reported; investment graduates raise
        # more than the ¥5 M the graduation rule asks for.
        count = q1 - q0 + 1
        wants = t.criterion == "investment" or rnd() < 0.22
        if not wants:
            return
        rounds = 1 + int(rnd() * min(3, count))
        picks = sorted(self.rng.sample(range(count), rounds))
        total = 0
        for r_idx, k in enumerate(picks):
            name, lo, hi = ROUNDS[min(r_idx + int(rnd() * 2), len(ROUNDS) - 1)]
            amount = (lo + int(rnd() * (hi - lo))) // 10_000 * 10_000
            if t.criterion == "investment" and r_idx == rounds - 1 and total + amount <= 5_000_000:
                amount = 5_000_000 - total + 1_000_000
            total += amount
            qs = _quarter_start(q0 + k)
            day = min(max(qs + int(rnd() * 85), t.entry), t.end or self.today, self.today)
            year, q_idx = divmod(q0 + k, 4)
            irows.append(
                (t.id, year, q_idx + 1, self._choice(INVESTORS), amount * 100, name, _d(day))
            )

    @staticmethod
    def _meet_revenue_rule(krows: list[Any], base: int) -> None:
        """Scale a revenue graduate's figures so its last eight quarters pass ¥10 M."""
        last = krows[max(base, len(krows) - 8) :]
        revenue = sum(r[12] for r in last)
        target = 1_100_000_000  # fen: ¥11 M, comfortably above the rule
        if revenue >= target:
            return
        factor = target / max(revenue, 1)
        for i in range(base, len(krows)):
            r = krows[i]
            extra = int(r[12] * (factor - 1)) // 100 * 100
            krows[i] = (
                *r[:12], r[12] + extra, r[13] + extra, int(r[14] * factor) // 100 * 100,
                r[15], int(r[16] * factor) // 100 * 100, *r[17:],
            )  # fmt: skip

    # -- events, bookings, mentoring -----------------------------------------------------------

    def _active_tenant(self, day: int, entries: list[int]) -> _Tenant | None:
        """A tenant housed on `day`, found by sampling (tenants are sorted by entry)."""
        hi = bisect.bisect_right(entries, day)
        if hi == 0:
            return None
        for _ in range(12):
            t = self._by_entry[int(self.rng.random() * hi)]
            if t.end is None or t.end >= day:
                return t
        return None

    def _reserve_slots(self, key: int, day: int, first: int, count: int) -> bool:
        """Book `count` half-hour slots of a room's or mentor's day unless any is taken."""
        k = key * 1_000_000 + day
        want = ((1 << count) - 1) << first
        mask = self.busy.get(k, 0)
        if mask & want:
            return False
        self.busy[k] = mask | want
        return True

    def _room_slots(self, unit: int, day: int, first: int, count: int) -> bool:
        spec = self.units[unit]
        extra = (spec.buffer + SLOT_MIN - 1) // SLOT_MIN
        return self._reserve_slots(unit, day, first, count + extra)

    def _events(self) -> list[list[Any]]:
        """Training events with a booked venue; registrations are written after the people."""
        rng = self.rng
        rnd = rng.random
        self._by_entry = sorted(self.tenants, key=lambda t: (t.entry, t.id))
        self._entries = [t.entry for t in self._by_entry]
        pick_kind = _picker(rng, [k for k, _ in EVENT_KINDS], [w for _, w in EVENT_KINDS])
        per_month = max(2, min(16, round(self.n / 100)))
        horizon = self.today + 60
        events = []
        month = self.start
        while month <= horizon:
            for _ in range(per_month):
                day = month + int(rnd() * 28)
                if _weekday(day) >= 5:
                    day += 7 - _weekday(day)
                if day > horizon:
                    continue
                kind = pick_kind()
                title = self._choice(EVENT_TITLES[kind])
                if kind is EventKind.DEMO_DAY:
                    date = dt.date.fromordinal(day)
                    title = f"{date.year}年{'春' if date.month <= 6 else '秋'}季 Demo Day"
                big = kind in (EventKind.ROADSHOW, EventKind.DEMO_DAY, EventKind.POLICY_BRIEFING)
                first_slot = 19 if rnd() < 0.5 else 28  # 09:30 or 14:00
                length = 5 + int(rnd() * 2)
                venue = None
                candidates = self.halls if big else self.rooms
                for _try in range(4):
                    unit = self._choice(candidates)
                    if self._room_slots(unit, day, first_slot, length):
                        venue = unit
                        break
                if venue is None:
                    capacity = 60 + int(rnd() * 140)
                    address = "深圳湾创业广场路演中心"
                else:
                    area = self.units[venue].area
                    capacity = max(8, min(150, int(area / (1.3 if big else 2.0))))
                    address = ""
                starts, ends = self._slot(day, first_slot), self._slot(day, first_slot + length)
                if day > self.today:
                    status = EventStatus.PLANNED
                else:
                    status = EventStatus.CANCELLED if rnd() < 0.03 else EventStatus.HELD
                stages = ["incubating", "accelerating"] if big else ["pre_incubation", "incubating"]
                targets = []
                if rnd() < 0.2:
                    targets = [self.lookup[("industry", self._choice(INDUSTRIES)[0])]]
                events.append([
                    0, title, kind, starts, ends, venue, address, capacity,
                    "、".join(self._person_name()[0] for _ in range(1 + int(rnd() * 2))),
                    stages, targets, "", status, day,
                ])  # fmt: skip
            month = _months_later(month, 1)
        events.sort(key=lambda ev: (ev[3], ev[1]))
        roadshows = 0
        for ev in events:
            if ev[2] is EventKind.ROADSHOW:
                roadshows += 1
                ev[1] = f"{ev[1]}（第{roadshows}期）"
            ev[11] = f"{ev[1]}，面向园区在孵企业。"
        return events

    def _write_events(self, events: list[list[Any]]) -> None:
        rnd = self.rng.random
        w = self.w
        et, rt = _tbl(TrainingEvent), _tbl(EventRegistration)
        first = w.reserve(et, len(events))
        rows, regs, bookings = [], [], []
        for i, ev in enumerate(events):
            ev[0] = first + i
            rows.append(tuple(ev[:13]))
        w.write(
            et,
            (
                "id",
                "title",
                "kind",
                "starts_at",
                "ends_at",
                "venue_unit_id",
                "venue_address",
                "capacity",
                "speakers",
                "target_stages",
                "target_industries",
                "description",
                "status",
            ),
            [(*r[:5], None if r[5] is None else self.units[r[5]].id, *r[6:]) for r in rows],
        )
        for ev in events:
            event_id, starts, venue, capacity, status, day = (
                ev[0], ev[3], ev[5], ev[7], ev[12], ev[13]
            )  # fmt: skip
            if venue is not None:
                bookings.append(
                    (
                        self.units[venue].id,
                        None,
                        event_id,
                        starts,
                        ev[4],
                        ev[1][:200],
                        BookingStatus.CANCELLED
                        if status is EventStatus.CANCELLED
                        else BookingStatus.CONFIRMED,
                    )
                )
            wanted = int(capacity * (0.4 + rnd() * 0.8))
            seen: set[int] = set()
            registered = waitlisted = 0
            for _ in range(wanted * 2):
                if registered + waitlisted >= wanted:
                    break
                t = self._active_tenant(day, self._entries)
                if t is None:
                    break
                person = t.person_first + int(rnd() * len(t.people))
                if person in seen:
                    continue
                seen.add(person)
                reg_at = _at(min(day - 1 - int(rnd() * 20), self.today), 480 + int(rnd() * 720))
                if rnd() < 0.05:
                    state, position = RegistrationStatus.CANCELLED, None
                elif registered < capacity:
                    registered += 1
                    state, position = RegistrationStatus.REGISTERED, None
                else:
                    waitlisted += 1
                    state, position = RegistrationStatus.WAITLISTED, waitlisted
                checked = None
                score = None
                if (
                    state is RegistrationStatus.REGISTERED
                    and status is EventStatus.HELD
                    and rnd() < 0.8
                ):
                    checked = starts + dt.timedelta(minutes=int(rnd() * 30) - 15)
                    if rnd() < 0.6:
                        score = 3 + int(rnd() * 2.6)
                regs.append(
                    (event_id, person, t.id, state, reg_at, position, checked, False, score)
                )
        first_r = w.reserve(rt, len(regs))
        w.write(
            rt,
            (
                "id",
                "event_id",
                "person_id",
                "tenant_id",
                "status",
                "registered_at",
                "waitlist_position",
                "checked_in_at",
                "walk_in",
                "feedback_score",
            ),
            [(first_r + k, *r) for k, r in enumerate(regs)],
        )
        self._write_bookings(bookings)
        self._tick(self.n // 10)

    def _bookings(self) -> None:
        """Meeting-room bookings by tenants over the last half year and the next four weeks.

        They are written together with the rooms booked for mentoring sessions.
        """
        rnd = self.rng.random
        rows = []
        lo, hi = self.today - 182, self.today + 28
        for _ in range(self.n * 2):
            day = lo + int(rnd() * (hi - lo))
            if _weekday(day) >= 5:
                continue
            t = self._active_tenant(min(day, self.today), self._entries)
            if t is None:
                continue
            first_slot = 18 + int(rnd() * 16)  # 09:00 to 16:30
            length = 2 + int(rnd() * 3)
            for _try in range(3):
                unit = self._choice(self.rooms)
                if self._room_slots(unit, day, first_slot, length):
                    cancelled = day <= self.today and rnd() < 0.05
                    rows.append((
                        self.units[unit].id, t.id, None, self._slot(day, first_slot),
                        self._slot(day, first_slot + length), self._choice(BOOKING_PURPOSES),
                        BookingStatus.CANCELLED if cancelled else BookingStatus.CONFIRMED,
                    ))  # fmt: skip
                    break
        self.tenant_bookings = rows

    def _write_bookings(self, rows: list[tuple[Any, ...]]) -> int:
        """Rows are (unit id, tenant id, event id, starts, ends, purpose, status)."""
        bt = _tbl(Booking)
        first = self.w.reserve(bt, len(rows))
        self.w.write(
            bt,
            (
                "id",
                "unit_id",
                "tenant_id",
                "event_id",
                "starts_at",
                "ends_at",
                "purpose",
                "status",
                "equipment_id",
            ),
            [(first + k, *r, None) for k, r in enumerate(rows)],
        )
        return first

    def _mentoring(self) -> None:
        rng = self.rng
        rnd = rng.random
        w = self.w
        mt, at = _tbl(Mentor), _tbl(MentorAssignment)
        stt, act = _tbl(SessionTenant), _tbl(SessionAction)
        n_mentors = max(2, round(self.n / 10))
        pick_kind = _picker(rng, [k for k, _ in MENTOR_KINDS], [x for _, x in MENTOR_KINDS])
        first_m = w.reserve(mt, n_mentors)
        mentors = []
        for k in range(n_mentors):
            kind = pick_kind()
            name, given_py, sur_py = self._person_name()
            expertise = sorted(rng.sample(EXPERTISE, 2 + int(rnd() * 3)), key=EXPERTISE.index)
            mentors.append((
                first_m + k, name, self._choice(MENTOR_ORGS[kind]), kind, expertise,
                self._mobile(), f"{given_py}.{sur_py}@mentors.example.cn", rnd() < 0.95, "",
            ))  # fmt: skip
        w.write(
            mt,
            (
                "id",
                "name",
                "organisation",
                "kind",
                "expertise",
                "phone",
                "email",
                "active",
                "notes",
            ),
            mentors,
        )
        self.mentor_names = [m[1] for m in mentors]

        assignments = []
        for t in self.tenants:
            if rnd() >= 0.75:
                continue
            since = t.entry + int(rnd() * 60)
            limit = t.end if t.end is not None else self.today
            if since > limit:
                continue
            chosen = [int(rnd() * n_mentors)]
            if rnd() < 0.1 and n_mentors > 1:
                other = int(rnd() * n_mentors)
                if other != chosen[0]:
                    chosen.append(other)
            for m in chosen:
                assignments.append((m, t, since, t.end))
        first_a = w.reserve(at, len(assignments))
        w.write(
            at,
            ("id", "mentor_id", "tenant_id", "since", "until"),
            [
                (first_a + k, first_m + m, t.id, _d(s), _d(u))
                for k, (m, t, s, u) in enumerate(assignments)
            ],
        )

        pick_service = _picker(rng, [s for s, _ in SERVICE_TYPES], [x for _, x in SERVICE_TYPES])
        by_mentor: dict[int, list[tuple[_Tenant, int, int]]] = {}
        for m, t, since, until in assignments:
            by_mentor.setdefault(m, []).append((t, since, until if until is not None else 10**7))
        sessions: list[list[Any]] = []
        attendees: list[tuple[int, int, int | None]] = []
        actions: list[tuple[Any, ...]] = []
        room_bookings: list[tuple[Any, ...]] = []
        mentor_key_base = len(self.units) + 1  # mentors share the calendar with rooms
        horizon = self.today + 30
        for m, t, since, until in assignments:
            last = min(until if until is not None else horizon, horizon)
            months = (last - since) // 30
            n_sessions = min(8, int(months / 4 * (0.5 + rnd())))
            for _ in range(n_sessions):
                day = since + int(rnd() * (last - since + 1))
                if _weekday(day) >= 5:
                    day -= _weekday(day) - 4
                if day < since:
                    continue
                first_slot = 18 + int(rnd() * 15)
                length = 2 + int(rnd() * 3)
                if not self._reserve_slots(mentor_key_base + m, day, first_slot, length):
                    continue
                service = pick_service()
                starts = self._slot(day, first_slot)
                ends = self._slot(day, first_slot + length)
                if day > self.today:
                    status = SessionStatus.PLANNED
                else:
                    status = SessionStatus.CANCELLED if rnd() < 0.07 else SessionStatus.HELD
                mode = SessionMode.ON_SITE if rnd() < 0.7 else SessionMode.ONLINE
                booking = None
                if mode is SessionMode.ON_SITE and rnd() < 0.4:
                    unit = self._choice(self.rooms)
                    if self._room_slots(unit, day, first_slot, length):
                        booking = len(room_bookings)
                        room_bookings.append((
                            self.units[unit].id, t.id, None, starts, ends,
                            f"导师辅导：{self.mentor_names[m]}",
                            BookingStatus.CANCELLED if status is SessionStatus.CANCELLED
                            else BookingStatus.CONFIRMED,
                        ))  # fmt: skip
                index = len(sessions)
                sessions.append([
                    m, starts, ends, mode, booking, service,
                    self._choice(SESSION_TOPICS[service]),
                    self._choice(SESSION_NOTES) if status is SessionStatus.HELD else "", status,
                ])  # fmt: skip
                held = status is SessionStatus.HELD
                rating = (3 + int(rnd() * 2.7)) if held and rnd() < 0.7 else None
                attendees.append((index, t.id, rating))
                if rnd() < 0.08:
                    # A group session: other tenants of the same mentor housed that day.
                    joined = {t.id}
                    for peer, p_since, p_until in by_mentor[m][:6]:
                        if peer.id not in joined and p_since <= day <= p_until:
                            joined.add(peer.id)
                            attendees.append((index, peer.id, None))
                if held and rnd() < 0.5:
                    for _a in range(1 + int(rnd() * 2)):
                        due = day + 14 + int(rnd() * 46)
                        done = due < self.today and rnd() < 0.7
                        owner = t.people[0] if t.people and t.people[0] else ""
                        actions.append(
                            (
                                index,
                                t.id,
                                self._choice(ACTIONS),
                                owner,
                                _d(due),
                                done,
                                _d(due - int(rnd() * 10)) if done else None,
                            )
                        )
        session_booking_base = self._write_bookings(self.tenant_bookings + room_bookings) + len(
            self.tenant_bookings
        )
        mst = _tbl(MentoringSession)
        first_s = w.reserve(mst, len(sessions))
        w.write(
            mst,
            (
                "id",
                "mentor_id",
                "starts_at",
                "ends_at",
                "mode",
                "booking_id",
                "service_type",
                "topic",
                "notes",
                "status",
            ),
            [
                (
                    first_s + k,
                    first_m + s[0],
                    s[1],
                    s[2],
                    s[3],
                    None if s[4] is None else session_booking_base + s[4],
                    *s[5:],
                )
                for k, s in enumerate(sessions)
            ],
        )
        w.write(
            stt,
            ("session_id", "tenant_id", "rating"),
            [(first_s + a[0], a[1], a[2]) for a in attendees],
        )
        first_x = w.reserve(act, len(actions))
        w.write(
            act,
            ("id", "session_id", "tenant_id", "description", "owner", "due_on", "done", "done_on"),
            [(first_x + k, first_s + a[0], *a[1:]) for k, a in enumerate(actions)],
        )
        self._tick(self.n // 5)

    # -- funding -------------------------------------------------------------------------------

    def _funding(self) -> None:
        rng = self.rng
        rnd = rng.random
        w = self.w
        ft, apt = _tbl(Fund), _tbl(FundApplication)
        scale = max(1.0, self.n / 300)
        existing = {
            row.name: row
            for row in self.conn.execute(
                select(ft.c.id, ft.c.name, ft.c.kind, ft.c.total_size, ft.c.per_deal_cap)
            )
        }
        funds = []  # id, kind, budget left (fen), per-deal cap (fen)
        new_rows = []
        start_year = dt.date.fromordinal(self.start).year
        for name, kind, size, cap, rate, sub, guar in FUNDS:
            row = existing.get(name)
            if row is not None:
                committed = self.conn.scalar(
                    select(func.coalesce(func.sum(apt.c.amount_approved), 0)).where(
                        apt.c.fund_id == row.id,
                        apt.c.amount_approved.is_not(None),
                        apt.c.status.not_in(
                            [ApplicationStatus.REJECTED.value, ApplicationStatus.WITHDRAWN.value]
                        ),
                    )
                )
                total = int(row.total_size * 100)
                cap_fen = int(row.per_deal_cap * 100) if row.per_deal_cap is not None else total
                spent = int((committed or 0) * 100)
                funds.append([row.id, FundKind(row.kind), total - spent, cap_fen])
                continue
            total = int(size * scale) // 1_000_000 * 1_000_000 * 100
            fid = w.reserve(ft, 1)
            new_rows.append((
                fid, name, kind, total, cap * 100, start_year,
                None if rate is None else Decimal(rate), None if sub is None else Decimal(sub),
                None if guar is None else Decimal(guar), True,
                "合作银行科技金融产品" if kind is FundKind.LOAN else "区财政出资，委托孵化器管理",
            ))  # fmt: skip
            funds.append([fid, kind, total, cap * 100])
        w.write(
            ft,
            (
                "id",
                "name",
                "kind",
                "total_size",
                "per_deal_cap",
                "start_year",
                "interest_rate",
                "interest_subsidy_share",
                "guarantee_fee_subsidy_share",
                "open_for_applications",
                "notes",
            ),
            new_rows,
        )

        pick_fund = _picker(rng, range(len(funds)), FUND_WEIGHTS[: len(funds)])
        plans = []
        for _ in range(round(self.n * 0.15)):
            t = self.tenants[int(rnd() * self.n)]
            lo = t.entry + 90
            hi = min(t.end if t.end is not None else self.today, self.today)
            if hi < lo:
                continue
            plans.append((lo + int(rnd() * (hi - lo + 1)), t.id, t, pick_fund()))
        plans.sort(key=lambda p: (p[0], p[1]))

        apps, moves, reviews, decisions, payouts = [], [], [], [], []
        S = ApplicationStatus
        for index, (day, _tid, t, f) in enumerate(plans):
            fund_id, kind, _left, cap = funds[f]
            if kind is FundKind.GRANT:
                requested = (100_000 + int(rnd() * 400_000)) // 10_000 * 10_000 * 100
            else:
                requested = (500_000 + int(rnd() * 4_500_000)) // 10_000 * 10_000 * 100
            requested = min(requested, cap)
            pre_money = stake = None
            if kind in (FundKind.EQUITY, FundKind.CONVERTIBLE_NOTE):
                pre_money = (10_000_000 + int(rnd() * 90_000_000)) // 100_000 * 100_000 * 100
                stake = (Decimal(requested) * 100 / Decimal(pre_money + requested)).quantize(
                    Decimal("0.0001")
                )
            p = _Pipeline(day, t.end, self.today, rnd)
            approved = None
            ok = rnd() >= 0.04 and p.step(S.SUBMITTED, int(rnd() * 14), "提交申请材料")
            ok = ok and p.step(S.SCREENING, 3 + int(rnd() * 8), "形式审查")
            if ok and rnd() < 0.2:
                p.step(S.REJECTED, 5 + int(rnd() * 10), "不符合申报条件")
                ok = False
            ok = ok and p.step(S.DUE_DILIGENCE, 7 + int(rnd() * 14), "进入尽职调查")
            if ok:
                for reviewer in rng.sample(REVIEWERS, 2 + int(rnd() * 2)):
                    scores = {k: 1 + int(rnd() * 5) for k in ("团队", "技术", "市场", "财务")}
                    submitted = p.day + 5 + int(rnd() * 10)
                    reviews.append((
                        index, reviewer, rnd() < 0.05, scores, "",
                        _at(submitted, 900) if submitted <= self.today else None,
                    ))  # fmt: skip
                if rnd() < 0.1:
                    p.step(S.WITHDRAWN, 10 + int(rnd() * 20), "企业主动撤回")
                    ok = False
            ok = ok and p.step(S.COMMITTEE, 14 + int(rnd() * 30), "提交投决会")
            if ok:
                members = rng.sample(REVIEWERS, 5 + int(rnd() * 3))
                meeting = 7 + int(rnd() * 14)
                if p.day + meeting <= min(self.today, p.end) and rnd() < 0.1:
                    decisions.append(
                        self._decision(index, p.day + meeting, members, None, "补充材料后再议")
                    )
                    meeting += 28
                grant = requested * (6 + int(rnd() * 5)) // 10 // 1_000_000 * 1_000_000
                grant = min(max(grant, 1_000_000), cap, requested)
                if grant > funds[f][2] or rnd() < 0.25:
                    reason = "基金剩余额度不足" if grant > funds[f][2] else "投决会未通过"
                    if p.step(S.REJECTED, meeting, reason):
                        decisions.append(self._decision(index, p.day, members, False, reason))
                    ok = False
                elif p.step(S.APPROVED, meeting, "投决会通过"):
                    decisions.append(self._decision(index, p.day, members, grant, ""))
                    approved = grant
                    funds[f][2] -= grant
                else:
                    ok = False
            ok = ok and p.step(S.AGREEMENT_SIGNED, 7 + int(rnd() * 21), "签署协议")
            if ok and approved:
                # Loans are paid out at once; equity and grants often in two tranches.
                if kind is FundKind.LOAN or rnd() < 0.4:
                    amounts = [approved]
                else:
                    amounts = [approved * 6 // 10, approved - approved * 6 // 10]
                pay_days = [p.day + 7 + int(rnd() * 21)]
                if len(amounts) > 1:
                    pay_days.append(pay_days[0] + 90 + int(rnd() * 90))
                for n, (amount, pay_day) in enumerate(zip(amounts, pay_days, strict=True), 1):
                    paid = pay_day <= self.today
                    payouts.append((
                        index, n, amount, _d(pay_day), _d(pay_day) if paid else None,
                        "首期拨付" if n == 1 else "完成里程碑后拨付",
                        DisbursementStatus.PAID if paid else DisbursementStatus.PLANNED,
                    ))  # fmt: skip
                if (
                    p.step(S.DISBURSED, pay_days[0] - p.day, "首期资金拨付")
                    and pay_days[-1] <= self.today
                    and rnd() < 0.5
                ):
                    p.step(S.CLOSED, pay_days[-1] - p.day + 180, "项目结项")
            apps.append((
                index, fund_id, t.id, requested, INSTRUMENT[kind], pre_money, stake,
                self._choice(USE_OF_FUNDS), "完成产品定型并实现首批销售", p.status,
                p.history[-1][2], approved,
            ))  # fmt: skip
            for frm, to, at_, comment in p.history:
                moves.append((index, frm, to, at_, comment))

        first_a = w.reserve(apt, len(apps))
        w.write(
            apt,
            (
                "id",
                "fund_id",
                "tenant_id",
                "amount_requested",
                "instrument",
                "pre_money_valuation",
                "stake_percent",
                "use_of_funds",
                "milestones",
                "status",
                "status_since",
                "amount_approved",
            ),
            [(first_a + a[0], *a[1:]) for a in apps],
        )
        mt = _tbl(ApplicationMove)
        first_m = w.reserve(mt, len(moves))
        w.write(
            mt,
            ("id", "application_id", "from_status", "to_status", "at", "operator_id", "comment"),
            [
                (first_m + k, first_a + m[0], m[1], m[2], m[3], self.operator_id, m[4])
                for k, m in enumerate(moves)
            ],
        )
        rt = _tbl(Review)
        first_r = w.reserve(rt, len(reviews))
        w.write(
            rt,
            (
                "id",
                "application_id",
                "reviewer",
                "conflict_of_interest",
                "scores",
                "comment",
                "submitted_at",
            ),
            [(first_r + k, first_a + r[0], *r[1:]) for k, r in enumerate(reviews)],
        )
        ct = _tbl(CommitteeDecision)
        first_c = w.reserve(ct, len(decisions))
        w.write(
            ct,
            (
                "id",
                "application_id",
                "meeting_date",
                "members_present",
                "votes_for",
                "votes_against",
                "abstentions",
                "decision",
                "amount_approved",
                "conditions",
            ),
            [(first_c + k, first_a + d[0], *d[1:]) for k, d in enumerate(decisions)],
        )
        dt_ = _tbl(Disbursement)
        first_d = w.reserve(dt_, len(payouts))
        w.write(
            dt_,
            (
                "id",
                "application_id",
                "tranche_no",
                "amount",
                "planned_on",
                "paid_on",
                "milestone",
                "status",
            ),
            [(first_d + k, first_a + p[0], *p[1:]) for k, p in enumerate(payouts)],
        )
        self._tick(self.n // 10)

    def _decision(
        self, index: int, day: int, members: list[str], outcome: int | bool | None, note: str
    ) -> tuple[Any, ...]:
        """A committee meeting: an approved amount (fen), False for rejected, None deferred."""
        n = len(members)
        majority = n // 2 + 1
        if outcome is None:
            kind, votes_for, amount = CommitteeDecisionKind.DEFERRED, n // 2, None
        elif outcome is False:
            kind, votes_for, amount = (
                CommitteeDecisionKind.REJECTED,
                int(self.rng.random() * majority),
                None,
            )
        else:
            kind, amount = CommitteeDecisionKind.APPROVED, outcome
            votes_for = majority + int(self.rng.random() * (n - majority + 1))
        against = (n - votes_for + 1) // 2
        return (
            index,
            _d(day),
            members,
            votes_for,
            against,
            n - votes_for - against,
            kind,
            amount,
            note,
        )


def generate_demo(
    db: Database,
    tenants: int = 300,
    seed: int = 1,
    force: bool = False,
    progress: Callable[[int, int], None] | None = None,
    today: dt.date | None = None,
) -> DemoSummary:
    """Fill the database with a realistic incubator: `tenants` companies and their history.

    The same seed and `today` give the same data. A database that already has tenants is
    refused (ConflictError) unless `force` is set, in which case the data is added to it.
    """
    if tenants < 1:
        raise ValidationError({"tenants": translate("errors", BAD_COUNT)}, BAD_COUNT)
    today = today or dt.date.today()
    with db.uow() as uow:
        conn = uow.session.connection()
        existing = conn.scalar(select(func.count()).select_from(_tbl(Tenant))) or 0
        if existing and not force:
            raise ConflictError(REFUSE, count=existing)
        restore = None
        if conn.dialect.name == "sqlite":
            # Hundreds of thousands of index inserts thrash SQLite's default 2 MB page cache.
            restore = conn.exec_driver_sql("PRAGMA cache_size").scalar()
            conn.exec_driver_sql(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
        try:
            summary = _Builder(conn, db.operator_id, tenants, seed, today, progress).run()
        finally:
            if restore is not None:
                conn.exec_driver_sql(f"PRAGMA cache_size = {int(restore)}")
        uow.audit(
            AuditAction.GENERATE,
            "demo",
            None,
            f"Demo data (seed {seed}, today {today.isoformat()}): {summary.describe()}"[:500],
        )
        uow.commit()
    return summary
