package cn.lianshang.matching;

import java.util.List;
import java.util.Map;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.lianshang.matching.model.Taxonomy;
import cn.lianshang.matching.model.Term;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;

/** The vocabularies forms offer, what a text normalises to, and the weights in force. */
@RestController
@RequestMapping("/api/v1/matching")
@Validated
@Tag(name = "matching", description = "匹配引擎 / taxonomy, text normalisation, weights")
class MatchingApi {

	private final Matching matching;

	MatchingApi(Matching matching) {
		this.matching = matching;
	}

	record TermView(String code, String name, String family, String category, List<String> synonyms) {

		static List<TermView> of(Taxonomy.Vocabulary v) {
			return v.all().stream().map(TermView::of).toList();
		}

		static TermView of(Term t) {
			return new TermView(t.code(), t.name(), t.family(), t.category(), t.synonyms());
		}

	}

	record TaxonomyView(List<TermView> processes, List<TermView> materials, List<TermView> categories,
			List<TermView> certifications) {

	}

	@GetMapping("/taxonomy")
	@Operation(summary = "Processes, material grades, raw-material categories and certifications with synonyms")
	TaxonomyView taxonomy() {
		Taxonomy t = matching.taxonomy();
		return new TaxonomyView(TermView.of(t.processes()), TermView.of(t.materials()), TermView.of(t.categories()),
				TermView.of(t.certifications()));
	}

	@GetMapping("/normalise")
	@Operation(summary = "The codes a free text mentions: 数控车加工 45号钢 → TURNING, C45")
	Taxonomy.Normalised normalise(@RequestParam @Size(max = 2000) String text) {
		return matching.taxonomy().normalise(text);
	}

	@GetMapping("/weights")
	@Operation(summary = "The weight of each ranking criterion in force (lianshang.matching.weights.*)")
	Map<String, Double> weights() {
		return matching.weightTable();
	}

}
