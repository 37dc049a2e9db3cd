package cn.lianshang.marketplace;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A booking of some units of a PLANT or EQUIPMENT offer for a range of days (inclusive).
 * The days it holds are rows of {@code lease_booked_day}, whose primary key (offer, unit,
 * day) makes double booking impossible.
 */
@Entity
@Table(name = "lease_booking")
class LeaseBooking {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lease_booking_seq")
	@SequenceGenerator(name = "lease_booking_seq", sequenceName = "lease_booking_seq", allocationSize = 50)
	private Long id;

	@Column(name = "offer_id")
	private long offerId;

	@Column(name = "lessee_uscc")
	private String lesseeUscc;

	@Column(name = "lessee_name")
	private String lesseeName;

	@Column(name = "start_date")
	private LocalDate startDate;

	@Column(name = "end_date")
	private LocalDate endDate;

	private int units;

	@Column(name = "created_at")
	private OffsetDateTime createdAt;

	protected LeaseBooking() {
	}

	LeaseBooking(long offerId, String lesseeUscc, String lesseeName, LocalDate startDate, LocalDate endDate, int units,
			OffsetDateTime now) {
		this.offerId = offerId;
		this.lesseeUscc = lesseeUscc;
		this.lesseeName = lesseeName;
		this.startDate = startDate;
		this.endDate = endDate;
		this.units = units;
		this.createdAt = now;
	}

	Long id() {
		return id;
	}

	long offerId() {
		return offerId;
	}

	String lesseeUscc() {
		return lesseeUscc;
	}

	String lesseeName() {
		return lesseeName;
	}

	LocalDate startDate() {
		return startDate;
	}

	LocalDate endDate() {
		return endDate;
	}

	int units() {
		return units;
	}

	OffsetDateTime createdAt() {
		return createdAt;
	}

}
