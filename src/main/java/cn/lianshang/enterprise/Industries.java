package cn.lianshang.enterprise;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/**
 * GB/T 4754-2017, held in memory (1,971 rows of reference data that only a migration
 * changes).
 */
@Service
public class Industries {

	private final Map<String, IndustryClass> byCode;

	private final Map<String, List<IndustryClass>> children;

	Industries(IndustryRepository repository) {
		Map<String, IndustryClass> map = new LinkedHashMap<>();
		repository.findAllByOrderByPath().forEach(i -> map.put(i.toClass().code(), i.toClass()));
		this.byCode = Collections.unmodifiableMap(map);
		this.children = map.values()
			.stream()
			.filter(i -> i.parentCode() != null)
			.collect(Collectors.groupingBy(IndustryClass::parentCode, LinkedHashMap::new,
					Collectors.toUnmodifiableList()));
	}

	/** Accepts {@code 3421} and the prefixed {@code C3421}. */
	public Optional<IndustryClass> find(String code) {
		if (code == null) {
			return Optional.empty();
		}
		String c = code.trim().toUpperCase(Locale.ROOT);
		IndustryClass found = byCode.get(c);
		if (found == null && c.length() > 2 && Character.isLetter(c.charAt(0))) {
			found = byCode.get(c.substring(1));
			if (found != null && found.path().charAt(0) != c.charAt(0)) {
				found = null;
			}
		}
		return Optional.ofNullable(found);
	}

	public List<IndustryClass> sections() {
		return byCode.values().stream().filter(i -> i.level() == IndustryClass.Level.SECTION).toList();
	}

	public List<IndustryClass> childrenOf(String code) {
		return children.getOrDefault(code, List.of());
	}

	public List<IndustryClass> all() {
		return List.copyOf(byCode.values());
	}

	/** The name of a code, or the code itself if unknown. */
	public String nameOf(String code) {
		return find(code).map(IndustryClass::name).orElse(code);
	}

	/** The class and its ancestors, section first. */
	public List<IndustryClass> lineage(String code) {
		return find(code).map(i -> java.util.Arrays.stream(i.path().split("/")).map(byCode::get).toList())
			.orElse(List.of());
	}

}
