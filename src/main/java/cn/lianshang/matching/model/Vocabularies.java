package cn.lianshang.matching.model;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Other modules' vocabularies in the format of the matching taxonomy (added for the
 * workforce module's skills and certificates): a CSV on the class path read into a
 * {@link Taxonomy.Vocabulary}, so that synonyms resolve and families give near fits
 * exactly as for processes and materials.
 */
public final class Vocabularies {

	private Vocabularies() {
	}

	/**
	 * Reads {@code resource} (a class-path path). With {@code withFamily} the columns are
	 * {@code code,name,family,synonyms}, otherwise {@code code,name,synonyms}.
	 */
	public static Taxonomy.Vocabulary fromClasspath(String resource, boolean withFamily) {
		InputStream in = Vocabularies.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException(resource + " is missing from the class path");
		}
		return Taxonomy.Vocabulary.read(new InputStreamReader(in, StandardCharsets.UTF_8),
				withFamily ? Taxonomy.Columns.FAMILY : Taxonomy.Columns.NONE);
	}

}
