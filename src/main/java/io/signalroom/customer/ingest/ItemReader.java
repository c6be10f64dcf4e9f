package io.signalroom.customer.ingest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the fields of one JSON item, noting every problem instead of stopping at the
 * first, so a client can fix a whole batch at once. Null and blank values count as
 * absent.
 */
class ItemReader {

	private final JsonNode item;

	private final int index;

	private final List<ItemError> errors;

	private final JsonMapper json;

	ItemReader(JsonNode item, int index, List<ItemError> errors, JsonMapper json) {
		this.item = item;
		this.index = index;
		this.errors = errors;
		this.json = json;
	}

	/** Refuses fields the item type does not have, so a misspelt field is not lost. */
	void allowOnly(Set<String> fields, String itemType) {
		for (String name : this.item.propertyNames()) {
			if (!fields.contains(name)) {
				reject(name, "api.reason.unknownField", itemType);
			}
		}
	}

	String requiredText(String field, int maxLength) {
		String value = text(field, maxLength);
		if (value == null && present(field) == null) {
			reject(field, "api.reason.required");
		}
		return value;
	}

	String text(String field, int maxLength) {
		JsonNode node = present(field);
		if (node == null) {
			return null;
		}
		if (!node.isString()) {
			return reject(field, "api.reason.notText");
		}
		String value = node.stringValue().strip();
		if (value.length() > maxLength) {
			return reject(field, "api.reason.tooLong", maxLength);
		}
		return value;
	}

	String email(String field, int maxLength) {
		String value = text(field, maxLength);
		if (value != null && !value.matches("[^@\\s]+@[^@\\s]+")) {
			return reject(field, "api.reason.notEmail");
		}
		return value;
	}

	<E extends Enum<E>> E requiredChoice(String field, Class<E> type) {
		E value = choice(field, type);
		if (value == null && present(field) == null) {
			reject(field, "api.reason.required");
		}
		return value;
	}

	<E extends Enum<E>> E choice(String field, Class<E> type) {
		JsonNode node = present(field);
		if (node == null) {
			return null;
		}
		String name = node.isString() ? node.stringValue().strip() : "";
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(name)) {
				return constant;
			}
		}
		String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
		return reject(field, "api.reason.notOneOf", allowed);
	}

	/**
	 * A number (or numeric string) that fits a {@code numeric(precision, scale)} column.
	 */
	BigDecimal decimal(String field, int precision, int scale) {
		JsonNode node = present(field);
		if (node == null) {
			return null;
		}
		BigDecimal value;
		try {
			value = node.isNumber() ? node.decimalValue()
					: (node.isString() ? new BigDecimal(node.stringValue().strip()) : null);
		}
		catch (NumberFormatException ex) {
			value = null;
		}
		if (value == null) {
			return reject(field, "api.reason.notNumber");
		}
		value = value.stripTrailingZeros();
		int integerDigits = Math.max(value.precision() - value.scale(), 0);
		if (value.scale() > scale || integerDigits > precision - scale) {
			return reject(field, "api.reason.numberOutOfRange", precision - scale, scale);
		}
		return value;
	}

	Instant requiredTimestamp(String field) {
		JsonNode node = present(field);
		if (node == null) {
			return reject(field, "api.reason.required");
		}
		try {
			return OffsetDateTime.parse(node.isString() ? node.stringValue().strip() : "").toInstant();
		}
		catch (DateTimeParseException ex) {
			return reject(field, "api.reason.notTimestamp");
		}
	}

	LocalDate date(String field) {
		JsonNode node = present(field);
		if (node == null) {
			return null;
		}
		try {
			return LocalDate.parse(node.isString() ? node.stringValue().strip() : "");
		}
		catch (DateTimeParseException ex) {
			return reject(field, "api.reason.notDate");
		}
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> attributes(String field) {
		JsonNode node = present(field);
		if (node == null) {
			return null;
		}
		if (!node.isObject()) {
			return reject(field, "api.reason.notObject");
		}
		return this.json.convertValue(node, Map.class);
	}

	/** The field's value, or null when it is missing, JSON null or a blank string. */
	private JsonNode present(String field) {
		JsonNode node = this.item.get(field);
		if (node == null || node.isNull() || (node.isString() && node.stringValue().isBlank())) {
			return null;
		}
		return node;
	}

	private <T> T reject(String field, String reasonKey, Object... arguments) {
		this.errors.add(new ItemError(this.index, field, reasonKey, arguments));
		return null;
	}

}
