package io.signalroom.insight.wrapup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTextTests {

	@Test
	void charactersThatWouldFormatOrLinkAreShownAsThemselves() {
		assertThat(MarkdownText.escape("*bold* _it_ [x](y) <b> # | ~ ` !"))
			.isEqualTo("\\*bold\\* \\_it\\_ \\[x\\]\\(y\\) \\<b\\> \\# \\| \\~ \\` \\!");
	}

	@Test
	void lineBreaksBecomeSpacesSoTextStaysInItsTableCellOrListItem() {
		assertThat(MarkdownText.escape("first\n\n# not a heading\r\n- nor a list"))
			.isEqualTo("first \\# not a heading \\- nor a list");
	}

	@Test
	void plainWordsAndNullAreLeftAlone() {
		assertThat(MarkdownText.escape("Call Acme today")).isEqualTo("Call Acme today");
		assertThat(MarkdownText.escape(null)).isEmpty();
	}

}
