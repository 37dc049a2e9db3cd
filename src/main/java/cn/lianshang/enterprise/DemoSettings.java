package cn.lianshang.enterprise;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo data ({@code lianshang.demo.*}). On by default on the embedded database, off on
 * PostgreSQL ({@code application-postgres.yml}) unless asked for.
 *
 * @param enabled load demo enterprises (and demo accounts) into an empty registry on
 * start
 * @param enterprises how many; up to 1,340,000 (Shenyang's business entities in 2024) for
 * benchmarks
 * @param seed the generator's seed: the same seed gives the same registry
 * @param chunk rows per insert transaction
 */
@ConfigurationProperties("lianshang.demo")
record DemoSettings(@DefaultValue("false") boolean enabled, @DefaultValue("5000") int enterprises,
		@DefaultValue("20261122") long seed, @DefaultValue("5000") int chunk) {

}
