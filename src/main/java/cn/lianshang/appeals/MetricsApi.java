package cn.lianshang.appeals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/**
 * {@code GET /api/v1/appeals/metrics}: the figures per division, with their definitions.
 */
@RestController
class MetricsApi {

	static final String DEFINITIONS = """
			Population: the appeals **received** (filed) from `from` to `to` (dates inclusive, UTC+8) whose location \
			(属地) lies within the division. Every other count is a subset of it.
			- `dispatched`: of those, the appeals that now carry a 签收 deadline (dispatched, not returned to the dispatcher).
			- `acceptedOnTime`: signed for (签收) on or before the 签收 deadline. After a 退单 the new dispatch sets a \
			new deadline: the right unit is measured from when it received the matter. \
			`acceptedOnTimeRate` (按时签收率) = acceptedOnTime / dispatched.
			- `closed`: in state 办结. `closedRate` (办结率) = closed / received.
			- `closedOnTime`: closed, never reopened, and answered (答复) on or before the answer deadline (moved by \
			approved 延期). A 重办 case is never on time. `closedOnTimeRate` (按时办结率) = closedOnTime / closed.
			- `resolved`: closed and confirmed resolved by the enterprise at 回访. `resolvedRate` (解决率) = resolved / closed.
			- `satisfied`: closed with the last rating 满意 or 基本满意. `satisfiedRate` (满意率) = satisfied / closed.
			- `reopened`: reopened (重办) at least once. `reopenedRate` (重办率) = reopened / received.
			- `returned`: returned (退单) at least once. `returnedRate` (退单率) = returned / received. A 退单 never \
			makes a second appeal, and a 重办 never counts as a new one.
			- `meanHandlingDays`, `medianHandlingDays`, `p90HandlingDays`: over the **closed** appeals, the working days 			from the day of receipt (受理) to the day of the last 答复 (days strictly after receipt up to and including the 			answer; weekends and public holidays off, make-up working days on; a 重办 case counts once, to its last 			answer; waiting after a 退单 counts). Median and p90 are nearest-rank: with n times sorted, the value at rank 			⌈p/100·n⌉. Null when nothing is closed.
			`units`: the same figures per responsible (lead) unit, over the whole population of the report (the 			division and everything below it; for an administrator without a division, all seven cities and the zone). 			An appeal counts for the unit that leads it now; `unit` null: returned and waiting to be dispatched again.
			A rate with a zero denominator is null. Handlers see only their own division and below (other divisions: 404).
			`/api/v1/appeals/metrics.xlsx` gives the same report as a spreadsheet (sheets 按区域, 按承办单位, 口径).""";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final MeasuringAppeals measuring;

	MetricsApi(MeasuringAppeals measuring) {
		this.measuring = measuring;
	}

	@GetMapping(value = "/api/v1/appeals/metrics.xlsx", produces = XLSX)
	@Operation(summary = "Appeal metrics as an XLSX workbook", description = DEFINITIONS)
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String division,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		MeasuringAppeals.Report report = measuring.measure(division, from, to);
		String name = "appeal-metrics-" + report.from() + "-" + report.to() + ".xlsx";
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(XLSX))
			.body(MetricsWorkbook.bytes(report, DEFINITIONS));
	}

	@GetMapping("/api/v1/appeals/metrics")
	@Operation(summary = "Appeal metrics per division", description = DEFINITIONS)
	MeasuringAppeals.Report metrics(@RequestParam(required = false) String division,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return measuring.measure(division, from, to);
	}

}
