package io.signalroom.customer.importing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one column of the file becomes. {@code values} translates the file's values for an
 * enum-like field ({@code True} to {@code CHURNED}, {@code False} to nothing); a value
 * mapped to the empty string means "no value".
 */
public record ColumnMapping(String header, ImportField field, DatePattern datePattern, Map<String, String> values) {

	public ColumnMapping {
		values = (values != null) ? Map.copyOf(values) : Map.of();
	}

	public static ColumnMapping ignore(String header) {
		return new ColumnMapping(header, ImportField.IGNORE, null, Map.of());
	}

	/** Reads "True=CHURNED, False=" as a value translation (case-insensitive keys). */
	public static Map<String, String> parseValues(String text) {
		Map<String, String> values = new LinkedHashMap<>();
		if (text == null || text.isBlank()) {
			return values;
		}
		for (String pair : text.split("[,;\\n]")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				values.put(pair.substring(0, eq).strip().toLowerCase(), pair.substring(eq + 1).strip());
			}
		}
		return values;
	}

	public String valuesAsText() {
		return this.values.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + e.getValue())
			.sorted()
			.collect(Collectors.joining(", "));
	}

}
