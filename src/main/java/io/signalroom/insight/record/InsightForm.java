package io.signalroom.insight.record;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.signalroom.insight.InsightCategory;
import io.signalroom.insight.InsightStatus;
import io.signalroom.shared.RuleViolation;

/**
 * The insight form of the run page, as typed: every field a string, so a tampered value
 * gets a message beside its field instead of an error page. {@code interpretationIds} are
 * the evidence the draft was made from (hidden fields); {@code sourceKey} and
 * {@code sourceName} only say where the draft came from.
 */
record InsightForm(String sourceKey, String sourceName, List<String> interpretationIds, String statement,
		String category, String status, String testPlan, String tags, List<String> signalTypeIds) {

	static InsightForm of(InsightDraft draft) {
		return new InsightForm(draft.sourceKey(), draft.sourceName(),
				draft.interpretationIds().stream().map(String::valueOf).toList(), draft.statement(), "",
				InsightStatus.HYPOTHESIS.name(), "", "",
				new ArrayList<>(draft.signalTypeIds().stream().map(String::valueOf).toList()));
	}

	InsightContent content() {
		return InsightContent.of(this.statement, parsedCategory(), parsedStatus(), this.testPlan, this.tags,
				ids(this.signalTypeIds, "signalTypeIds", "insight.unknownSignalType"));
	}

	/** The evidence ids; refuses one that is not a number. */
	List<Long> evidenceIds() {
		return new ArrayList<>(ids(this.interpretationIds, "interpretationIds", "insight.evidenceNotInSession"));
	}

	/** The evidence ids that are numbers, for showing the form again. */
	List<Long> readableEvidenceIds() {
		List<Long> ids = new ArrayList<>();
		if (this.interpretationIds != null) {
			for (String id : this.interpretationIds) {
				try {
					ids.add(Long.parseLong(id.strip()));
				}
				catch (RuntimeException notANumber) {
					// left out; the message says so
				}
			}
		}
		return ids;
	}

	private InsightCategory parsedCategory() {
		if (this.category == null || this.category.isBlank()) {
			return null;
		}
		try {
			return InsightCategory.valueOf(this.category);
		}
		catch (IllegalArgumentException unknown) {
			throw new RuleViolation("category", "insight.categoryUnknown");
		}
	}

	private InsightStatus parsedStatus() {
		if (this.status == null || this.status.isBlank()) {
			return InsightStatus.HYPOTHESIS;
		}
		try {
			return InsightStatus.valueOf(this.status);
		}
		catch (IllegalArgumentException unknown) {
			throw new RuleViolation("status", "insight.statusUnknown");
		}
	}

	private static Set<Long> ids(List<String> typed, String field, String messageKey) {
		Set<Long> ids = new LinkedHashSet<>();
		if (typed != null) {
			for (String id : typed) {
				try {
					ids.add(Long.parseLong(id.strip()));
				}
				catch (RuntimeException notANumber) {
					throw new RuleViolation(field, messageKey);
				}
			}
		}
		return ids;
	}

}
