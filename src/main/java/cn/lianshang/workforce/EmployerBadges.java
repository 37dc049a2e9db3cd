package cn.lianshang.workforce;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import cn.lianshang.access.AuditLog;
import cn.lianshang.enterprise.EnterpriseChanged;
import cn.lianshang.enterprise.EnterpriseRegistry;
import cn.lianshang.enterprise.EnterpriseStatus;

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

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(EnterpriseChanged e) {
		boolean verified = registry.findOptional(e.uscc())
			.map(v -> v.status() == EnterpriseStatus.ACTIVE)
			.orElse(false);
		for (Job job : jobs.findByEmployerUscc(e.uscc())) {
			if (job.employerVerified() != verified) {
				job.setEmployerVerified(verified);
				audit.record("job.employer-verified", "job", String.valueOf(job.id()), !verified, verified);
			}
		}
	}

}
