package io.signalroom.signal.detection;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How a signal type is recognised in timelines: all of its conditions must hold (AND).
 * Stored in one text column as {@code KIND:TYPE+TYPE:count:days} parts joined by
 * {@code ;}, readable in the database and in revisions.
 */
public record DetectionRule(List<RuleCondition> conditions) {

	public DetectionRule {
		conditions = List.copyOf(conditions);
	}

	public static DetectionRule of(RuleCondition... conditions) {
		return new DetectionRule(List.of(conditions));
	}

	public String encode() {
		return this.conditions.stream().map(RuleCondition::encode).collect(Collectors.joining(";"));
	}

	/** The rule in a stored text, or null for none. */
	public static DetectionRule decode(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return new DetectionRule(Arrays.stream(text.split(";")).map(RuleCondition::decode).toList());
	}

}
