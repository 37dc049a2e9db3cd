package cn.lianshang.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.lianshang.OwnSchema;
import cn.lianshang.access.AccountManagement;
import cn.lianshang.access.AccountView;
import cn.lianshang.access.Role;
import cn.lianshang.shared.web.PageResponse;
import jakarta.persistence.EntityManagerFactory;

/**
 * Demo data loaded on start into an empty registry: stored, marked, indexed, audited
 * once, with demo accounts. On PostgreSQL the test gets a schema of its own (dropped
 * afterwards), because "the registry is empty" must hold whatever other tests left in the
 * shared test database.
 */
@org.junit.jupiter.api.extension.ExtendWith(DemoDataTest.DropOwnSchema.class)
@SpringBootTest(properties = { "lianshang.demo.enabled=true", "lianshang.demo.enterprises=300",
		"lianshang.demo.chunk=128", "lianshang.demo.password=demo-test-password" })
@Tag("database")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@org.springframework.test.annotation.DirtiesContext
class DemoDataTest {

	static final String PG_SCHEMA = "demo_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	@DynamicPropertySource
	static void ownSchemaOnPostgres(DynamicPropertyRegistry registry) {
		OwnSchema.use(registry, PG_SCHEMA);
	}

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EnterpriseRegistry registry;

	@Autowired
	AccountManagement accounts;

	@Autowired
	DemoData demoData;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	/**
	 * Drops the test's own PostgreSQL schema after Spring closed the test's context
	 * (registered before the Spring extension, so its callback runs after the context's
	 * close): with the context open, its scheduler, indexing and listeners kept working
	 * on and locking the schema while it was dropped.
	 */
	static class DropOwnSchema implements org.junit.jupiter.api.extension.AfterAllCallback {

		@Override
		public void afterAll(org.junit.jupiter.api.extension.ExtensionContext extension) {
			if (OwnSchema.onPostgres()) {
				OwnSchema.execute("drop schema " + PG_SCHEMA + " cascade");
			}
		}

	}

	void signIn(String username) {
		UserDetails user = accounts.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
	}

	long count(String sql) {
		Long n = jdbc.queryForObject(sql, Long.class);
		return n == null ? 0 : n;
	}

	@Test
	void theDemoEnterprisesAreStoredMarkedAndValid() {
		assertThat(count("select count(*) from enterprise where demo = true")).isEqualTo(300);
		assertThat(count("select count(distinct uscc) from enterprise where demo = true")).isEqualTo(300);
		assertThat(count("select count(distinct name) from enterprise where demo = true")).isEqualTo(300);
		assertThat(count("select count(*) from enterprise_qualification q join enterprise e on e.id = q.enterprise_id"
				+ " where e.demo = true"))
			.isPositive();
		assertThat(count("select count(distinct substring(division_path, 1, position('/' in division_path)))"
				+ " from enterprise"))
			.isEqualTo(8);
		List<String> codes = jdbc.queryForList("select uscc from enterprise where demo = true", String.class);
		assertThat(codes).allMatch(Uscc::isValid);
	}

	@Test
	void theDemoEnterprisesAreSearchable() {
		signIn("admin");
		PageResponse<EnterpriseView> all = registry.search(EnterpriseQuery.all(0, 20));
		assertThat(all.totalElements()).isGreaterThanOrEqualTo(300);
		assertThat(all.content()).allMatch(EnterpriseView::demo);
		String name = jdbc.queryForObject("select name from enterprise where demo = true order by id limit 1",
				String.class);
		PageResponse<EnterpriseView> found = registry
			.search(new EnterpriseQuery(name, null, null, null, null, null, null, 0, 5));
		assertThat(found.content()).extracting(EnterpriseView::name).contains(name);
		long shenyang = count("select count(*) from enterprise where division_path like '210100/%'");
		assertThat(registry.search(new EnterpriseQuery(null, "210100", null, null, null, null, null, 0, 1))
			.totalElements()).isEqualTo(shenyang).isGreaterThan(100);
	}

	@Test
	void aHandlerSeesOnlyItsCity() {
		signIn("handler-210300");
		PageResponse<EnterpriseView> page = registry.search(EnterpriseQuery.all(0, 200));
		assertThat(page.totalElements()).isPositive()
			.isEqualTo(count("select count(*) from enterprise where division_path like '210300/%'"));
		assertThat(page.content()).allMatch(e -> e.divisionCode().startsWith("2103"));
	}

	@Test
	void theLoadIsAuditedOnce() {
		assertThat(count("select count(*) from audit_event where action = 'demo.load' and actor = 'system'"))
			.isEqualTo(1);
		assertThat(count("select count(*) from audit_event a join enterprise e on e.uscc = a.entity_id"
				+ " where e.demo = true and a.action = 'enterprise.register'"))
			.isZero();
	}

	@Test
	void demoAccountsExistForStaffAndTheFirstEnterprises() {
		for (String top : List.of("210100", "210300", "210400", "210500", "210900", "211000", "211200", "SFZ")) {
			AccountView handler = accounts.find("handler-" + top).orElseThrow();
			assertThat(handler.role()).isEqualTo(Role.HANDLER);
			assertThat(handler.jurisdiction()).isEqualTo(top);
			assertThat(handler.displayName()).startsWith("演示·");
		}
		assertThat(accounts.find("handler-210106").orElseThrow().jurisdiction()).isEqualTo("210106");
		assertThat(accounts.find("policy-officer").orElseThrow().role()).isEqualTo(Role.POLICY_OFFICER);
		assertThat(accounts.find("chain-officer").orElseThrow().role()).isEqualTo(Role.CHAIN_OFFICER);
		assertThat(accounts.find("analyst").orElseThrow().role()).isEqualTo(Role.ANALYST);
		List<String> firstCodes = jdbc.queryForList("select uscc from enterprise where demo = true order by id limit 3",
				String.class);
		for (String uscc : firstCodes) {
			AccountView account = accounts.find("ent-" + uscc).orElseThrow();
			assertThat(account.role()).isEqualTo(Role.ENTERPRISE);
			assertThat(account.uscc()).isEqualTo(uscc);
			assertThat(account.displayName()).startsWith("演示·");
		}
	}

	@Test
	void enterprisesRegisteredLaterGetFreshIds() {
		signIn("admin");
		long maxBefore = count("select max(id) from enterprise");
		String first17 = "91210106MA0YC0Q0" + Uscc.organisationCheck("MA0YC0Q0");
		String uscc = first17 + Uscc.checkCharacter(first17);
		EnterpriseView created = registry.register(new EnterpriseDraft(uscc, "测试登记企业有限公司", "210106", "3421", null, null,
				null, Scale.BELOW, 5, null, LocalDate.of(2020, 1, 1), null, List.of()));
		assertThat(created.demo()).isFalse();
		assertThat(count("select count(*) from enterprise where demo = false")).isEqualTo(1);
		assertThat(count("select max(id) from enterprise")).isGreaterThan(maxBefore);
	}

	@Test
	void anEmptyIndexIsRebuiltOnStart() throws Exception {
		Search.mapping(entityManagerFactory).scope(Enterprise.class).workspace().purge();
		assertThat(demoData.indexedCount()).isZero();
		demoData.run(new DefaultApplicationArguments());
		assertThat(demoData.indexedCount()).isEqualTo(demoData.countRows());
		assertThat(count("select count(*) from enterprise where demo = true")).isEqualTo(300);
	}

}
