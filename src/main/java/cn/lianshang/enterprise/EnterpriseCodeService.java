package cn.lianshang.enterprise;

import java.time.Instant;

import org.springframework.stereotype.Service;

/**
 * The enterprise code (企业码) for the web pages of other modules: the same codes, images
 * and revocation as {@link EnterpriseCodeApi}. Every call first finds the enterprise
 * through {@link EnterpriseRegistry}, so an enterprise outside the caller's scope is a
 * {@link cn.lianshang.shared.web.NotFoundException}; callers check the role (the
 * enterprise itself or an administrator). The code's URL starts with
 * {@link PublicBaseUrl}, so this works outside a web request too.
 */
@Service
public class EnterpriseCodeService {

	/** A code; {@code url} is what the QR code holds (the public card). */
	public record Code(String uscc, String name, int serial, String token, String url, Instant issuedAt,
			Instant expiresAt) {

	}

	private final EnterpriseRegistry registry;

	private final EnterpriseCodes codes;

	private final PublicBaseUrl baseUrl;

	private final CardFonts fonts;

	EnterpriseCodeService(EnterpriseRegistry registry, EnterpriseCodes codes, CardFonts fonts, PublicBaseUrl baseUrl) {
		this.registry = registry;
		this.codes = codes;
		this.fonts = fonts;
		this.baseUrl = baseUrl;
	}

	/** The enterprise's current code. */
	public Code current(String uscc) {
		EnterpriseView e = registry.find(uscc);
		return code(e, codes.current(uscc));
	}

	/**
	 * Revokes the current code (printed copies stop opening the card) and returns the new
	 * one. Audited.
	 */
	public Code revoke(String uscc) {
		EnterpriseView e = registry.find(uscc);
		return code(e, codes.revoke(uscc));
	}

	/** The current code as a PNG of the default size. */
	public byte[] png(String uscc) {
		return EnterpriseCodeImages.png(current(uscc).url(), EnterpriseCodeImages.DEFAULT_SIZE);
	}

	/** The current code as an SVG. */
	public String svg(String uscc) {
		return EnterpriseCodeImages.svg(current(uscc).url());
	}

	/**
	 * The current code on a printable A6 card (PDF) with the enterprise name and the card
	 * URL.
	 */
	public byte[] pdf(String uscc) {
		Code code = current(uscc);
		return EnterpriseCodeCard.pdf(fonts.get(), code.name(), code.uscc(), code.url());
	}

	private Code code(EnterpriseView e, EnterpriseCodes.IssuedCode c) {
		return new Code(c.uscc(), e.name(), c.serial(), c.token(), baseUrl.get() + PublicCards.PATH + c.token(),
				c.issuedAt(), c.expiresAt());
	}

}
