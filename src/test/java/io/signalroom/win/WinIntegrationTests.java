package io.signalroom.win;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.signalroom.customer.LifecycleStage;
import io.signalroom.dashboard.PracticeRows;
import io.signalroom.insight.ActionStatus;
import io.signalroom.insight.InsightCategory;
import io.signalroom.insight.InsightStatus;
import io.signalroom.signal.SignalFixtures;
import io.signalroom.support.IntegrationTest;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class WinIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SignalFixtures fixtures;

	@Autowired
	PracticeRows rows;

	@Autowired
	WinTotals totals;

	CurrentMember admin;

	CurrentMember sam;

	CurrentMember pat;

	CurrentMember mona;

	@BeforeEach
	void workspace() {
		this.admin = this.fixtures.newWorkspace();
		this.sam = this.fixtures.member(this.admin, Role.PARTICIPANT, Department.SALES, "Sam");
		this.pat = this.fixtures.member(this.admin, Role.PARTICIPANT, Department.SUPPORT, "Pat");
		this.mona = this.fixtures.member(this.admin, Role.MANAGER, Department.CUSTOMER_SUCCESS, "Mona");
	}

	@Test
	void aParticipantLogsWinsAndTheWallShowsThemNewestFirstWithQuarterTotals() throws Exception {
		long customer = this.fixtures.customer(this.admin, "Acme Saved", LifecycleStage.ACTIVE);
		long insight = this.rows.insight(this.admin, "Three SSO tickets mean an enterprise lead",
				InsightCategory.BEHAVIOUR_TRIGGER, InsightStatus.VALIDATED, null,
				Instant.parse("2025-01-02T10:00:00Z"));
		long action = this.rows.action(this.admin, "Call Acme about SSO", ActionStatus.DONE, null);
		this.mvc
			.perform(logWin(this.sam, "Kept Acme", "18,000", "2025-02-10").param("customerId", String.valueOf(customer))
				.param("insightIds", String.valueOf(insight))
				.param("actionIds", String.valueOf(action)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/wins"));
		this.mvc.perform(logWin(this.sam, "Upsold Beta", "2500.50", "2025-03-31"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(logWin(this.pat, "Closed Gamma", "", "2025-04-01")).andExpect(status().is3xxRedirection());

		long kept = this.rows.count("select id from win where workspace_id = ? and title = 'Kept Acme'",
				this.admin.workspaceId());
		this.mvc.perform(get("/wins/{id}/edit", kept).with(this.fixtures.as(this.sam)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"18000.00\"")))
			.andExpect(content().string(containsString("id=\"customer-" + customer + "\"")))
			.andExpect(content()
				.string(containsString("id=\"insight-" + insight + "\" value=\"" + insight + "\" checked")))
			.andExpect(
					content().string(containsString("id=\"action-" + action + "\" value=\"" + action + "\" checked")));

		String wall = this.mvc.perform(get("/wins").with(this.fixtures.as(this.mona)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Acme Saved")))
			.andExpect(content().string(containsString("href=\"/insights/" + insight + "\"")))
			.andExpect(content().string(containsString("Call Acme about SSO")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(wall.indexOf("Closed Gamma")).isLessThan(wall.indexOf("Upsold Beta"));
		assertThat(wall.indexOf("Upsold Beta")).isLessThan(wall.indexOf("Kept Acme"));
		assertThat(wall).contains("2025 Q1", "20,500.50", "2025 Q2");

		assertThat(this.totals.perQuarter(this.admin.workspaceId())).containsExactly(
				new QuarterTotal(2025, 2, 1, new BigDecimal("0.00")),
				new QuarterTotal(2025, 1, 2, new BigDecimal("20500.50")));
	}

	@Test
	void badInputIsExplainedOnTheFormAndNothingIsSaved() throws Exception {
		this.mvc.perform(logWin(this.sam, "Negative", "-5", "2025-02-10"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("The value cannot be negative.")));
		this.mvc.perform(logWin(this.sam, "Words", "lots", "2025-02-10"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Enter a number, such as 12000 or 12000.50.")));
		this.mvc.perform(logWin(this.sam, "Cents of cents", "1.234", "2025-02-10"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(
					content().string(containsString("Use at most 12 digits before the decimal point and 2 after it.")));
		this.mvc.perform(logWin(this.sam, "Tampered", "10", "2025-02-10").param("customerId", "abc"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Pick a customer of this workspace.")))
			.andExpect(content().string(containsString("value=\"Tampered\"")));
		this.mvc.perform(logWin(this.sam, "Tomorrow", "10", LocalDate.now().plusDays(2).toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("A win cannot be dated in the future.")));
		this.mvc.perform(logWin(this.sam, " ", "10", "2025-02-10"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Fill this in.")));
		this.mvc.perform(logWin(this.sam, "No date", "10", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Enter a date.")));
		assertThat(wins()).isZero();
	}

	@Test
	void linksToAnotherWorkspacesCustomersInsightsOrActionsAreRefused() throws Exception {
		CurrentMember stranger = this.fixtures.newWorkspace();
		long theirCustomer = this.fixtures.customer(stranger, "Their customer", LifecycleStage.ACTIVE);
		long theirInsight = this.rows.insight(stranger, "Their insight", InsightCategory.BEHAVIOUR_TRIGGER,
				InsightStatus.VALIDATED, null, Instant.now());
		long theirAction = this.rows.action(stranger, "Their action", ActionStatus.OPEN, null);
		this.mvc
			.perform(logWin(this.sam, "Sneaky", "1", "2025-02-10").param("customerId", String.valueOf(theirCustomer)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Pick a customer of this workspace.")))
			.andExpect(content().string(not(containsString("Their customer"))));
		this.mvc
			.perform(logWin(this.sam, "Sneaky", "1", "2025-02-10").param("insightIds", String.valueOf(theirInsight)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Pick insights of this workspace.")))
			.andExpect(content().string(not(containsString("Their insight"))));
		this.mvc.perform(logWin(this.sam, "Sneaky", "1", "2025-02-10").param("actionIds", String.valueOf(theirAction)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Pick action items of this workspace.")));
		this.mvc.perform(get("/wins/customers").param("q", "Their").with(this.fixtures.as(this.sam)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Their customer"))));
		assertThat(wins()).isZero();
	}

	@Test
	void anotherWorkspacesWinIsNotFoundAndNotShown() throws Exception {
		long id = this.rows.win(this.sam, "Private win", BigDecimal.TEN, LocalDate.parse("2025-01-01"));
		CurrentMember stranger = this.fixtures.newWorkspace();
		this.mvc.perform(get("/wins/{id}/edit", id).with(this.fixtures.as(stranger))).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/wins/{id}", id).with(csrf())
				.with(this.fixtures.as(stranger))
				.param("kind", "OTHER")
				.param("title", "Taken over")
				.param("wonOn", "2025-01-01")
				.param("version", "0"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/wins/{id}/delete", id).with(csrf()).with(this.fixtures.as(stranger)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/wins").with(this.fixtures.as(stranger)))
			.andExpect(content().string(not(containsString("Private win"))));
		assertThat(this.rows.count("select count(*) from win where id = ? and title = 'Private win'", id)).isOne();
	}

	@Test
	void onlyTheAuthorAManagerOrAnAdminChangesOrDeletesAWin() throws Exception {
		long id = this.rows.win(this.sam, "Sam's win", BigDecimal.TEN, LocalDate.parse("2025-01-01"));
		this.mvc.perform(get("/wins/{id}/edit", id).with(this.fixtures.as(this.pat))).andExpect(status().isForbidden());
		this.mvc.perform(post("/wins/{id}/delete", id).with(csrf()).with(this.fixtures.as(this.pat)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/wins").with(this.fixtures.as(this.pat)))
			.andExpect(content().string(not(containsString("/wins/" + id + "/edit"))));

		this.mvc.perform(update(this.mona, id, "Sam's win, told by Mona", 0)).andExpect(status().is3xxRedirection());
		this.mvc.perform(update(this.sam, id, "Sam's win again", 1)).andExpect(status().is3xxRedirection());
		assertThat(this.rows.count("select count(*) from win where id = ? and title = 'Sam''s win again'", id)).isOne();

		this.mvc.perform(post("/wins/{id}/delete", id).with(csrf()).with(this.fixtures.as(this.sam)))
			.andExpect(status().is3xxRedirection());
		assertThat(wins()).isZero();
	}

	@Test
	void aChangeMadeMeanwhileIsReportedNotOverwritten() throws Exception {
		long id = this.rows.win(this.sam, "Original", BigDecimal.TEN, LocalDate.parse("2025-01-01"));
		this.mvc.perform(update(this.mona, id, "Mona's version", 0)).andExpect(status().is3xxRedirection());
		this.mvc.perform(update(this.sam, id, "Sam's stale version", 0))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Someone changed this win while you were editing it.")));
		assertThat(this.rows.count("select count(*) from win where id = ? and title = 'Mona''s version'", id)).isOne();
	}

	@Test
	void userTextIsEscapedOnTheWall() throws Exception {
		this.mvc.perform(logWin(this.sam, "<script>alert('x')</script>", "1", "2025-02-10"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/wins").with(this.fixtures.as(this.sam)))
			.andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert"))));
	}

	private MockHttpServletRequestBuilder logWin(CurrentMember who, String title, String value, String wonOn) {
		return post("/wins").with(csrf())
			.with(this.fixtures.as(who))
			.param("kind", "SAVED_ACCOUNT")
			.param("title", title)
			.param("story", "What happened")
			.param("value", value)
			.param("wonOn", wonOn);
	}

	private MockHttpServletRequestBuilder update(CurrentMember who, long id, String title, long version) {
		return post("/wins/{id}", id).with(csrf())
			.with(this.fixtures.as(who))
			.param("kind", "UPSELL")
			.param("title", title)
			.param("wonOn", "2025-01-01")
			.param("version", String.valueOf(version));
	}

	private long wins() {
		return this.rows.count("select count(*) from win where workspace_id = ?", this.admin.workspaceId());
	}

}
