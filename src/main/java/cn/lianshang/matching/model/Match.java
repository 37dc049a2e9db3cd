package cn.lianshang.matching.model;

import java.util.List;

/**
 * One ranked candidate.
 *
 * @param candidateId the offer's id (demand → offers) or the demand's id (offer →
 * demands)
 * @param score the weighted mean of the criteria, 0–1, rounded to three decimals
 * @param distanceKm great-circle distance, one decimal, or null without coordinates
 */
public record Match(String candidateId, String candidateUscc, double score, Double distanceKm,
		List<Explanation> explanation) {

	public Match {
		explanation = List.copyOf(explanation);
	}

}
