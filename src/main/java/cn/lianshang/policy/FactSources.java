package cn.lianshang.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.lianshang.enterprise.EnterpriseRegistry;
import cn.lianshang.enterprise.EnterpriseView;
import cn.lianshang.enterprise.Industries;
import cn.lianshang.enterprise.IndustryClass;
import cn.lianshang.enterprise.QualificationView;
import cn.lianshang.enterprise.RevenueBand;
import cn.lianshang.enterprise.Scale;
import cn.lianshang.policy.model.ClauseValidation;
import cn.lianshang.policy.model.CompanySize;
import cn.lianshang.policy.model.EnterpriseFacts;
import cn.lianshang.policy.model.Names;
import cn.lianshang.policy.model.RevenueRange;
import cn.lianshang.region.Region;
import cn.lianshang.region.Regions;
import cn.lianshang.shared.web.InvalidInputException.FieldProblem;

/**
 * Turns what the platform knows (the registry's {@link EnterpriseView}) and what is
 * written by hand ({@link CaseFacts}) into the model's {@link EnterpriseFacts}, and
 * supplies the vocabulary and names the model needs (divisions, industries,
 * qualifications).
 */
@Component
class FactSources {

	private final Regions regions;

	private final Industries industries;

	private final EnterpriseRegistry registry;

	FactSources(Regions regions, Industries industries, EnterpriseRegistry registry) {
		this.regions = regions;
		this.industries = industries;
		this.registry = registry;
	}

	/**
	 * The registry's facts; what the registry does not hold (credit, R&D share ...) stays
	 * missing.
	 */
	EnterpriseFacts of(EnterpriseView e) {
		return new EnterpriseFacts(regions.find(e.divisionCode()).map(Region::path).orElse(null),
				industries.find(e.industryCode()).map(IndustryClass::path).orElse(null), size(e.scale()), e.employees(),
				range(e.revenueBand()), e.foundedOn(),
				e.qualifications() == null ? null : Set.copyOf(e.qualifications()), null, null, null, null, null);
	}

	EnterpriseFacts of(CaseFacts c) {
		if (c == null) {
			return EnterpriseFacts.none();
		}
		RevenueRange revenue = c.revenueWan() != null ? RevenueRange.exactly(c.revenueWan()) : range(c.revenueBand());
		return new EnterpriseFacts(
				c.division() == null ? null : regions.find(c.division()).map(Region::path).orElse(null),
				c.industry() == null ? null : industries.find(c.industry()).map(IndustryClass::path).orElse(null),
				size(c.scale()), c.employees(), revenue, c.foundedOn(),
				c.qualifications() == null ? null : Set.copyOf(c.qualifications()),
				c.credit() == null ? null : c.credit() == CaseFacts.Credit.DISHONEST, c.rdSharePercent(),
				c.graduateHires(), c.firstSet(), c.smartManufacturing());
	}

	/**
	 * The registry's facts completed by what the enterprise supplied: a supplied fact
	 * fills a gap; an exact revenue figure refines the registry's band when it lies
	 * inside it.
	 */
	EnterpriseFacts combine(EnterpriseFacts registered, CaseFacts supplied) {
		if (supplied == null) {
			return registered;
		}
		EnterpriseFacts extra = of(new CaseFacts(null, null, null, null, null, supplied.revenueWan(), null, null,
				supplied.credit(), supplied.rdSharePercent(), supplied.graduateHires(), supplied.firstSet(),
				supplied.smartManufacturing()));
		EnterpriseFacts facts = registered;
		if (extra.revenue() != null
				&& (registered.revenue() == null || (extra.revenue().fromWan() >= registered.revenue().fromWan()
						&& extra.revenue().fromWan() < registered.revenue().toWan()))) {
			facts = facts.withRevenue(extra.revenue());
		}
		return facts.supplementedBy(extra);
	}

	List<FieldProblem> check(CaseFacts c, String path) {
		List<FieldProblem> problems = new ArrayList<>();
		if (c == null) {
			return problems;
		}
		if (c.division() != null && !regions.exists(c.division())) {
			problems.add(new FieldProblem(path + ".division", "division.unknown", c.division()));
		}
		if (c.industry() != null && industries.find(c.industry()).isEmpty()) {
			problems.add(new FieldProblem(path + ".industry", "industry.unknown", c.industry()));
		}
		if (c.qualifications() != null) {
			Set<String> known = qualificationCodes();
			c.qualifications()
				.stream()
				.filter(q -> !known.contains(q))
				.forEach(q -> problems.add(new FieldProblem(path + ".qualifications", "qualification.unknown", q)));
		}
		return problems;
	}

	private static CompanySize size(Scale s) {
		return s == null ? null : s == Scale.ABOVE ? CompanySize.ABOVE : CompanySize.BELOW;
	}

	private static RevenueRange range(RevenueBand b) {
		return b == null ? null : new RevenueRange(b.fromWan(), b.toWan());
	}

	Set<String> qualificationCodes() {
		Set<String> codes = new HashSet<>();
		registry.qualifications().forEach(q -> codes.add(q.code()));
		return codes;
	}

	ClauseValidation.Vocabulary vocabulary(Set<Integer> articles) {
		Set<String> qualifications = qualificationCodes();
		return new ClauseValidation.Vocabulary() {

			@Override
			public boolean divisionExists(String code) {
				return regions.exists(code);
			}

			@Override
			public boolean industryExists(String code) {
				return industries.find(code).isPresent();
			}

			@Override
			public boolean qualificationExists(String code) {
				return qualifications.contains(code);
			}

			@Override
			public Set<Integer> articles() {
				return articles;
			}

		};
	}

	/** A code the editor offers, with what it reads as. */
	record Choice(String code, String name) {

	}

	/**
	 * The divisions a clause or a golden case may name (every division of the reference
	 * data, in path order: a city before its districts), each with its full name.
	 */
	java.util.List<Choice> divisionChoices() {
		return regions.all()
			.stream()
			.sorted(java.util.Comparator.comparing(Region::path))
			.map(r -> new Choice(r.code(), regions.fullName(r.code())))
			.toList();
	}

	/**
	 * The GB/T 4754-2017 codes (sections, divisions, groups, classes, in the standard's
	 * order), each named with its letter-prefixed code.
	 */
	java.util.List<Choice> industryChoices() {
		return industries.all().stream().map(i -> new Choice(i.code(), i.prefixedCode() + " " + i.name())).toList();
	}

	Names names() {
		java.util.Map<String, String> qualifications = new java.util.HashMap<>();
		for (QualificationView q : registry.qualifications()) {
			qualifications.put(q.code(), q.nameZh());
		}
		return new Names() {

			@Override
			public String division(String code) {
				String name = regions.fullName(code);
				return name.isEmpty() ? code : name;
			}

			@Override
			public String industry(String code) {
				return industries.find(code).map(i -> i.name() + "（" + i.prefixedCode() + "）").orElse(code);
			}

			@Override
			public String qualification(String code) {
				return qualifications.getOrDefault(code, code);
			}

		};
	}

}
