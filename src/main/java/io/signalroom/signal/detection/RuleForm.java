package io.signalroom.signal.detection;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.signalroom.customer.EventType;

import org.springframework.validation.Errors;

/**
 * The detection rule form: up to {@value #ROWS} conditions joined with AND.
 */
public record RuleForm(List<ConditionForm> conditions) {

	static final int ROWS = 3;

	static final int MAX_DAYS = 730;

	public RuleForm {
		conditions = (conditions != null) ? new ArrayList<>(conditions) : new ArrayList<>();
		while (conditions.size() < ROWS) {
			conditions.add(ConditionForm.empty());
		}
	}

	static RuleForm of(DetectionRule rule) {
		List<ConditionForm> rows = new ArrayList<>();
		if (rule != null) {
			rule.conditions().forEach((c) -> rows.add(ConditionForm.of(c)));
		}
		return new RuleForm(rows);
	}

	/**
	 * The rule this form describes, or null when it breaks a rule; each problem is put on
	 * {@code errors} beside its field.
	 */
	public DetectionRule toRule(Errors errors) {
		List<RuleCondition> result = new ArrayList<>();
		for (int i = 0; i < this.conditions.size(); i++) {
			ConditionForm row = this.conditions.get(i);
			if (row.kind() == null || row.kind().isBlank()) {
				continue;
			}
			RuleCondition condition = toCondition(row, "conditions[" + i + "].", errors);
			if (condition != null) {
				result.add(condition);
			}
		}
		boolean anyRow = this.conditions.stream().anyMatch((r) -> r.kind() != null && !r.kind().isBlank());
		if (!anyRow) {
			errors.reject("rule.empty");
		}
		return errors.hasErrors() ? null : new DetectionRule(result);
	}

	private static RuleCondition toCondition(ConditionForm row, String prefix, Errors errors) {
		int before = errors.getErrorCount();
		ConditionKind kind;
		try {
			kind = ConditionKind.valueOf(row.kind());
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue(prefix + "kind", "rule.unknownKind");
			return null;
		}
		Set<EventType> types = EnumSet.noneOf(EventType.class);
		for (String name : row.types()) {
			try {
				types.add(EventType.valueOf(name));
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue(prefix + "types", "rule.unknownType", new Object[] { name }, null);
			}
		}
		if (row.types().isEmpty()) {
			errors.rejectValue(prefix + "types", "rule.noTypes");
		}
		int days = (row.days() != null) ? row.days() : 0;
		if (days == 0 && kind == ConditionKind.THRESHOLD) {
			errors.rejectValue(prefix + "days", "rule.windowZero");
		}
		else if (days < 1 || days > MAX_DAYS) {
			errors.rejectValue(prefix + "days", "rule.daysRange", new Object[] { MAX_DAYS }, null);
		}
		int count = (row.count() != null) ? row.count() : -1;
		if (kind == ConditionKind.THRESHOLD && count < 1) {
			errors.rejectValue(prefix + "count", "rule.countBelowOne");
		}
		if (kind == ConditionKind.DROP && (count < 0 || count > 99)) {
			errors.rejectValue(prefix + "count", "rule.percentRange");
		}
		if (errors.getErrorCount() > before) {
			return null;
		}
		return new RuleCondition(kind, types, (kind == ConditionKind.ABSENCE) ? 0 : count, days);
	}

}
