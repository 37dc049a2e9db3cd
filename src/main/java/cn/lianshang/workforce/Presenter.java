package cn.lianshang.workforce;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.lianshang.region.Regions;
import cn.lianshang.workforce.WorkforceViews.JobView;
import cn.lianshang.workforce.WorkforceViews.ResidentCard;
import cn.lianshang.workforce.WorkforceViews.ResidentView;

/** Entities to views; the privacy rule of {@link ResidentCard} is applied here. */
@Component
class Presenter {

	private final Regions regions;

	Presenter(Regions regions) {
		this.regions = regions;
	}

	String placeName(String code) {
		return code == null ? null : regions.fullName(code);
	}

	ResidentView own(Resident r) {
		return new ResidentView(r.id(), r.displayName(), r.phone(), r.phoneVerified(), r.idNumber(), r.address(),
				r.communityCode(), placeName(r.communityCode()), r.maxTravelKm(), r.expectedDailyWage(),
				r.hardToEmploy(), r.availableDays(), r.availableShifts(), List.copyOf(r.skills()),
				List.copyOf(r.certificates()), r.version());
	}

	/** What others see; contact fields only with {@code consented}. */
	ResidentCard card(Resident r, boolean consented) {
		return new ResidentCard(r.id(), consented ? r.displayName() : masked(r.displayName()), r.communityCode(),
				placeName(r.communityCode()), List.copyOf(r.skills()), List.copyOf(r.certificates()), r.maxTravelKm(),
				consented, consented ? r.phone() : null, consented ? r.address() : null,
				consented ? r.idNumber() : null);
	}

	/** 张三丰 → 张**: the family name only. */
	static String masked(String name) {
		if (name == null || name.isEmpty()) {
			return "*";
		}
		return name.codePoints()
			.limit(1)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + "**";
	}

	JobView job(Job j) {
		return new JobView(j.id(), j.employerUscc(), j.employerName(), j.employerVerified(), j.title(), j.description(),
				j.headcount(), List.copyOf(j.skills()), List.copyOf(j.certificates()), j.startDate(), j.endDate(),
				j.shifts(), j.payType(), j.payAmount(), j.dailyEquivalent(), j.divisionCode(),
				placeName(j.divisionCode()), j.meals(), j.transport(), j.accidentInsurance(), j.status(), j.createdAt(),
				j.version());
	}

}
