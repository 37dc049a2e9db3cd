package cn.lianshang.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.lianshang.TestData;
import cn.lianshang.access.AccountManagement;
import cn.lianshang.enterprise.EnterpriseDraft;
import cn.lianshang.enterprise.EnterpriseRegistry;
import cn.lianshang.enterprise.EnterpriseStatus;
import cn.lianshang.enterprise.Scale;
import cn.lianshang.matching.Matching;
import cn.lianshang.matching.model.Scenario;
import cn.lianshang.matching.model.Taxonomy;

/**
 * The marketplace pages: post a demand through the form and see its explained matches;
 * field errors; English.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MarketplacePagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	EnterpriseRegistry registry;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PublishingOffer publishingOffer;

	final Random random = new Random();

	String register(String name, String division, String industry) {
		String uscc = TestData.validUscc(random, division);
		registry.register(new EnterpriseDraft(uscc, name, division, industry, null, null, null, Scale.BELOW, 30, null,
				LocalDate.of(2010, 1, 1), EnterpriseStatus.ACTIVE, List.of()));
		return uscc;
	}

	void asAdmin() {
		UserDetails admin = accounts.loadUserByUsername("admin");
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
	}

	@Test
	void postingADemandThroughTheFormShowsItsExplainedMatches() throws Exception {
		String word = TestData.uniqueWord(random);
		asAdmin();
		String shop;
		String buyer;
		try {
			shop = register("沈阳" + word + "精密机械厂", "210106", "3484");
			buyer = register("沈阳" + word + "汽车零部件有限公司", "210106", "3670");
			publishingOffer.publish(new OfferDraft(Scenario.MACHINING, shop, "数控车削加工 " + word, null, List.of("TURNING"),
					List.of("C45"), List.of(), 6, null, null, null, null, java.math.BigDecimal.valueOf(5000), null, 5,
					null, null, List.of("ISO9001"), null));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		MvcResult posted = mvc
			.perform(post("/marketplace/demands").with(user(accounts.loadUserByUsername("admin")))
				.with(csrf())
				.param("scenario", "MACHINING")
				.param("enterpriseUscc", buyer)
				.param("title", "2000 件 45#钢轴 " + word)
				.param("processes", "TURNING")
				.param("materials", "C45")
				.param("toleranceIt", "7")
				.param("quantity", "2000")
				.param("dueDate", Matching.today().plusDays(30).toString()))
			.andReturn();
		assertThat(posted.getResponse().getStatus()).as(posted.getResponse().getContentAsString()).isEqualTo(302);
		String location = posted.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/marketplace/demands/");
		UserDetails admin = accounts.loadUserByUsername("admin");
		mvc.perform(get(location).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(word + "精密机械厂")))
			.andExpect(content().string(containsString("badge-ok")))
			.andExpect(content().string(containsString("满足")))
			.andExpect(content().string(containsString("IT7")));
		mvc.perform(get("/marketplace").param("q", word).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("数控车削加工 " + word)));
		mvc.perform(get("/marketplace/demands").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2000 件 45#钢轴 " + word)));
	}

	@Test
	void badInputShowsFieldErrorsInTheCurrentLanguage() throws Exception {
		UserDetails admin = accounts.loadUserByUsername("admin");
		mvc.perform(post("/marketplace/demands").with(user(admin))
			.with(csrf())
			.param("scenario", "MACHINING")
			.param("title", "")
			.param("quantity", "abc")
			.param("dueDate", "2001-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"quantity-error\"")))
			.andExpect(content().string(containsString("格式不正确")));
		mvc.perform(post("/marketplace/demands").with(user(admin))
			.with(csrf())
			.param("scenario", "MACHINING")
			.param("title", "")
			.param("quantity", "10")
			.param("dueDate", "2001-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"title-error\"")))
			.andExpect(content().string(containsString("此项必填")))
			.andExpect(content().string(containsString("已过")));
		mvc.perform(post("/marketplace/demands?lang=en").with(user(admin))
			.with(csrf())
			.param("scenario", "MACHINING")
			.param("title", "")
			.param("quantity", "10"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("This field is required.")))
			.andExpect(content().string(containsString("Post a demand")));
	}

	@Test
	void thePagesSpeakEnglish() throws Exception {
		UserDetails admin = accounts.loadUserByUsername("admin");
		mvc.perform(get("/marketplace?lang=en").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Marketplace")))
			.andExpect(content().string(containsString("Five axis")));
		mvc.perform(get("/marketplace/demands/new?lang=en").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tolerance grade")));
		mvc.perform(get("/marketplace/demands/new").with(user("someone").roles("RESIDENT")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theDemoGeneratorIsDeterministicAndConsistent() {
		List<MarketplaceDemoGenerator.Company> companies = new ArrayList<>();
		String[] industries = { "3484", "3670", "3744", "3130", "2929", "5164", "3311", "3421", "6513", "3216" };
		String[] divisions = { "210106", "210303", "210902", "210411", "211202" };
		Random r = new Random(1);
		for (int i = 0; i < 400; i++) {
			companies.add(new MarketplaceDemoGenerator.Company(String.format("U%05d", i), "企业" + i,
					industries[r.nextInt(industries.length)], divisions[r.nextInt(divisions.length)]));
		}
		LocalDate today = LocalDate.of(2026, 11, 22);
		MarketplaceDemoGenerator.Plan a = new MarketplaceDemoGenerator(7, today).plan(companies, 50);
		List<MarketplaceDemoGenerator.Company> reversed = new ArrayList<>(companies);
		java.util.Collections.reverse(reversed);
		MarketplaceDemoGenerator.Plan b = new MarketplaceDemoGenerator(7, today).plan(reversed, 50);
		assertThat(a).isEqualTo(b);
		assertThat(a.demands()).hasSize(50);
		assertThat(a.offers()).hasSizeBetween(100, 250);
		Taxonomy t = Taxonomy.fromClasspath();
		assertThat(a.offers()).allSatisfy(o -> {
			assertThat(o.processes()).allMatch(p -> t.processes().find(p).isPresent());
			assertThat(o.materials()).allMatch(m -> t.materials().find(m).isPresent());
			assertThat(o.categories()).allMatch(c -> t.categories().find(c).isPresent());
			assertThat(o.certifications()).allMatch(c -> t.certifications().find(c).isPresent());
			assertThat(o.title().length()).isLessThanOrEqualTo(PostingRules.MAX_TITLE);
			if (o.scenario() == Scenario.MACHINING) {
				assertThat(o.processes()).isNotEmpty();
			}
		});
		// no shop in 阜新 offers the rare processes, and some 阜新 demands ask for them
		assertThat(a.offers())
			.filteredOn(o -> companies.stream()
				.anyMatch(c -> c.uscc().equals(o.enterpriseUscc()) && c.divisionCode().startsWith("2109")))
			.allSatisfy(o -> assertThat(o.processes()).doesNotContainAnyElementsOf(MarketplaceDemoGenerator.RARE));
		assertThat(a.demands()).anyMatch(d -> d.processes().stream().anyMatch(MarketplaceDemoGenerator.RARE::contains));
		assertThat(a.demands()).allMatch(d -> !d.dueDate().isBefore(today));
		assertThat(a.offers()).filteredOn(o -> o.enterpriseUscc()
			.equals(companies.stream().filter(c -> c.industryCode().equals("6513")).findFirst().orElseThrow().uscc()))
			.isEmpty();
	}

}
