package cn.lianshang.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.lianshang.matching.model.Term;

/**
 * The workforce demo on an empty H2 database (its own context, so not tagged for the
 * shared PostgreSQL run): residents in every county, jobs from demo enterprises that pass
 * the minimum wage, engagements in several states, and the same plan for the same seed.
 */
@SpringBootTest(properties = { "lianshang.demo.enabled=true", "lianshang.demo.enterprises=120",
		"lianshang.demo.password=demo-test-password", "lianshang.workforce.demo-residents=300",
		"lianshang.workforce.demo-jobs=60" })
class WorkforceDemoTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WorkforceDemo demo;

	@Autowired
	Catalog catalog;

	long count(String sql) {
		Long n = jdbc.queryForObject(sql, Long.class);
		return n == null ? 0 : n;
	}

	@Test
	void residentsCoverEveryCountyAndJobsComeFromDemoEnterprisesAtLawfulPay() {
		assertThat(count("select count(*) from resident where demo = true")).isEqualTo(300);
		assertThat(count("select count(*) from resident where account_id is not null and demo = true")).isZero();
		// every county with townships (52 + the zone's own code) holds residents
		long counties = count(
				"select count(distinct substring(community_path, 1, 14)) from resident where demo = true");
		assertThat(counties).isGreaterThanOrEqualTo(50);
		assertThat(count("select count(*) from job where demo = true")).isEqualTo(60);
		assertThat(count("select count(*) from job j where demo = true and not exists"
				+ " (select 1 from enterprise e where e.uscc = j.employer_uscc and e.demo = true)"))
			.isZero();
		// the lowest floor anywhere is 14.3 yuan an hour; no demo job pays below 19.2/h
		// or 153.6/day
		assertThat(count("select count(*) from job where demo = true and ((pay_type = 'HOURLY' and pay_amount < 19.2)"
				+ " or (pay_type = 'DAILY' and pay_amount < 153.6))"))
			.isZero();
		assertThat(count("select count(distinct status) from engagement")).isGreaterThanOrEqualTo(2);
		assertThat(count("select count(*) from audit_event where action = 'job.post'")).isEqualTo(60);
	}

	@Test
	void theSameSeedGivesTheSamePlan() {
		List<String> skills = catalog.skills().all().stream().map(Term::code).toList();
		assertThat(demo.residents(new Random(7), skills, 50)).isEqualTo(demo.residents(new Random(7), skills, 50));
		assertThat(demo.residents(new Random(7), skills, 50)).isNotEqualTo(demo.residents(new Random(8), skills, 50));
	}

}
