package io.signalroom.insight.wrapup;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.signalroom.insight.action.ActionView;
import io.signalroom.insight.action.SessionInsights.InsightLine;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a session summary as Markdown for pasting into a wiki or a chat. Labels come
 * from the messages; everything a person typed is escaped.
 */
@Component
class SummaryMarkdown {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final MessageSource messages;

	SummaryMarkdown(MessageSource messages) {
		this.messages = messages;
	}

	String write(SessionSummary summary, Locale locale) {
		Labels l = new Labels(this.messages, locale);
		StringBuilder md = new StringBuilder();
		md.append("# ").append(l.get("wrapup.md.title", MarkdownText.escape(summary.session().focus()))).append("\n\n");
		md.append(l.get("wrapup.md.meta", WHEN.format(summary.session().endedAt()),
				l.get(summary.session().learningGoal().messageKey()), MarkdownText.escape(summary.facilitatorName())))
			.append("\n\n");
		if (summary.session().objective() != null) {
			md.append("**")
				.append(l.get("wrapup.objective"))
				.append(":** ")
				.append(MarkdownText.escape(summary.session().objective()))
				.append("\n\n");
		}
		attendance(md, summary, l);
		agenda(md, summary, l);
		contributions(md, summary, l);
		insights(md, summary, l);
		actions(md, summary, l);
		return md.toString();
	}

	private static void attendance(StringBuilder md, SessionSummary summary, Labels l) {
		md.append("## ").append(l.get("wrapup.attendance")).append("\n\n");
		md.append("| ")
			.append(l.get("wrapup.col.department"))
			.append(" | ")
			.append(l.get("wrapup.col.people"))
			.append(" | ")
			.append(l.get("wrapup.col.contributed"))
			.append(" |\n|---|---:|---:|\n");
		summary.attendance()
			.forEach((a) -> md.append("| ")
				.append(l.get(a.department().messageKey()))
				.append(" | ")
				.append(a.people())
				.append(" | ")
				.append(a.contributed())
				.append(" |\n"));
		md.append('\n');
	}

	private static void agenda(StringBuilder md, SessionSummary summary, Labels l) {
		md.append("## ").append(l.get("wrapup.agenda")).append("\n\n");
		md.append("| # | ")
			.append(l.get("wrapup.col.item"))
			.append(" | ")
			.append(l.get("wrapup.col.planned"))
			.append(" | ")
			.append(l.get("wrapup.col.added"))
			.append(" | ")
			.append(l.get("wrapup.col.actual"))
			.append(" | ")
			.append(l.get("wrapup.col.difference"))
			.append(" |\n|---:|---|---:|---:|---:|---:|\n");
		summary.agenda()
			.forEach((t) -> md.append("| ")
				.append(t.position())
				.append(" | ")
				.append(MarkdownText.escape(t.title()))
				.append(" | ")
				.append(t.plannedMinutes())
				.append(" | ")
				.append(t.extraMinutes())
				.append(" | ")
				.append((t.actualMinutes() != null) ? t.actualMinutes() : "—")
				.append(" | ")
				.append((t.difference() != null) ? signed(t.difference()) : "—")
				.append(" |\n"));
		md.append("| | **")
			.append(l.get("wrapup.total"))
			.append("** | ")
			.append(summary.plannedTotal())
			.append(" | | ")
			.append(summary.actualTotal())
			.append(" | ")
			.append(signed(summary.actualTotal() - summary.plannedTotal()))
			.append(" |\n\n");
	}

	private static void contributions(StringBuilder md, SessionSummary summary, Labels l) {
		md.append("## ").append(l.get("wrapup.contributions")).append("\n\n");
		md.append(l.get("wrapup.interpretations", summary.interpretationCount())).append("\n\n");
		md.append("| ")
			.append(l.get("wrapup.col.person"))
			.append(" | ")
			.append(l.get("wrapup.col.department"))
			.append(" | ")
			.append(l.get("wrapup.col.entries"))
			.append(" | ")
			.append(l.get("wrapup.col.share"))
			.append(" |\n|---|---|---:|---:|\n");
		summary.contributions()
			.forEach((c) -> md.append("| ")
				.append(MarkdownText.escape(c.name()))
				.append(" | ")
				.append((c.department() != null) ? l.get(c.department().messageKey()) : "—")
				.append(" | ")
				.append(c.entries())
				.append(" | ")
				.append(c.percent())
				.append(" % |\n"));
		md.append('\n');
	}

	private static void insights(StringBuilder md, SessionSummary summary, Labels l) {
		md.append("## ").append(l.get("wrapup.insights")).append("\n\n");
		if (summary.insights().isEmpty()) {
			md.append(l.get("wrapup.noInsights")).append("\n\n");
			return;
		}
		for (InsightLine i : summary.insights()) {
			md.append("- ")
				.append(MarkdownText.escape(i.statement()))
				.append(" (")
				.append(l.get("wrapup.insightStatus." + i.status().name()))
				.append(")\n");
		}
		md.append('\n');
	}

	private static void actions(StringBuilder md, SessionSummary summary, Labels l) {
		md.append("## ").append(l.get("wrapup.actions")).append("\n\n");
		if (summary.actions().isEmpty()) {
			md.append(l.get("wrapup.noActions")).append("\n");
			return;
		}
		for (ActionView a : summary.actions()) {
			md.append(a.isOpen() ? "- [ ] " : "- [x] ")
				.append(MarkdownText.escape(a.title()))
				.append(" — ")
				.append(MarkdownText.escape(a.ownerName()));
			if (a.dueOn() != null) {
				md.append(", ").append(l.get("action.due", a.dueOn().toString()));
			}
			md.append(" (").append(l.get(a.status().messageKey()));
			if (a.overdue()) {
				md.append(", ").append(l.get("action.overdue"));
			}
			md.append(')');
			if (a.outcomeNote() != null) {
				md.append(": ").append(MarkdownText.escape(a.outcomeNote()));
			}
			md.append('\n');
		}
	}

	private static String signed(int minutes) {
		return (minutes > 0) ? "+" + minutes : String.valueOf(minutes);
	}

	private record Labels(MessageSource messages, Locale locale) {

		String get(String key, Object... args) {
			return this.messages.getMessage(key, args, this.locale);
		}

	}

}
