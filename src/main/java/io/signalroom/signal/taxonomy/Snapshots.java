package io.signalroom.signal.taxonomy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import io.signalroom.signal.detection.RuleWording;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Every field of a signal type as words, keyed by the field's label key, so two versions
 * can be compared field by field (revision diffs and edit conflicts).
 */
@Component
class Snapshots {

	private final MessageSource messages;

	private final RuleWording wording;

	Snapshots(MessageSource messages, RuleWording wording) {
		this.messages = messages;
		this.wording = wording;
	}

	Map<String, String> of(SignalType type) {
		Map<String, String> snapshot = of(type.content());
		snapshot.put("signal.field.rule", this.wording.describe(type.rule(), Locale.ENGLISH));
		snapshot.put("signal.field.status", type.isRetired() ? "retired" : "active");
		return snapshot;
	}

	Map<String, String> of(SignalTypeContent c) {
		Map<String, String> s = new LinkedHashMap<>();
		s.put("signal.field.name", c.name());
		s.put("signal.field.category", word(c.category().messageKey()));
		s.put("signal.field.nature", word(c.nature().messageKey()));
		s.put("signal.field.definition", c.definition());
		s.put("signal.field.interpretation", Objects.toString(c.interpretation(), ""));
		s.put("signal.field.recommendedResponse", Objects.toString(c.recommendedResponse(), ""));
		s.put("signal.field.notifyDepartments",
				c.notifyDepartments().stream().map((d) -> word(d.messageKey())).collect(Collectors.joining(", ")));
		s.put("signal.field.defaultSentiment", word(c.defaultSentiment().messageKey()));
		s.put("signal.field.urgency", String.valueOf(c.urgency()));
		s.put("signal.field.examples", Objects.toString(c.examples(), ""));
		s.put("signal.field.ownerDepartment",
				(c.ownerDepartment() != null) ? word(c.ownerDepartment().messageKey()) : "");
		s.put("signal.field.nextReviewOn", Objects.toString(c.nextReviewOn(), ""));
		return s;
	}

	static List<FieldChange> diff(Map<String, String> before, Map<String, String> after) {
		List<FieldChange> changes = new ArrayList<>();
		for (Map.Entry<String, String> field : after.entrySet()) {
			String old = before.getOrDefault(field.getKey(), "");
			if (!Objects.equals(old, field.getValue())) {
				changes.add(new FieldChange(field.getKey(), old, field.getValue()));
			}
		}
		return changes;
	}

	private String word(String key) {
		return this.messages.getMessage(key, null, key, Locale.ENGLISH);
	}

}
