package io.signalroom.browser;

import io.signalroom.browser.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

import static io.signalroom.browser.support.Browser.byTestId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each demo login sees its role and its own first steps, and only the admin gets to the
 * members page.
 */
class DemoRolesBrowserTests extends BrowserTest {

	static final String PASSWORD = "practice-signals";

	@ParameterizedTest(name = "{0} sees {1}")
	@CsvSource(delimiter = '|', textBlock = """
			admin@demo.test       | Admin       | Invite your team: sales, marketing
			manager@demo.test     | Manager     | Check below that every department that talks to customers
			facilitator@demo.test | Facilitator | Pick one focus for your next session
			sales@demo.test       | Participant | Check your display name, so others know who logged what
			""")
	void eachDemoRoleSeesItsBadgeAndNextStepsAndOnlyTheAdminManagesMembers(String email, String role,
			String firstStep) {
		String name = role.toLowerCase();
		this.browser.open("/login");
		this.browser.assertPageIsClean();
		this.browser.login(email, PASSWORD);

		assertThat(this.browser.path()).as("lands on the home page").matches("/(\\?continue)?");
		assertThat(this.browser.title()).isEqualTo("Home · SignalRoom");
		assertThat(this.browser.testId("profile-link").findElement(By.cssSelector(".badge")).getText()).isEqualTo(role);
		assertThat(this.browser.mainText()).contains("You are " + role + " in ").contains(" at Demo: Northwind Cloud.");
		var steps = this.browser.testId("next-steps");
		assertThat(steps.getText()).contains("What to do next");
		assertThat(steps.findElements(By.tagName("li"))).isNotEmpty()
			.first()
			.satisfies((li) -> assertThat(li.getText()).startsWith(firstStep));
		assertThat(this.browser.testId("workspace-menu").getText()).contains("Demo: Northwind Cloud");
		boolean admin = role.equals("Admin");
		assertThat(this.browser.findAll(By.xpath("//nav//a[normalize-space()='Members']")))
			.as("Members link in the navbar")
			.hasSize(admin ? 1 : 0);
		boolean manages = admin || role.equals("Manager");
		assertThat(this.browser.findAll(By.cssSelector("nav a[href='/dashboard']"))).as("Dashboard link in the navbar")
			.hasSize(manages ? 1 : 0);
		assertThat(this.browser.navText()).contains("Insights", "Actions", "Practice");
		assertThat(this.browser.findAll(By.cssSelector("nav a[href='/playbook'], nav a[href='/wins']"))).hasSize(2);
		this.browser.screenshot("role-" + name + "-home");
		this.browser.assertPageIsClean();

		this.browser.open("/members");
		if (admin) {
			assertThat(this.browser.title()).isEqualTo("Members · SignalRoom");
			assertThat(this.browser.mainText()).contains("sales@demo.test", "Invite someone");
			this.browser.assertPageIsClean();
		}
		else {
			assertThat(this.browser.title()).isEqualTo("Not allowed · SignalRoom");
			assertThat(this.browser.mainText())
				.contains("Your role in this workspace does not open this page. Ask an admin if you need it.");
			assertThat(this.browser.find(By.linkText("Back to the start page")).getAttribute("href"))
				.isEqualTo(this.browser.url("/"));
			this.browser.screenshot("role-" + name + "-members-403");
			this.browser.assertPageIsClean(403);
		}

		this.browser.open("/profile");
		assertThat(this.browser.title()).isEqualTo("Your profile · SignalRoom");
		assertThat(this.browser.mainText()).contains("Signed in as " + email + ".");
		assertThat(this.browser.find(By.id("displayName")).getAttribute("value")).isNotBlank();
		this.browser.screenshot("role-" + name + "-profile");
		this.browser.assertPageIsClean();

		this.browser.logout();
		assertThat(this.browser.path()).isEqualTo("/login?logout");
		assertThat(this.browser.mainText()).contains("You are signed out.");
		assertThat(this.browser.findAll(byTestId("workspace-menu"))).isEmpty();
		this.browser.assertPageIsClean();
	}

	@Test
	void anUnknownAddressShowsTheFriendlyNotFoundPage() {
		this.browser.login("facilitator@demo.test", PASSWORD);
		this.browser.open("/no-such-page");
		assertThat(this.browser.title()).isEqualTo("Not found · SignalRoom");
		assertThat(this.browser.mainText()).contains("There is nothing here in your current workspace.");
		this.browser.screenshot("not-found");
		this.browser.assertPageIsClean(404);
	}

}
