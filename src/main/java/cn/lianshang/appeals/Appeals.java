package cn.lianshang.appeals;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import cn.lianshang.appeals.model.AppealState;

/**
 * The appeals. Every read on behalf of a user carries the scope as a condition of the
 * query: all rows; rows whose lead unit or a co-handling unit lies within a division path
 * prefix; or the rows of one enterprise.
 */
interface Appeals extends JpaRepository<Appeal, Long> {

	String SCOPE = "(:all = true or a.uscc = :uscc or a.unitPath like :prefix or exists (select 1 from Appeal b "
			+ "join b.coHandlers c where b.id = a.id and c.unitPath like :prefix))";

	@Query("select a from Appeal a where a.id = :id and " + SCOPE)
	Optional<Appeal> findScoped(@Param("id") long id, @Param("all") boolean all, @Param("prefix") String prefix,
			@Param("uscc") String uscc);

	@Query(value = "select a from Appeal a where " + SCOPE
			+ " and (:state is null or a.state = :state) and (:category is null or a.categoryCode = :category)",
			countQuery = "select count(a) from Appeal a where " + SCOPE
					+ " and (:state is null or a.state = :state) and (:category is null or a.categoryCode = :category)")
	Page<Appeal> search(@Param("all") boolean all, @Param("prefix") String prefix, @Param("uscc") String uscc,
			@Param("state") AppealState state, @Param("category") String category, Pageable pageable);

	Optional<Appeal> findByAccountIdAndIdempotencyKey(long accountId, String idempotencyKey);

	Optional<Appeal> findByOpen311Token(String token);

	/**
	 * Open311 GET requests: those filed through Open311 (by any integrating system),
	 * never appeals filed on the platform's own form or API, filtered by the spec's
	 * parameters, newest first.
	 */
	@Query("select a from Appeal a where a.locationPath like :path and a.open311KeyId is not null"
			+ " and (:category is null or a.categoryCode = :category)"
			+ " and a.filedAt >= :start and a.filedAt <= :end and (:status is null or (:status = 'closed' and a.state = "
			+ "cn.lianshang.appeals.model.AppealState.CLOSED) or (:status = 'open' and a.state <> "
			+ "cn.lianshang.appeals.model.AppealState.CLOSED)) order by a.filedAt desc")
	List<Appeal> open311Search(@Param("path") String path, @Param("category") String category,
			@Param("start") OffsetDateTime start, @Param("end") OffsetDateTime end, @Param("status") String status,
			Pageable pageable);

	@Query("select a from Appeal a where a.id in :ids and a.locationPath like :path and a.open311KeyId is not null"
			+ " order by a.filedAt desc")
	List<Appeal> findByIdsWithin(@Param("ids") List<Long> ids, @Param("path") String path);

	/**
	 * The facts the metrics need, of the appeals filed in a period whose location lies
	 * within a path.
	 */
	@Query("select new cn.lianshang.appeals.model.AppealFacts(a.locationPath, a.state, a.acceptDue, a.acceptedAt, "
			+ "a.answerDue, a.repliedAt, a.rating, a.resolved, a.returnCount, a.reopenCount, a.unitCode, a.unitName, "
			+ "a.filedAt) from Appeal a "
			+ "where a.locationPath like :path and a.filedAt >= :from and a.filedAt < :to")
	List<cn.lianshang.appeals.model.AppealFacts> facts(@Param("path") String path, @Param("from") OffsetDateTime from,
			@Param("to") OffsetDateTime to);

}
