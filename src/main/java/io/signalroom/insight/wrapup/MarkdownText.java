package io.signalroom.insight.wrapup;

/**
 * Makes user text safe to put into Markdown: one line, with every character that could
 * start emphasis, a link, an HTML tag, a heading or a table cell shown as itself.
 */
final class MarkdownText {

	private static final String SPECIAL = "\\`*_{}[]()<>#+-.!|~&";

	private MarkdownText() {
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		String oneLine = text.strip().replaceAll("\\s+", " ");
		StringBuilder out = new StringBuilder(oneLine.length() + 16);
		for (char c : oneLine.toCharArray()) {
			if (SPECIAL.indexOf(c) >= 0) {
				out.append('\\');
			}
			out.append(c);
		}
		return out.toString();
	}

}
