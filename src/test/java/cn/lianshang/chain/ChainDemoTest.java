package cn.lianshang.chain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

import cn.lianshang.access.AccountManagement;
import cn.lianshang.chain.ChainViews.Rate;

/**
 * The demo (H2 only: it needs an empty registry): enterprises on nodes, lead firms and
 * edges that make 汽车及零部件 strong locally and 集成电路 a chain with clear gaps.
 */
@SpringBootTest(properties = { "lianshang.demo.enabled=true", "lianshang.demo.enterprises=2000",
		"lianshang.demo.password=demo-test-password" })
class ChainDemoTest {

	@Autowired
	BrowsingChains browsing;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void asAdmin() {
		UserDetails admin = accounts.loadUserByUsername("admin");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
	}

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theDemoTellsAStrongAutomotiveChainAndAnIntegratedCircuitChainWithGaps() {
		assertThat(jdbc.queryForObject("select count(*) from supply_edge where provenance = 'DEMO'", Long.class))
			.isPositive();
		assertThat(jdbc.queryForObject("select count(*) from chain_assignment where lead_firm", Long.class))
			.isPositive();
		Rate auto = browsing.rate("AUTO", null);
		Rate ic = browsing.rate("IC", null);
		Rate machineTools = browsing.rate("MACHTOOL", null);
		assertThat(auto.edges()).isPositive();
		assertThat(ic.edges()).isPositive();
		assertThat(auto.byCount()).isGreaterThan(ic.byCount() + 0.3);
		assertThat(machineTools.byCount()).isGreaterThan(ic.byCount() + 0.3);
		assertThat(browsing.gaps("IC", null)).isNotEmpty();
		assertThat(browsing.gaps("IC", null).size()).isGreaterThan(browsing.gaps("AUTO", null).size());
		System.out.printf("demo rates: AUTO %.3f/%.3f (%d edges), MACHTOOL %.3f/%.3f (%d), IC %.3f/%.3f (%d)%n",
				auto.byCount(), auto.byValue(), auto.edges(), machineTools.byCount(), machineTools.byValue(),
				machineTools.edges(), ic.byCount(), ic.byValue(), ic.edges());
	}

}
