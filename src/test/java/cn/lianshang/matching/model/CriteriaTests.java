package cn.lianshang.matching.model;

import static cn.lianshang.matching.model.Fixtures.ANSHAN;
import static cn.lianshang.matching.model.Fixtures.BEIJING;
import static cn.lianshang.matching.model.Fixtures.HUNNAN;
import static cn.lianshang.matching.model.Fixtures.TIEXI;
import static cn.lianshang.matching.model.Fixtures.TIEXI_EAST;
import static cn.lianshang.matching.model.Fixtures.TODAY;
import static cn.lianshang.matching.model.Fixtures.shafts;
import static cn.lianshang.matching.model.Fixtures.turningShop;
import static cn.lianshang.matching.model.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.lianshang.matching.model.Criterion.Assessment;

class CriteriaTests {

	static final Criterion.Context ctx = new Criterion.Context(Taxonomy.fromClasspath(), TODAY);

	static final Capability shop = turningShop("o1", TIEXI);

	static Assessment assess(Criterion c, Requirement r, Capability o) {
		return c.assess(r, o, ctx).orElseThrow();
	}

	static Requirement requiring(Set<String> processes, Set<String> certs) {
		Requirement r = shafts();
		return new Requirement(r.id(), r.ownerUscc(), r.scenario(), processes, r.materials(), r.category(),
				r.toleranceIt(), certs, r.quantity(), r.unit(), r.dueDate(), r.maxUnitPrice(), r.place());
	}

	@Test
	void processFitPassesWhenEveryProcessIsOfferedNearWhenSomeFailsWhenNone() {
		Criterion c = new Criteria.ProcessFit();
		assertThat(assess(c, shafts(), shop).outcome()).isEqualTo(Outcome.PASS);
		assertThat(assess(c, shafts(), shop).detail()).isEqualTo("可做所需工艺：车削");

		Assessment partial = assess(c, requiring(Set.of("TURNING", "HEAT_TREATMENT"), Set.of()), shop);
		assertThat(partial.outcome()).isEqualTo(Outcome.NEAR);
		assertThat(partial.score()).isEqualTo(0.5);
		assertThat(partial.detail()).isEqualTo("缺少工艺 热处理");

		Capability millingOnly = with(shop, Set.of("MILLING"), shop.materials(), 6, shop.monthlyCapacity(), 10,
				Set.of());
		Assessment sibling = assess(c, shafts(), millingOnly);
		assertThat(sibling.outcome()).isEqualTo(Outcome.NEAR);
		assertThat(sibling.detail()).isEqualTo("缺少工艺 车削（可做同类 铣削）");

		Capability weldingOnly = with(shop, Set.of("WELDING"), shop.materials(), 6, shop.monthlyCapacity(), 10,
				Set.of());
		assertThat(assess(c, shafts(), weldingOnly).outcome()).isEqualTo(Outcome.FAIL);
		assertThat(assess(c, shafts(), weldingOnly).score()).isZero();
	}

	@Test
	void materialFitPassesOnTheGradeNearOnItsFamilyFailsOtherwise() {
		Criterion c = new Criteria.MaterialFit();
		assertThat(assess(c, shafts(), shop).detail()).isEqualTo("材料可加工 45 号钢");
		Capability c20 = with(shop, shop.processes(), Set.of("C20"), 6, shop.monthlyCapacity(), 10, Set.of());
		assertThat(assess(c, shafts(), c20).outcome()).isEqualTo(Outcome.NEAR);
		assertThat(assess(c, shafts(), c20).detail()).isEqualTo("无 45 号钢，可加工同类材料 20 号钢");
		Capability aluminium = with(shop, shop.processes(), Set.of("AL6061"), 6, shop.monthlyCapacity(), 10, Set.of());
		assertThat(assess(c, shafts(), aluminium).outcome()).isEqualTo(Outcome.FAIL);
		Capability unlisted = with(shop, shop.processes(), Set.of(), 6, shop.monthlyCapacity(), 10, Set.of());
		assertThat(assess(c, shafts(), unlisted).outcome()).isEqualTo(Outcome.NEAR);
	}

	@Test
	void toleranceFitComparesItGrades() {
		Criterion c = new Criteria.ToleranceFit();
		assertThat(assess(c, shafts(), shop).outcome()).isEqualTo(Outcome.PASS);
		assertThat(assess(c, shafts(), shop).detail()).isEqualTo("公差 IT7 满足要求（可达 IT6）");
		Capability it8 = with(shop, shop.processes(), shop.materials(), 8, shop.monthlyCapacity(), 10, Set.of());
		assertThat(assess(c, shafts(), it8).outcome()).isEqualTo(Outcome.NEAR);
		Capability it10 = with(shop, shop.processes(), shop.materials(), 10, shop.monthlyCapacity(), 10, Set.of());
		assertThat(assess(c, shafts(), it10).outcome()).isEqualTo(Outcome.FAIL);
		assertThat(assess(c, shafts(), it10).detail()).isEqualTo("公差要求 IT7，供方仅可达 IT10");
		Capability unstated = with(shop, shop.processes(), shop.materials(), null, shop.monthlyCapacity(), 10,
				Set.of());
		assertThat(assess(c, shafts(), unstated).outcome()).isEqualTo(Outcome.NEAR);
	}

	@Test
	void sizeFitTurnsThePartToFitTheEnvelope() {
		Criterion c = new Criteria.SizeFit();
		assertThat(c.assess(shafts(), shop, ctx)).isEmpty();
		Requirement r = shafts();
		Requirement shaft = new Requirement(r.id(), r.ownerUscc(), r.scenario(), r.processes(), r.materials(), null,
				r.toleranceIt(), r.certifications(), r.quantity(), r.unit(), r.dueDate(), null, r.place(),
				List.of(40.0, 40.0, 600.0));
		Capability lathe = new Capability("o", "S", Scenario.MACHINING, Set.of("TURNING"), Set.of(), Set.of(), 6,
				Set.of(), null, "件", null, null, null, TIEXI, List.of(800.0, 300.0, 300.0));
		Capability shortBed = new Capability("o", "S", Scenario.MACHINING, Set.of("TURNING"), Set.of(), Set.of(), 6,
				Set.of(), null, "件", null, null, null, TIEXI, List.of(500.0, 300.0, 300.0));
		assertThat(assess(c, shaft, lathe).outcome()).isEqualTo(Outcome.PASS);
		assertThat(assess(c, shaft, lathe).detail()).isEqualTo("零件尺寸 40×40×600 mm 在加工范围 800×300×300 mm 内");
		assertThat(assess(c, shaft, shortBed).outcome()).isEqualTo(Outcome.FAIL);
	}

	@Test
	void certificationFitNamesWhatIsMissing() {
		Criterion c = new Criteria.CertificationFit();
		assertThat(c.assess(shafts(), shop, ctx)).isEmpty();
		Requirement iatf = requiring(Set.of("TURNING"), Set.of("IATF16949"));
		assertThat(assess(c, iatf, shop).outcome()).isEqualTo(Outcome.FAIL);
		assertThat(assess(c, iatf, shop).detail()).isEqualTo("缺少 IATF 16949 认证");
		Capability certified = with(shop, shop.processes(), shop.materials(), 6, shop.monthlyCapacity(), 10,
				Set.of("ISO9001", "IATF16949"));
		assertThat(assess(c, iatf, certified).outcome()).isEqualTo(Outcome.PASS);
	}

	@Test
	void capacityFitComparesSpareMonthlyCapacityWithTheQuantity() {
		Criterion c = new Criteria.CapacityFit();
		assertThat(assess(c, shafts(), shop).outcome()).isEqualTo(Outcome.PASS);
		Capability half = with(shop, shop.processes(), shop.materials(), 6, new BigDecimal("1200"), 10, Set.of());
		assertThat(assess(c, shafts(), half).outcome()).isEqualTo(Outcome.NEAR);
		assertThat(assess(c, shafts(), half).score()).isEqualTo(0.3);
		Capability small = with(shop, shop.processes(), shop.materials(), 6, new BigDecimal("600"), 10, Set.of());
		assertThat(assess(c, shafts(), small).outcome()).isEqualTo(Outcome.FAIL);
		assertThat(assess(c, shafts(), small).detail()).isEqualTo("月余量产能 600 件，远低于需求 2000 件");
	}

	@Test
	void leadTimeFitCountsTheDaysToTheDueDate() {
		Criterion c = new Criteria.LeadTimeFit();
		// 20 days from 10 to 30 November
		assertThat(assess(c, shafts(), shop).outcome()).isEqualTo(Outcome.PASS);
		assertThat(assess(c, shafts(), shop).detail()).isEqualTo("交期 10 天，可在 11月30日前交货（距交货日 20 天）");
		Capability slightlyLate = with(shop, shop.processes(), shop.materials(), 6, shop.monthlyCapacity(), 23,
				Set.of());
		assertThat(assess(c, shafts(), slightlyLate).outcome()).isEqualTo(Outcome.NEAR);
		Capability late = with(shop, shop.processes(), shop.materials(), 6, shop.monthlyCapacity(), 45, Set.of());
		assertThat(assess(c, shafts(), late).outcome()).isEqualTo(Outcome.FAIL);
	}

	@Test
	void distancePrefersTheSameCountyThenCityThenMetropolitanArea() {
		Criterion c = new Criteria.DistanceFit();
		Assessment county = assess(c, shafts(), turningShop("a", TIEXI_EAST));
		Assessment city = assess(c, shafts(), turningShop("b", HUNNAN));
		Assessment metro = assess(c, shafts(), turningShop("c", ANSHAN));
		Assessment outside = assess(c, shafts(), turningShop("d", BEIJING));
		assertThat(county.detail()).isEqualTo("距离 6 km，同属铁西区");
		assertThat(county.outcome()).isEqualTo(Outcome.PASS);
		assertThat(city.detail()).startsWith("距离 ").endsWith("同属沈阳市（浑南区）");
		assertThat(metro.outcome()).isEqualTo(Outcome.NEAR);
		assertThat(metro.detail()).endsWith("同在沈阳都市圈（鞍山市）");
		assertThat(outside.outcome()).isEqualTo(Outcome.FAIL);
		assertThat(county.score()).isGreaterThan(city.score());
		assertThat(city.score()).isGreaterThan(metro.score());
		assertThat(metro.score()).isGreaterThan(outside.score());
	}

	@Test
	void reputationIsNeutralAndSaysSoUntilDealsExist() {
		Assessment a = assess(new Criteria.ReputationFit(), shafts(), shop);
		assertThat(a.score()).isEqualTo(0.5);
		assertThat(a.detail()).contains("成交评价不足").contains("中性");
	}

	@Test
	void priceAppliesOnlyWhenBothSidesNameOne() {
		Criterion c = new Criteria.PriceFit();
		assertThat(c.assess(shafts(), shop, ctx)).isEqualTo(Optional.empty());
		Requirement budget = new Requirement("d", "B", Scenario.MACHINING, Set.of("TURNING"), Set.of(), null, null,
				Set.of(), BigDecimal.TEN, "件", null, new BigDecimal("12"), TIEXI);
		Capability priced = new Capability("o", "S", Scenario.MACHINING, Set.of("TURNING"), Set.of(), Set.of(), null,
				Set.of(), null, "件", null, new BigDecimal("13"), null, TIEXI);
		assertThat(assess(c, budget, priced).outcome()).isEqualTo(Outcome.NEAR);
	}

}
