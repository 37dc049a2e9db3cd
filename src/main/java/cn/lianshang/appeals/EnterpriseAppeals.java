package cn.lianshang.appeals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.access.CurrentUser;
import cn.lianshang.appeals.model.WorkingCalendar;
import cn.lianshang.region.Regions;
import jakarta.persistence.EntityManager;

/**
 * One enterprise's appeals with their working-day clocks, for pages that compose several
 * modules (the enterprise's service page, the 360° view). The caller's scope is a
 * condition of the query, as in every appeal query: an enterprise sees its own appeals, a
 * handler those its units lead or co-handle, an administrator all.
 */
@Service
public class EnterpriseAppeals {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/**
	 * An appeal and its running deadline: {@code deadlineKind} is {@code accept} (签收) or
	 * {@code answer} (答复), {@code workingDaysLeft} negative when overdue; both null when
	 * no clock runs in its state.
	 */
	public record AppealClock(long id, String state, String stateLabel, boolean open, String categoryName,
			String unitName, OffsetDateTime filedAt, String deadlineKind, LocalDate deadline, Integer workingDaysLeft) {

		public boolean overdue() {
			return workingDaysLeft != null && workingDaysLeft < 0;
		}

	}

	/** The latest appeals and how many there are, open and in all. */
	public record History(List<AppealClock> latest, long total, long open) {

	}

	private final EntityManager entityManager;

	private final CurrentUser currentUser;

	private final Regions regions;

	private final Categories categories;

	private final WorkingDays workingDays;

	EnterpriseAppeals(EntityManager entityManager, CurrentUser currentUser, Regions regions, Categories categories,
			WorkingDays workingDays) {
		this.entityManager = entityManager;
		this.currentUser = currentUser;
		this.regions = regions;
		this.categories = categories;
		this.workingDays = workingDays;
	}

	@Transactional(readOnly = true)
	public History of(String uscc, int limit) {
		AppealScope s = AppealScope.of(currentUser.scope(), regions);
		String where = " from Appeal a where a.uscc = :target and " + Appeals.SCOPE;
		List<Appeal> latest = entityManager
			.createQuery("select a" + where + " order by a.filedAt desc, a.id desc", Appeal.class)
			.setParameter("target", uscc)
			.setParameter("all", s.all())
			.setParameter("prefix", s.prefix())
			.setParameter("uscc", s.uscc())
			.setMaxResults(limit)
			.getResultList();
		List<Object[]> counts = entityManager
			.createQuery("select a.state, count(a)" + where + " group by a.state", Object[].class)
			.setParameter("target", uscc)
			.setParameter("all", s.all())
			.setParameter("prefix", s.prefix())
			.setParameter("uscc", s.uscc())
			.getResultList();
		long total = 0;
		long open = 0;
		for (Object[] row : counts) {
			long n = ((Number) row[1]).longValue();
			total += n;
			if (((cn.lianshang.appeals.model.AppealState) row[0]).isOpen()) {
				open += n;
			}
		}
		if (latest.isEmpty()) {
			return new History(List.of(), total, open);
		}
		Map<String, String> names = categories.findAll()
			.stream()
			.collect(Collectors.toMap(Category::code, Category::name, (a, b) -> a));
		WorkingCalendar calendar = workingDays.calendar();
		LocalDate today = LocalDate.now(ZONE);
		return new History(latest.stream().map(a -> {
			AppealPages.Deadline d = AppealPages.deadline(a.state(), a.acceptDue(), a.answerDue(), calendar, today);
			return new AppealClock(a.id(), a.state().name(), a.state().label(), a.state().isOpen(),
					names.get(a.categoryCode()), a.unitName(), a.filedAt(), d == null ? null : d.kind(),
					d == null ? null : d.date(), d == null ? null : d.daysLeft());
		}).toList(), total, open);
	}

}
