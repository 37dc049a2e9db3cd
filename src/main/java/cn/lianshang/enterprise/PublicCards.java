package cn.lianshang.enterprise;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.region.Regions;

/**
 * The public card behind an enterprise code. The visitor is anonymous, so no caller scope
 * applies: the enterprise is the one the verified token names, and only the facts of
 * {@link PublicCard} leave this class.
 */
@Service
public class PublicCards {

	/** Where the card of a token is served: {@code PATH + token}. */
	public static final String PATH = "/c/";

	private final EnterpriseCodes codes;

	private final Enterprises enterprises;

	private final Qualifications qualifications;

	private final Industries industries;

	private final Regions regions;

	PublicCards(EnterpriseCodes codes, Enterprises enterprises, Qualifications qualifications, Industries industries,
			Regions regions) {
		this.codes = codes;
		this.enterprises = enterprises;
		this.qualifications = qualifications;
		this.industries = industries;
		this.regions = regions;
	}

	/** The card of a scanned token, or why there is none (forged, revoked, expired). */
	@Transactional(readOnly = true)
	public PublicCardResult open(String token, Locale locale) {
		EnterpriseCodes.Check check = codes.check(token);
		if (check.status() != EnterpriseCodeStatus.VALID) {
			return PublicCardResult.refused(check.status());
		}
		return enterprises.findByUscc(check.uscc())
			.map(e -> new PublicCardResult(EnterpriseCodeStatus.VALID, java.util.Optional.of(card(e, locale))))
			.orElseGet(() -> PublicCardResult.refused(EnterpriseCodeStatus.FORGED));
	}

	private PublicCard card(Enterprise e, Locale locale) {
		Map<String, QualificationView> names = qualifications.findAllByOrderBySortOrder()
			.stream()
			.map(Qualification::view)
			.collect(Collectors.toMap(QualificationView::code, Function.identity(), (a, b) -> a,
					java.util.LinkedHashMap::new));
		return new PublicCard(e.uscc(), e.name(), industries.nameOf(e.industryCode()),
				regions.fullName(e.divisionCode()), e.foundedOn() == null ? null : e.foundedOn().getYear(), e.status(),
				names.values()
					.stream()
					.filter(q -> e.qualifications().contains(q.code()))
					.map(q -> q.name(locale))
					.toList());
	}

}
