package io.signalroom.browser;

import io.signalroom.browser.support.BrowserTest;
import io.signalroom.browser.support.Person;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static io.signalroom.browser.support.Browser.byTestId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone new signs up a workspace, invites a colleague who creates an account through
 * the link, and later starts a second workspace and switches between the two; and what
 * they see when they type something wrong on the way.
 */
class NewcomerBrowserTests extends BrowserTest {

	@Test
	void aNewAdminInvitesAFacilitatorWhoJoinsAndThenRunsTwoWorkspaces() {
		Person admin = Person.fresh("Alma");
		String firstWorkspace = Person.workspaceName("Acme Signals");
		signUp(admin, firstWorkspace);
		assertThat(this.browser.mainText()).contains("Your workspace is ready. Sign in to start.");
		assertThat(this.browser.find(By.id("email")).getAttribute("value")).isEqualTo(admin.email());
		this.browser.screenshot("newcomer-02-login-after-signup");
		this.browser.assertPageIsClean();

		this.browser.login(admin.email(), admin.password());
		assertThat(badge()).isEqualTo("Admin");
		assertThat(this.browser.mainText()).contains("Hello, " + admin.displayName(),
				"You are Admin in Sales at " + firstWorkspace + ".");
		this.browser.screenshot("newcomer-03-admin-home");
		this.browser.assertPageIsClean();

		Person invitee = Person.fresh("Ines");
		String link = invite(invitee, "Facilitator", "Marketing");
		assertThat(link).startsWith(this.browser.url("/invites/"));
		assertThat(this.browser.testId("invite-link-box").getText())
			.contains("Invite for " + invitee.email() + " created.");
		assertThat(this.browser.mainText()).contains("Open invites", invitee.email());
		this.browser.screenshot("newcomer-04-members-with-invite-link");
		this.browser.assertPageIsClean();
		this.browser.logout();

		acceptInvite(link, invitee, firstWorkspace);
		assertThat(this.browser.mainText()).contains("Your account is ready. Sign in to enter the workspace.");
		assertThat(this.browser.find(By.id("email")).getAttribute("value")).isEqualTo(invitee.email());
		this.browser.assertPageIsClean();

		this.browser.login(invitee.email(), invitee.password());
		assertThat(badge()).isEqualTo("Facilitator");
		assertThat(this.browser.mainText()).contains("You are Facilitator in Marketing at " + firstWorkspace + ".",
				"Pick one focus for your next session");
		assertThat(this.browser.findAll(By.xpath("//nav//a[normalize-space()='Members']"))).isEmpty();
		this.browser.screenshot("newcomer-06-invitee-home");
		this.browser.assertPageIsClean();
		this.browser.logout();

		this.browser.login(admin.email(), admin.password());
		this.browser.open("/workspaces");
		assertThat(this.browser.title()).isEqualTo("Your workspaces · SignalRoom");
		this.browser.assertPageIsClean();
		String secondWorkspace = Person.workspaceName("Beta Listening");
		this.browser.fill("name", secondWorkspace);
		this.browser.choose("department", "Product");
		this.browser.press("Create workspace");
		assertThat(this.browser.mainText()).contains("Workspace " + secondWorkspace + " created. You are its admin.",
				"You are Admin in Product at " + secondWorkspace + ".");
		assertThat(workspaceMenu()).isEqualTo(secondWorkspace);
		this.browser.assertPageIsClean();

		switchWorkspaceFromTheNavbar(firstWorkspace);
		assertThat(this.browser.mainText()).contains("You are now working in " + firstWorkspace + ".",
				"You are Admin in Sales at " + firstWorkspace + ".");
		assertThat(workspaceMenu()).isEqualTo(firstWorkspace);
		this.browser.assertPageIsClean();

		switchWorkspaceFromTheNavbar(secondWorkspace);
		assertThat(this.browser.mainText()).contains("You are now working in " + secondWorkspace + ".");
		assertThat(workspaceMenu()).isEqualTo(secondWorkspace);
		this.browser.open("/workspaces");
		assertThat(this.browser.mainText()).contains(firstWorkspace, secondWorkspace, "Switch to " + firstWorkspace);
		this.browser.screenshot("newcomer-09-workspaces");
		this.browser.assertPageIsClean();

		this.browser.logout();
		assertThat(this.browser.mainText()).contains("You are signed out.");
	}

	@Test
	void signingUpAgainWithTheSameEmailSaysTheAccountAlreadyExists() {
		Person admin = Person.fresh("Dora");
		signUp(admin, Person.workspaceName("First"));
		assertThat(this.browser.mainText()).contains("Your workspace is ready.");
		signUp(admin, Person.workspaceName("Second"));
		assertThat(this.browser.title()).isEqualTo("Create your workspace · SignalRoom");
		assertThat(this.browser.mainText()).contains("An account with this e-mail already exists.");
		this.browser.screenshot("signup-email-taken");
		this.browser.assertPageIsClean(422);
	}

	@Test
	void aWrongPasswordIsRefusedAndTheEmailIsKept() {
		Person admin = Person.fresh("Walt");
		signUp(admin, Person.workspaceName("Wrong password"));
		assertThat(this.browser.mainText()).contains("Your workspace is ready.");
		this.browser.login(admin.email(), "not my password at all");
		assertThat(this.browser.testId("login-error").getText()).isEqualTo("Wrong e-mail or password.");
		assertThat(this.browser.find(By.id("email")).getAttribute("value")).isEqualTo(admin.email());
		assertThat(this.browser.findAll(byTestId("workspace-menu"))).isEmpty();
		this.browser.screenshot("login-wrong-password");
		this.browser.assertPageIsClean(401);
	}

	@Test
	void anInviteLinkThatWasAcceptedSaysItWasAlreadyUsed() {
		Person admin = Person.fresh("Uma");
		String workspace = Person.workspaceName("Used link");
		signUpAndSignIn(admin, workspace);
		Person invitee = Person.fresh("Otto");
		String link = invite(invitee, "Participant", "Support");
		this.browser.logout();
		acceptInvite(link, invitee, workspace);

		this.browser.openUrl(link);
		assertThat(this.browser.title()).isEqualTo("Invitation · SignalRoom");
		assertThat(this.browser.mainText()).contains("This invite link was already used.");
		assertThat(this.browser.findAll(By.id("password"))).isEmpty();
		this.browser.screenshot("invite-already-used");
		this.browser.assertPageIsClean(410);
	}

	private void signUp(Person admin, String workspace) {
		this.browser.open("/signup");
		assertThat(this.browser.title()).isEqualTo("Create your workspace · SignalRoom");
		this.browser.assertPageIsClean();
		this.browser.screenshot("newcomer-01-signup");
		this.browser.signUp(admin, workspace, "Sales");
	}

	private void signUpAndSignIn(Person admin, String workspace) {
		signUp(admin, workspace);
		assertThat(this.browser.mainText()).contains("Your workspace is ready. Sign in to start.");
		this.browser.login(admin.email(), admin.password());
		assertThat(badge()).isEqualTo("Admin");
	}

	/** As a signed-in admin, invites someone from the members page; returns the link. */
	private String invite(Person invitee, String role, String department) {
		this.browser.find(By.xpath("//nav//button[normalize-space()='Admin']")).click();
		this.browser.clickAndWaitForPage(this.browser.find(By.xpath("//nav//a[normalize-space()='Members']")));
		assertThat(this.browser.title()).isEqualTo("Members · SignalRoom");
		this.browser.assertPageIsClean();
		this.browser.fill("email", invitee.email());
		this.browser.choose("role", role);
		this.browser.choose("department", department);
		this.browser.press("Create invite link");
		return this.browser.testId("invite-link").getAttribute("value");
	}

	/** Signed out, opens the link and creates the account it invites. */
	private void acceptInvite(String link, Person invitee, String workspace) {
		this.browser.openUrl(link);
		assertThat(this.browser.title()).isEqualTo("Invitation · SignalRoom");
		assertThat(this.browser.mainText()).contains("Join " + workspace + " on SignalRoom",
				"This invite is for " + invitee.email() + " as ");
		this.browser.assertPageIsClean();
		this.browser.fill("displayName", invitee.displayName());
		this.browser.fill("password", invitee.password());
		this.browser.screenshot("newcomer-05-invite-filled");
		this.browser.press("Create account and join");
	}

	private void switchWorkspaceFromTheNavbar(String workspace) {
		this.browser.testId("workspace-menu").click();
		var item = this.browser.waitUntil(ExpectedConditions.elementToBeClickable(
				By.xpath("//ul[contains(@class,'dropdown-menu')]//button[normalize-space()='" + workspace + "']")));
		this.browser.screenshot("newcomer-08-workspace-menu-open");
		this.browser.clickAndWaitForPage(item);
	}

	private String badge() {
		return this.browser.testId("profile-link").findElement(By.cssSelector(".badge")).getText();
	}

	private String workspaceMenu() {
		return this.browser.testId("workspace-menu")
			.findElement(By.cssSelector("span:not(.visually-hidden)"))
			.getText();
	}

}
