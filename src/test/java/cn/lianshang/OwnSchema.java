package cn.lianshang;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A PostgreSQL schema of its own for a test class whose Spring context differs from the
 * suite's shared one. On H2 every context has its own in-memory database; on PostgreSQL
 * they would all share the test database while each keeps its own in-memory search index
 * and its own db-scheduler. A second context's scheduler then runs the shared context's
 * timers against an index that lacks the shared context's enterprises (the effective-date
 * push of a policy found none of them and pushed nothing). With a schema of its own, a
 * context sees only its own rows, timers and index.
 */
public final class OwnSchema {

	private OwnSchema() {
	}

	public static boolean onPostgres() {
		String url = System.getenv("SPRING_DATASOURCE_URL");
		return url != null && url.startsWith("jdbc:postgresql:");
	}

	/**
	 * On PostgreSQL: drops what a previous run left in {@code schema} and points the
	 * context's datasource and Flyway at it. Call it from the test's
	 * {@code @DynamicPropertySource} method. Nothing on H2.
	 */
	public static void use(DynamicPropertyRegistry registry, String schema) {
		if (!onPostgres()) {
			return;
		}
		execute("drop schema if exists " + schema + " cascade");
		String url = System.getenv("SPRING_DATASOURCE_URL");
		registry.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
		registry.add("spring.flyway.schemas", () -> schema);
		registry.add("spring.flyway.default-schema", () -> schema);
	}

	/** Runs one statement on the test database, outside any Spring context. */
	public static void execute(String sql) {
		try (Connection c = DriverManager.getConnection(System.getenv("SPRING_DATASOURCE_URL"),
				System.getenv("SPRING_DATASOURCE_USERNAME"), System.getenv("SPRING_DATASOURCE_PASSWORD"));
				Statement st = c.createStatement()) {
			st.execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException(sql, e);
		}
	}

}
