package cn.lianshang.appeals;

import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes GeoReport v2 bodies, built as maps and lists with the spec's field names, as
 * JSON or as the spec's XML (a list is an element named after the collection holding one
 * element per item, named as in the spec's examples).
 */
enum Open311Format {

	JSON(new MediaType("application", "json", java.nio.charset.StandardCharsets.UTF_8)),
	XML(new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8));

	static final Map<String, String> ITEM_NAMES = Map.of("services", "service", "service_requests", "request",
			"attributes", "attribute", "values", "value", "endpoints", "endpoint", "formats", "format", "errors",
			"error");

	final MediaType mediaType;

	Open311Format(MediaType mediaType) {
		this.mediaType = mediaType;
	}

	/** json or xml; null for anything else. */
	static Open311Format of(String extension) {
		return switch (extension == null ? "" : extension) {
			case "json" -> JSON;
			case "xml" -> XML;
			default -> null;
		};
	}

	String write(String root, Object body, ObjectMapper json) {
		if (this == JSON) {
			try {
				return json.writeValueAsString(body);
			}
			catch (JsonProcessingException e) {
				throw new IllegalStateException(e);
			}
		}
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
		element(xml, root, body);
		return xml.toString();
	}

	private static void element(StringBuilder xml, String name, Object value) {
		if (value == null) {
			xml.append('<').append(name).append("/>");
			return;
		}
		xml.append('<').append(name).append('>');
		if (value instanceof Map<?, ?> map) {
			map.forEach((k, v) -> element(xml, k.toString(), v));
		}
		else if (value instanceof List<?> list) {
			String item = ITEM_NAMES.getOrDefault(name, "item");
			for (Object o : list) {
				element(xml, item, o);
			}
		}
		else {
			escape(xml, value.toString());
		}
		xml.append("</").append(name).append('>');
	}

	private static void escape(StringBuilder xml, String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> xml.append("&lt;");
				case '>' -> xml.append("&gt;");
				case '&' -> xml.append("&amp;");
				case '"' -> xml.append("&quot;");
				case '\'' -> xml.append("&apos;");
				default -> {
					// characters XML 1.0 cannot carry are dropped
					if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
						xml.append(c);
					}
				}
			}
		}
	}

}
