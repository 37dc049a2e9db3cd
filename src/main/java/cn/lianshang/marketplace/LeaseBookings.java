package cn.lianshang.marketplace;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface LeaseBookings extends JpaRepository<LeaseBooking, Long> {

	Page<LeaseBooking> findByOfferId(long offerId, Pageable pageable);

	Page<LeaseBooking> findByOfferIdAndLesseeUscc(long offerId, String lesseeUscc, Pageable pageable);

}
