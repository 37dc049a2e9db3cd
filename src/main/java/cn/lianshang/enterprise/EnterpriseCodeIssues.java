package cn.lianshang.enterprise;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

import jakarta.persistence.LockModeType;

/** The serials of the enterprise codes. */
interface EnterpriseCodeIssues extends JpaRepository<EnterpriseCodeIssue, Long> {

	Optional<EnterpriseCodeIssue> findByUsccAndRevokedAtIsNull(String uscc);

	/**
	 * The current serial, locked for a revocation (two revocations at once issue one new
	 * serial each, in turn).
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<EnterpriseCodeIssue> findForUpdateByUsccAndRevokedAtIsNull(String uscc);

	Optional<EnterpriseCodeIssue> findByUsccAndSerial(String uscc, int serial);

}
