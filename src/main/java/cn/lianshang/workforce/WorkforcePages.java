package cn.lianshang.workforce;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.lianshang.access.CurrentUser;
import cn.lianshang.access.Role;
import cn.lianshang.matching.Matching;
import cn.lianshang.matching.model.Taxonomy;
import cn.lianshang.matching.model.Term;
import cn.lianshang.region.Region;
import cn.lianshang.region.Regions;
import cn.lianshang.shared.web.ConflictException;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.Messages;
import cn.lianshang.shared.web.NotFoundException;
import cn.lianshang.shared.web.PageResponse;
import cn.lianshang.workforce.WorkforceViews.JobView;
import cn.lianshang.workforce.WorkforceViews.ResidentView;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The workforce pages, phone first: the job board ({@code /jobs}), one job (with its
 * matches for the employer), the resident's own page ({@code /jobs/me}: profile, matches,
 * applications), registration ({@code /jobs/register}, public), the job form
 * ({@code /jobs/new}) and the 零工驿站 ({@code /jobs/station}).
 */
@Controller
class WorkforcePages {

	static final int PAGE_SIZE = 20;

	static final int MATCHES = 20;

	private final BrowsingJobs browsing;

	private final PostingJobs posting;

	private final RegisteringResidents registering;

	private final FindingWorkers finding;

	private final Engaging engaging;

	private final RunningStations stations;

	private final Catalog catalog;

	private final Regions regions;

	private final CurrentUser currentUser;

	private final Messages messages;

	WorkforcePages(BrowsingJobs browsing, PostingJobs posting, RegisteringResidents registering, FindingWorkers finding,
			Engaging engaging, RunningStations stations, Catalog catalog, Regions regions, CurrentUser currentUser,
			Messages messages) {
		this.browsing = browsing;
		this.posting = posting;
		this.registering = registering;
		this.finding = finding;
		this.engaging = engaging;
		this.stations = stations;
		this.catalog = catalog;
		this.regions = regions;
		this.currentUser = currentUser;
		this.messages = messages;
	}

	record Option(String code, String label) {

	}

	/** The profile and registration form as posted. */
	record ProfileForm(String username, String password, String phone, String displayName, String idNumber,
			String address, String communityCode, Integer maxTravelKm, BigDecimal expectedDailyWage,
			Boolean hardToEmploy, List<DayOfWeek> availableDays, List<Shift> availableShifts, List<String> skills,
			List<String> certificates, Integer version) {

		ProfileForm {
			availableDays = availableDays == null ? List.of() : availableDays;
			availableShifts = availableShifts == null ? List.of() : availableShifts;
			skills = skills == null ? List.of() : skills;
			certificates = certificates == null ? List.of() : certificates;
		}

		static ProfileForm empty() {
			return new ProfileForm(null, null, null, null, null, null, null, 20, null, false,
					List.of(DayOfWeek.values()), List.of(Shift.DAY), List.of(), List.of(), null);
		}

		static ProfileForm of(ResidentView r) {
			return new ProfileForm(null, null, r.phone(), r.displayName(), r.idNumber(), r.address(), r.communityCode(),
					r.maxTravelKm(), r.expectedDailyWage(), r.hardToEmploy(), List.copyOf(r.availableDays()),
					List.copyOf(r.availableShifts()), r.skills(), r.certificates(), r.version());
		}

		ResidentProfile profile() {
			return new ResidentProfile(displayName, idNumber, address, communityCode, maxTravelKm, expectedDailyWage,
					hardToEmploy, Set.copyOf(availableDays), Set.copyOf(availableShifts), skills, certificates);
		}

	}

	/** The job form as posted. */
	record JobForm(String enterpriseUscc, String title, String description, Integer headcount, List<String> skills,
			List<String> certificates, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate, List<Shift> shifts, PayType payType,
			BigDecimal payAmount, String divisionCode, Boolean meals, Boolean transport, Boolean accidentInsurance) {

		JobForm {
			skills = skills == null ? List.of() : skills;
			certificates = certificates == null ? List.of() : certificates;
			shifts = shifts == null ? List.of() : shifts;
		}

		static JobForm empty(LocalDate today) {
			return new JobForm(null, null, null, 1, List.of(), List.of(), today, today.plusDays(6), List.of(Shift.DAY),
					PayType.DAILY, null, null, true, false, true);
		}

		JobDraft draft() {
			return new JobDraft(blank(enterpriseUscc) ? null : enterpriseUscc, title, description, headcount, skills,
					certificates, startDate, endDate, Set.copyOf(shifts), payType, payAmount,
					blank(divisionCode) ? null : divisionCode, meals, transport, accidentInsurance);
		}

	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	// ---------------------------------------------------------------- the board

	@GetMapping("/jobs")
	String jobs(@RequestParam(required = false) String division, @RequestParam(required = false) String skill,
			@RequestParam(defaultValue = "0") int page, Model model) {
		String d = regions.exists(division) ? division : null;
		String s = catalog.skills().find(skill).map(Term::code).orElse(null);
		PageResponse<JobView> result = browsing.open(d, s, Math.max(0, Math.min(page, 10_000)), PAGE_SIZE);
		model.addAttribute("result", result);
		model.addAttribute("division", d);
		model.addAttribute("skill", s);
		common(model);
		return "workforce/jobs";
	}

	@GetMapping("/jobs/{id:[0-9]+}")
	String job(@PathVariable long id, Model model) {
		JobView job = browsing.one(id);
		model.addAttribute("job", job);
		boolean employer = currentUser.hasRole(Role.ADMIN) || currentUser.get()
			.map(u -> u.role() == Role.ENTERPRISE && job.enterpriseUscc().equals(u.uscc()))
			.orElse(false);
		model.addAttribute("employer", employer);
		model.addAttribute("matches", employer ? finding.residentsFor(id, MATCHES) : List.of());
		model.addAttribute("engagements", employer ? engaging.ofJob(id, 0, 50).content() : List.of());
		model.addAttribute("resident", registering.ownIfResident().isPresent());
		common(model);
		return "workforce/job";
	}

	@PostMapping("/jobs/{id:[0-9]+}/apply")
	@PreAuthorize("hasRole('RESIDENT')")
	String apply(@PathVariable long id, RedirectAttributes redirect) {
		return attempt(() -> engaging.apply(id), "/jobs/me", "/jobs/" + id, redirect);
	}

	@PostMapping("/jobs/{id:[0-9]+}/invite")
	@PreAuthorize("hasAnyRole('ENTERPRISE', 'ADMIN')")
	String invite(@PathVariable long id, @RequestParam long residentId, RedirectAttributes redirect) {
		return attempt(() -> engaging.invite(id, residentId), "/jobs/" + id, "/jobs/" + id, redirect);
	}

	@PostMapping("/jobs/engagements/{id}/{action}")
	String act(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) Integer score,
			@RequestParam(required = false) String reason, @RequestParam(defaultValue = "/jobs/me") String back,
			RedirectAttributes redirect) {
		String target = back.startsWith("/jobs") && !back.startsWith("//") ? back : "/jobs/me";
		return attempt(
				() -> engaging.act(id, Engaging.Action.parse(action), new Engaging.ActionBody(score, reason), null),
				target, target, redirect);
	}

	private String attempt(Runnable step, String success, String failure, RedirectAttributes redirect) {
		try {
			step.run();
			redirect.addFlashAttribute("notice", messages.get("workforce.done"));
			return "redirect:" + success;
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("problem", messages.get("error." + e.code(), e.args()));
		}
		catch (InvalidInputException e) {
			List<String> texts = new ArrayList<>();
			e.problems().forEach(p -> texts.add(messages.get("error." + p.code(), p.args())));
			redirect.addFlashAttribute("problem", String.join(" ", texts));
		}
		return "redirect:" + failure;
	}

	// ---------------------------------------------------------------- the resident

	@GetMapping("/jobs/register")
	String registerForm(Model model) {
		return profileForm("workforce/register", ProfileForm.empty(), Map.of(), model);
	}

	@PostMapping("/jobs/register")
	String register(@ModelAttribute("form") ProfileForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		Map<String, String> errors = bindingErrors(binding);
		if (errors.isEmpty()) {
			try {
				registering.register(new RegisteringResidents.Registration(form.username(), form.password(),
						form.phone(), null, form.profile()));
				return "redirect:/login?registered";
			}
			catch (InvalidInputException e) {
				collect(e, errors, "profile.");
			}
			catch (ConflictException e) {
				errors.put("username", messages.get("error." + e.code(), e.args()));
			}
		}
		response.setStatus(400);
		return profileForm("workforce/register", form, errors, model);
	}

	@GetMapping("/jobs/me")
	@PreAuthorize("hasRole('RESIDENT')")
	String me(Model model) {
		ResidentView me = registering.mine();
		return mine(ProfileForm.of(me), Map.of(), model);
	}

	@PostMapping("/jobs/me")
	@PreAuthorize("hasRole('RESIDENT')")
	String updateMe(@ModelAttribute("form") ProfileForm form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Map<String, String> errors = bindingErrors(binding);
		if (errors.isEmpty()) {
			try {
				registering.update(form.profile(), form.version());
				redirect.addFlashAttribute("notice", messages.get("workforce.saved"));
				return "redirect:/jobs/me";
			}
			catch (InvalidInputException e) {
				collect(e, errors, "");
			}
		}
		response.setStatus(400);
		return mine(form, errors, model);
	}

	private String mine(ProfileForm form, Map<String, String> errors, Model model) {
		ResidentView me = registering.mine();
		model.addAttribute("me", me);
		model.addAttribute("matches", finding.jobsFor(me.id(), MATCHES));
		model.addAttribute("engagements", engaging.mine(0, 50).content());
		return profileForm("workforce/me", form, errors, model);
	}

	private String profileForm(String view, ProfileForm form, Map<String, String> errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("days", List.of(DayOfWeek.values()));
		model.addAttribute("communities", communities());
		common(model);
		return view;
	}

	// ---------------------------------------------------------------- the employer

	@GetMapping("/jobs/new")
	@PreAuthorize("hasAnyRole('ENTERPRISE', 'ADMIN')")
	String newJob(Model model) {
		return jobForm(JobForm.empty(Matching.today()), Map.of(), model);
	}

	@PostMapping("/jobs/new")
	@PreAuthorize("hasAnyRole('ENTERPRISE', 'ADMIN')")
	String postJob(@ModelAttribute("form") JobForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		Map<String, String> errors = bindingErrors(binding);
		if (errors.isEmpty()) {
			try {
				JobView created = posting.post(form.draft());
				return "redirect:/jobs/" + created.id();
			}
			catch (InvalidInputException e) {
				collect(e, errors, "");
			}
		}
		response.setStatus(400);
		return jobForm(form, errors, model);
	}

	private String jobForm(JobForm form, Map<String, String> errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("admin", currentUser.hasRole(Role.ADMIN));
		common(model);
		return "workforce/job-form";
	}

	// ---------------------------------------------------------------- the station

	@GetMapping("/jobs/station")
	@PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
	String station(@RequestParam(required = false) String division, Model model) {
		model.addAttribute("station", stations.station(regions.exists(division) ? division : null));
		model.addAttribute("residents", stations.residents(regions.exists(division) ? division : null, 0, 20));
		common(model);
		return "workforce/station";
	}

	@ExceptionHandler(NotFoundException.class)
	String notFound(NotFoundException e, HttpServletResponse response, Model model) {
		response.setStatus(404);
		model.addAttribute("status", 404);
		model.addAttribute("title", messages.get("problem.title.404"));
		model.addAttribute("detail",
				messages.get("problem.not-found.detail", messages.get("entity." + e.what()), e.key()));
		return "error";
	}

	// ---------------------------------------------------------------- helpers

	private Map<String, String> bindingErrors(BindingResult binding) {
		Map<String, String> errors = new LinkedHashMap<>();
		binding.getFieldErrors()
			.forEach(e -> errors.merge(e.getField(), messages.get("workforce.form.invalid"), (a, b) -> a));
		return errors;
	}

	private void collect(InvalidInputException e, Map<String, String> errors, String strip) {
		e.problems()
			.forEach(p -> errors.merge(p.field().startsWith(strip) ? p.field().substring(strip.length()) : p.field(),
					messages.get("error." + p.code(), p.args()), (a, b) -> a + " " + b));
	}

	private void common(Model model) {
		model.addAttribute("skillOptions", options(catalog.skills()));
		model.addAttribute("certificateOptions", options(catalog.certificates()));
		model.addAttribute("shifts", List.of(Shift.values()));
		model.addAttribute("payTypes", List.of(PayType.values()));
		model.addAttribute("counties", counties());
		Map<String, String> names = new HashMap<>();
		options(catalog.skills()).forEach(o -> names.put(o.code(), o.label()));
		options(catalog.certificates()).forEach(o -> names.put(o.code(), o.label()));
		model.addAttribute("names", names);
	}

	private List<Option> options(Taxonomy.Vocabulary vocabulary) {
		boolean english = Locale.ENGLISH.getLanguage().equals(messages.locale().getLanguage());
		List<Option> options = new ArrayList<>();
		for (Term t : vocabulary.all()) {
			options.add(new Option(t.code(), english ? readable(t.code()) : t.name()));
		}
		return options;
	}

	static String readable(String code) {
		String s = code.replace('_', ' ').toLowerCase(Locale.ROOT);
		return Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}

	/** Counties (and the zone) with their city, for the division filter. */
	private List<Option> counties() {
		List<Option> options = new ArrayList<>();
		regions.countiesByTop().forEach((top, counties) -> {
			options.add(new Option(top.code(), top.name()));
			counties.forEach(c -> options.add(new Option(c.code(), top.name() + " " + c.name())));
		});
		return options;
	}

	/** Township-level communities with their county, and the zone. */
	private List<Option> communities() {
		List<Option> options = new ArrayList<>();
		for (Region r : regions.all()) {
			if (r.level() == Region.Level.TOWNSHIP || r.level() == Region.Level.ZONE) {
				options.add(new Option(r.code(), regions.fullName(r.code())));
			}
		}
		return options;
	}

}
