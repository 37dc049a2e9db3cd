package cn.lianshang.enterprise;

import java.util.List;

/**
 * What anyone who scans an enterprise code may see: verified registry facts only. Built
 * for this purpose alone, so that nothing private (people, phone numbers, revenue,
 * employee count, address, coordinates) can reach the public card by accident: a field
 * added to {@link EnterpriseView} does not appear here.
 *
 * @param foundedYear the founding year, or null if not registered
 * @param qualifications the names of the qualifications held, in the reader's language
 */
public record PublicCard(String uscc, String name, String industryName, String divisionName, Integer foundedYear,
		EnterpriseStatus status, List<String> qualifications) {

	public PublicCard {
		qualifications = List.copyOf(qualifications);
	}

}
