package cn.lianshang.chain;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a suggestion (an enterprise on a node, status {@code SUGGESTED}) only if the
 * enterprise is not on the node yet, in one statement: {@code insert ... on conflict do
 * nothing} on the key {@code chain_assignment_uq} (PostgreSQL, and H2 in its PostgreSQL
 * mode, which both the embedded and the test databases use). A check followed by an
 * insert would lose the race against an officer's {@link AssigningEnterprises#assign} or
 * another listener (neither sees the other's uncommitted row) and fail its whole
 * transaction; with this statement the loser waits for the winner's commit and writes
 * nothing. The id comes from the entity's sequence (one value taken whole, so it never
 * meets an id of Hibernate's pooled blocks).
 */
@Component
class Suggestions {

	private static final String INSERT = "insert into chain_assignment (id, chain_code, node_code, uscc,"
			+ " enterprise_name, industry_code, division_code, division_path, latitude, longitude, status, lead_firm,"
			+ " enterprise_active, reason, created_at, version)"
			+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SUGGESTED', false, true, ?, ?, 0) on conflict do nothing";

	private final JdbcTemplate jdbc;

	private final Assignments assignments;

	Suggestions(JdbcTemplate jdbc, Assignments assignments) {
		this.jdbc = jdbc;
		this.assignments = assignments;
	}

	/**
	 * Suggests the enterprise for the node unless it is on the node already (in any
	 * status, or being put there by a concurrent transaction that then commits); returns
	 * the new record, or empty when nothing was written. Runs in the caller's
	 * transaction.
	 */
	Optional<Assignment> suggestIfAbsent(String chainCode, String nodeCode, String uscc, String name,
			String industryCode, String divisionCode, String divisionPath, Double latitude, Double longitude,
			String reason, OffsetDateTime now) {
		Long id = jdbc.queryForObject("select nextval('chain_assignment_seq')", Long.class);
		String why = reason.length() > 300 ? reason.substring(0, 300) : reason;
		int written = jdbc.update(INSERT, id, chainCode, nodeCode, uscc, name, industryCode, divisionCode, divisionPath,
				latitude, longitude, why, now);
		return written == 1 ? assignments.findById(id) : Optional.empty();
	}

}
