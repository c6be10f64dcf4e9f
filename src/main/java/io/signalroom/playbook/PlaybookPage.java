package io.signalroom.playbook;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.signalroom.insight.InsightCategory;
import io.signalroom.insight.InsightDirectory.ValidatedInsight;
import io.signalroom.signal.SignalCategory;
import io.signalroom.signal.SignalTypeSummary;

/**
 * The playbook as one printable page: the signal library by category with each type's
 * follow-up template, the validated insights by category, the free-standing templates and
 * the latest changes.
 */
record PlaybookPage(List<CategorySection> signals, Map<InsightCategory, List<ValidatedInsight>> insights,
		List<TemplateView> freeTemplates, List<ChangeLine> changes) {

	public boolean isEmpty() {
		return this.signals.isEmpty() && this.insights.isEmpty() && this.freeTemplates.isEmpty();
	}

	record CategorySection(SignalCategory category, List<SignalSection> types) {

	}

	/** A signal type and its follow-up template, if it has one. */
	record SignalSection(SignalTypeSummary type, TemplateView template) {

	}

	/** A template with its Markdown already rendered to safe HTML. */
	record TemplateView(long id, String title, String html, Long signalTypeId, String updatedBy, Instant updatedAt) {

	}

	/**
	 * One changelog line; {@code sessionFocus} is null when the change came from no
	 * session or from one the reader may not see.
	 */
	record ChangeLine(ChangeKind kind, String subject, Long insightId, Long sessionId, String sessionFocus,
			String changedBy, Instant changedAt) {

	}

}
