package cn.lianshang.matching.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The vocabularies demands and offers are written in: machining processes, material
 * grades, raw-material categories and certifications, each with synonyms. Loaded from the
 * CSV files under {@code matching/} on the class path ({@link #fromClasspath()});
 * immutable and thread-safe.
 * <p>
 * {@link #normalise(String)} turns free text ("数控车加工 45号钢") into codes by
 * longest-synonym-first scanning; a synonym in Latin letters or digits only matches at a
 * word boundary, so 304 is not found inside 3040.
 */
public final class Taxonomy {

	private final Vocabulary processes;

	private final Vocabulary materials;

	private final Vocabulary categories;

	private final Vocabulary certifications;

	Taxonomy(Vocabulary processes, Vocabulary materials, Vocabulary categories, Vocabulary certifications) {
		this.processes = processes;
		this.materials = materials;
		this.categories = categories;
		this.certifications = certifications;
	}

	public static Taxonomy fromClasspath() {
		return new Taxonomy(Vocabulary.read(open("processes.csv"), Columns.FAMILY),
				Vocabulary.read(open("materials.csv"), Columns.FAMILY_CATEGORY),
				Vocabulary.read(open("categories.csv"), Columns.NONE),
				Vocabulary.read(open("certifications.csv"), Columns.NONE));
	}

	private static Reader open(String file) {
		InputStream in = Taxonomy.class.getClassLoader().getResourceAsStream("matching/" + file);
		if (in == null) {
			throw new IllegalStateException("matching/" + file + " is missing from the class path");
		}
		return new InputStreamReader(in, StandardCharsets.UTF_8);
	}

	public Vocabulary processes() {
		return processes;
	}

	public Vocabulary materials() {
		return materials;
	}

	public Vocabulary categories() {
		return categories;
	}

	public Vocabulary certifications() {
		return certifications;
	}

	/** The codes that free text mentions. */
	public Normalised normalise(String text) {
		return new Normalised(processes.scan(text), materials.scan(text), categories.scan(text));
	}

	/** Codes found in a text, each set in order of first mention. */
	public record Normalised(Set<String> processes, Set<String> materials, Set<String> categories) {

	}

	/**
	 * Full-width to half-width, lower case, whitespace collapsed: the form synonyms are
	 * matched in.
	 */
	public static String fold(String text) {
		StringBuilder sb = new StringBuilder(text.length());
		boolean space = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\u3000') {
				c = ' ';
			}
			else if (c >= '\uFF01' && c <= '\uFF5E') {
				c = (char) (c - 0xFEE0);
			}
			if (Character.isWhitespace(c)) {
				if (!space && sb.length() > 0) {
					sb.append(' ');
				}
				space = true;
				continue;
			}
			space = false;
			sb.append(Character.toLowerCase(c));
		}
		return sb.toString().trim().toLowerCase(Locale.ROOT);
	}

	enum Columns {

		NONE, FAMILY, FAMILY_CATEGORY

	}

	/** One vocabulary: its terms by code and its synonyms, longest first. */
	public static final class Vocabulary {

		private final Map<String, Term> byCode;

		private final Map<String, String> codeBySynonym;

		private final List<String> synonymsLongestFirst;

		Vocabulary(Collection<Term> terms) {
			Map<String, Term> codes = new LinkedHashMap<>();
			Map<String, String> synonyms = new LinkedHashMap<>();
			for (Term t : terms) {
				if (codes.put(t.code(), t) != null) {
					throw new IllegalStateException("duplicate code " + t.code());
				}
				for (String s : t.synonyms()) {
					String previous = synonyms.put(fold(s), t.code());
					if (previous != null && !previous.equals(t.code())) {
						throw new IllegalStateException(
								"synonym " + s + " names both " + previous + " and " + t.code());
					}
				}
				synonyms.putIfAbsent(fold(t.code()), t.code());
				synonyms.putIfAbsent(fold(t.name()), t.code());
			}
			this.byCode = Map.copyOf(codes);
			this.codeBySynonym = Map.copyOf(synonyms);
			List<String> sorted = new ArrayList<>(synonyms.keySet());
			sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
			this.synonymsLongestFirst = List.copyOf(sorted);
		}

		static Vocabulary read(Reader reader, Columns columns) {
			List<Term> terms = new ArrayList<>();
			try (BufferedReader in = new BufferedReader(reader)) {
				boolean header = true;
				for (String line = in.readLine(); line != null; line = in.readLine()) {
					if (line.isBlank() || line.startsWith("#")) {
						continue;
					}
					if (header) {
						header = false;
						continue;
					}
					String[] f = line.split(",", -1);
					String code = f[0].trim();
					String name = f[1].trim();
					String family = columns == Columns.NONE ? "" : f[2].trim();
					String category = columns == Columns.FAMILY_CATEGORY ? f[3].trim() : "";
					int synonymColumn = switch (columns) {
						case NONE -> 2;
						case FAMILY -> 3;
						case FAMILY_CATEGORY -> 4;
					};
					List<String> synonyms = new ArrayList<>();
					if (f.length > synonymColumn) {
						for (String s : f[synonymColumn].split("\\|")) {
							if (!s.isBlank()) {
								synonyms.add(s.trim());
							}
						}
					}
					terms.add(new Term(code, name, family, category, synonyms));
				}
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return new Vocabulary(terms);
		}

		public Optional<Term> find(String code) {
			return Optional.ofNullable(code == null ? null : byCode.get(code));
		}

		public Collection<Term> all() {
			return byCode.values().stream().sorted(Comparator.comparing(Term::code)).toList();
		}

		/**
		 * The code a code or a synonym stands for: {@code TURNING}, 车削 and 数控车 all give
		 * {@code TURNING}.
		 */
		public Optional<String> resolve(String codeOrSynonym) {
			if (codeOrSynonym == null || codeOrSynonym.isBlank()) {
				return Optional.empty();
			}
			String trimmed = codeOrSynonym.trim();
			if (byCode.containsKey(trimmed)) {
				return Optional.of(trimmed);
			}
			return Optional.ofNullable(codeBySynonym.get(fold(trimmed)));
		}

		public String nameOf(String code) {
			Term t = byCode.get(code);
			return t == null ? code : t.name();
		}

		public String familyOf(String code) {
			Term t = byCode.get(code);
			return t == null ? "" : t.family();
		}

		/** Whether two codes are different members of one family (a near fit). */
		public boolean sameFamily(String a, String b) {
			String fa = familyOf(a);
			return !fa.isEmpty() && fa.equals(familyOf(b));
		}

		/** Every code the text mentions, longest synonym first at each position. */
		Set<String> scan(String text) {
			Set<String> found = new LinkedHashSet<>();
			if (text == null) {
				return found;
			}
			String t = fold(text);
			int i = 0;
			while (i < t.length()) {
				String hit = null;
				for (String s : synonymsLongestFirst) {
					if (t.startsWith(s, i) && atBoundary(t, i, s)) {
						hit = s;
						break;
					}
				}
				if (hit != null) {
					found.add(codeBySynonym.get(hit));
					i += hit.length();
				}
				else {
					i++;
				}
			}
			return found;
		}

		private static boolean atBoundary(String t, int start, String s) {
			if (isWordChar(s.charAt(0)) && start > 0 && isWordChar(t.charAt(start - 1))) {
				return false;
			}
			int end = start + s.length();
			return !(isWordChar(s.charAt(s.length() - 1)) && end < t.length() && isWordChar(t.charAt(end)));
		}

		private static boolean isWordChar(char c) {
			return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
		}

	}

}
