package cn.lianshang.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.lianshang.TestData;
import cn.lianshang.appeals.model.AppealState;
import cn.lianshang.appeals.model.Lifecycle;
import cn.lianshang.region.Regions;

/**
 * The demo appeals: deterministic, histories that follow the state machine, the seed's
 * closure rate, saved with their timers.
 */
@Tag("database")
class AppealsDemoTests extends AppealsTestSupport {

	static final LocalDate TODAY = LocalDate.now(ZoneOffset.ofHours(8));

	@Autowired
	AppealsDemo demo;

	@Autowired
	Regions regions;

	@Autowired
	AppealClocks clocks;

	List<AppealsDemoGenerator.Company> companies() throws Exception {
		List<AppealsDemoGenerator.Company> list = new ArrayList<>();
		for (String division : List.of("210106", "210302", "210402")) {
			String uscc = TestData.validUscc(random, division);
			String name = "演示诉求" + TestData.uniqueWord(random) + "有限公司";
			register(enterprise(uscc, name, division, "3311"));
			list.add(new AppealsDemoGenerator.Company(uscc, name, "3311", division,
					regions.find(division).orElseThrow().path()));
		}
		return list;
	}

	static String signature(Appeal a) {
		StringBuilder s = new StringBuilder(a.uscc() + a.categoryCode() + a.unitCode() + a.state());
		a.history().forEach(h -> s.append('|').append(h.view().action()).append(h.view().at()));
		return s.toString();
	}

	@Test
	void theSameSeedGivesTheSameAppealsWhoseHistoriesFollowTheStateMachine() throws Exception {
		List<AppealsDemoGenerator.Company> companies = companies();
		AppealsDemoGenerator.Router router = (c, category) -> new Appeal.Assignee("BEC-" + c.divisionCode(), "中心",
				c.divisionPath());
		List<Appeal> one = demo.generator(TODAY).build(companies, 600, router);
		List<Appeal> two = demo.generator(TODAY).build(companies, 600, router);
		assertThat(one).hasSize(600);
		assertThat(one.stream().map(AppealsDemoTests::signature).toList())
			.isEqualTo(two.stream().map(AppealsDemoTests::signature).toList());

		OffsetDateTime midnight = TODAY.atStartOfDay().atOffset(ZoneOffset.ofHours(8));
		int old = 0, oldClosed = 0, returned = 0, escalated = 0, reopened = 0;
		for (Appeal a : one) {
			AppealState state = null;
			OffsetDateTime last = null;
			for (HistoryEntry h : a.history()) {
				var v = h.view();
				assertThat(v.from()).isEqualTo(state);
				if (state != null) {
					assertThat(Lifecycle.allows(state, cn.lianshang.appeals.model.Action.valueOf(v.action())))
						.as(v.action() + " from " + state)
						.isTrue();
				}
				assertThat(v.at()).isBefore(midnight);
				if (last != null && !v.action().equals("ESCALATE")) {
					assertThat(v.at()).as("time order of " + v.action()).isAfterOrEqualTo(last);
				}
				if (!v.action().equals("ESCALATE")) {
					last = v.at();
				}
				state = v.to();
			}
			assertThat(state).isEqualTo(a.state());
			if (a.filedAt().toLocalDate().isBefore(TODAY.minusDays(AppealsDemoGenerator.RECENT_DAYS))) {
				old++;
				oldClosed += a.state() == AppealState.CLOSED ? 1 : 0;
			}
			returned += a.returnCount() > 0 ? 1 : 0;
			reopened += a.reopenCount() > 0 ? 1 : 0;
			escalated += a.escalated() ? 1 : 0;
		}
		assertThat((double) oldClosed / old).as("closure rate of appeals older than two weeks").isGreaterThan(0.97);
		assertThat(returned).isBetween(5, 40);
		assertThat(reopened).isPositive();
		assertThat(escalated).isPositive();
	}

	@Test
	void loadingSavesThemDispatchedByTheRulesWithTimersForTheOpenOnes() throws Exception {
		List<AppealsDemoGenerator.Company> companies = companies();
		long start = System.nanoTime();
		int saved = demo.load(companies, 1000, TODAY);
		long ms = (System.nanoTime() - start) / 1_000_000;
		System.out.println("appeals demo: 1000 appeals saved in " + ms + " ms");
		assertThat(saved).isEqualTo(1000);
		List<String> usccs = companies.stream().map(AppealsDemoGenerator.Company::uscc).toList();
		String in = "'" + String.join("','", usccs) + "'";
		assertThat(jdbc.queryForObject("select count(*) from appeal where uscc in (" + in + ")", Long.class))
			.isEqualTo(1000);
		assertThat(jdbc.queryForObject("select count(*) from appeal_history h join appeal a on a.id = h.appeal_id "
				+ "where a.uscc in (" + in + ")", Long.class))
			.isGreaterThan(5000);
		// a 铁西区 manufacturer's land matter goes to the city's natural resources bureau
		// (rule 916)
		assertThat(jdbc.queryForList("select distinct unit_code from appeal where uscc = ? and category_code = 'LAND'"
				+ " and return_count = 0", String.class, usccs.get(0)))
			.containsOnly("SY-NR");
		// every open appeal with a running clock has a timer waiting, or the timer has
		// already fired (overdue: warned and escalated at the first poll)
		String open = "select count(*) from appeal a where a.uscc in (" + in
				+ ") and a.state in ('DISPATCHED', 'ACCEPTED', 'IN_PROGRESS', 'REPLIED', 'REOPENED')";
		assertThat(jdbc.queryForObject(open, Long.class)).isPositive();
		assertThat(jdbc.queryForObject(open + " and not exists (select 1 from scheduled_tasks t where "
				+ "t.task_instance like concat(cast(a.id as varchar(20)), ':%'))"
				+ " and not exists (select 1 from appeal_notice n where n.appeal_id = a.id)", Long.class))
			.isZero();
	}

}
