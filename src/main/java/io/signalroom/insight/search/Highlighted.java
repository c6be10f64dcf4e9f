package io.signalroom.insight.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Text with the search words marked, as parts a template prints with {@code th:text} (so
 * every character of user text is escaped) and wraps in {@code <mark>} where they match.
 * PostgreSQL marks matches with two private-use characters that cannot reach it from
 * users.
 */
public record Highlighted(List<Part> parts) {

	static final String START = "\uE000";

	static final String STOP = "\uE001";

	static final String OPTIONS = "StartSel=" + START + ", StopSel=" + STOP;

	public static Highlighted parse(String marked) {
		List<Part> parts = new ArrayList<>();
		if (marked == null) {
			return new Highlighted(parts);
		}
		int at = 0;
		while (at < marked.length()) {
			int start = marked.indexOf(START, at);
			if (start < 0) {
				add(parts, marked.substring(at), false);
				break;
			}
			add(parts, marked.substring(at, start), false);
			int stop = marked.indexOf(STOP, start);
			int end = (stop < 0) ? marked.length() : stop;
			add(parts, marked.substring(start + 1, end), true);
			at = (stop < 0) ? marked.length() : stop + 1;
		}
		return new Highlighted(parts);
	}

	private static void add(List<Part> parts, String text, boolean match) {
		String clean = text.replace(STOP, "");
		if (!clean.isEmpty()) {
			parts.add(new Part(clean, match));
		}
	}

	public boolean isEmpty() {
		return this.parts.isEmpty();
	}

	/** The text without marks, as exports and titles show it. */
	public String text() {
		StringBuilder text = new StringBuilder();
		this.parts.forEach((part) -> text.append(part.text()));
		return text.toString();
	}

	public record Part(String text, boolean match) {

	}

}
