package cn.lianshang.marketplace;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DealRatings extends JpaRepository<DealRating, Long> {

	List<DealRating> findByDealId(long dealId);

	List<DealRating> findByDealIdIn(java.util.Collection<Long> dealIds);

	boolean existsByDealIdAndSide(long dealId, DealAction.Side side);

	/** Per rated supplier: the count and the means of on time, quality, communication. */
	@Query("""
			select r.rateeUscc, count(r), avg(r.onTime), avg(r.quality), avg(r.communication)
			from DealRating r
			where r.side = cn.lianshang.marketplace.DealAction.Side.SUPPLIER and r.rateeUscc in :usccs
			group by r.rateeUscc
			""")
	List<Object[]> supplierMeans(@Param("usccs") Collection<String> usccs);

	/** For one rated buyer: the count and the mean of payment on time. */
	@Query("""
			select count(r), avg(r.paymentOnTime) from DealRating r
			where r.side = cn.lianshang.marketplace.DealAction.Side.BUYER and r.rateeUscc = :uscc
			""")
	List<Object[]> buyerMeans(@Param("uscc") String uscc);

}
