package io.signalroom.playbook;

import java.time.Instant;

import io.signalroom.dashboard.PracticeRows;
import io.signalroom.insight.InsightCategory;
import io.signalroom.insight.InsightStatus;
import io.signalroom.insight.InsightStatusChanged;
import io.signalroom.session.SessionStatus;
import io.signalroom.signal.SignalFixtures;
import io.signalroom.support.IntegrationTest;
import io.signalroom.support.ModuleEvents;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PlaybookIntegrationTests {

	static final Instant NOW = Instant.parse("2031-04-02T09:30:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	SignalFixtures fixtures;

	@Autowired
	PracticeRows rows;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ModuleEvents moduleEvents;

	CurrentMember admin;

	CurrentMember mona;

	CurrentMember fran;

	CurrentMember sam;

	@BeforeEach
	void workspace() {
		this.admin = this.fixtures.newWorkspace();
		this.mona = this.fixtures.member(this.admin, Role.MANAGER, Department.CUSTOMER_SUCCESS, "Mona");
		this.fran = this.fixtures.member(this.admin, Role.FACILITATOR, Department.MARKETING, "Fran");
		this.sam = this.fixtures.member(this.admin, Role.PARTICIPANT, Department.SALES, "Sam");
	}

	@Test
	void thePlaybookShowsActiveSignalsByCategoryValidatedInsightsAndTemplates() throws Exception {
		long validated = this.rows.insight(this.admin, "Pricing visits before renewal mean a budget review",
				InsightCategory.BEHAVIOUR_TRIGGER, InsightStatus.VALIDATED, null, NOW);
		this.rows.insight(this.admin, "Still only a hunch", InsightCategory.BEHAVIOUR_TRIGGER, InsightStatus.HYPOTHESIS,
				null, NOW);
		long pricing = this.fixtures.signalTypeId(this.admin, "Repeat pricing page visits");
		this.mvc.perform(template(this.mona, pricing, "Pricing follow-up", "Offer a **plan walkthrough**."))
			.andExpect(status().is3xxRedirection());

		String page = this.mvc.perform(get("/playbook").with(this.fixtures.as(this.sam)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Churn risk", "Buying intent", "Repeat pricing page visits",
				"The customer views the pricing page three or more times within a week.",
				"Sales reaches out within two days with a short, specific offer to walk through plans.");
		assertThat(page).contains("href=\"/insights/" + validated + "\"",
				"Pricing visits before renewal mean a budget review", "Behaviour trigger");
		assertThat(page).doesNotContain("Still only a hunch");
		assertThat(page).contains("Follow-up: Pricing follow-up", "Offer a <strong>plan walkthrough</strong>.");
		assertThat(page.indexOf("Pricing follow-up")).as("the template sits under its signal type")
			.isGreaterThan(page.indexOf("Repeat pricing page visits"));
		assertThat(page).as("participants read but do not edit").doesNotContain("/playbook/templates/new");
	}

	@Test
	void validatingAnInsightAddsItToTheChangelogAndRefutingItRemovesIt() throws Exception {
		long session = this.rows.session(this.fran, "Renewal signals review", NOW, NOW, SessionStatus.ENDED);
		long insight = this.rows.insight(this.fran, "Silence after onboarding predicts churn",
				InsightCategory.BEHAVIOUR_TRIGGER, InsightStatus.HYPOTHESIS, session, NOW);
		publish(new InsightStatusChanged(this.admin.workspaceId(), insight, session, null, InsightStatus.HYPOTHESIS,
				this.fran.userId(), NOW));
		assertThat(changes()).as("a recorded hypothesis is not in the playbook").isZero();

		this.rows.status(insight, InsightStatus.VALIDATED);
		publish(new InsightStatusChanged(this.admin.workspaceId(), insight, session, InsightStatus.HYPOTHESIS,
				InsightStatus.VALIDATED, this.mona.userId(), NOW.plusSeconds(60)));
		assertThat(changes()).isOne();
		this.mvc.perform(get("/playbook").with(this.fixtures.as(this.mona)))
			.andExpect(content().string(containsString("Added to the playbook")))
			.andExpect(content().string(containsString("Silence after onboarding predicts churn")))
			.andExpect(content().string(containsString("href=\"/sessions/" + session + "\"")))
			.andExpect(content().string(containsString("Renewal signals review")))
			.andExpect(content().string(containsString("2031-04-02 09:31")));

		this.rows.status(insight, InsightStatus.REFUTED);
		publish(new InsightStatusChanged(this.admin.workspaceId(), insight, session, InsightStatus.VALIDATED,
				InsightStatus.REFUTED, this.mona.userId(), NOW.plusSeconds(120)));
		String page = this.mvc.perform(get("/playbook").with(this.fixtures.as(this.sam)))
			.andExpect(content().string(containsString("Removed from the playbook")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(changes()).isEqualTo(2);
		assertThat(page).as("the participant was not in the session: its focus stays hidden")
			.doesNotContain("Renewal signals review")
			.contains("a practice session");
		assertThat(page).as("no longer among the validated insights").contains("No validated insights yet.");
	}

	@Test
	void anotherWorkspacesInsightEventsDoNotReachThisPlaybook() throws Exception {
		CurrentMember stranger = this.fixtures.newWorkspace();
		long theirs = this.rows.insight(stranger, "Their lesson", InsightCategory.BEHAVIOUR_TRIGGER,
				InsightStatus.VALIDATED, null, NOW);
		publish(new InsightStatusChanged(stranger.workspaceId(), theirs, null, InsightStatus.HYPOTHESIS,
				InsightStatus.VALIDATED, stranger.userId(), NOW));
		// an event naming this workspace with another workspace's insight finds nothing
		publish(new InsightStatusChanged(this.admin.workspaceId(), theirs, null, InsightStatus.HYPOTHESIS,
				InsightStatus.VALIDATED, this.admin.userId(), NOW));
		assertThat(changes()).isZero();
		this.mvc.perform(get("/playbook").with(this.fixtures.as(this.mona)))
			.andExpect(content().string(not(containsString("Their lesson"))));
	}

	@Test
	void onlyManagersAndAdminsEditTemplatesAndEveryEditIsLogged() throws Exception {
		this.mvc.perform(get("/playbook/templates/new").with(this.fixtures.as(this.sam)))
			.andExpect(status().isForbidden());
		this.mvc.perform(template(this.sam, null, "Mine", "Text")).andExpect(status().isForbidden());
		this.mvc.perform(template(this.fran, null, "Mine", "Text")).andExpect(status().isForbidden());
		assertThat(templates()).isZero();

		this.mvc.perform(template(this.mona, null, "Escalation handover", "Name the person."))
			.andExpect(status().is3xxRedirection());
		long id = this.rows.count("select id from follow_up_template where workspace_id = ?", this.admin.workspaceId());
		this.mvc.perform(get("/playbook/templates/{id}/edit", id).with(this.fixtures.as(this.sam)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/playbook/templates/{id}/delete", id).with(csrf()).with(this.fixtures.as(this.sam)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/playbook/templates/{id}", id).with(csrf())
				.with(this.fixtures.as(this.admin))
				.param("title", "Escalation handover")
				.param("body", "Name the person and the due date.")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());

		CurrentMember strangerManager = this.fixtures.newWorkspace();
		this.mvc.perform(get("/playbook/templates/{id}/edit", id).with(this.fixtures.as(strangerManager)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/playbook/templates/{id}/delete", id).with(csrf()).with(this.fixtures.as(strangerManager)))
			.andExpect(status().isNotFound());

		this.mvc.perform(get("/playbook").with(this.fixtures.as(this.sam)))
			.andExpect(content().string(containsString("Name the person and the due date.")))
			.andExpect(content().string(containsString("Template added")))
			.andExpect(content().string(containsString("Template edited")))
			.andExpect(content().string(containsString("Mona")));
		assertThat(this.rows.count("select count(*) from playbook_change where workspace_id = ? and changed_by = ?",
				this.admin.workspaceId(), this.admin.userId()))
			.isOne();
	}

	@Test
	void markdownIsRenderedButRawHtmlAndScriptLinksAreEscaped() throws Exception {
		this.mvc.perform(template(this.mona, null, "Tricky <b>title</b>", """
				**Call them** today.

				<script>alert('x')</script>

				<img src=x onerror=alert(1)>

				[harmless looking](javascript:alert(1))""")).andExpect(status().is3xxRedirection());
		String page = this.mvc.perform(get("/playbook").with(this.fixtures.as(this.sam)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<strong>Call them</strong> today.")
			.contains("&lt;script&gt;alert('x')&lt;/script&gt;")
			.contains("&lt;img src=x onerror=alert(1)&gt;")
			.contains("Tricky &lt;b&gt;title&lt;/b&gt;")
			.doesNotContain("<script>alert")
			.doesNotContain("<img src=x")
			.doesNotContain("javascript:");
	}

	@Test
	void badTemplateInputIsExplainedAndASignalTypeHasOneTemplate() throws Exception {
		this.mvc.perform(template(this.mona, null, "Empty", " "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Fill this in.")));
		long pricing = this.fixtures.signalTypeId(this.admin, "Repeat pricing page visits");
		this.mvc.perform(template(this.mona, pricing, "First", "Text")).andExpect(status().is3xxRedirection());
		this.mvc.perform(template(this.mona, pricing, "Second", "Text"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("That signal type already has a follow-up template")));
		CurrentMember stranger = this.fixtures.newWorkspace();
		long theirType = this.fixtures.signalTypeId(stranger, "Repeat pricing page visits");
		this.mvc.perform(template(this.mona, theirType, "Theirs", "Text"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Pick an active signal type of this workspace.")));
		assertThat(templates()).isOne();
	}

	private MockHttpServletRequestBuilder template(CurrentMember who, Long signalTypeId, String title, String body) {
		return post("/playbook/templates").with(csrf())
			.with(this.fixtures.as(who))
			.param("signalTypeId", (signalTypeId != null) ? signalTypeId.toString() : "")
			.param("title", title)
			.param("body", body);
	}

	private long changes() {
		return this.rows.count("select count(*) from playbook_change where workspace_id = ? and insight_id is not null",
				this.admin.workspaceId());
	}

	private long templates() {
		return this.rows.count("select count(*) from follow_up_template where workspace_id = ?",
				this.admin.workspaceId());
	}

	/**
	 * As the insight module does: published inside its transaction, written once that has
	 * committed.
	 */
	private void publish(InsightStatusChanged changed) {
		this.transactions.executeWithoutResult((tx) -> this.events.publishEvent(changed));
		this.moduleEvents.awaitHandled();
	}

}
