package io.signalroom.insight.record;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.signalroom.insight.InsightCategory;
import io.signalroom.insight.InsightStatus;
import io.signalroom.shared.RuleViolation;

/**
 * What the facilitator agreed on for an insight: the statement, its category and status,
 * how the team will test it, its tags and the signal types it concerns.
 */
record InsightContent(String statement, InsightCategory category, InsightStatus status, String testPlan,
		List<String> tags, Set<Long> signalTypeIds) {

	static final int MAX_STATEMENT = 500;

	static final int MAX_TEST_PLAN = 1000;

	static final int MAX_TAGS = 10;

	static final int MAX_TAG = 40;

	/**
	 * Statement and test plan stripped, status defaulting to hypothesis, tags as
	 * {@link #tags(String)} reads them; refuses what the rules do not allow.
	 */
	static InsightContent of(String statement, InsightCategory category, InsightStatus status, String testPlan,
			String tags, Set<Long> signalTypeIds) {
		String s = (statement != null) ? statement.strip() : "";
		if (s.isEmpty()) {
			throw new RuleViolation("statement", "insight.statementRequired", MAX_STATEMENT);
		}
		if (s.length() > MAX_STATEMENT) {
			throw new RuleViolation("statement", "insight.statementTooLong", MAX_STATEMENT, s.length());
		}
		if (category == null) {
			throw new RuleViolation("category", "insight.categoryRequired");
		}
		String plan = (testPlan != null && !testPlan.isBlank()) ? testPlan.strip() : null;
		if (plan != null && plan.length() > MAX_TEST_PLAN) {
			throw new RuleViolation("testPlan", "insight.testPlanTooLong", MAX_TEST_PLAN, plan.length());
		}
		return new InsightContent(s, category, (status != null) ? status : InsightStatus.HYPOTHESIS, plan, tags(tags),
				(signalTypeIds != null) ? Set.copyOf(signalTypeIds) : Set.of());
	}

	/**
	 * Comma-separated tags, trimmed, lower-case, inner spaces collapsed, duplicates and
	 * empty ones dropped; at most {@value #MAX_TAGS} of at most {@value #MAX_TAG}
	 * characters.
	 */
	static List<String> tags(String typed) {
		Set<String> tags = new LinkedHashSet<>();
		if (typed != null) {
			for (String part : typed.split(",")) {
				String tag = part.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
				if (tag.length() > MAX_TAG) {
					throw new RuleViolation("tags", "insight.tagTooLong", MAX_TAG, tag);
				}
				if (!tag.isEmpty()) {
					tags.add(tag);
				}
			}
		}
		if (tags.size() > MAX_TAGS) {
			throw new RuleViolation("tags", "insight.tooManyTags", MAX_TAGS, tags.size());
		}
		return new ArrayList<>(tags);
	}

}
