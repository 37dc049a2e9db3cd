#!/usr/bin/env python3
"""Writes relevance-pool.tsv: a fixed seeded pool of offers, 220 constructed demands with ground truth by
construction and 50 hand-written demands, with graded judgments over the WHOLE pool.

Run: python3 relevance_pool.py > relevance-pool.tsv (deterministic; reads the taxonomy CSVs of
src/main/resources/matching for codes, families, categories and synonyms). The Java ranking plays no part in the
grades."""
import csv
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
TAX = os.path.join(HERE, "..", "..", "..", "main", "resources", "matching")


def read(name):
    with open(os.path.join(TAX, name), encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


PROC = {r["code"]: r for r in read("processes.csv")}
MAT = {r["code"]: r for r in read("materials.csv")}
CAT = {r["code"]: r for r in read("categories.csv")}


def syns(row):
    return [s for s in row["synonyms"].split("|") if s]


HEADER = """# Relevance pool for the matching engine, read by cn.lianshang.marketplace.RelevancePool (RetrievalRelevanceTests,
# AnalyzerComparisonTests). Written by relevance_pool.py (same folder, deterministic, seed 20261204).
# Tab-separated; lines starting with # are comments; lists are |-separated taxonomy codes (src/main/resources/matching).
# Three record kinds, told by the first column:
#   O  id scenario title description processes materials categories it capacity unit lead place
#      one offer of the fixed pool (capacity = per month, lead = lead time in days)
#   Q  id set scenario title description processes materials category it quantity unit days place note
#      one demand; set = constructed (built from the offer named in note, ground truth by construction) or hand
#      (written by hand; note = the judge's reading: required processes / acceptable grades); days = to the due date
#      counted from 2026-11-10; the structured fields are what the engine gets, the judge grades the text's need
#   J  query-id grade offer-ids   the pool offers (comma-separated) with that grade (1-3) for that demand; every
#      offer not listed for a demand has grade 0
# place: TIEXI 210106, HUNNAN 210112, SHENBEI 210113, HEPING 210102 (沈阳), FUSHUN 210402, ANSHAN 210303,
# BENXI 210502 (都市圈), BEIJING (outside, no division).
# Grading rule (the need as the judge reads it, against each offer's capability):
#  machining  0 = no required process and none of its taxonomy family (or another scenario)
#             1 = only some required processes or only a same-family process, or no acceptable grade nor one of
#                 its family, or outside the metropolitan area, or two or more shortfalls
#             2 = every required process and an acceptable grade or one of its family, with ONE shortfall: a
#                 family grade, one IT grade coarser, capacity 50-99 %, lead time over the due date, another city
#             3 = every required process, an acceptable grade, IT as fine as asked, capacity >= quantity, lead time
#                 within the due date, in the same city
#  material   0 = another category; 1 = same category but no acceptable grade nor family, or outside the area, or
#             two or more shortfalls; 2 = one shortfall (family grade, 50-99 % quantity, another city);
#             3 = an acceptable grade with the quantity in the same city
# Relevant for recall@20 = grade >= 2."""

PLACES = ["TIEXI", "HUNNAN", "SHENBEI", "HEPING", "FUSHUN", "ANSHAN", "BENXI", "BEIJING"]
PLACE_W = [16, 16, 16, 16, 10, 10, 10, 6]
CITY = {"TIEXI": "SY", "HUNNAN": "SY", "SHENBEI": "SY", "HEPING": "SY", "FUSHUN": "FS", "ANSHAN": "AS",
        "BENXI": "BX", "BEIJING": None}
LOCAL = {"SY": ["TIEXI", "HUNNAN", "SHENBEI", "HEPING"], "FS": ["FUSHUN"], "AS": ["ANSHAN"], "BX": ["BENXI"]}

# machining: primary process weights, companions, grades it usually takes, IT range
PRIMARY = {"TURNING": 14, "MILLING": 12, "CNC_MACHINING": 6, "FIVE_AXIS": 4, "GRINDING": 6, "BORING": 3,
           "DRILLING": 3, "WIRE_EDM": 4, "EDM": 3, "SHEET_METAL": 6, "STAMPING": 5, "BENDING": 2,
           "LASER_CUTTING": 5, "PLASMA_CUTTING": 2, "WELDING": 6, "CASTING": 4, "FORGING": 3, "DIE_CASTING": 3,
           "INJECTION_MOLDING": 4, "HEAT_TREATMENT": 4, "SURFACE_TREATMENT": 1, "ELECTROPLATING": 2,
           "SPRAY_COATING": 2, "ANODIZING": 2, "ADDITIVE": 2, "ASSEMBLY": 2}
COMPANION = {"TURNING": ["MILLING", "DRILLING", "GRINDING", "HEAT_TREATMENT"], "MILLING": ["TURNING", "DRILLING",
             "BORING", "ANODIZING"], "CNC_MACHINING": ["TURNING", "MILLING"], "FIVE_AXIS": ["MILLING"],
             "GRINDING": ["TURNING", "HEAT_TREATMENT"], "BORING": ["MILLING"], "DRILLING": ["MILLING"],
             "WIRE_EDM": ["EDM", "GRINDING"], "EDM": ["WIRE_EDM"], "SHEET_METAL": ["BENDING", "LASER_CUTTING",
             "WELDING", "SPRAY_COATING"], "STAMPING": ["BENDING", "ELECTROPLATING"], "BENDING": ["SHEET_METAL"],
             "LASER_CUTTING": ["BENDING", "WELDING"], "PLASMA_CUTTING": ["WELDING"], "WELDING": ["SHEET_METAL",
             "ASSEMBLY", "SPRAY_COATING"], "CASTING": ["MILLING", "HEAT_TREATMENT"], "FORGING": ["HEAT_TREATMENT",
             "TURNING"], "DIE_CASTING": ["MILLING", "ANODIZING"], "INJECTION_MOLDING": ["ASSEMBLY"],
             "HEAT_TREATMENT": ["SURFACE_TREATMENT"], "SURFACE_TREATMENT": ["ELECTROPLATING"],
             "ELECTROPLATING": ["SURFACE_TREATMENT"], "SPRAY_COATING": ["SURFACE_TREATMENT"],
             "ANODIZING": ["SURFACE_TREATMENT"], "ADDITIVE": ["MILLING"], "ASSEMBLY": ["WELDING"]}
METALS = ["C45", "Q235B", "40CR", "42CRMO", "SS304", "SS316L", "AL6061", "AL7075", "C20", "20CRMNTI", "GCR15",
          "Q355", "H62", "T2", "TC4"]
GRADES = {"INJECTION_MOLDING": ["ABS", "PP", "PA66", "POM", "PE"], "CASTING": ["HT250", "QT450", "AL6061"],
          "DIE_CASTING": ["AL6061", "AL7075"], "ANODIZING": ["AL6061", "AL7075"], "ADDITIVE": ["TC4", "AL6061",
          "SS316L"], "FORGING": ["42CRMO", "40CR", "C45", "20CRMNTI"], "SHEET_METAL": ["Q235B", "SS304", "AL6061"],
          "STAMPING": ["Q235B", "C20", "SS304", "H62"], "BENDING": ["Q235B", "SS304"], "LASER_CUTTING": ["Q235B",
          "Q355", "SS304"], "PLASMA_CUTTING": ["Q235B", "Q355"], "WELDING": ["Q235B", "Q355", "SS304"],
          "FIVE_AXIS": ["AL7075", "TC4", "SS316L", "AL6061"], "WIRE_EDM": ["GCR15", "40CR", "42CRMO"],
          "EDM": ["GCR15", "40CR"], "GRINDING": ["GCR15", "40CR", "C45", "42CRMO"]}
IT_RANGE = {"GRINDING": (5, 7), "FIVE_AXIS": (6, 8), "WIRE_EDM": (5, 7), "EDM": (6, 8), "TURNING": (6, 9),
            "MILLING": (6, 9), "CNC_MACHINING": (6, 9), "BORING": (6, 8), "DRILLING": (8, 11),
            "SHEET_METAL": (10, 12), "STAMPING": (9, 12), "BENDING": (10, 12), "LASER_CUTTING": (10, 12),
            "PLASMA_CUTTING": (12, 14), "WELDING": (11, 14), "CASTING": (9, 13), "FORGING": (10, 13),
            "DIE_CASTING": (8, 11), "INJECTION_MOLDING": (8, 11), "HEAT_TREATMENT": (9, 12),
            "SURFACE_TREATMENT": (10, 12), "ELECTROPLATING": (10, 12), "SPRAY_COATING": (10, 12),
            "ANODIZING": (9, 11), "ADDITIVE": (8, 11), "ASSEMBLY": (9, 12)}
PART = {"TURNING": ["传动轴", "销轴", "法兰盘", "螺纹套", "阶梯轴"], "MILLING": ["支架", "壳体", "安装板", "夹具体"],
        "CNC_MACHINING": ["非标零件", "机加工件"], "FIVE_AXIS": ["叶轮", "异形结构件"], "GRINDING": ["轴承套圈", "导柱"],
        "BORING": ["箱体", "轴承座"], "DRILLING": ["连接板", "孔板"], "WIRE_EDM": ["模具镶件", "凸模"],
        "EDM": ["型腔电极", "模具型腔"], "SHEET_METAL": ["机箱", "电控柜"], "STAMPING": ["垫片", "冲压支架"],
        "BENDING": ["折弯件", "护罩"], "LASER_CUTTING": ["钢板下料件", "切割件"], "PLASMA_CUTTING": ["厚板下料件"],
        "WELDING": ["钢结构框架", "焊接支架"], "CASTING": ["泵体", "阀体"], "FORGING": ["齿轮坯", "锻造法兰"],
        "DIE_CASTING": ["压铸壳体", "散热器"], "INJECTION_MOLDING": ["塑料外壳", "尼龙齿轮"],
        "HEAT_TREATMENT": ["齿轮调质", "轴类淬火"], "SURFACE_TREATMENT": ["零件表面处理"],
        "ELECTROPLATING": ["镀锌件"], "SPRAY_COATING": ["喷塑件"], "ANODIZING": ["铝件氧化"], "ADDITIVE": ["打印样件"],
        "ASSEMBLY": ["部件组装"]}
SHOP = ["精工", "重机", "机械", "金属", "科技", "制造", "实业", "工业", "精密", "机电"]
PREFIX = ["沈", "辽", "盛", "北", "东", "铁", "浑", "华", "恒", "鑫"]
ASCII_SHORT = {"pp", "pe", "a3"}

rnd = random.Random(20261204)


def cn_alias(code, vocab, exclude=None):
    """A synonym of a code, mostly a Chinese one, not the excluded one if another exists."""
    options = [s for s in syns(vocab[code]) if s != exclude] or syns(vocab[code])
    han = [s for s in options if any('\u4e00' <= ch <= '\u9fff' for ch in s)]
    pick = rnd.choice(han if han and rnd.random() < 0.75 else options)
    return pick.upper() if pick.isascii() and rnd.random() < 0.5 else pick


def proc_word(code, exclude=None):
    w = cn_alias(code, PROC, exclude)
    return w


def city(place):
    return CITY[place]


offers = []  # dicts


def new_machining(i):
    p = rnd.choices(list(PRIMARY), weights=list(PRIMARY.values()))[0]
    procs = [p]
    for c in COMPANION[p]:
        if rnd.random() < 0.3:
            procs.append(c)
    grades = GRADES.get(p, METALS)
    mats = rnd.sample(grades, min(len(grades), rnd.choice([1, 1, 2, 2, 3])))
    lo, hi = IT_RANGE[p]
    it = rnd.randint(lo, hi)
    cap = rnd.choice([200, 500, 1000, 2000, 3000, 5000, 10000, 20000, 50000])
    lead = rnd.randint(5, 40)
    place = rnd.choices(PLACES, weights=PLACE_W)[0]
    words = [proc_word(c) for c in procs]
    mwords = [cn_alias(m, MAT) for m in mats]
    title = "%s%s%s %s" % (rnd.choice(PREFIX), rnd.choice(PREFIX), rnd.choice(SHOP), words[0])
    if not words[0].endswith(("加工", "件")) and rnd.random() < 0.6:
        title += "加工"
    desc = "承接%s，材料%s，可达IT%d，月产能%d件，交期%d天" % ("、".join(words), "、".join(mwords), it, cap, lead)
    if rnd.random() < 0.5:
        desc += "，常做%s" % rnd.choice(PART[p])
    offers.append(dict(id="o%d" % i, scenario="MACHINING", title=title, desc=desc, procs=procs, mats=mats, cats=[],
                       it=it, cap=cap, unit="件", lead=lead, place=place))


def new_material(i):
    cat = rnd.choice(["STEEL", "STEEL", "STEEL", "NONFERROUS", "PLASTIC_PELLET"])
    pool = [m for m in MAT if MAT[m]["category"] == cat]
    mats = rnd.sample(pool, min(len(pool), rnd.choice([1, 2, 3])))
    cap = rnd.choice([5, 10, 20, 50, 100, 200, 500])
    place = rnd.choices(PLACES, weights=PLACE_W)[0]
    mwords = [cn_alias(m, MAT) for m in mats]
    title = "%s%s%s 供应%s" % (rnd.choice(PREFIX), rnd.choice(PREFIX), rnd.choice(["钢贸", "物资", "金属", "材料", "塑化"]),
                            mwords[0])
    desc = "现货供应%s，%s，月供%d吨，可配送" % ("、".join(mwords), cn_alias(cat, CAT), cap)
    offers.append(dict(id="o%d" % i, scenario="MATERIAL", title=title, desc=desc, procs=[], mats=mats,
                       cats=sorted({MAT[m]["category"] for m in mats}), it=None, cap=cap, unit="吨",
                       lead=rnd.randint(2, 10), place=place))


N_MACHINING, N_MATERIAL = 900, 250
for i in range(1, N_MACHINING + N_MATERIAL + 1):
    (new_machining if i <= N_MACHINING else new_material)(i)
rnd.shuffle(offers)


def pfam(c):
    return PROC[c]["family"]


def mfam(c):
    return MAT[c]["family"]


def machining_grade(need, o):
    if o["scenario"] != "MACHINING":
        return 0
    req, grades, it, qty, days, place = need
    have = [p for p in req if p in o["procs"]]
    sib = [p for p in req if p not in o["procs"] and any(pfam(x) == pfam(p) for x in o["procs"])]
    if not have and not sib:
        return 0
    if len(have) < len(req) or city(o["place"]) is None:
        return 1
    exact = any(m in o["mats"] for m in grades)
    family = any(mfam(m) == mfam(x) for m in grades for x in o["mats"])
    if not exact and not family:
        return 1
    short = 0 if exact else 1
    if it is not None and o["it"] > it:
        short += 1 if o["it"] == it + 1 else 2
    if o["cap"] < qty:
        short += 1 if o["cap"] >= qty / 2 else 2
    if o["lead"] > days:
        short += 1
    if city(o["place"]) != city(place):
        short += 1
    return 3 if short == 0 else 2 if short == 1 else 1


def material_grade(need, o):
    if o["scenario"] != "MATERIAL":
        return 0
    grades, cat, qty, place = need
    if cat not in o["cats"]:
        return 0
    exact = any(m in o["mats"] for m in grades)
    family = any(mfam(m) == mfam(x) for m in grades for x in o["mats"])
    if city(o["place"]) is None or not (exact or family):
        return 1
    short = 0 if exact else 1
    if o["cap"] < qty:
        short += 1 if o["cap"] >= qty / 2 else 2
    if city(o["place"]) != city(place):
        short += 1
    return 3 if short == 0 else 2 if short == 1 else 1


def typo(word):
    """Spacing and width slips a buyer makes: a space inside a word, full-width digits, upper case."""
    r = rnd.random()
    if r < 0.25 and len(word) >= 3:
        k = rnd.randint(1, len(word) - 1)
        return word[:k] + " " + word[k:]
    if r < 0.35:
        return "".join(chr(ord(ch) + 0xFEE0) if ch.isdigit() else ch for ch in word)
    if r < 0.5:
        return word.upper()
    return word


queries = []  # dicts with need


def construct_machining(qid, src):
    req = list(src["procs"])
    struct = list(req)
    note = "from %s" % src["id"]
    if len(req) > 1 and rnd.random() < 0.5:
        struct = rnd.sample(req, rnd.randint(1, len(req) - 1))
        note += "; partial process list"
    grade = rnd.choice(src["mats"])
    it = src["it"] + rnd.choice([0, 0, 1, 2])
    qty = max(10, int(src["cap"] * rnd.choice([0.2, 0.5, 0.8, 1.0])))
    days = src["lead"] + rnd.randint(0, 15)
    place = rnd.choice(LOCAL[city(src["place"])]) if city(src["place"]) else "TIEXI"
    if city(src["place"]) is None:
        note += "; source outside the area"
    src_words = [w for w in src["desc"].split("，")[0][2:].split("、")]
    words = [typo(proc_word(p, exclude=src_words[i] if i < len(src_words) else None)) for i, p in enumerate(req)]
    mword = typo(cn_alias(grade, MAT, exclude=None))
    part = rnd.choice(PART[req[0]])
    title = "%s %s %s" % (rnd.choice(["", "、", "+", " "]).join(words), mword, part)
    desc = "需%s%s，材料%s，公差IT%d，%d件，%d天内交货" % ("、".join(words), part, mword, it, qty, days)
    queries.append(dict(id=qid, set="constructed", scenario="MACHINING", title=title, desc=desc, procs=struct,
                        mats=[grade], cat="", it=it, qty=qty, unit="件", days=days, place=place, note=note,
                        need=("M", (req, [grade], it, qty, days, place))))


def construct_material(qid, src):
    grade = rnd.choice(src["mats"])
    cat = MAT[grade]["category"]
    qty = max(1, int(src["cap"] * rnd.choice([0.3, 0.5, 1.0])))
    days = rnd.randint(7, 30)
    place = rnd.choice(LOCAL[city(src["place"])]) if city(src["place"]) else "HEPING"
    mword = typo(cn_alias(grade, MAT))
    title = "求购 %s" % mword
    if rnd.random() < 0.5:
        title += " " + cn_alias(cat, CAT)
    desc = "求购%s %d吨，%d天内到货" % (mword, qty, days)
    queries.append(dict(id=qid, set="constructed", scenario="MATERIAL", title=title, desc=desc, procs=[],
                        mats=[grade], cat=cat, it=None, qty=qty, unit="吨", days=days, place=place,
                        note="from %s" % src["id"], need=("R", ([grade], cat, qty, place))))


# sources inside the metropolitan area, so that each constructed demand has its source as a grade-3 answer
mach = [o for o in offers if o["scenario"] == "MACHINING" and city(o["place"])]
matl = [o for o in offers if o["scenario"] == "MATERIAL" and city(o["place"])]
for n, src in enumerate(rnd.sample(mach, 160)):
    construct_machining("c%03d" % (n + 1), src)
for n, src in enumerate(rnd.sample(matl, 60)):
    construct_material("c%03d" % (161 + n), src)

# Hand-written demands: (title, description, scenario, structured processes, structured grades, category, IT,
# quantity, days, place, judge's required processes, judge's acceptable grades). The judge reads the text: what it
# needs may be more than the boxes the buyer ticked, and an "或" in the text admits several grades.
H = "MACHINING"
HAND = [
    ("45#钢数控车削轴类零件", "铁西区一家汽车零部件企业需要 2000 件 45#钢数控车削轴类零件，公差 IT7，月底交货", H,
     ["TURNING"], ["C45"], "", 7, 2000, 20, "TIEXI", ["TURNING"], ["C45"]),
    ("40Cr 主轴 车削+磨削", "浑南区机床厂求购40Cr主轴精加工：粗车、精车后外圆磨，IT6，500件，25天", H,
     ["TURNING", "GRINDING"], ["40CR"], "", 6, 500, 25, "HUNNAN", ["TURNING", "GRINDING"], ["40CR"]),
    ("6061铝合金壳体 CNC铣", "沈北新区电子企业需要6061-T6铝合金外壳，加工中心铣削成型后阳极氧化，300件", H,
     ["MILLING"], ["AL6061"], "", 8, 300, 20, "SHENBEI", ["MILLING", "ANODIZING"], ["AL6061"]),
    ("钛合金叶轮五轴加工", "航空配套单位：TC4钛合金叶轮，需五轴联动加工，IT6，小批量50件，30天内", H,
     ["FIVE_AXIS"], ["TC4"], "", 6, 50, 30, "HUNNAN", ["FIVE_AXIS"], ["TC4"]),
    ("模具镶件慢走丝", "铁西模具厂外协GCr15镶件慢走丝线切割，精度IT6，200件，两周", H,
     ["WIRE_EDM"], ["GCR15"], "", 6, 200, 14, "TIEXI", ["WIRE_EDM"], ["GCR15"]),
    ("机箱钣金折弯", "和平区设备商需要Q235冷板机箱，钣金下料折弯，1000套，20天", H,
     ["SHEET_METAL", "BENDING"], ["Q235B"], "", 11, 1000, 20, "HEPING", ["SHEET_METAL", "BENDING"], ["Q235B"]),
    ("Q355支架板激光下料", "铁西区工程机械厂：Q355B钢板激光切割下料3000件，10天交货", H,
     ["LASER_CUTTING"], ["Q355"], "", 11, 3000, 10, "TIEXI", ["LASER_CUTTING"], ["Q355"]),
    ("钢结构框架焊接", "沈北新区需要焊接钢结构框架100套，材质Q235B，二保焊，25天", H,
     ["WELDING"], ["Q235B"], "", 12, 100, 25, "SHENBEI", ["WELDING"], ["Q235B"]),
    ("HT250泵体铸造", "鞍山泵业外协HT250灰铸铁泵体毛坯，砂型铸造，800件，40天", H,
     ["CASTING"], ["HT250"], "", 10, 800, 40, "ANSHAN", ["CASTING"], ["HT250"]),
    ("42CrMo法兰锻件", "抚顺石化配套：42CrMo锻造法兰400件，锻后调质，35天", H,
     ["FORGING"], ["42CRMO"], "", 11, 400, 35, "FUSHUN", ["FORGING", "HEAT_TREATMENT"], ["42CRMO"]),
    ("齿轮轴车削及渗碳淬火", "20CrMnTi齿轮轴1500件，车削后渗碳淬火，IT7，30天，铁西", H,
     ["TURNING", "HEAT_TREATMENT"], ["20CRMNTI"], "", 7, 1500, 30, "TIEXI", ["TURNING", "HEAT_TREATMENT"],
     ["20CRMNTI"]),
    ("无人机支臂 7075 铣削氧化", "浑南无人机企业：7075铝支臂数控铣+硬质氧化，600件，IT7", H,
     ["MILLING", "ANODIZING"], ["AL7075"], "", 7, 600, 20, "HUNNAN", ["MILLING", "ANODIZING"], ["AL7075"]),
    ("冲压垫片 20#钢", "本溪企业需要20#钢冲压垫片2万件，25天", H,
     ["STAMPING"], ["C20"], "", 10, 20000, 25, "BENXI", ["STAMPING"], ["C20"]),
    ("轴承套圈精磨", "GCr15轴承套圈外圆磨、内圆磨，IT5，1000件，18天", H,
     ["GRINDING"], ["GCR15"], "", 5, 1000, 18, "TIEXI", ["GRINDING"], ["GCR15"]),
    ("球铁箱体镗孔", "鞍山减速机厂：QT450球铁箱体孔系镗削，IT7，80件，一个月", H,
     ["BORING"], ["QT450"], "", 7, 80, 30, "ANSHAN", ["BORING"], ["QT450"]),
    ("304不锈钢接头车加工", "和平区阀门企业需要304不锈钢接头5000件，数控车加工，IT8，20天", H,
     ["TURNING"], ["SS304"], "", 8, 5000, 20, "HEPING", ["TURNING"], ["SS304"]),
    ("电火花加工型腔", "沈北模具公司：40Cr型腔电极放电加工，60件，半个月", H,
     ["EDM"], ["40CR"], "", 7, 60, 15, "SHENBEI", ["EDM"], ["40CR"]),
    ("尼龙齿轮注塑", "抚顺家电配套：PA66尼龙齿轮注塑成型5万件，一个月", H,
     ["INJECTION_MOLDING"], ["PA66"], "", 10, 50000, 30, "FUSHUN", ["INJECTION_MOLDING"], ["PA66"]),
    ("连接板钻孔铣削", "45钢连接板700件，先铣后钻孔攻丝，IT9，两周内，铁西区", H,
     ["MILLING"], ["C45"], "", 9, 700, 14, "TIEXI", ["MILLING", "DRILLING"], ["C45"]),
    ("铜螺母车削镀镍", "H62黄铜螺母3000件，车削后镀镍，25天，浑南", H,
     ["TURNING", "ELECTROPLATING"], ["H62"], "", 8, 3000, 25, "HUNNAN", ["TURNING", "ELECTROPLATING"], ["H62"]),
    ("电控柜钣金喷塑", "沈北新区电气公司：冷轧板电控柜钣金加工并喷塑，500台，20天", H,
     ["SHEET_METAL", "SPRAY_COATING"], ["Q235B"], "", 11, 500, 20, "SHENBEI", ["SHEET_METAL", "SPRAY_COATING"],
     ["Q235B"]),
    ("铝压铸散热器", "浑南LED企业：铝合金压铸散热器1万件，压铸后去毛刺，30天", H,
     ["DIE_CASTING"], ["AL6061"], "", 10, 10000, 30, "HUNNAN", ["DIE_CASTING"], ["AL6061", "AL7075"]),
    ("不锈钢316L医疗件五轴", "医疗器械企业（浑南）需要316L不锈钢骨科器械件，5轴加工，IT7，100件", H,
     ["FIVE_AXIS"], ["SS316L"], "", 7, 100, 30, "HUNNAN", ["FIVE_AXIS"], ["SS316L"]),
    ("调质处理 42CrMo 轴", "铁西重型机械：42CrMo大轴调质热处理，300件，15天", H,
     ["HEAT_TREATMENT"], ["42CRMO"], "", 12, 300, 15, "TIEXI", ["HEAT_TREATMENT"], ["42CRMO"]),
    ("金属3D打印样件", "科研院所需要TC4钛合金金属3D打印样件20件，IT10，一个月", H,
     ["ADDITIVE"], ["TC4"], "", 10, 20, 30, "HEPING", ["ADDITIVE"], ["TC4"]),
    ("ABS外壳注塑", "本溪仪表厂：ABS塑料外壳注塑2万件，模具我方提供，20天", H,
     ["INJECTION_MOLDING"], ["ABS"], "", 10, 20000, 20, "BENXI", ["INJECTION_MOLDING"], ["ABS"]),
    ("镀锌冲压支架", "Q235B冲压支架1万件，冲压后镀锌，本溪或沈阳均可，30天", H,
     ["STAMPING", "ELECTROPLATING"], ["Q235B"], "", 11, 10000, 30, "BENXI", ["STAMPING", "ELECTROPLATING"],
     ["Q235B"]),
    ("非标零件机加工", "铁西区自动化设备厂，45号钢/40Cr非标零件机加工，车铣复合，IT8，200件", H,
     ["TURNING", "MILLING"], ["C45", "40CR"], "", 8, 200, 20, "TIEXI", ["TURNING", "MILLING"], ["C45", "40CR"]),
    ("阀体铸件 球墨铸铁", "抚顺阀门厂求QT450-10球墨铸铁阀体铸件600件，35天", H,
     ["CASTING"], ["QT450"], "", 11, 600, 35, "FUSHUN", ["CASTING"], ["QT450", "HT250"]),
    ("等离子切割厚板", "鞍山钢构：Q355厚板数控等离子切割下料，2000件，10天", H,
     ["PLASMA_CUTTING"], ["Q355"], "", 13, 2000, 10, "ANSHAN", ["PLASMA_CUTTING"], ["Q355"]),
    ("不锈钢焊接件 氩弧焊", "和平区食品机械：304不锈钢氩弧焊接机架50套，20天", H,
     ["WELDING"], ["SS304"], "", 12, 50, 20, "HEPING", ["WELDING"], ["SS304"]),
    ("销轴车削 小批量", "沈北农机厂需要40Cr销轴车削加工300件，IT8，15天", H,
     ["TURNING"], ["40CR"], "", 8, 300, 15, "SHENBEI", ["TURNING"], ["40CR", "42CRMO"]),
    ("导柱精磨 GCr15", "模架企业：GCr15导柱无心磨，IT6，2000件，20天，铁西", H,
     ["GRINDING"], ["GCR15"], "", 6, 2000, 20, "TIEXI", ["GRINDING"], ["GCR15"]),
    ("部件组装外协", "浑南装备企业外协部件组装，含焊接，100套，30天", H,
     ["ASSEMBLY"], ["Q235B"], "", 12, 100, 30, "HUNNAN", ["ASSEMBLY", "WELDING"], ["Q235B"]),
    ("北京客户 铣削支架", "北京一家企业想在沈阳都市圈找铝合金6061支架铣削加工800件，IT8", H,
     ["MILLING"], ["AL6061"], "", 8, 800, 25, "HEPING", ["MILLING"], ["AL6061"]),
    ("黄铜冲压件", "H62黄铜冲压件5000件，沈阳本地优先，20天", H,
     ["STAMPING"], ["H62"], "", 10, 5000, 20, "HEPING", ["STAMPING"], ["H62", "T2"]),
    ("电镀锌 表面处理", "铁西紧固件厂：螺栓镀锌表面处理，10万件，10天", H,
     ["ELECTROPLATING"], ["C45"], "", 12, 100000, 10, "TIEXI", ["ELECTROPLATING"], ["C45", "Q235B", "C20"]),
    ("齿轮坯锻造", "20CrMnTi齿轮坯模锻1000件，锻后正火，30天，沈北", H,
     ["FORGING"], ["20CRMNTI"], "", 12, 1000, 30, "SHENBEI", ["FORGING"], ["20CRMNTI"]),
    # raw materials
    ("求购 Q235B 钢板", "铁西区钢结构企业求购Q235B中厚板100吨，15天内到货", "MATERIAL",
     [], ["Q235B"], "PLATE", None, 100, 15, "TIEXI", [], ["Q235B"]),
    ("求购 Q355B 中厚板", "鞍山桥梁构件厂求购Q355B钢板200吨，20天", "MATERIAL",
     [], ["Q355"], "STEEL", None, 200, 20, "ANSHAN", [], ["Q355"]),
    ("45号钢圆钢采购", "浑南机械厂采购45号钢圆钢30吨，十天内", "MATERIAL",
     [], ["C45"], "STEEL", None, 30, 10, "HUNNAN", [], ["C45"]),
    ("304不锈钢板 20吨", "沈北食品设备厂求购304不锈钢板20吨", "MATERIAL",
     [], ["SS304"], "STEEL", None, 20, 15, "SHENBEI", [], ["SS304"]),
    ("6061铝棒", "和平区求购6061-T6铝合金棒材10吨，20天", "MATERIAL",
     [], ["AL6061"], "NONFERROUS", None, 10, 20, "HEPING", [], ["AL6061"]),
    ("紫铜排采购", "抚顺电力设备厂采购T2紫铜排5吨", "MATERIAL",
     [], ["T2"], "NONFERROUS", None, 5, 25, "FUSHUN", [], ["T2"]),
    ("PA66 尼龙粒子", "铁西区注塑厂求购PA66尼龙66粒子8吨，20天", "MATERIAL",
     [], ["PA66"], "PLASTIC_PELLET", None, 8, 20, "TIEXI", [], ["PA66"]),
    ("ABS 塑胶原料", "本溪家电配套厂采购ABS塑料粒子15吨", "MATERIAL",
     [], ["ABS"], "PLASTIC_PELLET", None, 15, 15, "BENXI", [], ["ABS"]),
    ("42CrMo 圆钢", "铁西重机求购42CrMo合金圆钢40吨，一个月内", "MATERIAL",
     [], ["42CRMO"], "STEEL", None, 40, 30, "TIEXI", [], ["42CRMO", "40CR"]),
    ("螺纹钢 HRB400E", "沈北新区建筑公司采购三级螺纹钢HRB400E 500吨", "MATERIAL",
     [], ["HRB400"], "STEEL", None, 500, 10, "SHENBEI", [], ["HRB400"]),
    ("聚丙烯PP颗粒", "浑南包装企业求购PP聚丙烯颗粒50吨", "MATERIAL",
     [], ["PP"], "PLASTIC_PELLET", None, 50, 15, "HUNNAN", [], ["PP"]),
    ("钛合金棒 TC4", "和平区医疗器械厂采购TC4钛合金棒材2吨", "MATERIAL",
     [], ["TC4"], "NONFERROUS", None, 2, 30, "HEPING", [], ["TC4"]),
]
assert len(HAND) >= 50, len(HAND)
for n, (title, desc, scen, sp, sm, cat, it, qty, days, place, jp, jm) in enumerate(HAND):
    if scen == "MACHINING":
        need = ("M", (jp, jm, it, qty, days, place))
    else:
        need = ("R", (jm, MAT[jm[0]]["category"], qty, place))
    queries.append(dict(id="h%02d" % (n + 1), set="hand", scenario=scen, title=title, desc=desc, procs=sp, mats=sm,
                        cat=cat, it=it, qty=qty, unit="件" if scen == "MACHINING" else "吨", days=days, place=place,
                        note="needs %s / grades %s" % ("|".join(jp) or "-", "|".join(jm)), need=need))

out = [HEADER]
for o in offers:
    out.append("\t".join(["O", o["id"], o["scenario"], o["title"], o["desc"], "|".join(o["procs"]), "|".join(o["mats"]),
                          "|".join(o["cats"]), "" if o["it"] is None else str(o["it"]), str(o["cap"]), o["unit"],
                          str(o["lead"]), o["place"]]))
for q in queries:
    out.append("\t".join(["Q", q["id"], q["set"], q["scenario"], q["title"], q["desc"], "|".join(q["procs"]),
                          "|".join(q["mats"]), q["cat"], "" if q["it"] is None else str(q["it"]), str(q["qty"]),
                          q["unit"], str(q["days"]), q["place"], q["note"]]))
    kind, need = q["need"]
    by_grade = {3: [], 2: [], 1: []}
    for o in offers:
        g = machining_grade(need, o) if kind == "M" else material_grade(need, o)
        if g > 0:
            by_grade[g].append(o["id"])
    for g in (3, 2, 1):
        if by_grade[g]:
            out.append("\t".join(["J", q["id"], str(g), ",".join(by_grade[g])]))
print("\n".join(out))
