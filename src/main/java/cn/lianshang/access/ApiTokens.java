package cn.lianshang.access;

import java.time.OffsetDateTime;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokens extends JpaRepository<ApiToken, String> {

	@Modifying
	@Query("delete from ApiToken t where t.expiresAt < :now")
	int deleteExpired(OffsetDateTime now);

	@Modifying
	@Query("delete from ApiToken t where t.accountId = :accountId")
	int deleteByAccount(long accountId);

}
