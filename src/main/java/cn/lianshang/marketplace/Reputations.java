package cn.lianshang.marketplace;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.matching.model.Criteria;

/**
 * Two-sided reputation from the ratings of completed deals.
 * <ul>
 * <li>A supplier: the mean of on time, quality and communication (each 1–5) over all its
 * ratings, mapped to 0–1 as {@code (mean − 1) / 4}. It counts in matching only from
 * {@link Criteria#MIN_RATINGS} ratings on; below that the criterion stays neutral.</li>
 * <li>A buyer: the mean of payment on time (1–5), and the award rate — of its demands
 * that received at least one response, the share it awarded.</li>
 * </ul>
 */
@Service
class Reputations {

	static final Set<ResponseStatus> DEALS = EnumSet.of(ResponseStatus.AWARDED, ResponseStatus.DELIVERED,
			ResponseStatus.COMPLETED);

	private final DealRatings ratings;

	private final DemandResponses responses;

	Reputations(DealRatings ratings, DemandResponses responses) {
		this.ratings = ratings;
		this.responses = responses;
	}

	/**
	 * The 0–1 reputation of those suppliers among {@code usccs} that have at least
	 * {@link Criteria#MIN_RATINGS} ratings; the others are absent (neutral).
	 */
	@Transactional(readOnly = true)
	Map<String, Double> supplierScores(Collection<String> usccs) {
		Map<String, Double> scores = new HashMap<>();
		if (usccs.isEmpty()) {
			return scores;
		}
		for (Object[] row : ratings.supplierMeans(Set.copyOf(usccs))) {
			SupplierReputation s = supplier(row);
			if (s.score() != null) {
				scores.put((String) row[0], s.score());
			}
		}
		return scores;
	}

	@Transactional(readOnly = true)
	ReputationView of(String uscc) {
		SupplierReputation supplier = ratings.supplierMeans(List.of(uscc))
			.stream()
			.findFirst()
			.map(Reputations::supplier)
			.orElse(new SupplierReputation(0, null, null, null, null, Criteria.MIN_RATINGS));
		Object[] buyerRow = ratings.buyerMeans(uscc).get(0);
		long buyerCount = ((Number) buyerRow[0]).longValue();
		Double payment = buyerCount == 0 ? null : round(((Number) buyerRow[1]).doubleValue());
		Object[] awards = responses.awardCounts(uscc, DEALS).get(0);
		long withResponses = ((Number) awards[0]).longValue();
		long awarded = awards[1] == null ? 0 : ((Number) awards[1]).longValue();
		Double rate = withResponses == 0 ? null : round((double) awarded / withResponses);
		return new ReputationView(uscc, supplier,
				new BuyerReputation(buyerCount, payment, withResponses, awarded, rate));
	}

	private static SupplierReputation supplier(Object[] row) {
		long count = ((Number) row[1]).longValue();
		double onTime = ((Number) row[2]).doubleValue();
		double quality = ((Number) row[3]).doubleValue();
		double communication = ((Number) row[4]).doubleValue();
		double mean = (onTime + quality + communication) / 3;
		Double score = count >= Criteria.MIN_RATINGS ? round((mean - 1) / 4) : null;
		return new SupplierReputation(count, round(onTime), round(quality), round(communication), score,
				Criteria.MIN_RATINGS);
	}

	static double round(double v) {
		return Math.round(v * 1000) / 1000.0;
	}

	/**
	 * @param score 0–1, or null while fewer than {@code minRatings} ratings exist
	 */
	record SupplierReputation(long ratings, Double onTime, Double quality, Double communication, Double score,
			int minRatings) {

	}

	/**
	 * @param awardRate awarded / demands with responses, or null when no demand received
	 * a response
	 */
	record BuyerReputation(long ratings, Double paymentOnTime, long demandsWithResponses, long demandsAwarded,
			Double awardRate) {

	}

	record ReputationView(String enterpriseUscc, SupplierReputation asSupplier, BuyerReputation asBuyer) {

	}

}
