package cn.lianshang.chain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference chains shipped in the jar: {@code chain/chains.csv} (code, name, group,
 * English name) and {@code chain/nodes.csv} (chain, segment, node code, name, kind, GB/T
 * 4754-2017 classes and keywords separated by {@code |}, strategic weight 1–5). Written
 * by the developers from general knowledge of each industry; the twenty chains and their
 * groups are those of seed 002 ("5+3+7+5"). No field contains a comma.
 */
final class ReferenceChains {

	record ChainRow(String code, String name, String group, String nameEn) {

	}

	private final List<ChainRow> chains;

	private final Map<String, List<NodeSpec>> nodes;

	private ReferenceChains(List<ChainRow> chains, Map<String, List<NodeSpec>> nodes) {
		this.chains = chains;
		this.nodes = nodes;
	}

	static ReferenceChains load() {
		List<ChainRow> chains = new ArrayList<>();
		for (String[] f : rows("chain/chains.csv", 4)) {
			chains.add(new ChainRow(f[0], f[1], f[2], f[3]));
		}
		Map<String, List<NodeSpec>> nodes = new LinkedHashMap<>();
		for (String[] f : rows("chain/nodes.csv", 8)) {
			nodes.computeIfAbsent(f[0], k -> new ArrayList<>())
				.add(new NodeSpec(f[1], f[2], f[3], f[4], split(f[5]), split(f[6]), Integer.parseInt(f[7])));
		}
		return new ReferenceChains(List.copyOf(chains), nodes);
	}

	List<ChainRow> chains() {
		return chains;
	}

	List<NodeSpec> nodesOf(String chain) {
		return nodes.getOrDefault(chain, List.of());
	}

	Map<String, List<NodeSpec>> nodes() {
		return nodes;
	}

	private static List<String> split(String s) {
		return Arrays.stream(s.split("\\|")).map(String::trim).filter(x -> !x.isEmpty()).toList();
	}

	private static List<String[]> rows(String resource, int fields) {
		InputStream in = ReferenceChains.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("missing " + resource);
		}
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			r.readLine();
			int line = 1;
			for (String s = r.readLine(); s != null; s = r.readLine()) {
				line++;
				if (s.isBlank()) {
					continue;
				}
				String[] f = s.split(",", -1);
				if (f.length != fields) {
					throw new IllegalStateException(resource + " line " + line + ": " + f.length + " fields");
				}
				rows.add(Arrays.stream(f).map(String::trim).toArray(String[]::new));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return rows;
	}

}
