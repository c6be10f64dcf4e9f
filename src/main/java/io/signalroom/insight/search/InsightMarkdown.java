package io.signalroom.insight.search;

import java.io.PrintWriter;
import java.io.Writer;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * An export as a Markdown document: what was searched, then one section per insight. User
 * text is escaped so it reads as typed (no links, emphasis or HTML of its own).
 */
final class InsightMarkdown {

	private final MessageSource messages;

	private final Locale locale;

	InsightMarkdown(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	void write(InsightExport export, Writer target) {
		PrintWriter out = new PrintWriter(target);
		out.println("# " + msg("repository.title"));
		out.println();
		List<String> filters = export.filters();
		out.println(filters.isEmpty() ? msg("repository.md.everything")
				: msg("repository.md.search") + " " + escape(String.join(" · ", filters)));
		out.println();
		out.println(msg("repository.md.exported", export.day(), export.rows().size()));
		if (export.capped()) {
			out.println();
			out.println(msg("repository.exportCapped", InsightExports.MAX_ROWS));
		}
		if (export.rows().isEmpty()) {
			out.println();
			out.println(msg("repository.md.none"));
		}
		int n = 0;
		for (ExportRow row : export.rows()) {
			out.println();
			out.println("## " + (++n) + ". " + escape(row.statement()));
			out.println();
			line(out, "repository.md.category", row.category() + " · " + row.status());
			line(out, "repository.md.created", row.createdAt().atZone(ZoneOffset.UTC).toLocalDate().toString());
			line(out, "repository.facet.department", String.join(", ", row.departments()));
			line(out, "repository.facet.signalType", String.join(", ", row.signalTypes()));
			line(out, "repository.facet.segment", String.join(", ", row.segments()));
			line(out, "repository.facet.tag", String.join(", ", row.tags()));
			line(out, "repository.facet.session", row.session());
			line(out, "repository.md.testPlan", row.testPlan());
			out.println("- " + msg("repository.md.link") + ": /insights/" + row.id());
		}
		out.flush();
	}

	private void line(PrintWriter out, String key, String value) {
		if (value != null && !value.isBlank()) {
			out.println("- " + msg(key) + ": " + escape(value));
		}
	}

	/**
	 * Backslash before every character Markdown could read as inline syntax; one line.
	 * User text never starts a line, so block syntax (headings, lists) cannot begin.
	 */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder();
		for (char c : text.replaceAll("\\s+", " ").toCharArray()) {
			if ("\\`*_[]<>|~!&".indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

	private String msg(String key, Object... args) {
		return this.messages.getMessage(key, args, this.locale);
	}

}
