package io.signalroom.playbook;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import org.springframework.stereotype.Component;

/**
 * Turns a template's Markdown into HTML that is safe to put in a page: raw HTML in the
 * text comes out escaped, and links with a scripting scheme ({@code javascript:}) lose
 * their target.
 */
@Component
class MarkdownText {

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	String toHtml(String markdown) {
		return this.renderer.render(this.parser.parse(markdown));
	}

}
