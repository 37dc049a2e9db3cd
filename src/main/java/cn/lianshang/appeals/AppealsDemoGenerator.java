package cn.lianshang.appeals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import cn.lianshang.appeals.model.AppealMetrics;
import cn.lianshang.appeals.model.Satisfaction;
import cn.lianshang.appeals.model.WorkingCalendar;

/**
 * Builds demo appeals (unsaved) from a seed: the same seed, companies and day give the
 * same appeals. Every appeal walks the real state machine of {@link Appeal} with
 * timestamps in the past, so its history is what the workflow would have recorded.
 * <p>
 * The shape (seed 000: 4,759 appeals, city and district closure rates above 98%): filed
 * on working days from {@link #FIRST_DAY} to the day before today, 08:00–20:00;
 * categories weighted towards 政策兑现, 审批办证, 融资信贷 and 用工招聘; about 3% returned once (退单) and
 * re-dispatched; about 95% signed for on time; about 90% answered on time (a late answer
 * also gets the automatic 督办 its clock would have made); ratings 80% 满意, 15% 基本满意, 5%
 * 不满意, half of those reopened (重办) and answered again. Appeals filed in the last
 * {@link #RECENT_DAYS} days are still open at some step; of the older ones about 1.5% are
 * left open (stuck), so about 98% of them are closed.
 */
final class AppealsDemoGenerator {

	static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);

	static final int RECENT_DAYS = 14;

	static final String DEMO_HANDLER = "承办人员（演示）";

	static final String DEMO_DISPATCHER = "派单中心（演示）";

	/** A demo enterprise. */
	record Company(String uscc, String name, String industryCode, String divisionCode, String divisionPath) {
	}

	/** Category code, weight (of 100), and sample descriptions. */
	record Kind(String code, int weight, List<String> descriptions) {
	}

	static final List<Kind> KINDS = List.of(
			new Kind("POLICY", 18,
					List.of("申报的稳岗补贴已公示三个月仍未拨付，请协调兑现。", "高新技术企业认定奖励资金何时发放？申报材料已按要求补齐。", "研发费用后补助政策的申报入口无法提交，请协助。")),
			new Kind("FINANCING", 12,
					List.of("企业有设备更新改造贷款需求，希望对接贴息政策和合作银行。", "应收账款质押融资办理周期过长，请协调加快。", "申请创业担保贷款被退回，原因不明，请给予指导。")),
			new Kind("LAND", 8, List.of("厂房不动产权证办理遇到历史遗留问题，请协调解决。", "扩产需要新增工业用地约20亩，希望了解供地计划。")),
			new Kind("LABOR", 12,
					List.of("春节后一线普工缺口约50人，希望参加政府组织的招聘活动。", "新招高校毕业生的就业补贴如何申领？", "社保缴费基数调整后系统无法申报，请协助处理。")),
			new Kind("PERMIT", 14,
					List.of("食品经营许可证延续申请已提交，超过承诺时限未办结。", "新建项目施工许可需要哪些前置手续，能否并联审批？", "道路运输经营许可证变更法定代表人，线上无法办理。")),
			new Kind("UTILITIES", 9,
					List.of("新厂房用电报装已申请一个月仍未接电，影响投产。", "园区冬季供暖温度不达标，影响车间生产。", "天然气开户报装费用标准不清楚，请给予说明。")),
			new Kind("LOGISTICS", 6, List.of("厂区门前道路施工封闭，货车无法进出，请协调临时通道。", "重型货车限行时段影响原料运输，希望办理通行证。")),
			new Kind("INSPECTION", 5, List.of("同一季度被多个部门重复检查，希望推行综合查一次。", "对行政处罚决定有异议，希望了解申辩渠道。")),
			new Kind("IP", 4, List.of("发现有企业仿冒我司注册商标销售产品，请求查处。", "专利质押融资登记流程咨询。")),
			new Kind("MARKET_ACCESS", 5, List.of("参与政府采购项目时被设置不合理的资质门槛，请核查。", "外地企业分支机构登记遇到限制，请协调。")),
			new Kind("OTHER", 7, List.of("企业门前公交站点撤销后员工通勤不便，希望恢复。", "希望了解本地配套企业对接活动的报名方式。")));

	private final long seed;

	private final LocalDate today;

	private final WorkingCalendar calendar;

	private final Map<String, Category> categories;

	private final Function<String, Appeal.Assignee> fallbackUnit;

	private final int followUpDays;

	/** The default unit per division, looked up once. */
	private final Map<String, Appeal.Assignee> fallbacks = new HashMap<>();

	/** Nothing happens at or after 00:00 of today (UTC+8). */
	private final OffsetDateTime limit;

	/**
	 * {@code fallbackUnit} gives the default unit of a division (for a re-dispatch after
	 * 退单); the dispatch rules themselves come with {@link #build} as a {@link Router}.
	 */
	AppealsDemoGenerator(long seed, LocalDate today, WorkingCalendar calendar, Map<String, Category> categories,
			Function<String, Appeal.Assignee> fallbackUnit, int followUpDays) {
		this.followUpDays = followUpDays;
		this.limit = today.atStartOfDay().atOffset(AppealMetrics.ZONE);
		this.seed = seed;
		this.today = today;
		this.calendar = calendar;
		this.categories = categories;
		this.fallbackUnit = fallbackUnit;
	}

	interface Router {

		Appeal.Assignee route(Company company, String category);

	}

	List<Appeal> build(List<Company> companies, int count, Router router) {
		Random random = new Random(seed);
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate d = FIRST_DAY; d.isBefore(today); d = d.plusDays(1)) {
			if (calendar.isWorkingDay(d)) {
				days.add(d);
			}
		}
		List<Appeal> result = new ArrayList<>(count);
		if (companies.isEmpty() || days.isEmpty()) {
			return result;
		}
		Map<String, Appeal.Assignee> routes = new HashMap<>();
		for (int i = 0; i < count; i++) {
			Company c = companies.get(random.nextInt(companies.size()));
			Kind kind = pick(random);
			LocalDate day = days.get(random.nextInt(days.size()));
			OffsetDateTime filed = at(day, 8 * 60 + random.nextInt(12 * 60));
			String description = kind.descriptions().get(random.nextInt(kind.descriptions().size()));
			Appeal a = Appeal.file(new Appeal.Filing(Appeal.Source.WEB, kind.code(), description, c.uscc(), c.name(),
					null, null, null, null, null, c.divisionCode(), c.divisionPath(), null, null, null), filed,
					c.name());
			Appeal.Assignee lead = routes.computeIfAbsent(c.divisionCode() + "|" + kind.code() + "|" + c.industryCode(),
					k -> router.route(c, kind.code()));
			walk(a, c, lead, categories.get(kind.code()), filed, random);
			result.add(a);
		}
		return result;
	}

	private void walk(Appeal a, Company c, Appeal.Assignee lead, Category category, OffsetDateTime filed,
			Random random) {
		boolean recent = !filed.toLocalDate().isBefore(today.minusDays(RECENT_DAYS));
		// where a recent or stuck appeal stops: 0 dispatched, 1 accepted, 2 in progress,
		// 3 replied; 4 = goes through
		int stop = recent ? random.nextInt(6) : (random.nextInt(1000) < 15 ? random.nextInt(4) : 4);
		OffsetDateTime t = filed;
		a.dispatch(lead, List.of(), calendar.addWorkingDays(day(t), category.acceptDays()), t, FilingAppeal.DISPATCHER,
				null);
		if (random.nextInt(100) < 3) {
			t = later(t, 0, random);
			if (!t.isBefore(limit)) {
				return;
			}
			a.returnToDispatcher("非本单位职责，建议转属地", t, DEMO_HANDLER);
			t = t.plusMinutes(20 + random.nextInt(120));
			Appeal.Assignee again = fallbacks.computeIfAbsent(c.divisionCode(), fallbackUnit);
			a.dispatch(again, List.of(), calendar.addWorkingDays(day(t), category.acceptDays()), t, DEMO_DISPATCHER,
					null);
		}
		if (stop == 0) {
			return;
		}
		boolean acceptLate = random.nextInt(100) < 5;
		t = acceptLate ? onWorkingDay(a.acceptDue().plusDays(1), random)
				: later(t, random.nextInt(category.acceptDays() + 1), random);
		if (!t.isBefore(limit)) {
			return;
		}
		if (acceptLate) {
			a.escalate("超过签收时限（" + a.acceptDue() + "），自动督办",
					a.acceptDue().plusDays(1).atStartOfDay().atOffset(AppealMetrics.ZONE), ClockAlarms.ACTOR);
		}
		a.accept(calendar.addWorkingDays(day(t), category.answerDays()), t, DEMO_HANDLER, null);
		if (stop == 1) {
			return;
		}
		t = t.plusMinutes(30 + random.nextInt(240));
		if (!t.isBefore(limit)) {
			return;
		}
		a.start(t, DEMO_HANDLER, null);
		if (stop == 2) {
			return;
		}
		t = answer(a, t, category, random);
		if (t == null || stop == 3) {
			return;
		}
		Satisfaction rating = rate(random);
		t = later(t, 1 + random.nextInt(2), random);
		if (!t.isBefore(limit)) {
			return;
		}
		a.followUp(rating, rating != Satisfaction.UNSATISFIED, null, t, c.name());
		if (rating == Satisfaction.UNSATISFIED && random.nextBoolean()) {
			t = t.plusMinutes(10);
			a.reopen(calendar.addWorkingDays(day(t), category.answerDays()), "问题仍未解决，申请重办", t, c.name());
			t = t.plusMinutes(60 + random.nextInt(600));
			a.start(t, DEMO_HANDLER, null);
			t = answer(a, t, category, random);
			if (t == null) {
				return;
			}
			t = later(t, 1, random);
			if (!t.isBefore(limit)) {
				return;
			}
			a.followUp(Satisfaction.BASICALLY_SATISFIED, true, null, t, c.name());
		}
		t = t.plusMinutes(5 + random.nextInt(60));
		a.close(t, c.name(), null);
	}

	/**
	 * 答复: on time for about 90%, else a few working days late after the 督办. Null if the
	 * answer would fall today or later (the appeal stays open).
	 */
	private OffsetDateTime answer(Appeal a, OffsetDateTime t, Category category, Random random) {
		OffsetDateTime replied;
		if (random.nextInt(100) < 90) {
			int span = Math.max(0, calendar.workingDaysBetween(day(t), a.answerDue()));
			replied = later(t, random.nextInt(span + 1), random);
			if (replied.isBefore(t)) {
				replied = t.plusMinutes(30);
			}
		}
		else {
			OffsetDateTime overdue = a.answerDue().plusDays(1).atStartOfDay().atOffset(AppealMetrics.ZONE);
			if (!overdue.isBefore(limit)) {
				return null;
			}
			a.escalate("超过答复时限（" + a.answerDue() + "），自动督办", overdue, ClockAlarms.ACTOR);
			replied = onWorkingDay(calendar.addWorkingDays(a.answerDue(), 1 + random.nextInt(3)), random);
		}
		if (!replied.isBefore(limit)) {
			return null;
		}
		a.reply("经核实，已协调" + category.name() + "相关部门办理，具体情况已电话告知企业。",
				calendar.addWorkingDays(day(replied), followUpDays), replied, DEMO_HANDLER);
		return replied;
	}

	private Satisfaction rate(Random random) {
		int r = random.nextInt(100);
		return r < 80 ? Satisfaction.SATISFIED : r < 95 ? Satisfaction.BASICALLY_SATISFIED : Satisfaction.UNSATISFIED;
	}

	private static Kind pick(Random random) {
		int r = random.nextInt(100);
		for (Kind k : KINDS) {
			r -= k.weight();
			if (r < 0) {
				return k;
			}
		}
		return KINDS.get(KINDS.size() - 1);
	}

	/**
	 * A moment {@code workingDays} working days after {@code t} (same day if 0), later
	 * than t.
	 */
	private OffsetDateTime later(OffsetDateTime t, int workingDays, Random random) {
		if (workingDays == 0) {
			return t.plusMinutes(10 + random.nextInt(180));
		}
		return onWorkingDay(calendar.addWorkingDays(day(t), workingDays), random);
	}

	private static OffsetDateTime onWorkingDay(LocalDate d, Random random) {
		return at(d, 8 * 60 + 30 + random.nextInt(9 * 60));
	}

	private static OffsetDateTime at(LocalDate d, int minuteOfDay) {
		return d.atTime(LocalTime.of(minuteOfDay / 60, minuteOfDay % 60)).atOffset(AppealMetrics.ZONE);
	}

	private static LocalDate day(OffsetDateTime t) {
		return t.atZoneSameInstant(AppealMetrics.ZONE).toLocalDate();
	}

}
