package cn.lianshang.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retrieval SQL of both directions ({@link FindingWorkers#candidateJobs} and
 * {@link FindingWorkers#candidateResidents}) on the database itself, H2 and PostgreSQL:
 * the hard filters (skill or its family, every required certificate, the search box) and
 * the order (nearest first by the projected distance, then by id). The database is
 * shared, so the assertions look at the rows this test made and at the order of
 * everything returned.
 */
@Tag("database")
class WorkforceRetrievalTests extends WorkforceTestSupport {

	static final String SHENHE = "210103";

	static final String TIELING_YINZHOU = "211202";

	@Autowired
	FindingWorkers finding;

	@Autowired
	Jobs jobs;

	@Autowired
	Residents residents;

	@Autowired
	PlatformTransactionManager transactions;

	<T> T read(Supplier<T> work) {
		TransactionTemplate tx = new TransactionTemplate(transactions);
		tx.setReadOnly(true);
		return tx.execute(s -> work.get());
	}

	@Test
	void jobsNearAResidentPassTheHardFiltersNearestFirst() throws Exception {
		String employer = employer(TIEXI)[1];
		long here = postJob(employer, job("检索-焊工-铁西", List.of("焊工"), List.of(), TIEXI, "DAILY", 260));
		long nearCert = postJob(employer, job("检索-焊工-沈河", List.of("焊工"), List.of("焊工证"), SHENHE, "DAILY", 260));
		long family = postJob(employer, job("检索-数控-沈河", List.of("数控操作工"), List.of(), SHENHE, "DAILY", 260));
		long otherSkill = postJob(employer, job("检索-厨师-铁西", List.of("厨师"), List.of(), TIEXI, "DAILY", 260));
		long missingCert = postJob(employer, job("检索-叉车证-铁西", List.of("焊工"), List.of("叉车证"), TIEXI, "DAILY", 260));
		long farAway = postJob(employer, job("检索-焊工-铁岭", List.of("焊工"), List.of(), TIELING_YINZHOU, "DAILY", 260));
		Person p = resident(profile("检索居民", TIEXI_TOWNSHIP, List.of("焊工"), List.of("焊工证"), 10, 200));

		List<Long> found = read(() -> finding.candidateJobs(residents.findById(p.id()).orElseThrow(), 100_000));

		assertThat(found).contains(here, nearCert, family).doesNotContain(otherSkill, missingCert, farAway);
		assertThat(found.indexOf(here)).as("same county before the next county").isLessThan(found.indexOf(nearCert));
		assertThat(found.indexOf(nearCert)).as("same place: by id").isLessThan(found.indexOf(family));
		List<double[]> places = read(() -> found.stream().map(id -> {
			Job j = jobs.findById(id).orElseThrow();
			return new double[] { j.latitude(), j.longitude(), id };
		}).toList());
		Resident r = read(() -> residents.findById(p.id()).orElseThrow());
		assertNearestFirst(r.latitude(), r.longitude(), places);
	}

	@Test
	void residentsForAJobPassTheHardFiltersNearestFirst() throws Exception {
		String employer = employer(TIEXI)[1];
		Person here = resident(profile("检索甲", TIEXI_TOWNSHIP, List.of("焊工"), List.of("焊工证"), 10, 200));
		Person near = resident(profile("检索乙", SHENHE_TOWNSHIP, List.of("电焊工", "普工"), List.of("焊工证"), 10, 200));
		Person noCert = resident(profile("检索丙", TIEXI_TOWNSHIP, List.of("焊工"), List.of(), 10, 200));
		Person otherSkill = resident(profile("检索丁", TIEXI_TOWNSHIP, List.of("厨师"), List.of("焊工证"), 10, 200));
		long jobId = postJob(employer, job("检索-招焊工", List.of("焊工"), List.of("焊工证"), TIEXI, "DAILY", 260));

		Job job = read(() -> {
			Job j = jobs.findById(jobId).orElseThrow();
			j.skills().size();
			j.certificates().size();
			return j;
		});
		List<Long> found = read(() -> finding.candidateResidents(job, 100_000));

		assertThat(found).contains(here.id(), near.id()).doesNotContain(noCert.id(), otherSkill.id());
		assertThat(found.indexOf(here.id())).isLessThan(found.indexOf(near.id()));
		List<double[]> places = read(() -> found.stream().map(id -> {
			Resident r = residents.findById(id).orElseThrow();
			return new double[] { r.latitude(), r.longitude(), id };
		}).toList());
		assertNearestFirst(job.latitude(), job.longitude(), places);
	}

	@Test
	void theRingsFindWhatTheWholeBoxFinds() throws Exception {
		String employer = employer(TIEXI)[1];
		List<Person> people = new java.util.ArrayList<>();
		for (String place : List.of(TIEXI_TOWNSHIP, TIEXI_TOWNSHIP, TIEXI_TOWNSHIP, SHENHE_TOWNSHIP, SHENHE_TOWNSHIP)) {
			people.add(resident(profile("环检" + people.size(), place, List.of("焊工"), List.of("焊工证"), 30, 200)));
		}
		for (String place : List.of(TIEXI, TIEXI, SHENHE, SHENHE, TIELING_YINZHOU)) {
			postJob(employer, job("环检-焊工", List.of("焊工"), List.of(), place, "DAILY", 260));
		}
		long jobId = postJob(employer, job("环检-招焊工", List.of("焊工"), List.of("焊工证"), TIEXI, "DAILY", 260));
		Job job = read(() -> {
			Job j = jobs.findById(jobId).orElseThrow();
			j.skills().size();
			j.certificates().size();
			return j;
		});
		Resident r = read(() -> {
			Resident x = residents.findById(people.get(0).id()).orElseThrow();
			x.skills().size();
			x.certificates().size();
			return x;
		});
		// small limits end in a small ring, large ones go on to the whole box
		for (int limit : List.of(1, 2, 3, 4, 6, 10, 50, 1000)) {
			assertThat(read(() -> finding.candidateResidents(job, limit))).as("residents, limit %d", limit)
				.isEqualTo(read(() -> finding.candidateResidentsOneBox(job, limit)));
			assertThat(read(() -> finding.candidateJobs(r, limit))).as("jobs, limit %d", limit)
				.isEqualTo(read(() -> finding.candidateJobsOneBox(r, limit)));
		}
		assertThat(read(() -> finding.candidateResidents(job, 3))).hasSize(3);
	}

	@Test
	void jobsNearMeAsServedEqualTheReference() throws Exception {
		String employer = employer(TIEXI)[1];
		postJob(employer, job("同检-焊工-铁西", List.of("焊工"), List.of(), TIEXI, "DAILY", 260));
		postJob(employer, job("同检-焊工证-沈河", List.of("焊工", "电工"), List.of("焊工证"), SHENHE, "DAILY", 300));
		postJob(employer, job("同检-数控-按时", List.of("数控操作工"), List.of(), SHENHE, "HOURLY", 30));
		postJob(employer, job("同检-普工", List.of("普工"), List.of(), TIEXI, "DAILY", 180));
		postJob(employer, job("同检-两证", List.of("焊工"), List.of("焊工证", "电工证"), TIEXI, "DAILY", 320));
		postJob(employer, job("同检-厨师", List.of("厨师"), List.of(), TIEXI, "DAILY", 260));
		List<Person> people = List.of(
				resident(profile("同检甲", TIEXI_TOWNSHIP, List.of("焊工"), List.of("焊工证", "电工证"), 10, 250)),
				resident(profile("同检乙", SHENHE_TOWNSHIP, List.of("电焊工"), List.of(), 30, 400)),
				resident(profile("同检丙", TIEXI_TOWNSHIP, List.of("普工", "厨师"), List.of(), 5, null)));
		for (Person p : people) {
			for (int limit : List.of(1, 3, 20, 1000)) {
				List<WorkforceViews.JobMatch> served = read(
						() -> finding.jobsFor(residents.findWithProfileById(p.id()).orElseThrow(), limit));
				List<WorkforceViews.JobMatch> reference = read(
						() -> finding.jobsForReference(residents.findById(p.id()).orElseThrow(), limit));
				assertThat(served).as("resident %d, limit %d", p.id(), limit).isEqualTo(reference);
				if (limit == 1000) {
					assertThat(served).as("resident %d finds the jobs made here", p.id())
						.anyMatch(m -> m.title().startsWith("同检-"));
				}
			}
		}
	}

	/**
	 * Non-decreasing projected distance (the query's order), ties by increasing id.
	 */
	static void assertNearestFirst(double lat, double lon, List<double[]> places) {
		double cos2 = Math.pow(Math.max(0.1, Math.cos(Math.toRadians(lat))), 2);
		for (int i = 1; i < places.size(); i++) {
			double[] a = places.get(i - 1);
			double[] b = places.get(i);
			double da = (a[0] - lat) * (a[0] - lat) + (a[1] - lon) * (a[1] - lon) * cos2;
			double db = (b[0] - lat) * (b[0] - lat) + (b[1] - lon) * (b[1] - lon) * cos2;
			assertThat(da).as("distance order at %d", i).isLessThanOrEqualTo(db + 1e-12);
			if (Math.abs(da - db) <= 1e-12) {
				assertThat(a[2]).as("ties by id at %d", i).isLessThan(b[2]);
			}
		}
	}

}
