package cn.lianshang.metro.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.lianshang.metro.data.Period;
import cn.lianshang.metro.targets.PlanTargets;

/**
 * The annual evaluation report: {@code /metro/report?year=Y} as a printable HTML page and
 * {@code /metro/report.pdf?year=Y} as an A4 PDF, both built from one {@link AnnualReport}
 * with the same server-drawn charts ({@link ReportCharts}). Staff roles, as the
 * evaluation page.
 */
@Controller
public class ReportPages {

	static final String READ = "hasAnyRole('ADMIN','HANDLER','POLICY_OFFICER','CHAIN_OFFICER','ANALYST')";

	static final int DEFAULT_YEAR = 2025;

	private final AnnualReport reports;

	private final ReportCharts charts;

	private final ReportPdf pdf;

	private final ReportFonts fonts;

	ReportPages(AnnualReport reports, ReportCharts charts, ReportPdf pdf, ReportFonts fonts) {
		this.reports = reports;
		this.charts = charts;
		this.pdf = pdf;
		this.fonts = fonts;
	}

	@GetMapping("/metro/report")
	@PreAuthorize(READ)
	String html(@RequestParam(required = false) Integer year, Model model) {
		AnnualReport.Report report = reports.build(year(year));
		model.addAttribute("report", report);
		if (report.result() != null) {
			model.addAttribute("indexChart", charts.index(report));
			model.addAttribute("radarChart", charts.radars(report));
		}
		model.addAttribute("statusChart", charts.statuses(report));
		model.addAttribute("fontEmbedded", fonts.embedded());
		return "metro/report";
	}

	@GetMapping("/metro/report.pdf")
	@PreAuthorize(READ)
	ResponseEntity<byte[]> pdf(@RequestParam(required = false) Integer year) {
		int y = year(year);
		byte[] bytes = pdf.render(reports.build(y));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename("metro-report-" + y + ".pdf", StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(bytes);
	}

	public static int year(Integer year) {
		return year == null || year < Period.MIN_YEAR || year > Period.MAX_YEAR ? DEFAULT_YEAR : year;
	}

	/** A number with the given decimals, or a dash. */
	public static String fixed(Double v, int decimals) {
		if (v == null || v.isNaN() || v.isInfinite()) {
			return "—";
		}
		return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
	}

	/** The target as the seed states it: comparison, value, unit and year. */
	public static String target(PlanTargets.Target t) {
		String value = t.value() == null ? "" : t.value().stripTrailingZeros().toPlainString();
		return (t.comparison() == null ? "" : t.comparison() + " ") + value + " " + (t.unit() == null ? "" : t.unit())
				+ (t.year() == null ? "" : " (" + t.year() + ")");
	}

	/** The latest value the status was computed from, with its year, or a dash. */
	public static String latest(PlanTargets.Target t) {
		if (t.currentValue() == null) {
			return "—";
		}
		return BigDecimal.valueOf(t.currentValue()).stripTrailingZeros().toPlainString() + " (" + t.currentYear() + ")";
	}

}
