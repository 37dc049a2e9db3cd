package cn.lianshang.notification;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.lianshang.shared.web.InvalidInputException;

/**
 * The inbox page ({@code /inbox}): the caller's messages, opening one (which records the
 * open and goes to its link), and the contact email; and the tracked link of emails
 * ({@code /n/{token}}, public: following it records the open).
 */
@Controller
class InboxPages {

	static final int PAGE_SIZE = 20;

	private final Notifying notifying;

	InboxPages(Notifying notifying) {
		this.notifying = notifying;
	}

	@GetMapping("/inbox")
	String inbox(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("inbox", notifying.inbox(page, PAGE_SIZE));
		model.addAttribute("contact", notifying.contact().orElse(null));
		return "notification/inbox";
	}

	@PostMapping("/inbox/{id}/open")
	String open(@PathVariable long id) {
		InboxEntry e = notifying.open(id);
		return "redirect:" + (e.link() == null || !e.link().startsWith("/") ? "/inbox" : e.link());
	}

	@PostMapping("/inbox/contact")
	String contact(@RequestParam(required = false) String email, Model model) {
		try {
			notifying.setContact(email);
		}
		catch (InvalidInputException e) {
			return "redirect:/inbox?contact-error";
		}
		return "redirect:/inbox?contact-saved";
	}

	@GetMapping("/n/{token}")
	String follow(@PathVariable String token) {
		return notifying.follow(token)
			.map(link -> "redirect:" + (link.startsWith("/") ? link : "/inbox"))
			.orElse("redirect:/inbox");
	}

}
