package io.signalroom.signal.detection;

import java.util.List;

/**
 * One row of the rule form. Event types arrive as text so that an unknown one can be
 * named in the error; an empty kind means the row is unused.
 */
public record ConditionForm(String kind, List<String> types, Integer count, Integer days) {

	public ConditionForm {
		types = (types != null) ? types : List.of();
	}

	static ConditionForm empty() {
		return new ConditionForm("", List.of(), null, null);
	}

	static ConditionForm of(RuleCondition condition) {
		return new ConditionForm(condition.kind().name(), condition.types().stream().map(Enum::name).toList(),
				condition.count(), condition.days());
	}

}
