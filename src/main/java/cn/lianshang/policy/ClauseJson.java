package cn.lianshang.policy;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import cn.lianshang.policy.model.Clause;
import cn.lianshang.policy.model.ClauseTypes;
import cn.lianshang.shared.web.InvalidInputException.FieldProblem;

/**
 * Clause trees as JSON: polymorphic on a {@code type} property ({@code all}, {@code any},
 * {@code not}, {@code scale}, {@code rdShare} ...). The mapping is a Jackson mix-in, so
 * the model stays free of Jackson. Parsing is strict (unknown properties are errors) and
 * reports the JSON path of each error.
 */
@Component
class ClauseJson {

	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
	@JsonInclude(JsonInclude.Include.NON_NULL)
	interface ClauseMixin {

	}

	/** Registers the clause mapping on the application's ObjectMapper, for responses. */
	@Configuration
	static class Mapping {

		@Bean
		Jackson2ObjectMapperBuilderCustomizer clauseMapping() {
			return builder -> builder.mixIn(Clause.class, ClauseMixin.class).postConfigurer(ClauseJson::registerTypes);
		}

	}

	static void registerTypes(ObjectMapper mapper) {
		ClauseTypes.BY_NAME.forEach((name, type) -> mapper.registerSubtypes(new NamedType(type, name)));
	}

	private final ObjectMapper strict;

	/**
	 * Stored trees by their JSON text: a push for one enterprise reads the tree of every
	 * policy in force, and parsing them each time cost more than deciding them. Trees are
	 * immutable records, so one parsed tree serves every caller.
	 */
	private final Cache<String, Clause> stored = Caffeine.newBuilder().maximumSize(4_096).build();

	ClauseJson() {
		this.strict = strictMapper();
	}

	static ObjectMapper strictMapper() {
		ObjectMapper m = JsonMapper.builder()
			.addModule(new JavaTimeModule())
			.addMixIn(Clause.class, ClauseMixin.class)
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.build();
		registerTypes(m);
		return m;
	}

	/** A parsed tree, or the problems at their paths below {@code rootPath}. */
	record Parsed(Clause clause, List<FieldProblem> problems) {

	}

	Parsed parse(JsonNode node, String rootPath) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return new Parsed(null, List.of(new FieldProblem(rootPath, "required")));
		}
		try {
			return new Parsed(strict.treeToValue(node, Clause.class), List.of());
		}
		catch (JsonMappingException e) {
			return new Parsed(null, List.of(problem(e, rootPath)));
		}
		catch (JsonProcessingException e) {
			return new Parsed(null,
					List.of(new FieldProblem(rootPath, "policy.clause.malformed", e.getOriginalMessage())));
		}
	}

	/** A stored tree (parsed once per distinct text). */
	Clause read(String json) {
		return stored.get(json, this::parseStored);
	}

	private Clause parseStored(String json) {
		try {
			return strict.readValue(json, Clause.class);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("stored clause tree cannot be read: " + e.getOriginalMessage(), e);
		}
	}

	String write(Clause clause) {
		try {
			return strict.writeValueAsString(clause);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	JsonNode tree(Clause clause) {
		return strict.valueToTree(clause);
	}

	ObjectMapper mapper() {
		return strict;
	}

	private static FieldProblem problem(JsonMappingException e, String rootPath) {
		String path = path(e.getPath(), rootPath);
		if (e instanceof InvalidTypeIdException t) {
			return new FieldProblem(path + ".type", "policy.clause.type-unknown", String.valueOf(t.getTypeId()));
		}
		if (e instanceof UnrecognizedPropertyException u) {
			return new FieldProblem(path, "policy.clause.property-unknown", u.getPropertyName());
		}
		return new FieldProblem(path, "policy.clause.malformed", e.getOriginalMessage());
	}

	/** Jackson's reference chain as {@code eligibility.all[2].min}. */
	static String path(List<JsonMappingException.Reference> refs, String rootPath) {
		StringBuilder sb = new StringBuilder(rootPath);
		List<JsonMappingException.Reference> list = new ArrayList<>(refs);
		for (JsonMappingException.Reference r : list) {
			if (r.getIndex() >= 0) {
				sb.append('[').append(r.getIndex()).append(']');
			}
			else if (r.getFieldName() != null) {
				sb.append('.').append(r.getFieldName());
			}
		}
		return sb.toString();
	}

}
