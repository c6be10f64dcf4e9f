package io.signalroom.signal;

import java.time.Instant;

import io.signalroom.customer.CustomerLens;
import io.signalroom.customer.EventType;
import io.signalroom.customer.LifecycleStage;
import io.signalroom.signal.detection.SignalDetection;
import io.signalroom.support.IntegrationTest;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SignalWebIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SignalFixtures fixtures;

	@Autowired
	SignalDetection detection;

	@Autowired
	SignalTaxonomy facade;

	CurrentMember admin;

	CurrentMember participant;

	CurrentMember facilitator;

	long typeId;

	@BeforeEach
	void workspace() {
		this.admin = this.fixtures.newWorkspace();
		this.participant = this.fixtures.member(this.admin, Role.PARTICIPANT, Department.SUPPORT, "Pat");
		this.facilitator = this.fixtures.member(this.admin, Role.FACILITATOR, Department.MARKETING, "Fran");
		this.typeId = this.fixtures.signalTypeId(this.admin, "Gone quiet: no logins and no replies");
	}

	@Test
	void theLibraryListsTheStarterTypesByCategory() throws Exception {
		this.mvc.perform(get("/signals").param("category", "CHURN_RISK").with(this.fixtures.as(this.participant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gone quiet: no logins and no replies")))
			.andExpect(content().string(not(containsString("Repeat pricing page visits"))));
	}

	@Test
	void theSignalTypePageShowsTheRuleInWordsAndTheHistory() throws Exception {
		this.mvc.perform(get("/signals/{id}", this.typeId).with(this.fixtures.as(this.participant)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("no Login for 10 days while active AND no E-mail reply for 14 days")))
			.andExpect(content().string(containsString("Starter library")));
	}

	@Test
	void participantsReadAndRateButDoNotEditTheTaxonomy() throws Exception {
		this.mvc.perform(get("/signals/{id}/edit", this.typeId).with(this.fixtures.as(this.participant)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/signals/{id}/rule", this.typeId).with(csrf())
				.with(this.fixtures.as(this.participant))
				.param("version", "0")
				.param("conditions[0].kind", "ABSENCE")
				.param("conditions[0].types", "LOGIN")
				.param("conditions[0].days", "5"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/signals/{id}/scorecards", this.typeId).with(csrf())
				.with(this.fixtures.as(this.participant))
				.param("frequency", "3")
				.param("intensity", "4")
				.param("urgency", "5")
				.param("sentiment", "NEGATIVE")
				.param("comment", "We see this weekly"))
			.andExpect(redirectedUrl("/signals/" + this.typeId));
		this.mvc.perform(get("/signals/{id}", this.typeId).with(this.fixtures.as(this.participant)))
			.andExpect(content().string(containsString("We see this weekly")));
	}

	@Test
	void facilitatorsEditSignalTypes() throws Exception {
		this.mvc.perform(get("/signals/{id}/edit", this.typeId).with(this.fixtures.as(this.facilitator)))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/signals").with(csrf())
				.with(this.fixtures.as(this.facilitator))
				.param("name", "Champion left")
				.param("category", "CHURN_RISK")
				.param("nature", "CONTEXTUAL")
				.param("definition", "Our main contact left the company.")
				.param("notifyDepartments", "SALES", "CUSTOMER_SUCCESS")
				.param("defaultSentiment", "NEGATIVE")
				.param("urgency", "4")
				.param("nextReviewOn", "2030-01-01")
				.param("reason", "Seen in three churns"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void aStaleEditShowsTheConflictWithBothVersionsAndKeepsTheEditorsText() throws Exception {
		this.mvc.perform(edit(this.facilitator, 0, "Fran's definition")).andExpect(status().is3xxRedirection());
		this.mvc.perform(edit(this.admin, 0, "Admin's definition"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Fran&#39;s definition")))
			.andExpect(content().string(containsString("Admin&#39;s definition")))
			.andExpect(content().string(containsString("Fran saved a change")));
	}

	@Test
	void ruleFormShowsValidationMessagesOnPreview() throws Exception {
		this.mvc
			.perform(post("/signals/{id}/rule/preview", this.typeId).with(csrf())
				.with(this.fixtures.as(this.admin))
				.header("HX-Request", "true")
				.param("conditions[0].kind", "THRESHOLD")
				.param("conditions[0].types", "LOGIN", "TELEPATHY")
				.param("conditions[0].count", "0")
				.param("conditions[0].days", "0"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("A window of zero days holds no events")))
			.andExpect(content().string(containsString("N must be at least 1")))
			.andExpect(content().string(containsString("Unknown event type: TELEPATHY")));
		this.mvc
			.perform(post("/signals/{id}/rule/preview", this.typeId).with(csrf())
				.with(this.fixtures.as(this.admin))
				.header("HX-Request", "true"))
			.andExpect(content().string(containsString("Add at least one condition")));
	}

	@Test
	void previewCountsCustomersAndSavingARuleThatFlagsEveryoneWarns() throws Exception {
		long customer = this.fixtures.customer(this.admin, "Quiet Co", LifecycleStage.ACTIVE);
		this.fixtures.event(this.admin, customer, Instant.parse("2025-01-01T00:00:00Z"), EventType.NOTE);
		this.mvc
			.perform(post("/signals/{id}/rule/preview", this.typeId).with(csrf())
				.with(this.fixtures.as(this.admin))
				.header("HX-Request", "true")
				.param("conditions[0].kind", "ABSENCE")
				.param("conditions[0].types", "LOGIN")
				.param("conditions[0].days", "10"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This rule would flag 1 of 1 customers")))
			.andExpect(content().string(containsString("Quiet Co")))
			.andExpect(content().string(containsString("flags every customer")));
	}

	@Test
	void savingARuleThatFlagsEveryoneWarnsAndRaisesItsAlertsAtOnce() throws Exception {
		long customer = this.fixtures.customer(this.admin, "Quiet Co", LifecycleStage.ACTIVE);
		this.fixtures.event(this.admin, customer, Instant.parse("2025-01-01T00:00:00Z"), EventType.NOTE);
		this.mvc
			.perform(post("/signals/{id}/rule", this.typeId).with(csrf())
				.with(this.fixtures.as(this.admin))
				.param("version", "0")
				.param("conditions[0].kind", "ABSENCE")
				.param("conditions[0].types", "LOGIN")
				.param("conditions[0].days", "10"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("errorKey", "rule.flagsEveryone"));
		// only the saved rule ran: the starter rules that would also flag Quiet Co did
		// not
		assertThat(this.facade.detectedSignalsFor(this.admin.workspaceId(), customer, CustomerLens.workspace()))
			.extracting(DetectedSignalView::signalTypeId)
			.containsExactly(this.typeId);
	}

	@Test
	void savingARuleOverSomeoneElsesChangeShowsTheConflictAndLosesNeitherEdit() throws Exception {
		this.mvc.perform(edit(this.facilitator, 0, "Fran's definition")).andExpect(status().is3xxRedirection());
		this.mvc.perform(rule(0, "17"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Fran changed this signal type meanwhile")))
			.andExpect(content().string(containsString("value=\"17\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
		this.mvc.perform(rule(1, "17")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/signals/{id}", this.typeId).with(this.fixtures.as(this.admin)))
			.andExpect(content().string(containsString("Fran&#39;s definition")))
			.andExpect(content().string(containsString("for 17 days")));
	}

	private org.springframework.test.web.servlet.RequestBuilder rule(long version, String days) {
		return post("/signals/{id}/rule", this.typeId).with(csrf())
			.with(this.fixtures.as(this.admin))
			.param("version", String.valueOf(version))
			.param("conditions[0].kind", "ABSENCE")
			.param("conditions[0].types", "LOGIN")
			.param("conditions[0].days", days);
	}

	@Test
	void anotherWorkspacesSignalTypesAndAlertsAreNotFound() throws Exception {
		CurrentMember stranger = this.fixtures.newWorkspace();
		this.mvc.perform(get("/signals/{id}", this.typeId).with(this.fixtures.as(stranger)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/signals/{id}/edit", this.typeId).with(this.fixtures.as(stranger)))
			.andExpect(status().isNotFound());
		long customer = this.fixtures.customer(this.admin, "Secret Co", LifecycleStage.ACTIVE);
		this.fixtures.event(this.admin, customer, Instant.parse("2025-01-01T00:00:00Z"), EventType.NOTE);
		this.detection.evaluateAll(this.admin.workspaceId());
		long alertId = new org.springframework.jdbc.core.JdbcTemplate(this.fixtures.dataSource())
			.queryForObject("select max(id) from detected_signal where customer_id = ?", Long.class, customer);
		this.mvc.perform(get("/alerts/{id}", alertId).with(this.fixtures.as(stranger)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/alerts/{id}", alertId).with(this.fixtures.as(this.participant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Secret Co")));
		this.mvc
			.perform(get("/alerts").param("department", "CUSTOMER_SUCCESS").with(this.fixtures.as(this.participant)))
			.andExpect(content().string(containsString("Secret Co")));
		this.mvc.perform(get("/alerts").param("department", "UX").with(this.fixtures.as(this.participant)))
			.andExpect(content().string(not(containsString("Secret Co"))));
		this.mvc
			.perform(post("/alerts/{id}/dismiss", alertId).with(csrf())
				.with(this.fixtures.as(stranger))
				.param("reason", "not mine"))
			.andExpect(status().isNotFound());
	}

	private org.springframework.test.web.servlet.RequestBuilder edit(CurrentMember who, long version,
			String definition) {
		return post("/signals/{id}", this.typeId).with(csrf())
			.with(this.fixtures.as(who))
			.param("name", "Gone quiet: no logins and no replies")
			.param("category", "CHURN_RISK")
			.param("nature", "QUANTITATIVE")
			.param("definition", definition)
			.param("notifyDepartments", "CUSTOMER_SUCCESS")
			.param("defaultSentiment", "NEGATIVE")
			.param("urgency", "5")
			.param("nextReviewOn", "2030-01-01")
			.param("version", String.valueOf(version))
			.param("reason", "wording");
	}

}
