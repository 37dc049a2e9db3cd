#!/usr/bin/env python3
"""Writes relevance.csv: 30 demands (20 machining, 10 material), each with a pool of 6 candidate offers.

The demands and the kinds of candidate in each pool are written below by hand; the grade of every candidate is
given by the rule in HEADER (the taxonomy's meaning: process, material grade and family, IT grade, quantity,
place), applied here, NOT by the Java ranking. Run: python3 relevance.py > relevance.csv (deterministic)."""
import random

HEADER = """# Relevance set for the matching engine (offers for a demand), read by cn.lianshang.matching.model.RelevanceSet.
# Written with relevance.py (same folder): demands and candidate kinds by hand, grades by this rule.
# Grading rule, machining (graded from the taxonomy's meaning, not from our ranking's weights):
#   3 = every required process, an acceptable grade, IT at least as fine as asked, monthly capacity >= quantity,
#       lead time within the due date, in the same city
#   2 = every required process and an acceptable grade or one of its family, with ONE shortfall: one IT grade
#       coarser, or a sibling-family grade, or capacity 50-99 %, or another city of the metropolitan area
#   1 = a partial fit: only some required processes, a sibling process only, a grade of another family,
#       two or more shortfalls, or outside the metropolitan area
#   0 = neither a required process nor a sibling of one (wrong process)
# Material: 3 = an acceptable grade in the same city with the quantity; 2 = an acceptable grade with one shortfall
#   (another metro city, 50-99 % quantity) or a same-family grade locally; 1 = same category but another family, or
#   outside the area; 0 = another category.
# Columns: kind D (demand) or O (offer); demand = the demand's id; for D: quantity wanted, days = days to the due
# date, category = material category; for O: quantity = monthly capacity, days = lead time, category = categories.
# place: TIEXI 210106, HUNNAN 210112, SHENBEI 210113, HEPING 210102 (沈阳), FUSHUN 210402, ANSHAN 210303,
# BENXI 210502 (都市圈), BEIJING (outside, no division). Lists are |-separated codes of src/main/resources/matching.
kind,demand,id,title,description,scenario,processes,materials,category,it,quantity,unit,days,place,grade"""

PROC = {"TURNING": ("车削", "CUTTING"), "MILLING": ("铣削", "CUTTING"), "GRINDING": ("磨削", "CUTTING"),
        "FIVE_AXIS": ("五轴加工", "CUTTING"), "BORING": ("镗削", "CUTTING"), "DRILLING": ("钻孔", "CUTTING"),
        "WIRE_EDM": ("线切割", "EDM"), "EDM": ("电火花", "EDM"), "SHEET_METAL": ("钣金", "FORMING"),
        "STAMPING": ("冲压", "FORMING"), "BENDING": ("折弯", "FORMING"), "LASER_CUTTING": ("激光切割", "CUTTING_THERMAL"),
        "WELDING": ("焊接", "JOINING"), "CASTING": ("铸造", "PRIMARY_FORMING"), "FORGING": ("锻造", "PRIMARY_FORMING"),
        "HEAT_TREATMENT": ("热处理", "HEAT_TREATMENT"), "ANODIZING": ("阳极氧化", "SURFACE"),
        "ELECTROPLATING": ("电镀", "SURFACE"), "INJECTION_MOLDING": ("注塑", "PLASTICS"), "ASSEMBLY": ("装配", "ASSEMBLY")}
SIBLING = {"TURNING": "MILLING", "MILLING": "TURNING", "GRINDING": "TURNING", "FIVE_AXIS": "MILLING",
           "BORING": "MILLING", "DRILLING": "MILLING", "WIRE_EDM": "EDM", "EDM": "WIRE_EDM", "SHEET_METAL": "BENDING",
           "STAMPING": "BENDING", "BENDING": "STAMPING", "LASER_CUTTING": None, "WELDING": None, "CASTING": "FORGING",
           "FORGING": "CASTING", "HEAT_TREATMENT": None, "ANODIZING": "ELECTROPLATING", "ELECTROPLATING": "ANODIZING",
           "INJECTION_MOLDING": None, "ASSEMBLY": None}
WRONG = {"CUTTING": "INJECTION_MOLDING", "EDM": "WELDING", "FORMING": "HEAT_TREATMENT", "CUTTING_THERMAL": "ASSEMBLY",
         "JOINING": "ANODIZING", "PRIMARY_FORMING": "WIRE_EDM", "HEAT_TREATMENT": "STAMPING", "SURFACE": "FORGING",
         "PLASTICS": "GRINDING", "ASSEMBLY": "CASTING"}
MAT = {"C45": ("45号钢", "CARBON_STEEL", "STEEL"), "C20": ("20号钢", "CARBON_STEEL", "STEEL"),
       "40CR": ("40Cr", "ALLOY_STEEL", "STEEL"), "42CRMO": ("42CrMo", "ALLOY_STEEL", "STEEL"),
       "20CRMNTI": ("20CrMnTi", "ALLOY_STEEL", "STEEL"), "GCR15": ("GCr15", "ALLOY_STEEL", "STEEL"),
       "SS304": ("304不锈钢", "STAINLESS", "STEEL"), "SS316L": ("316L不锈钢", "STAINLESS", "STEEL"),
       "AL6061": ("6061铝", "ALUMINIUM", "NONFERROUS"), "AL7075": ("7075铝", "ALUMINIUM", "NONFERROUS"),
       "H62": ("H62黄铜", "COPPER", "NONFERROUS"), "T2": ("T2紫铜", "COPPER", "NONFERROUS"),
       "Q235B": ("Q235B", "CARBON_STRUCTURAL", "STEEL"), "Q355": ("Q355", "LOW_ALLOY", "STEEL"),
       "HT250": ("HT250灰铸铁", "CAST_IRON", "STEEL"), "QT450": ("QT450球铁", "CAST_IRON", "STEEL"),
       "POM": ("POM", "ENGINEERING_PLASTIC", "PLASTIC_PELLET"), "PA66": ("PA66尼龙", "ENGINEERING_PLASTIC", "PLASTIC_PELLET"),
       "ABS": ("ABS", "COMMODITY_PLASTIC", "PLASTIC_PELLET"), "PP": ("PP", "COMMODITY_PLASTIC", "PLASTIC_PELLET"),
       "TC4": ("TC4钛合金", "TITANIUM", "NONFERROUS")}
SAME_FAMILY = {"C45": "C20", "C20": "C45", "40CR": "42CRMO", "42CRMO": "40CR", "20CRMNTI": "40CR", "GCR15": "42CRMO",
               "SS304": "SS316L", "SS316L": "SS304", "AL6061": "AL7075", "AL7075": "AL6061", "H62": "T2", "T2": "H62",
               "HT250": "QT450", "QT450": "HT250", "POM": "PA66", "PA66": "POM", "ABS": "PP", "PP": "ABS",
               "Q235B": None, "Q355": None, "TC4": None}
OTHER_FAMILY = {"STEEL": "SS304", "NONFERROUS": "TC4", "PLASTIC_PELLET": "PA66"}
OTHER_CATEGORY = {"STEEL": "ABS", "NONFERROUS": "Q235B", "PLASTIC_PELLET": "AL6061"}
CITY = {"TIEXI": "SY", "HUNNAN": "SY", "SHENBEI": "SY", "HEPING": "SY", "FUSHUN": "FS", "ANSHAN": "AS", "BENXI": "BX",
        "BEIJING": None}
OTHER_CITY = {"SY": ["FUSHUN", "ANSHAN", "BENXI"], "FS": ["ANSHAN", "HUNNAN"], "AS": ["TIEXI", "BENXI"],
              "BX": ["HUNNAN", "ANSHAN"]}
LOCAL = {"SY": ["TIEXI", "HUNNAN", "SHENBEI", "HEPING"], "FS": ["FUSHUN"], "AS": ["ANSHAN"], "BX": ["BENXI"]}

# machining demands by hand: processes, acceptable grades, IT, quantity, days to due date, place, part
MACHINING = [
    (["TURNING"], ["C45"], 7, 2000, 20, "TIEXI", "传动轴"),
    (["TURNING", "GRINDING"], ["40CR"], 6, 500, 25, "HUNNAN", "主轴"),
    (["MILLING"], ["AL6061"], 8, 300, 15, "SHENBEI", "铝壳体"),
    (["FIVE_AXIS"], ["TC4"], 6, 50, 30, "HUNNAN", "叶轮"),
    (["WIRE_EDM"], ["GCR15"], 6, 200, 12, "TIEXI", "模具镶件"),
    (["SHEET_METAL", "BENDING"], ["Q235B"], 11, 1000, 20, "HEPING", "机箱"),
    (["LASER_CUTTING"], ["Q355"], 11, 3000, 10, "TIEXI", "支架板"),
    (["WELDING"], ["Q235B"], 12, 100, 25, "SHENBEI", "钢结构框架"),
    (["CASTING"], ["HT250"], 9, 800, 40, "ANSHAN", "泵体"),
    (["FORGING"], ["42CRMO"], 9, 400, 35, "FUSHUN", "法兰"),
    (["TURNING", "HEAT_TREATMENT"], ["20CRMNTI"], 7, 1500, 30, "TIEXI", "齿轮轴"),
    (["MILLING", "ANODIZING"], ["AL7075"], 7, 600, 20, "HUNNAN", "无人机支臂"),
    (["STAMPING"], ["C20"], 10, 20000, 25, "BENXI", "冲压垫片"),
    (["GRINDING"], ["GCR15"], 5, 1000, 18, "TIEXI", "轴承套圈"),
    (["BORING"], ["QT450"], 7, 80, 30, "ANSHAN", "箱体孔系"),
    (["TURNING"], ["SS304"], 8, 5000, 20, "HEPING", "不锈钢接头"),
    (["EDM"], ["40CR"], 6, 60, 15, "SHENBEI", "型腔电极"),
    (["INJECTION_MOLDING"], ["PA66"], 10, 50000, 30, "FUSHUN", "尼龙齿轮"),
    (["DRILLING", "MILLING"], ["C45"], 9, 700, 14, "TIEXI", "连接板"),
    (["TURNING", "ELECTROPLATING"], ["H62"], 8, 3000, 25, "HUNNAN", "铜螺母"),
]
# material demands by hand: grades, category, quantity (吨), days, place
MATERIAL = [
    (["Q235B"], "STEEL", 100, 15, "TIEXI", "Q235B 钢板"),
    (["Q355"], "STEEL", 200, 20, "ANSHAN", "Q355 中厚板"),
    (["C45"], "STEEL", 30, 10, "HUNNAN", "45号钢 圆钢"),
    (["SS304"], "STEEL", 20, 15, "SHENBEI", "304不锈钢 板"),
    (["AL6061"], "NONFERROUS", 10, 20, "HEPING", "6061铝 棒材"),
    (["T2"], "NONFERROUS", 5, 25, "FUSHUN", "T2紫铜 排"),
    (["PA66"], "PLASTIC_PELLET", 8, 20, "TIEXI", "PA66尼龙 粒子"),
    (["ABS"], "PLASTIC_PELLET", 15, 15, "BENXI", "ABS 粒子"),
    (["42CRMO"], "STEEL", 40, 30, "TIEXI", "42CrMo 圆钢"),
    (["HT250"], "STEEL", 60, 25, "ANSHAN", "HT250灰铸铁 锭"),
]

rnd = random.Random(20261122)
rows = []


def q(s):
    return '"' + s.replace('"', '""') + '"' if ("," in s or '"' in s) else s


def row(*cols):
    rows.append(",".join(q(str(c)) for c in cols))


def city_of(place):
    return CITY[place]


def other_metro(place):
    return rnd.choice(OTHER_CITY[city_of(place)])


def local(place):
    return rnd.choice(LOCAL[city_of(place)])


oid = 0
SHOP = ["精工", "重机", "机械", "金属", "科技", "制造", "实业", "工业"]


def offer(did, title, desc, scen, procs, mats, cats, it, cap, unit, lead, place, grade):
    global oid
    oid += 1
    row("O", did, "o%d" % oid, title, desc, scen, "|".join(procs), "|".join(mats), "|".join(cats),
        "" if it is None else it, cap, unit, lead, place, grade)


def machining_grade(d, procs, mats, it, cap, lead, place):
    dprocs, dmats, dit, dqty, ddays, dplace = d
    have = [p for p in dprocs if p in procs]
    sib = [p for p in dprocs if p not in procs and any(PROC[o][1] == PROC[p][1] for o in procs)]
    if not have and not sib:
        return 0
    if len(have) < len(dprocs) or city_of(place) is None:
        return 1
    exact = any(m in mats for m in dmats)
    family = any(MAT[m][1] == MAT[o][1] for m in dmats for o in mats)
    if not exact and not family:
        return 1
    shortfalls = 0 if exact else 1
    if it is not None and it > dit:
        shortfalls += 1 if it == dit + 1 else 2
    if cap < dqty:
        shortfalls += 1 if cap >= dqty / 2 else 2
    if lead > ddays:
        shortfalls += 1
    if city_of(place) != city_of(dplace):
        shortfalls += 1
    return 3 if shortfalls == 0 else 2 if shortfalls == 1 else 1


for i, (procs, mats, it, qty, days, place, part) in enumerate(MACHINING):
    did = "m%02d" % (i + 1)
    pnames = "".join(PROC[p][0] for p in procs)
    mname = MAT[mats[0]][0]
    row("D", did, did, "%s %s %s" % (pnames, mname, part), "需%s%s，IT%d，%d件" % (pnames, part, it, qty), "MACHINING",
        "|".join(procs), "|".join(mats), "", it, qty, "件", days, place, "")
    d = (procs, mats, it, qty, days, place)
    kinds = [
        ("exact-local", procs + ["DRILLING"], mats, it - 1, qty * 2, days - 5, local(place)),
        ("exact-other-city", procs, mats, it, qty * 3, days - 3, other_metro(place)),
        ("coarser-local", procs, mats, it + 1, qty * 2, days - 4, local(place)),
        ("family-grade-local", procs, [SAME_FAMILY[mats[0]] or OTHER_FAMILY[MAT[mats[0]][2]]], it, qty * 2, days - 2,
         local(place)),
        ("sibling-or-partial", ([procs[0]] if len(procs) > 1 else [SIBLING[procs[0]] or WRONG[PROC[procs[0]][1]]]),
         mats, it, qty * 2, days - 2, local(place)),
        ("exact-far-or-small", procs, mats, it, qty // 3 if rnd.random() < 0.5 else qty * 2, days - 2,
         "BEIJING" if rnd.random() < 0.5 else local(place)),
        ("wrong-process-same-words", [WRONG[PROC[procs[0]][1]]], mats, it, qty * 5, days - 5, local(place)),
    ]
    rnd.shuffle(kinds)
    for kind, oprocs, omats, oit, cap, lead, oplace in kinds[:6]:
        g = machining_grade(d, oprocs, omats, oit, cap, lead, oplace)
        names = "".join(PROC[p][0] for p in oprocs)
        title = "%s%s %s加工" % (rnd.choice(["沈", "辽", "盛", "北", "东"]), rnd.choice(SHOP), names)
        desc = "承接%s，材料%s，可达IT%d，月产能%d件" % (names, "、".join(MAT[m][0] for m in omats), oit, cap)
        if kind == "wrong-process-same-words":
            desc += "，常做%s类零件" % part
        offer(did, title, desc, "MACHINING", oprocs, omats, [], oit, cap, "件", max(1, lead), oplace, g)


def material_grade(d, mats, cap, place):
    dmats, dcat, dqty, dplace = d
    cats = {MAT[m][2] for m in mats}
    if dcat not in cats:
        return 0
    exact = any(m in mats for m in dmats)
    family = any(MAT[m][1] == MAT[o][1] for m in dmats for o in mats)
    if city_of(place) is None or not (exact or family):
        return 1
    short = 0 if exact else 1
    if cap < dqty:
        short += 1 if cap >= dqty / 2 else 2
    if city_of(place) != city_of(dplace):
        short += 1
    return 3 if short == 0 else 2 if short == 1 else 1


for i, (mats, cat, qty, days, place, what) in enumerate(MATERIAL):
    did = "r%02d" % (i + 1)
    row("D", did, did, "求购 " + what, "求购%s %d吨" % (what, qty), "MATERIAL", "", "|".join(mats), cat, "", qty, "吨",
        days, place, "")
    d = (mats, cat, qty, place)
    fam = SAME_FAMILY[mats[0]] or OTHER_FAMILY[cat]
    kinds = [
        ("exact-local", mats + [fam], qty * 3, local(place)),
        ("exact-other-city", mats, qty * 2, other_metro(place)),
        ("exact-small-local", mats, max(1, qty * 2 // 3), local(place)),
        ("family-local", [fam], qty * 2, local(place)),
        ("exact-outside", mats, qty * 5, "BEIJING"),
        ("other-category-same-words", [OTHER_CATEGORY[cat]], qty * 5, local(place)),
    ]
    rnd.shuffle(kinds)
    for kind, omats, cap, oplace in kinds:
        g = material_grade(d, omats, cap, oplace)
        names = "、".join(MAT[m][0] for m in omats)
        title = "%s%s 供应%s" % (rnd.choice(["沈", "辽", "鞍", "抚", "本"]), rnd.choice(["钢贸", "物资", "金属", "材料"]), names)
        desc = "现货供应%s，月供%d吨" % (names, cap)
        if kind == "other-category-same-words":
            desc += "，可代采" + what
        cats = sorted({MAT[m][2] for m in omats})
        offer(did, title, desc, "MATERIAL", [], omats, cats, "", cap, "吨", 5, oplace, g)

print(HEADER)
print("\n".join(rows))
