package cn.lianshang.workforce;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import cn.lianshang.matching.model.Explanation;
import cn.lianshang.workforce.EngagementStatus.Origin;

/** What the API shows of residents, jobs, engagements and matches. */
final class WorkforceViews {

	private WorkforceViews() {
	}

	/** A resident's own profile (the resident and administrators only). */
	record ResidentView(long id, String displayName, String phone, boolean phoneVerified, String idNumber,
			String address, String communityCode, String communityName, int maxTravelKm, BigDecimal expectedDailyWage,
			boolean hardToEmploy, Set<DayOfWeek> availableDays, Set<Shift> availableShifts, List<String> skills,
			List<String> certificates, int version) {

	}

	/**
	 * A resident as an employer or a station handler sees them: the contact fields are
	 * null until the resident has applied to one of the employer's jobs or accepted its
	 * invitation ({@code contactVisible}).
	 */
	record ResidentCard(long id, String displayName, String communityCode, String communityName, List<String> skills,
			List<String> certificates, int maxTravelKm, boolean contactVisible, String phone, String address,
			String idNumber) {

	}

	record JobView(long id, String enterpriseUscc, String enterpriseName, boolean verifiedEmployer, String title,
			String description, int headcount, List<String> skills, List<String> certificates, LocalDate startDate,
			LocalDate endDate, Set<Shift> shifts, PayType payType, BigDecimal payAmount, BigDecimal dailyPay,
			String divisionCode, String divisionName, boolean meals, boolean transport, boolean accidentInsurance,
			JobStatus status, OffsetDateTime createdAt, int version) {

	}

	/** One line of an explanation on the wire: {@code outcome} is pass, near or fail. */
	record ExplanationView(String criterion, String outcome, String detail) {

		static List<ExplanationView> of(List<Explanation> explanation) {
			return explanation.stream()
				.map(e -> new ExplanationView(e.criterion(), e.outcome().code(), e.detail()))
				.toList();
		}

	}

	/** A resident for a job: no contact details, ever. */
	record ResidentMatch(long residentId, String displayName, String communityName, List<String> skills, double score,
			Double distanceKm, List<ExplanationView> explanation) {

	}

	record JobMatch(long jobId, String title, String enterpriseUscc, String enterpriseName, boolean verifiedEmployer,
			double score, Double distanceKm, List<ExplanationView> explanation) {

	}

	record EngagementView(long id, long jobId, String jobTitle, long residentId, Origin origin, EngagementStatus status,
			List<LocalDate> checkins, boolean employerPaid, boolean residentPaid, Integer employerRating,
			Integer residentRating, boolean disputed, String disputeReason, boolean unpaidReported, int version) {

		static EngagementView of(Engagement e, String jobTitle) {
			return new EngagementView(e.id(), e.jobId(), jobTitle, e.residentId(), e.origin(), e.status(),
					List.copyOf(e.checkins()), e.employerPaid(), e.residentPaid(), e.employerRating(),
					e.residentRating(), e.disputed(), e.disputeReason(), e.unpaidReportedAt() != null, e.version());
		}

	}

	/** The 零工驿站 figures of a division (the caller's jurisdiction). */
	record StationView(String divisionCode, String divisionName, long residents, long openJobs, long filledJobs,
			long suspendedJobs, long headcount, long placed, double fillRate, List<JobView> unfilled,
			List<EngagementView> disputes) {

	}

}
