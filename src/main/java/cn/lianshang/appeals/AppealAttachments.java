package cn.lianshang.appeals;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * The attachments. A read on behalf of a user carries the appeal's scope
 * ({@link Appeals#SCOPE}) as a condition of the same query: a file of an appeal the
 * caller may not see is not found.
 */
interface AppealAttachments extends JpaRepository<AppealAttachment, Long> {

	String IN_SCOPE = " and exists (select 1 from Appeal a where a.id = t.appealId and " + Appeals.SCOPE + ")";

	@Query("select new cn.lianshang.appeals.AppealAttachment$View(t.id, t.appealId, t.fileName, t.kind, t.mediaType, "
			+ "t.sizeBytes, t.sha256, t.uploadedAt, t.uploadedBy) from AppealAttachment t where t.appealId = :appeal"
			+ IN_SCOPE + " order by t.id")
	List<AppealAttachment.View> listScoped(@Param("appeal") long appeal, @Param("all") boolean all,
			@Param("prefix") String prefix, @Param("uscc") String uscc);

	@Query("select t from AppealAttachment t where t.id = :id and t.appealId = :appeal" + IN_SCOPE)
	Optional<AppealAttachment> findScoped(@Param("appeal") long appeal, @Param("id") long id, @Param("all") boolean all,
			@Param("prefix") String prefix, @Param("uscc") String uscc);

	long countByAppealId(long appealId);

}
