package cn.lianshang.workforce;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.lianshang.matching.model.Taxonomy;
import cn.lianshang.matching.model.Term;
import cn.lianshang.matching.model.Vocabularies;
import cn.lianshang.shared.web.InvalidInputException.FieldProblem;

/**
 * The skills ({@code workforce/skills.csv}) and certificates
 * ({@code workforce/certificates.csv}) residents and jobs are described in, with
 * synonyms: 电焊工 resolves to {@code WELDER}, 叉车证 to {@code FORKLIFT_N1}.
 */
@Component
class Catalog {

	static final int MAX_CODES = 20;

	private final Taxonomy.Vocabulary skills = Vocabularies.fromClasspath("workforce/skills.csv", true);

	private final Taxonomy.Vocabulary certificates = Vocabularies.fromClasspath("workforce/certificates.csv", false);

	Taxonomy.Vocabulary skills() {
		return skills;
	}

	Taxonomy.Vocabulary certificates() {
		return certificates;
	}

	List<String> resolveSkills(String field, List<String> given, List<FieldProblem> problems) {
		return resolve(skills, field, "workforce.skill.unknown", given, problems);
	}

	List<String> resolveCertificates(String field, List<String> given, List<FieldProblem> problems) {
		return resolve(certificates, field, "workforce.certificate.unknown", given, problems);
	}

	/** The skills and every other skill of their families (near fits are candidates). */
	Set<String> withFamilies(Set<String> codes) {
		Set<String> all = new LinkedHashSet<>(codes);
		for (Term t : skills.all()) {
			if (codes.stream().anyMatch(c -> skills.sameFamily(c, t.code()))) {
				all.add(t.code());
			}
		}
		return all;
	}

	private static List<String> resolve(Taxonomy.Vocabulary v, String field, String code, List<String> given,
			List<FieldProblem> problems) {
		if (given.size() > MAX_CODES) {
			problems.add(new FieldProblem(field, "workforce.codes.too-many", MAX_CODES));
			return List.of();
		}
		Set<String> codes = new LinkedHashSet<>();
		for (String g : given) {
			v.resolve(g).ifPresentOrElse(codes::add, () -> problems.add(new FieldProblem(field, code, g)));
		}
		return new ArrayList<>(codes);
	}

}
