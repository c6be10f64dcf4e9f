package io.signalroom.signal.detection;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import io.signalroom.customer.EventType;

/**
 * One condition of a detection rule. {@code count} is N for a threshold and X (the
 * percentage) for a drop; {@code days} is the window W, the absence D or the period
 * length of a drop.
 */
public record RuleCondition(ConditionKind kind, Set<EventType> types, int count, int days) {

	public RuleCondition {
		types = types.isEmpty() ? EnumSet.noneOf(EventType.class) : EnumSet.copyOf(types);
	}

	public static RuleCondition threshold(int atLeast, int withinDays, EventType... types) {
		return new RuleCondition(ConditionKind.THRESHOLD, Set.of(types), atLeast, withinDays);
	}

	public static RuleCondition absence(int days, EventType... types) {
		return new RuleCondition(ConditionKind.ABSENCE, Set.of(types), 0, days);
	}

	public static RuleCondition drop(int atMostPercent, int periodDays, EventType... types) {
		return new RuleCondition(ConditionKind.DROP, Set.of(types), atMostPercent, periodDays);
	}

	String encode() {
		return this.kind + ":" + this.types.stream().map(Enum::name).collect(Collectors.joining("+")) + ":" + this.count
				+ ":" + this.days;
	}

	static RuleCondition decode(String text) {
		String[] parts = text.split(":");
		Set<EventType> types = Arrays.stream(parts[1].split("\\+"))
			.filter((t) -> !t.isBlank())
			.map(EventType::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(EventType.class)));
		return new RuleCondition(ConditionKind.valueOf(parts[0]), types, Integer.parseInt(parts[2]),
				Integer.parseInt(parts[3]));
	}

}
