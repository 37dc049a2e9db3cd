package cn.lianshang.appeals;

import java.time.LocalDate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import cn.lianshang.appeals.model.RunningClock;

/**
 * The notices the clocks left. Reads on behalf of a user carry the scope of the appeal as
 * a condition of the query (as {@link Appeals} does).
 */
interface AppealNotices extends JpaRepository<AppealNotice, Long> {

	boolean existsByAppealIdAndKindAndClockAndDue(long appealId, AppealNotice.Kind kind, RunningClock.Kind clock,
			LocalDate due);

	/** The notices with their appeal, newest first, within the scope. */
	@Query(value = "select n, a from AppealNotice n, Appeal a where a.id = n.appealId and " + Appeals.SCOPE
			+ " order by n.createdAt desc, n.id desc",
			countQuery = "select count(n) from AppealNotice n, Appeal a where a.id = n.appealId and " + Appeals.SCOPE)
	Page<Object[]> scoped(@Param("all") boolean all, @Param("prefix") String prefix, @Param("uscc") String uscc,
			Pageable pageable);

}
