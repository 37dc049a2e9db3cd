package cn.lianshang.portal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The knowledge items. */
interface KnowledgeItems extends JpaRepository<KnowledgeItem, String> {

	/**
	 * The items aimed at an enterprise: an industry prefix of its letter-prefixed
	 * industry code (or none) and a division on its division path (or none).
	 * @param industry e.g. {@code C3421}
	 * @param path the division path with a leading slash, e.g. {@code /210100/210106/}
	 */
	@Query("select k from KnowledgeItem k where (k.industryPrefix is null or :industry like concat(k.industryPrefix, '%'))"
			+ " and (k.divisionCode is null or :path like concat('%/', k.divisionCode, '/%'))")
	List<KnowledgeItem> aimedAt(@Param("industry") String industry, @Param("path") String path);

}
