package cn.lianshang.portal;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import cn.lianshang.access.CurrentUser;
import cn.lianshang.access.LianshangUser;
import cn.lianshang.access.Role;
import cn.lianshang.enterprise.EnterpriseCodeService;
import cn.lianshang.shared.web.Messages;
import cn.lianshang.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The enterprise's service page (企业知识服务中心, {@code /my}) and the 360° view of an
 * enterprise for the staff of its jurisdiction ({@code /enterprises/{uscc}/360}). Both
 * compose the modules through {@link EnterpriseOverviews}: the enterprise, its
 * marketplace activity, policies and policy uptake, appeals, industrial chains and supply
 * edges, and (service page only) its latest unread messages and knowledge items.
 */
@Controller
class ServicePages {

	private final EnterpriseOverviews overviews;

	private final EnterpriseCodeService codes;

	private final CurrentUser currentUser;

	private final Messages messages;

	ServicePages(EnterpriseOverviews overviews, EnterpriseCodeService codes, CurrentUser currentUser,
			Messages messages) {
		this.overviews = overviews;
		this.codes = codes;
		this.currentUser = currentUser;
		this.messages = messages;
	}

	/**
	 * An enterprise account sees its own page; an administrator the page of the USCC
	 * asked for; other roles are told that the page belongs to enterprise accounts.
	 */
	@GetMapping("/my")
	String service(@RequestParam(required = false) String uscc, Model model) {
		Role role = currentUser.get().map(LianshangUser::role).orElse(null);
		model.addAttribute("enterpriseAccount", role == Role.ENTERPRISE);
		model.addAttribute("admin", role == Role.ADMIN);
		model.addAttribute("requested", role == Role.ADMIN ? clean(uscc) : null);
		Optional<String> target = currentUser.get().flatMap(u -> switch (u.role()) {
			case ENTERPRISE -> Optional.ofNullable(clean(u.uscc()));
			case ADMIN -> Optional.ofNullable(clean(uscc));
			default -> Optional.empty();
		});
		if (target.isPresent()) {
			try {
				EnterpriseOverviews.Overview o = overviews.of(target.get(), EnterpriseOverviews.Sizes.SERVICE_PAGE);
				model.addAttribute("o", o);
				EnterpriseCodeService.Code code = codes.current(o.enterprise().uscc());
				model.addAttribute("code", code);
				model.addAttribute("codePage", withUscc("/my/code", role, code.uscc(), null));
				model.addAttribute("pngUrl", withUscc("/my/code.png", role, code.uscc(), code.serial()));
				model.addAttribute("pdfUrl", withUscc("/my/code.pdf", role, code.uscc(), code.serial()));
			}
			catch (NotFoundException e) {
				model.addAttribute("notFound", target.get());
			}
		}
		return "portal/service";
	}

	/**
	 * The 360° view: 404 outside the caller's jurisdiction (the registry's answer), 403
	 * for roles that are not staff of a jurisdiction.
	 */
	@GetMapping("/enterprises/{uscc}/360")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER','POLICY_OFFICER')")
	String view360(@PathVariable String uscc, Model model) {
		EnterpriseOverviews.Overview o = overviews.of(clean(uscc), EnterpriseOverviews.Sizes.VIEW_360);
		model.addAttribute("o", o);
		return "portal/enterprise-360";
	}

	/** An enterprise outside the caller's scope, or none: the error page with 404. */
	@ExceptionHandler(NotFoundException.class)
	String notFound(NotFoundException e, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		model.addAttribute("status", 404);
		model.addAttribute("title", messages.get("problem.title.404"));
		model.addAttribute("detail",
				messages.get("problem.not-found.detail", messages.get("entity." + e.what()), e.key()));
		return "error";
	}

	static String clean(String uscc) {
		if (uscc == null || uscc.isBlank()) {
			return null;
		}
		String t = uscc.trim().toUpperCase();
		return t.length() > 18 ? t.substring(0, 18) : t;
	}

	private static String withUscc(String path, Role role, String uscc, Integer serial) {
		UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
		if (role == Role.ADMIN) {
			b.queryParam("uscc", uscc);
		}
		if (serial != null) {
			b.queryParam("v", serial);
		}
		return b.build().encode().toUriString();
	}

}
