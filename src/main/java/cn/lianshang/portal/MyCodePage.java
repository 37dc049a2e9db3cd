package cn.lianshang.portal;

import java.util.Optional;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import cn.lianshang.access.CurrentUser;
import cn.lianshang.access.LianshangUser;
import cn.lianshang.access.Role;
import cn.lianshang.enterprise.EnterpriseCodeService;
import cn.lianshang.shared.web.NotFoundException;

/**
 * The enterprise's own code (企业码): for an enterprise account its QR code, the card URL,
 * downloads as PNG and SVG, and revocation with a new code; an administrator may look up
 * any enterprise by USCC; other roles are told that the code belongs to enterprise
 * accounts. The images are served here (session login) rather than by the API (bearer
 * tokens), through {@link EnterpriseCodeService}, which keeps the registry's scope.
 */
@Controller
class MyCodePage {

	static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

	private final EnterpriseCodeService codes;

	private final CurrentUser currentUser;

	MyCodePage(EnterpriseCodeService codes, CurrentUser currentUser) {
		this.codes = codes;
		this.currentUser = currentUser;
	}

	@GetMapping("/my/code")
	String page(@RequestParam(required = false) String uscc, Model model) {
		Role role = currentUser.get().map(LianshangUser::role).orElse(null);
		model.addAttribute("enterpriseAccount", role == Role.ENTERPRISE);
		model.addAttribute("admin", role == Role.ADMIN);
		model.addAttribute("requested", role == Role.ADMIN ? clean(uscc) : null);
		Optional<String> target = target(uscc);
		if (target.isPresent()) {
			try {
				EnterpriseCodeService.Code code = codes.current(target.get());
				model.addAttribute("code", code);
				model.addAttribute("issuedAt",
						PublicCardPage.MINUTES.format(code.issuedAt().atZone(PublicCardPage.SHANGHAI)));
				model.addAttribute("expiresAt", code.expiresAt() == null ? null
						: PublicCardPage.MINUTES.format(code.expiresAt().atZone(PublicCardPage.SHANGHAI)));
				model.addAttribute("pngUrl", link("/my/code.png", role, code.uscc(), code.serial(), false));
				model.addAttribute("pngDownload", link("/my/code.png", role, code.uscc(), code.serial(), true));
				model.addAttribute("svgDownload", link("/my/code.svg", role, code.uscc(), code.serial(), true));
				model.addAttribute("pdfDownload", link("/my/code.pdf", role, code.uscc(), code.serial(), false));
				model.addAttribute("servicePage",
						role == Role.ADMIN ? UriComponentsBuilder.fromPath("/my")
							.queryParam("uscc", code.uscc())
							.build()
							.encode()
							.toUriString() : "/my");
			}
			catch (NotFoundException e) {
				model.addAttribute("notFound", target.get());
			}
		}
		return "portal/my-code";
	}

	@GetMapping(path = "/my/code.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> png(@RequestParam(required = false) String uscc,
			@RequestParam(required = false) String download) {
		String u = target(uscc).orElseThrow(() -> new NotFoundException("enterprise", String.valueOf(uscc)));
		return image(codes.png(u), MediaType.IMAGE_PNG, u + ".png", download != null);
	}

	@GetMapping(path = "/my/code.svg", produces = "image/svg+xml")
	ResponseEntity<String> svg(@RequestParam(required = false) String uscc,
			@RequestParam(required = false) String download) {
		String u = target(uscc).orElseThrow(() -> new NotFoundException("enterprise", String.valueOf(uscc)));
		return image(codes.svg(u), SVG, u + ".svg", download != null);
	}

	@GetMapping(path = "/my/code.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> pdf(@RequestParam(required = false) String uscc) {
		String u = target(uscc).orElseThrow(() -> new NotFoundException("enterprise", String.valueOf(uscc)));
		return image(codes.pdf(u), MediaType.APPLICATION_PDF, u + ".pdf", true);
	}

	@PostMapping("/my/code/revoke")
	String revoke(@RequestParam(required = false) String uscc, @RequestParam(required = false) String confirm,
			RedirectAttributes redirect) {
		Optional<String> target = target(uscc);
		boolean admin = currentUser.hasRole(Role.ADMIN);
		String back = admin && target.isPresent() ? UriComponentsBuilder.fromPath("/my/code")
			.queryParam("uscc", target.get())
			.build()
			.encode()
			.toUriString() : "/my/code";
		if (target.isEmpty()) {
			return "redirect:/my/code";
		}
		if (!"yes".equals(confirm)) {
			redirect.addFlashAttribute("confirmMissing", true);
			return "redirect:" + back;
		}
		codes.revoke(target.get());
		redirect.addFlashAttribute("revoked", true);
		return "redirect:" + back;
	}

	/** An image of no enterprise, or of one outside the caller's scope. */
	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Void> notFound() {
		return ResponseEntity.notFound().build();
	}

	/**
	 * Whose code the caller may see: an enterprise its own, an administrator the one
	 * asked for, others none.
	 */
	private Optional<String> target(String uscc) {
		return currentUser.get().flatMap(u -> switch (u.role()) {
			case ENTERPRISE -> Optional.ofNullable(clean(u.uscc()));
			case ADMIN -> Optional.ofNullable(clean(uscc));
			default -> Optional.empty();
		});
	}

	private static String clean(String uscc) {
		if (uscc == null || uscc.isBlank()) {
			return null;
		}
		String t = uscc.trim().toUpperCase();
		return t.length() > 18 ? t.substring(0, 18) : t;
	}

	/** A link to an image; {@code v} (the serial) makes a reissued code load afresh. */
	private static String link(String path, Role role, String uscc, int serial, boolean download) {
		UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
		if (role == Role.ADMIN) {
			b.queryParam("uscc", uscc);
		}
		b.queryParam("v", serial);
		if (download) {
			b.queryParam("download", "1");
		}
		return b.build().encode().toUriString();
	}

	private static <T> ResponseEntity<T> image(T body, MediaType type, String filename, boolean download) {
		ContentDisposition disposition = (download ? ContentDisposition.attachment() : ContentDisposition.inline())
			.filename(filename)
			.build();
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(body);
	}

}
