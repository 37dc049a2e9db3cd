package cn.lianshang.access;

import java.net.URI;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.lianshang.shared.web.NotFoundException;
import cn.lianshang.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/accounts")
@Validated
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "accounts", description = "账号管理（管理员） / account administration")
class AccountApi {

	private final AccountManagement accounts;

	AccountApi(AccountManagement accounts) {
		this.accounts = accounts;
	}

	record CreateAccount(@NotNull @Size(max = 64) String username, @NotNull @Size(max = 128) String password,
			@NotNull Role role, @Size(max = 12) String jurisdiction, @Size(max = 18) String uscc,
			@Size(max = 64) String displayName) {

	}

	record EnabledChange(@NotNull Boolean enabled) {

	}

	@PostMapping
	@Operation(summary = "Create an account; HANDLER needs a jurisdiction, ENTERPRISE a registered uscc")
	ResponseEntity<AccountView> create(@Valid @RequestBody CreateAccount body) {
		AccountView created = accounts.create(new AccountManagement.NewAccount(body.username(), body.password(),
				body.role(), body.jurisdiction(), body.uscc(), body.displayName()));
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + created.username())).body(created);
	}

	@GetMapping
	@Operation(summary = "Accounts, searchable by username or display name and filterable by role")
	PageResponse<AccountView> list(@RequestParam(required = false) @Size(max = 64) String q,
			@RequestParam(required = false) Role role, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return PageResponse.of(accounts.search(q, role, PageRequest.of(page, size, Sort.by("username"))), a -> a);
	}

	@GetMapping("/{username}")
	AccountView one(@PathVariable String username) {
		return accounts.find(username).orElseThrow(() -> new NotFoundException("account", username));
	}

	@PutMapping("/{username}/enabled")
	@Operation(summary = "Enable or disable an account")
	AccountView enabled(@PathVariable String username, @Valid @RequestBody EnabledChange body) {
		return accounts.setEnabled(username, body.enabled());
	}

}
