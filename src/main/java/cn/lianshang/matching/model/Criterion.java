package cn.lianshang.matching.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One soft criterion: how well a capability serves a requirement, with a sentence that
 * says why. Empty when the criterion does not apply to this pair (no tolerance asked, no
 * price on either side); such a criterion neither counts in the score nor appears in the
 * explanation.
 */
public interface Criterion {

	String code();

	Optional<Assessment> assess(Requirement requirement, Capability capability, Context context);

	/**
	 * What a criterion sees besides the pair: the vocabularies (for names) and today's
	 * date.
	 */
	record Context(Taxonomy taxonomy, LocalDate today) {

	}

	/**
	 * @param score 0–1
	 */
	record Assessment(double score, Outcome outcome, String detail) {

		public Assessment {
			if (score < 0 || score > 1) {
				throw new IllegalArgumentException("score out of 0-1: " + score);
			}
		}

		static Assessment pass(String detail) {
			return new Assessment(1, Outcome.PASS, detail);
		}

		static Assessment near(double score, String detail) {
			return new Assessment(score, Outcome.NEAR, detail);
		}

		static Assessment fail(String detail) {
			return new Assessment(0, Outcome.FAIL, detail);
		}

	}

}
