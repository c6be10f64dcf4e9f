package io.signalroom.browser;

import io.signalroom.browser.support.Accessibility;
import io.signalroom.browser.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The checks every browser test runs on its pages do catch what they are for.
 */
class PageChecksBrowserTests extends BrowserTest {

	@Test
	void aFieldWithoutALabelFailsTheAccessibilityCheck() {
		this.browser.open("/login");
		this.browser
			.script("document.querySelector('main').insertAdjacentHTML('beforeend', '<input id=\"unlabelled\">')");
		assertThatThrownBy(() -> Accessibility.assertNoViolations(this.browser.driver())).hasMessageContaining("label")
			.hasMessageContaining("#unlabelled");
	}

	@Test
	void anInlineScriptBlockedByTheContentSecurityPolicyFailsTheConsoleCheck() {
		this.browser.open("/login");
		this.browser.script("""
				const s = document.createElement('script');
				s.textContent = 'window.inlineRan = true';
				document.body.appendChild(s);""");
		assertThatThrownBy(() -> this.browser.assertNoConsoleErrors(0)).hasMessageContaining("Content Security Policy");
	}

	@Test
	void anErrorStatusOfThePageIsLetThroughOnlyWhenTheTestExpectsIt() {
		this.browser.login("support@demo.test", DemoRolesBrowserTests.PASSWORD);
		this.browser.open("/no-such-page");
		assertThatThrownBy(() -> this.browser.assertNoConsoleErrors(0)).hasMessageContaining("status of 404");
		this.browser.open("/no-such-page");
		assertThatCode(() -> this.browser.assertNoConsoleErrors(404)).doesNotThrowAnyException();
	}

}
