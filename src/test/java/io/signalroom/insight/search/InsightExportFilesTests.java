package io.signalroom.insight.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InsightExportFilesTests {

	@Test
	void csvCellsThatASpreadsheetWouldRunAsFormulasAreDefused() {
		assertThat(InsightCsv.cell("=1+2")).isEqualTo("'=1+2");
		assertThat(InsightCsv.cell("+1")).isEqualTo("'+1");
		assertThat(InsightCsv.cell("-1")).isEqualTo("'-1");
		assertThat(InsightCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(InsightCsv.cell("Plain text - fine")).isEqualTo("Plain text - fine");
	}

	@Test
	void markdownEscapesInlineSyntaxAndKeepsOneLine() {
		assertThat(InsightMarkdown.escape("a *b* [c](d)\n<e> `f` | g_h"))
			.isEqualTo("a \\*b\\* \\[c\\](d) \\<e\\> \\`f\\` \\| g\\_h");
	}

}
