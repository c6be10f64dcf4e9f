package io.signalroom.browser.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs axe-core (from its webjar) in the current page, limited to the rules about names,
 * labels, language and colour contrast, and fails with a readable list of what it found.
 */
public final class Accessibility {

	static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

	static final List<String> RULES = List.of("label", "color-contrast", "button-name", "link-name", "select-name",
			"document-title", "html-has-lang", "image-alt");

	private static final String RUN = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { runOnly: { type: 'rule', values: arguments[0] }, resultTypes: ['violations'] })
			  .then((results) => done(results.violations.map((v) => ({
			    id: v.id, impact: v.impact, help: v.help,
			    nodes: v.nodes.map((n) => n.target.join(' ') + ' :: ' + n.failureSummary.replace(/\\n/g, ' ')) }))))
			  .catch((error) => done([{ id: 'axe-error', impact: 'n/a', help: String(error), nodes: [] }]));
			""";

	private static String source;

	private Accessibility() {
	}

	/** Fails if the page breaks one of {@link #RULES}. */
	public static void assertNoViolations(WebDriver driver) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined'"))) {
			js.executeScript(axeSource());
		}
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript(RUN, RULES);
		assertThat(violations)
			.as(() -> "accessibility violations on " + driver.getCurrentUrl() + ":\n"
					+ violations.stream().map(Accessibility::describe).collect(Collectors.joining("\n")))
			.isEmpty();
	}

	private static String describe(Map<String, Object> violation) {
		@SuppressWarnings("unchecked")
		List<String> nodes = (List<String>) violation.get("nodes");
		return "  [" + violation.get("impact") + "] " + violation.get("id") + ": " + violation.get("help") + "\n"
				+ nodes.stream().map((node) -> "      - " + node).collect(Collectors.joining("\n"));
	}

	private static synchronized String axeSource() {
		if (source == null) {
			try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream(AXE)) {
				assertThat(in).as("axe-core webjar on the test classpath at " + AXE).isNotNull();
				source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return source;
	}

}
