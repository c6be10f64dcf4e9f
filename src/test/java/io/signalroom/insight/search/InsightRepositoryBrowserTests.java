package io.signalroom.insight.search;

import java.util.UUID;

import io.signalroom.browser.support.BrowserTest;
import io.signalroom.insight.InsightStatus;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A participant of the demo workspace searches the insight repository, narrows the result
 * by a tag, and the address keeps both so the search can be shared.
 */
class InsightRepositoryBrowserTests extends BrowserTest {

	static final String PASSWORD = "practice-signals";

	@Autowired
	InsightRows insights;

	@Autowired
	JdbcClient jdbc;

	@Test
	void searchThenChooseATagAndTheAddressKeepsBoth() {
		String word = "zephyr" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
		String tag = "tag-" + word;
		CurrentMember facilitator = demoFacilitator();
		this.insights.by(facilitator).saying("Accounts that mention " + word + " renew early").tags(tag).save();
		this.insights.by(facilitator)
			.saying(word + " questions precede upgrades")
			.tags(tag, "pricing")
			.status(InsightStatus.VALIDATED)
			.save();
		this.insights.by(facilitator).saying("Silence after " + word + " means churn").tags("silence").save();

		this.browser.login("sales@demo.test", PASSWORD);
		this.browser.open("/insights");
		this.browser.fill("insight-q", word);
		// the form answers through htmx: the results change, the page stays
		this.browser.find(By.xpath("//main//button[normalize-space()='Search']")).click();
		// the demo workspace may hold just these three, so wait for the searched address
		// too
		this.browser.waitUntil((d) -> d.getCurrentUrl().contains("q=" + word) && hits() == 3);
		assertThat(this.browser.testId("insights-shown").getText()).isEqualTo("1–3 of 3 insights");
		this.browser.assertPageIsClean();

		WebElement tagValue = this.browser
			.find(By.xpath("//section[@data-facet='tag']//a[.//span[normalize-space()='" + tag + "']]"));
		assertThat(tagValue.getText()).contains("2");
		tagValue.click();
		this.browser.waitUntil((d) -> hits() == 2);

		assertThat(this.browser.driver().getCurrentUrl()).contains("q=" + word).contains("tag=" + tag);
		assertThat(this.browser.find(By.xpath("//section[@data-facet='tag']//a[@aria-current='true']")).getText())
			.contains(tag);
		this.browser.screenshot("insight-repository-tag-chosen");
		this.browser.assertPageIsClean();

		// the shared address opens the same search
		this.browser.openUrl(this.browser.driver().getCurrentUrl());
		assertThat(hits()).isEqualTo(2);
		assertThat(this.browser.findAll(By.cssSelector("mark"))).isNotEmpty();
	}

	private int hits() {
		return this.browser.findAll(By.cssSelector("[data-testid=insight-hit]")).size();
	}

	private CurrentMember demoFacilitator() {
		return this.jdbc.sql("""
				select u.id, m.workspace_id from app_user u join membership m on m.user_id = u.id
				where lower(u.email) = 'facilitator@demo.test'""")
			.query((rs, n) -> new CurrentMember(rs.getLong("id"), "facilitator@demo.test", "Fran",
					rs.getLong("workspace_id"), "Demo", Role.FACILITATOR, Department.REVOPS))
			.single();
	}

}
