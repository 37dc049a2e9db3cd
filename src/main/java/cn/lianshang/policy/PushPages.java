package cn.lianshang.policy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.Messages;
import cn.lianshang.shared.web.PageResponse;

/**
 * Pages of the push: the enterprise's pushes with its confirmation of intent
 * ({@code /my/policy-pushes}), the funnel of a policy with an ECharts chart
 * ({@code /policies/{id}/funnel}), and the policy officer's lists to pay and to
 * credit-check ({@code /policies/pushes}).
 */
@Controller
class PushPages {

	static final int PAGE_SIZE = 20;

	private final FollowingUp following;

	private final Policies policies;

	private final ObjectMapper mapper;

	private final Messages messages;

	PushPages(FollowingUp following, Policies policies, ObjectMapper mapper, Messages messages) {
		this.following = following;
		this.policies = policies;
		this.mapper = mapper;
		this.messages = messages;
	}

	private Map<Long, String> titles(PageResponse<PushView> page) {
		Map<Long, String> titles = new HashMap<>();
		policies.findAllById(page.content().stream().map(PushView::policyId).distinct().toList())
			.forEach(p -> titles.put(p.id(), p.title()));
		return titles;
	}

	@GetMapping("/my/policy-pushes")
	@PreAuthorize("hasRole('ENTERPRISE')")
	String mine(@RequestParam(defaultValue = "0") int page, Model model) {
		PageResponse<PushView> pushes = following.mine(page, PAGE_SIZE);
		model.addAttribute("pushes", pushes);
		model.addAttribute("titles", titles(pushes));
		return "policy/pushes";
	}

	@PostMapping("/my/policy-pushes/{id}/confirm")
	@PreAuthorize("hasRole('ENTERPRISE')")
	String confirm(@PathVariable long id) {
		following.confirm(id);
		return "redirect:/my/policy-pushes?confirmed#push-" + id;
	}

	@GetMapping("/policies/{id}/funnel")
	@PreAuthorize("hasAnyRole('POLICY_OFFICER','ADMIN')")
	String funnel(@PathVariable long id, @RequestParam(required = false) String division, Model model)
			throws JsonProcessingException {
		FollowingUp.Funnel funnel = following.funnel(id, division);
		List<Map<String, Object>> steps = funnel.steps().stream().map(s -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("name", messages.get("push.step." + s.step()));
			m.put("value", s.count());
			return m;
		}).toList();
		model.addAttribute("funnel", funnel);
		// the JSON goes into a <script type="application/json"> block: "</" cannot end it
		model.addAttribute("funnelJson", mapper.writeValueAsString(Map.of("steps", steps)).replace("</", "<\\/"));
		return "policy/funnel";
	}

	@GetMapping("/policies/pushes")
	@PreAuthorize("hasAnyRole('POLICY_OFFICER','ADMIN')")
	String staff(@RequestParam(defaultValue = "to-pay") String list, @RequestParam(required = false) Long policyId,
			@RequestParam(defaultValue = "0") int page, Model model) {
		String which = "credit-check".equals(list) ? "credit-check" : "to-pay";
		PageResponse<PushView> pushes = following.list(policyId, which, page, PAGE_SIZE);
		model.addAttribute("list", which);
		model.addAttribute("pushes", pushes);
		model.addAttribute("titles", titles(pushes));
		return "policy/staff-pushes";
	}

	@PostMapping("/policies/pushes/{id}/paid")
	@PreAuthorize("hasAnyRole('POLICY_OFFICER','ADMIN')")
	String paid(@PathVariable long id, @RequestParam(required = false) BigDecimal amount,
			@RequestParam(required = false) String voucherNo, RedirectAttributes redirect) {
		try {
			following.paid(id, new FollowingUp.Payment(amount, voucherNo));
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("error", messages.get("push.paid.invalid"));
		}
		return "redirect:/policies/pushes?list=to-pay";
	}

	@PostMapping("/policies/pushes/{id}/credit-check")
	@PreAuthorize("hasAnyRole('POLICY_OFFICER','ADMIN')")
	String creditCheck(@PathVariable long id, @RequestParam boolean passed,
			@RequestParam(required = false) String note) {
		following.creditChecked(id, new FollowingUp.CreditCheck(passed, note));
		return "redirect:/policies/pushes?list=credit-check";
	}

}
