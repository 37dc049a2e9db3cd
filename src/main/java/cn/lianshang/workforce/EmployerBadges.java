package cn.lianshang.workforce;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import cn.lianshang.access.AuditLog;
import cn.lianshang.enterprise.EnterpriseChanged;
import cn.lianshang.enterprise.EnterpriseRegistry;
import cn.lianshang.enterprise.EnterpriseStatus;
import cn.lianshang.enterprise.EnterpriseView;

/**
 * Keeps the verified-employer badge of an enterprise's jobs in step with the registry:
 * when the enterprise changes (its status among others), every job of it is marked
 * verified again only while the enterprise is ACTIVE (存续). Runs after the change
 * committed, in the thread of the caller who changed it (who can therefore read the
 * enterprise); each refreshed job is audited.
 */
@Component
class EmployerBadges {

	private final Jobs jobs;

	private final EnterpriseRegistry registry;

	private final AuditLog audit;

	EmployerBadges(Jobs jobs, EnterpriseRegistry registry, AuditLog audit) {
		this.jobs = jobs;
		this.registry = registry;
		this.audit = audit;
	}

	/**
	 * The one verified-employer rule, used when a job is posted and when the registry
	 * changes: the enterprise is registered (the caller has found it) and its status is
	 * ACTIVE (存续).
	 * @param employer the enterprise as the registry reports it, or {@code null} if it is
	 * not registered
	 * @return whether its jobs carry the verified-employer badge
	 */
	static boolean verified(EnterpriseView employer) {
		return employer != null && employer.status() == EnterpriseStatus.ACTIVE;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(EnterpriseChanged e) {
		boolean verified = registry.findOptional(e.uscc()).map(EmployerBadges::verified).orElse(false);
		for (Job job : jobs.findByEmployerUscc(e.uscc())) {
			if (job.employerVerified() != verified) {
				job.setEmployerVerified(verified);
				audit.record("job.employer-verified", "job", String.valueOf(job.id()), !verified, verified);
			}
		}
	}

}
