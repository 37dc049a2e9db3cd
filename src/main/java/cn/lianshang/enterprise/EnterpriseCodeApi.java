package cn.lianshang.enterprise;

import java.time.Instant;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.lianshang.shared.web.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;

/**
 * The enterprise code (企业码) of an enterprise, for the enterprise itself or an
 * administrator: as PNG, SVG or JSON; its revocation; and the rotation of the signing
 * keys. Another enterprise's code is 404 (outside the caller's scope), other roles 403.
 */
@RestController
@RequestMapping("/api/v1")
@Validated
@Tag(name = "enterprise codes", description = "企业码 / the enterprise code and its keys")
class EnterpriseCodeApi {

	static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

	private final EnterpriseRegistry registry;

	private final EnterpriseCodes codes;

	private final EnterpriseCodeKeyRing keys;

	private final PublicBaseUrl baseUrl;

	private final CardFonts fonts;

	EnterpriseCodeApi(EnterpriseRegistry registry, EnterpriseCodes codes, EnterpriseCodeKeyRing keys, CardFonts fonts,
			PublicBaseUrl baseUrl) {
		this.registry = registry;
		this.codes = codes;
		this.fonts = fonts;
		this.keys = keys;
		this.baseUrl = baseUrl;
	}

	/** A code as the API shows it; {@code url} is what the QR code holds. */
	record CodeView(String uscc, int serial, int keyId, String token, String url, Instant issuedAt, Instant expiresAt) {

	}

	@GetMapping(path = "/enterprises/{uscc}/code.png", produces = MediaType.IMAGE_PNG_VALUE)
	@PreAuthorize("hasAnyRole('ADMIN','ENTERPRISE')")
	@Operation(summary = "The enterprise code as a PNG QR code (error correction M, quiet zone); "
			+ "size in pixels, 128–2048, default 320")
	ResponseEntity<byte[]> png(@PathVariable @Size(max = 18) String uscc,
			@RequestParam(defaultValue = "" + EnterpriseCodeImages.DEFAULT_SIZE) int size) {
		if (size < EnterpriseCodeImages.MIN_SIZE || size > EnterpriseCodeImages.MAX_SIZE) {
			throw InvalidInputException.of("size", "code.size", EnterpriseCodeImages.MIN_SIZE,
					EnterpriseCodeImages.MAX_SIZE);
		}
		CodeView code = view(uscc);
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.noStore())
			.body(EnterpriseCodeImages.png(code.url(), size));
	}

	@GetMapping(path = "/enterprises/{uscc}/code.svg", produces = "image/svg+xml")
	@PreAuthorize("hasAnyRole('ADMIN','ENTERPRISE')")
	@Operation(summary = "The enterprise code as an SVG QR code (one unit per module)")
	ResponseEntity<String> svg(@PathVariable @Size(max = 18) String uscc) {
		CodeView code = view(uscc);
		return ResponseEntity.ok()
			.contentType(SVG)
			.cacheControl(CacheControl.noStore())
			.body(EnterpriseCodeImages.svg(code.url()));
	}

	@GetMapping(path = "/enterprises/{uscc}/code.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@PreAuthorize("hasAnyRole('ADMIN','ENTERPRISE')")
	@Operation(summary = "The enterprise code on a printable A6 card (105 × 148 mm): the QR code, the enterprise "
			+ "name, the USCC and the card URL")
	ResponseEntity<byte[]> pdf(@PathVariable @Size(max = 18) String uscc) {
		EnterpriseView e = registry.find(uscc);
		CodeView code = view(codes.current(uscc));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(code.uscc() + ".pdf").build().toString())
			.body(EnterpriseCodeCard.pdf(fonts.get(), e.name(), code.uscc(), code.url()));
	}

	@GetMapping("/enterprises/{uscc}/code")
	@PreAuthorize("hasAnyRole('ADMIN','ENTERPRISE')")
	@Operation(summary = "The enterprise code's token and the URL of the public card it opens")
	CodeView code(@PathVariable @Size(max = 18) String uscc) {
		return view(uscc);
	}

	@PostMapping("/enterprises/{uscc}/code/revoke")
	@PreAuthorize("hasAnyRole('ADMIN','ENTERPRISE')")
	@Operation(summary = "Revoke the current code (it opens a 'revoked' page from now on) and issue a new one; "
			+ "audited")
	CodeView revoke(@PathVariable @Size(max = 18) String uscc) {
		registry.find(uscc);
		return view(codes.revoke(uscc));
	}

	@GetMapping("/enterprise-codes/keys")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "The signing keys (ids and dates, never the secrets), newest first")
	List<EnterpriseCodeKey.EnterpriseCodeKeyView> keys() {
		return keys.all();
	}

	@PostMapping("/enterprise-codes/keys/rotate")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "A new signing key for new codes; codes signed with earlier keys still open their "
			+ "card until those keys are retired; audited")
	EnterpriseCodeKey.EnterpriseCodeKeyView rotate() {
		return keys.rotate();
	}

	@PostMapping("/enterprise-codes/keys/{id}/retire")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(
			summary = "Retire a signing key (e.g. a leaked one): codes it signed are refused from now on; " + "audited")
	EnterpriseCodeKey.EnterpriseCodeKeyView retire(@PathVariable int id) {
		return keys.retire(id);
	}

	/** The code of an enterprise in the caller's scope (404 otherwise). */
	private CodeView view(String uscc) {
		registry.find(uscc);
		return view(codes.current(uscc));
	}

	private CodeView view(EnterpriseCodes.IssuedCode code) {
		return new CodeView(code.uscc(), code.serial(), code.keyId(), code.token(),
				baseUrl.get() + PublicCards.PATH + code.token(), code.issuedAt(), code.expiresAt());
	}

}
