package cn.lianshang.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import cn.lianshang.access.AccountManagement;
import cn.lianshang.enterprise.EnterpriseQuery;
import cn.lianshang.enterprise.EnterpriseRegistry;
import cn.lianshang.enterprise.EnterpriseStatus;
import cn.lianshang.enterprise.EnterpriseView;
import cn.lianshang.shared.web.InvalidInputException;

import cn.lianshang.matching.model.Term;
import cn.lianshang.region.Regions;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The workforce demo on an empty H2 database (its own context, so not tagged for the
 * shared PostgreSQL run): residents in every county, jobs from demo enterprises that pass
 * the minimum wage, engagements in several states, and the same plan for the same seed.
 * At the default sizes (1,000 residents, 200 jobs): the log line "Workforce demo: ... in
 * N ms" is the measurement.
 */
@AutoConfigureMockMvc
@SpringBootTest(properties = { "lianshang.demo.enabled=true", "lianshang.demo.enterprises=120",
		"lianshang.demo.password=demo-test-password" })
class WorkforceDemoTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WorkforceDemo demo;

	@Autowired
	Catalog catalog;

	@Autowired
	PostingJobs posting;

	@Autowired
	EnterpriseRegistry registry;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	MockMvc mvc;

	@Autowired
	Regions regions;

	long count(String sql) {
		Long n = jdbc.queryForObject(sql, Long.class);
		return n == null ? 0 : n;
	}

	@Test
	void residentsCoverEveryCountyAndJobsComeFromDemoEnterprisesAtLawfulPay() {
		assertThat(count("select count(*) from resident where demo = true")).isEqualTo(1000);
		// every county with townships (52 + the zone's own code) holds residents
		long counties = count(
				"select count(distinct substring(community_path, 1, 14)) from resident where demo = true");
		assertThat(counties).isGreaterThanOrEqualTo(50);
		assertThat(count("select count(*) from job where demo = true")).isEqualTo(200);
		assertThat(count("select count(*) from job j where demo = true and not exists"
				+ " (select 1 from enterprise e where e.uscc = j.employer_uscc and e.demo = true)"))
			.isZero();
		// the lowest floor anywhere is 14.3 yuan an hour; no demo job pays below 19.2/h
		// or 153.6/day
		assertThat(count("select count(*) from job where demo = true and ((pay_type = 'HOURLY' and pay_amount < 19.2)"
				+ " or (pay_type = 'DAILY' and pay_amount < 153.6))"))
			.isZero();
		assertThat(count("select count(distinct status) from engagement")).isGreaterThanOrEqualTo(2);
		// one audit record for the demo load of jobs (not one per job)
		assertThat(count("select count(*) from audit_event where action = 'job.demo' and actor = 'demo'")).isOne();
	}

	@Test
	void aDemoResidentSignsInAndSeesJobsNearThemAndLoginEmployersHaveJobs() throws Exception {
		// one login per city and for the zone, bound and audited
		assertThat(count("select count(*) from resident r join account a on a.id = r.account_id"
				+ " where r.demo = true and a.role = 'RESIDENT' and a.username like 'resident-%'"))
			.isEqualTo(regions.topLevel().size());
		assertThat(count("select count(*) from audit_event where action = 'resident.demo-account'"))
			.isEqualTo(regions.topLevel().size());
		MvcResult signedIn = mvc.perform(formLogin("/login").user("resident-210100").password("demo-test-password"))
			.andReturn();
		assertThat(signedIn.getResponse().getRedirectedUrl()).doesNotContain("error");
		MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);
		MvcResult me = mvc.perform(get("/jobs/me").session(session)).andReturn();
		assertThat(me.getResponse().getStatus()).isEqualTo(200);
		String page = me.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"my-matches\"").contains("class=\"card match\"");
		// a wrong password does not sign in
		assertThat(mvc.perform(formLogin("/login").user("resident-210100").password("wrong-password"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).contains("error");
		// every demo enterprise with a login account posts demo jobs
		assertThat(count("select count(*) from account a where a.username like 'ent-%' and a.role = 'ENTERPRISE'"
				+ " and not exists (select 1 from job j where j.demo = true and j.employer_uscc = a.uscc)"))
			.isZero();
		assertThat(count("select count(*) from account where username like 'ent-%'")).isPositive();
	}

	@Test
	void theDemoBatchKeepsThePostingRulesAndRefusesTheWholeBatch() {
		UserDetails admin = accounts.loadUserByUsername("admin");
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
		try {
			// the registry scopes its reads to the caller: read the employers as the
			// administrator
			List<String[]> employers = new ArrayList<>();
			Map<String, EnterpriseView> views = new HashMap<>();
			registry.forEach(new EnterpriseQuery(null, null, null, null, null, EnterpriseStatus.ACTIVE, null, 0, 5),
					e -> {
						employers.add(new String[] { e.uscc(), e.divisionCode() });
						views.put(e.uscc(), e);
					});
			assertThat(employers).isNotEmpty();
			List<String> skills = catalog.skills().all().stream().map(Term::code).toList();
			List<JobDraft> drafts = new ArrayList<>(demo.jobs(new Random(3), skills, employers, 3));
			JobDraft ok = drafts.get(0);
			// 10 yuan a day is below the minimum wage of every place
			drafts.add(new JobDraft(ok.enterpriseUscc(), "低于最低工资", null, 1, ok.skills(), List.of(), ok.startDate(),
					ok.endDate(), EnumSet.of(Shift.DAY), PayType.DAILY, BigDecimal.TEN, ok.divisionCode(), false, false,
					false));
			long before = count("select count(*) from job");
			assertThatThrownBy(() -> tx.executeWithoutResult(s -> posting.postDemo(drafts, views)))
				.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
					.anyMatch(p -> p.code().equals("workforce.pay.below-daily-minimum")));
			assertThat(count("select count(*) from job")).isEqualTo(before);
			// an employer the registry did not report is refused too
			assertThatThrownBy(() -> tx.executeWithoutResult(s -> posting.postDemo(drafts.subList(0, 1), Map.of())))
				.isInstanceOf(InvalidInputException.class);
			// and without a surrounding transaction there is no posting at all
			assertThatThrownBy(() -> posting.postDemo(drafts.subList(0, 1), views))
				.isInstanceOf(IllegalTransactionStateException.class);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void theSameSeedGivesTheSamePlan() {
		List<String> skills = catalog.skills().all().stream().map(Term::code).toList();
		assertThat(demo.residents(new Random(7), skills, 50)).isEqualTo(demo.residents(new Random(7), skills, 50));
		assertThat(demo.residents(new Random(7), skills, 50)).isNotEqualTo(demo.residents(new Random(8), skills, 50));
	}

}
