package cn.lianshang.workforce;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.lianshang.access.AccountManagement;
import cn.lianshang.access.AuditLog;
import cn.lianshang.access.DemoAccounts;
import cn.lianshang.enterprise.EnterpriseQuery;
import cn.lianshang.enterprise.EnterpriseRegistry;
import cn.lianshang.enterprise.EnterpriseStatus;
import cn.lianshang.enterprise.EnterpriseView;
import cn.lianshang.matching.Matching;
import cn.lianshang.region.Region;
import cn.lianshang.region.Regions;
import cn.lianshang.workforce.Engagement.Side;
import cn.lianshang.workforce.EngagementStatus.Origin;

/**
 * On start, after the marketplace ({@code @Order(5)}): when
 * {@code lianshang.demo.enabled} and no demo job exists, stores
 * {@code lianshang.workforce.demo-residents} demo residents spread evenly over every
 * county (a random township of it; the zone itself for the zone), {@code demo-jobs} jobs
 * from active demo enterprises (posted in one batch through {@link PostingJobs#postDemo}
 * as the administrator, so each passes the same checks, the minimum wage included; one
 * audit record {@code job.demo} for the load), and a few engagements in every state of
 * the flow (audited as {@code demo}). Deterministic for a given
 * {@code lianshang.demo.seed}. Login accounts (the shared demo password of
 * {@link DemoAccounts}): {@code resident-<code>} for one demo resident of every city and
 * of the zone (e.g. {@code resident-210100} in 沈阳市), the first of the area's residents
 * with at least one job near them, so that {@code /jobs/me} shows matches; the demo
 * enterprises with an {@code ent-<uscc>} account post the first
 * {@link #JOBS_PER_LOGIN_EMPLOYER} jobs each, so that they see their jobs and the
 * candidates. A real resident registers at {@code /jobs/register}.
 */
@Component
@Order(5)
class WorkforceDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(WorkforceDemo.class);

	static final int CHUNK = 200;

	/** Jobs posted by each demo enterprise that has a login account. */
	static final int JOBS_PER_LOGIN_EMPLOYER = 4;

	/** Residents of an area tried for a login account (the first with a match wins). */
	static final int LOGIN_TRIES = 40;

	static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭",
			"何", "高", "林", "于" };

	static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超",
			"秀英", "桂兰", "建国", "志强", "海燕", "春梅", "国庆" };

	/** Skill → (certificate it usually comes with, how often). */
	static final Map<String, String> USUAL_CERTIFICATE = Map.of("WELDER", "WELDING_OP", "ELECTRICIAN", "ELECTRICIAN_LV",
			"FORKLIFT_DRIVER", "FORKLIFT_N1", "TRUCK_DRIVER", "DRIVING_B2", "COOK", "HEALTH");

	static final Map<String, String> TITLES = Map.ofEntries(Map.entry("GENERAL_WORKER", "生产线普工"),
			Map.entry("ASSEMBLER", "装配工（短期）"), Map.entry("WELDER", "焊工 钢结构"), Map.entry("ELECTRICIAN", "维修电工"),
			Map.entry("FORKLIFT_DRIVER", "叉车司机 仓储"), Map.entry("CNC_OPERATOR", "数控操作工"), Map.entry("INSPECTOR", "质检员"),
			Map.entry("WAREHOUSE_KEEPER", "仓管员"), Map.entry("PACKER", "包装工 日结"), Map.entry("CLEANER", "厂区保洁"),
			Map.entry("COOK", "食堂帮厨"), Map.entry("TRUCK_DRIVER", "货车司机 配送"), Map.entry("SORTER", "分拣员 夜班"),
			Map.entry("SECURITY_GUARD", "门卫保安"));

	private final boolean enabled;

	private final long seed;

	private final WorkforceSettings settings;

	private final Jobs jobs;

	private final Residents residents;

	private final Engagements engagements;

	private final RegisteringResidents registering;

	private final PostingJobs posting;

	private final EnterpriseRegistry registry;

	private final AccountManagement accounts;

	private final Regions regions;

	private final Catalog catalog;

	private final AuditLog audit;

	private final TransactionTemplate tx;

	private final DemoAccounts demoAccounts;

	private final FindingWorkers finding;

	WorkforceDemo(@Value("${lianshang.demo.enabled:false}") boolean enabled,
			@Value("${lianshang.demo.seed:20261122}") long seed, WorkforceSettings settings, Jobs jobs,
			Residents residents, Engagements engagements, RegisteringResidents registering, PostingJobs posting,
			EnterpriseRegistry registry, AccountManagement accounts, Regions regions, Catalog catalog, AuditLog audit,
			TransactionTemplate tx, DemoAccounts demoAccounts, FindingWorkers finding) {
		this.enabled = enabled;
		this.seed = seed;
		this.settings = settings;
		this.jobs = jobs;
		this.residents = residents;
		this.engagements = engagements;
		this.registering = registering;
		this.posting = posting;
		this.registry = registry;
		this.accounts = accounts;
		this.regions = regions;
		this.catalog = catalog;
		this.audit = audit;
		this.tx = tx;
		this.demoAccounts = demoAccounts;
		this.finding = finding;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || jobs.countByDemoTrue() > 0) {
			return;
		}
		UserDetails admin = accounts.loadUserByUsername("admin");
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
		try {
			load();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	void load() {
		long start = System.nanoTime();
		Random random = new Random(seed);
		List<String> skills = catalog.skills().all().stream().map(t -> t.code()).toList();
		List<ResidentProfile> people = residents(random, skills, settings.demoResidents());
		List<Resident> stored = new ArrayList<>();
		for (int from = 0; from < people.size(); from += CHUNK) {
			List<ResidentProfile> chunk = people.subList(from, Math.min(people.size(), from + CHUNK));
			int offset = from;
			tx.executeWithoutResult(s -> {
				for (int i = 0; i < chunk.size(); i++) {
					stored.add(registering.registerDemo(phone(seed, offset + i), chunk.get(i)));
				}
			});
		}
		long residentsDone = System.nanoTime();
		List<String[]> employers = new ArrayList<>();
		Map<String, EnterpriseView> views = new HashMap<>();
		registry.forEach(new EnterpriseQuery(null, null, null, null, null, EnterpriseStatus.ACTIVE, null, 0, 200),
				e -> {
					if (e.demo()) {
						employers.add(new String[] { e.uscc(), e.divisionCode() });
						views.put(e.uscc(), e);
					}
				});
		List<Job> posted = new ArrayList<>();
		if (!employers.isEmpty() && settings.demoJobs() > 0) {
			List<String[]> withLogin = employers.stream().filter(e -> demoAccounts.exists("ent-" + e[0])).toList();
			List<JobDraft> drafts = jobs(random, skills, employers, withLogin, settings.demoJobs());
			tx.executeWithoutResult(s -> {
				posted.addAll(posting.postDemo(drafts, views));
				audit.recordAs("demo", "job.demo", "job", null, null,
						posted.size() + " demo jobs posted as the administrator, seed " + seed);
			});
		}
		long jobsDone = System.nanoTime();
		int engaged = tx.execute(s -> engagements(random, posted, stored));
		List<String> logins = tx.execute(s -> residentAccounts(stored));
		demoAccounts.announce("Demo resident accounts created", logins);
		log.info(
				"Workforce demo: {} residents, {} jobs, {} engagements (seed {}) in {} ms (residents {} ms, jobs {} ms)",
				stored.size(), posted.size(), engaged, seed, (System.nanoTime() - start) / 1_000_000,
				(residentsDone - start) / 1_000_000, (jobsDone - residentsDone) / 1_000_000);
	}

	static String phone(long seed, int i) {
		return "138" + String.format("%08d", Math.floorMod(seed * 31 + i * 7919L, 100_000_000L));
	}

	/** Evenly over every county (and the zone), a random township of each. */
	List<ResidentProfile> residents(Random random, List<String> skills, int count) {
		List<List<String>> areas = new ArrayList<>();
		for (Region top : regions.topLevel()) {
			if (top.level() == Region.Level.ZONE) {
				areas.add(List.of(top.code()));
				continue;
			}
			for (Region county : regions.childrenOf(top.code())) {
				List<String> townships = regions.childrenOf(county.code()).stream().map(Region::code).toList();
				if (!townships.isEmpty()) {
					areas.add(townships);
				}
			}
		}
		List<ResidentProfile> out = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			List<String> area = areas.get(i % areas.size());
			String community = area.get(random.nextInt(area.size()));
			Set<String> own = new LinkedHashSet<>();
			int n = 1 + random.nextInt(3);
			while (own.size() < n) {
				own.add(skills.get(random.nextInt(skills.size())));
			}
			Set<String> certificates = new LinkedHashSet<>();
			for (String s : own) {
				String c = USUAL_CERTIFICATE.get(s);
				if (c != null && random.nextInt(10) < 7) {
					certificates.add(c);
				}
			}
			if (random.nextInt(10) < 3) {
				certificates.add("DRIVING_C1");
			}
			Set<DayOfWeek> days = random.nextBoolean() ? EnumSet.allOf(DayOfWeek.class)
					: EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
			Set<Shift> shifts = EnumSet.of(Shift.DAY);
			if (random.nextInt(4) == 0) {
				shifts.add(Shift.NIGHT);
			}
			if (random.nextInt(4) == 0) {
				shifts.add(Shift.MORNING);
			}
			String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
			Integer wage = random.nextInt(5) == 0 ? null : 150 + 10 * random.nextInt(16);
			out.add(new ResidentProfile(name, null, null, community, 5 + 5 * random.nextInt(8),
					wage == null ? null : BigDecimal.valueOf(wage), random.nextInt(12) == 0, days, shifts,
					List.copyOf(own), List.copyOf(certificates)));
		}
		return out;
	}

	/**
	 * One login account per city and for the zone, bound to the first resident of the
	 * area (at most {@link #LOGIN_TRIES} tried) with a job near them, audited.
	 */
	List<String> residentAccounts(List<Resident> stored) {
		List<String> created = new ArrayList<>();
		for (Region top : regions.topLevel()) {
			String username = "resident-" + top.code();
			if (demoAccounts.exists(username)) {
				continue;
			}
			List<Resident> area = stored.stream()
				.filter(r -> regions.isWithin(r.communityCode(), top.code()))
				.limit(LOGIN_TRIES)
				.toList();
			Resident chosen = area.stream()
				.filter(r -> !finding.jobsFor(r, 1).isEmpty())
				.findFirst()
				.orElse(area.isEmpty() ? null : area.get(0));
			if (chosen == null) {
				continue;
			}
			Long account = demoAccounts.createForResident(username, chosen.displayName());
			if (account == null) {
				continue;
			}
			Resident r = residents.findById(chosen.id()).orElseThrow();
			r.bindAccount(account, OffsetDateTime.now());
			audit.recordAs("demo", "resident.demo-account", "resident", String.valueOf(r.id()), null,
					username + " bound to demo resident " + r.id());
			created.add(username + " (" + chosen.displayName() + ", " + top.name() + ")");
		}
		return created;
	}

	List<JobDraft> jobs(Random random, List<String> skills, List<String[]> employers, int count) {
		return jobs(random, skills, employers, List.of(), count);
	}

	/**
	 * {@code count} demo jobs of random employers; the first
	 * {@link #JOBS_PER_LOGIN_EMPLOYER} × {@code withLogin.size()} go to the employers
	 * with a login account in turn.
	 */
	List<JobDraft> jobs(Random random, List<String> skills, List<String[]> employers, List<String[]> withLogin,
			int count) {
		LocalDate today = Matching.today();
		List<JobDraft> out = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String[] employer = employers.get(random.nextInt(employers.size()));
			if (i < JOBS_PER_LOGIN_EMPLOYER * withLogin.size()) {
				employer = withLogin.get(i % withLogin.size());
			}
			String skill = skills.get(random.nextInt(skills.size()));
			List<String> certificates = USUAL_CERTIFICATE.containsKey(skill) && random.nextBoolean()
					? List.of(USUAL_CERTIFICATE.get(skill)) : List.of();
			LocalDate start = today.plusDays(random.nextInt(3) == 0 ? 0 : random.nextInt(21));
			LocalDate end = start.plusDays(random.nextInt(15));
			boolean hourly = random.nextInt(4) == 0;
			Set<Shift> shifts = skill.equals("SORTER") ? EnumSet.of(Shift.NIGHT) : EnumSet.of(Shift.DAY);
			BigDecimal pay = hourly ? BigDecimal.valueOf(20 + random.nextInt(16))
					: BigDecimal.valueOf(160 + 10 * random.nextInt(17));
			out.add(new JobDraft(employer[0], TITLES.getOrDefault(skill, "零工"), null, 1 + random.nextInt(8),
					List.of(skill), certificates, start, end, shifts, hourly ? PayType.HOURLY : PayType.DAILY, pay,
					employer[1], random.nextBoolean(), random.nextInt(3) == 0, random.nextInt(3) != 0));
		}
		return out;
	}

	/**
	 * A few engagements in every state: for every fifth job, a resident with its skill,
	 * taken through the flow as far as the job's dates allow.
	 */
	int engagements(Random random, List<Job> posted, List<Resident> people) {
		if (people.isEmpty()) {
			return 0;
		}
		LocalDate today = Matching.today();
		int made = 0;
		for (int i = 0; i < posted.size(); i += 5) {
			Job job = posted.get(i);
			Resident r = null;
			for (int tries = 0; tries < 50 && r == null; tries++) {
				Resident c = people.get(random.nextInt(people.size()));
				if (c.skills().containsAll(job.skills()) && c.certificates().containsAll(job.certificates())) {
					r = c;
				}
			}
			if (r == null) {
				continue;
			}
			OffsetDateTime now = OffsetDateTime.now();
			Origin origin = (i / 5) % 2 == 0 ? Origin.APPLIED : Origin.INVITED;
			Engagement e = new Engagement(job.id(), r.id(), origin, now);
			int depth = (i / 5) % 6;
			Side respondent = origin == Origin.APPLIED ? Side.EMPLOYER : Side.RESIDENT;
			if (depth >= 1) {
				e.accept(respondent, now);
			}
			if (depth >= 2 && !today.isBefore(job.startDate())) {
				e.checkIn(Side.RESIDENT, today, job.startDate(), job.endDate(), now);
				if (depth >= 3) {
					e.complete(Side.EMPLOYER, now);
				}
				if (depth >= 4) {
					e.confirmPayment(Side.EMPLOYER, now);
					e.confirmPayment(Side.RESIDENT, now);
					e.rate(Side.RESIDENT, 3 + random.nextInt(3), now);
				}
				if (depth == 5) {
					e = new Engagement(job.id(), r.id(), origin, now);
					e.accept(respondent, now);
					e.dispute("工时与约定不符（演示）", now);
				}
			}
			engagements.save(e);
			audit.recordAs("demo", "engagement.demo", "engagement", String.valueOf(e.id()), null,
					WorkforceViews.EngagementView.of(e, job.title()));
			made++;
		}
		return made;
	}

}
