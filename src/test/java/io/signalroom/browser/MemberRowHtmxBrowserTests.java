package io.signalroom.browser;

import io.signalroom.browser.support.BrowserTest;
import io.signalroom.browser.support.Person;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the members page, saving a member's row goes through htmx: only that row is
 * replaced, the page stays.
 */
class MemberRowHtmxBrowserTests extends BrowserTest {

	@Test
	void savingADepartmentReplacesOnlyThatRowWithoutReloadingThePage() {
		Person admin = Person.fresh("Hana");
		String workspace = Person.workspaceName("Htmx rows");
		this.browser.signUp(admin, workspace, "Sales");
		assertThat(this.browser.mainText()).contains("Your workspace is ready.");
		this.browser.login(admin.email(), admin.password());
		this.browser.open("/members");

		WebElement row = this.browser.find(By.xpath("//tr[td[normalize-space()='" + admin.email() + "']]"));
		String rowId = row.getAttribute("id");
		String memberId = rowId.substring("member-".length());
		assertThat(row.getText()).doesNotContain("Saved.");
		this.browser.script("window.pageMarker = 'same page'");
		this.browser.choose("department-" + memberId, "Customer success");
		row.findElement(By.xpath(".//button[normalize-space()='Save']")).click();

		this.browser.waitUntil((driver) -> driver.findElement(By.id(rowId)).getText().contains("Saved."));
		assertThat(this.browser.script("return window.pageMarker")).as("the page was not reloaded")
			.isEqualTo("same page");
		WebElement replaced = this.browser.find(By.id(rowId));
		assertThat(replaced).as("the row element was replaced").isNotEqualTo(row);
		assertThat(replaced.getText()).contains(admin.displayName(), admin.email());
		assertThat(new Select(this.browser.find(By.id("department-" + memberId))).getFirstSelectedOption().getText())
			.isEqualTo("Customer success");
		assertThat(this.browser.findAll(By.cssSelector("tbody tr"))).hasSize(1);
		assertThat(this.browser.find(By.id("members-error")).getText()).isEmpty();
		this.browser.screenshot("htmx-row-saved");
		this.browser.assertPageIsClean();

		this.browser.open("/");
		assertThat(this.browser.mainText()).contains("You are Admin in Customer success at " + workspace + ".");
	}

}
