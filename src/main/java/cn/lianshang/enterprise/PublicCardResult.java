package cn.lianshang.enterprise;

import java.util.Optional;

/** A scanned code: its status, and the card only when the code is valid. */
public record PublicCardResult(EnterpriseCodeStatus status, Optional<PublicCard> card) {

	public PublicCardResult {
		if ((status == EnterpriseCodeStatus.VALID) != card.isPresent()) {
			throw new IllegalArgumentException("a card goes with a valid code, and only with one");
		}
	}

	static PublicCardResult refused(EnterpriseCodeStatus status) {
		return new PublicCardResult(status, Optional.empty());
	}

}
