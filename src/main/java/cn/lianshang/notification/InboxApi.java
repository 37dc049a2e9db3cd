package cn.lianshang.notification;

import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's inbox and contact email. */
@RestController
@RequestMapping("/api/v1/inbox")
class InboxApi {

	private final Notifying notifying;

	InboxApi(Notifying notifying) {
		this.notifying = notifying;
	}

	@GetMapping
	Notifying.Inbox inbox(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return notifying.inbox(page, size);
	}

	@PostMapping("/{id}/open")
	InboxEntry open(@PathVariable long id) {
		return notifying.open(id);
	}

	@GetMapping("/contact")
	ResponseEntity<ContactAddress.Contact> contact() {
		return ResponseEntity.of(notifying.contact());
	}

	/** {@code {"email": "..."}}; a blank address removes it. */
	@PutMapping("/contact")
	ResponseEntity<ContactAddress.Contact> setContact(@RequestBody Map<String, String> body) {
		return notifying.setContact(body == null ? null : body.get("email"))
			.map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

}
