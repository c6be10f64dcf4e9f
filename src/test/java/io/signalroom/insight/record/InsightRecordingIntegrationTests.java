package io.signalroom.insight.record;

import java.util.Arrays;
import java.util.List;

import io.signalroom.customer.TestCustomers;
import io.signalroom.insight.InsightStatus;
import io.signalroom.insight.InsightStatusChanged;
import io.signalroom.insight.record.InsightScenes.Scene;
import io.signalroom.signal.SignalFixtures;
import io.signalroom.support.IntegrationTest;
import io.signalroom.workspace.CurrentMember;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
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

/**
 * Recording insights from a session's board on the real database: the panel, drafts from
 * a cluster and from a top-voted interpretation, evidence and facets, permissions,
 * isolation and bad input.
 */
@IntegrationTest
@RecordApplicationEvents
class InsightRecordingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	InsightScenes scenes;

	@Autowired
	SignalFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestCustomers testCustomers;

	@Autowired
	ApplicationEvents events;

	String panel(Scene scene, CurrentMember viewer) throws Exception {
		return this.mvc
			.perform(get("/sessions/{id}/insights/panel", scene.sessionId()).with(this.fixtures.as(viewer))
				.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	MockHttpServletRequestBuilder create(Scene scene, CurrentMember who, String statement, String category, String tags,
			List<Long> evidence, Long... signalTypeIds) {
		MockHttpServletRequestBuilder request = post("/sessions/{id}/insights", scene.sessionId()).with(csrf())
			.with(this.fixtures.as(who))
			.header("HX-Request", "true")
			.param("statement", statement)
			.param("category", category)
			.param("status", "HYPOTHESIS")
			.param("testPlan", "Call the next three accounts whose champion leaves")
			.param("tags", tags)
			.param("interpretationIds", evidence.stream().map(String::valueOf).toArray(String[]::new));
		if (signalTypeIds.length > 0) {
			request.param("signalTypeIds", Arrays.stream(signalTypeIds).map(String::valueOf).toArray(String[]::new));
		}
		return request;
	}

	ResultActions createFromCluster(Scene scene, CurrentMember who) throws Exception {
		return this.mvc.perform(create(scene, who, "Champion loss precedes churn", "BEHAVIOUR_TRIGGER",
				" Champion Loss, enterprise,champion loss ", List.of(scene.championEntry(), scene.discountEntry()),
				scene.signalTypeId()));
	}

	String refused(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	long insightCount(Scene scene) {
		return this.jdbc.sql("select count(*) from insight where workspace_id = ?")
			.param(scene.admin().workspaceId())
			.query(Long.class)
			.single();
	}

	long onlyInsight(Scene scene) {
		return this.jdbc.sql("select id from insight where workspace_id = ?")
			.param(scene.admin().workspaceId())
			.query(Long.class)
			.single();
	}

	@Test
	void thePanelAppearsDuringActionPlanningWithTheAimAndTheFacilitatorsCandidates() throws Exception {
		Scene scene = this.scenes.liveSession();
		assertThat(panel(scene, scene.fran())).doesNotContain("insights-panel");
		this.scenes.moveToItem(scene, 3);
		String facilitator = panel(scene, scene.fran());
		assertThat(facilitator).contains("insights-panel")
			.contains("Aim for 2–3 key insights")
			.contains("Champion loss")
			.contains("Three tickets in a day about SSO")
			.contains("/insights/new?cluster=" + scene.clusterId())
			.contains("/insights/new?interpretation=" + scene.ssoEntry());
		String participant = panel(scene, scene.sam());
		assertThat(participant).contains("insights-panel").doesNotContain("Draft insight");
	}

	@Test
	void aClusterBecomesADraftPrefilledWithItsEvidenceAndFacets() throws Exception {
		Scene scene = this.scenes.inActionPlanning();
		this.mvc
			.perform(get("/sessions/{id}/insights/new", scene.sessionId()).param("cluster", "" + scene.clusterId())
				.with(this.fixtures.as(scene.fran()))
				.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("From the cluster “Champion loss”")))
			.andExpect(content().string(containsString(">Champion loss</textarea>")))
			.andExpect(content().string(containsString("Logins dropped after the champion left")))
			.andExpect(content().string(containsString("Asked for a renewal discount")))
			.andExpect(content().string(not(containsString("Three tickets in a day about SSO"))))
			.andExpect(content().string(containsString(">Sales<")))
			.andExpect(content().string(containsString(">Support<")))
			.andExpect(content().string(containsString(">Enterprise<")))
			.andExpect(content().string(containsString("value=\"" + scene.signalTypeId() + "\" checked")));
	}

	@Test
	void savingAClusterDraftKeepsEvidenceFacetsAndHistoryAndTellsEveryone() throws Exception {
		Scene scene = this.scenes.inActionPlanning();
		createFromCluster(scene, scene.fran()).andExpect(status().isOk())
			.andExpect(content().string(containsString("Insight saved")));
		long id = onlyInsight(scene);
		String facets = this.jdbc.sql("""
				select status || '|' || category || '|' || array_to_string(departments, ',') || '|'
				       || array_to_string(signal_type_ids, ',') || '|' || array_to_string(segments, ',') || '|'
				       || array_to_string(tags, ',') || '|' || session_id
				from insight where id = ?""").param(id).query(String.class).single();
		assertThat(facets).isEqualTo("HYPOTHESIS|BEHAVIOUR_TRIGGER|SALES,SUPPORT|" + scene.signalTypeId()
				+ "|Enterprise|champion loss,enterprise|" + scene.sessionId());
		List<String> evidence = this.jdbc.sql("""
				select customer_id || '/' || interpretation_id || '/' || coalesce(timeline_event_id::text, '-') || '/'
				       || coalesce(detected_signal_id::text, '-')
				from insight_evidence where insight_id = ? order by interpretation_id""")
			.param(id)
			.query(String.class)
			.list();
		assertThat(evidence).containsExactly(
				scene.acme() + "/" + scene.championEntry() + "/" + scene.acmeEvent() + "/" + scene.signalId(),
				scene.acme() + "/" + scene.discountEntry() + "/-/-");
		assertThat(this.jdbc
			.sql("select coalesce(from_status, '-') || '>' || to_status from insight_status_change "
					+ "where insight_id = ?")
			.param(id)
			.query(String.class)
			.list()).containsExactly("->HYPOTHESIS");
		assertThat(this.events.stream(InsightStatusChanged.class).filter((e) -> e.insightId() == id))
			.containsExactly(new InsightStatusChanged(scene.admin().workspaceId(), id, scene.sessionId(), null,
					InsightStatus.HYPOTHESIS, scene.fran().userId(),
					this.jdbc.sql("select created_at from insight where id = ?")
						.param(id)
						.query(java.sql.Timestamp.class)
						.single()
						.toInstant()));
		assertThat(this.jdbc.sql("select name from live_event where topic = ? order by id")
			.param("ws" + scene.admin().workspaceId() + ".session-" + scene.sessionId())
			.query(String.class)
			.list()).endsWith("insights-changed");
		assertThat(panel(scene, scene.sam())).contains("Champion loss precedes churn").contains("Hypothesis");
	}

	@Test
	void withoutJavaScriptTheDraftIsAPageAndSavingReturnsToTheRunPage() throws Exception {
		Scene scene = this.scenes.inActionPlanning();
		this.mvc
			.perform(get("/sessions/{id}/insights/new", scene.sessionId()).param("cluster", "" + scene.clusterId())
				.with(this.fixtures.as(scene.fran())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("Back to the run page")))
			.andExpect(content().string(containsString(">Champion loss</textarea>")));
		this.mvc
			.perform(post("/sessions/{id}/insights", scene.sessionId()).with(csrf())
				.with(this.fixtures.as(scene.fran()))
				.param("statement", "Champion loss precedes churn")
				.param("category", "BEHAVIOUR_TRIGGER")
				.param("interpretationIds", "" + scene.championEntry()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/sessions/" + scene.sessionId() + "/run"));
		assertThat(insightCount(scene)).isEqualTo(1);
	}

	@Test
	void aTopVotedInterpretationBecomesAnInsightAboutItsCustomer() throws Exception {
		Scene scene = this.scenes.inActionPlanning();
		this.mvc
			.perform(
					get("/sessions/{id}/insights/new", scene.sessionId()).param("interpretation", "" + scene.ssoEntry())
						.with(this.fixtures.as(scene.fran()))
						.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Three tickets in a day about SSO</textarea>")))
			.andExpect(content().string(containsString(">SMB<")));
		this.mvc
			.perform(create(scene, scene.fran(), "SSO tickets in a burst mean friction", "RECOMMENDED_RESPONSE", "",
					List.of(scene.ssoEntry())))
			.andExpect(status().isOk());
		long id = onlyInsight(scene);
		assertThat(this.jdbc
			.sql("select array_to_string(departments, ',') || '|' || array_to_string(segments, ',') "
					+ "|| '|' || cardinality(signal_type_ids) from insight where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("SUPPORT|SMB|0");
	}

	@Test
	void theInsightPageShowsTheEvidenceTrailToAnyoneInTheWorkspace() throws Exception {
		Scene scene = this.scenes.inActionPlanning();
		createFromCluster(scene, scene.fran()).andExpect(status().isOk());
		long id = onlyInsight(scene);
		this.jdbc
			.sql("""
					insert into action_item (workspace_id, session_id, insight_id, title, owner_id, status, created_by, created_at)
					values (?, ?, ?, 'Call the new champion', ?, 'OPEN', ?, now())""")
			.params(scene.admin().workspaceId(), scene.sessionId(), id, scene.sam().userId(), scene.fran().userId())
			.update();
		this.mvc.perform(get("/insights/{id}", id).with(this.fixtures.as(scene.otto())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Champion loss precedes churn")))
			.andExpect(content().string(containsString("Behaviour trigger")))
			.andExpect(content().string(containsString("Call the next three accounts whose champion leaves")))
			.andExpect(content().string(containsString("Quiet enterprise accounts")))
			.andExpect(content().string(containsString("Logins dropped after the champion left")))
			.andExpect(content().string(containsString("Sam")))
			.andExpect(content().string(containsString("/customers/" + scene.acme() + "?type=LOGIN#timeline-events")))
			.andExpect(content().string(containsString("2031-04-28 09:15 · Login")))
			.andExpect(content().string(containsString("Last login of the champion")))
			.andExpect(content().string(containsString(scene.signalTypeName())))
			.andExpect(content().string(containsString("/signals/" + scene.signalTypeId())))
			.andExpect(content().string(containsString("Call the new champion")))
			.andExpect(content().string(containsString("Recorded as Hypothesis")))
			.andExpect(content().string(not(containsString("insight-judge"))));
	}

	@Test
	void theEvidenceTrailOfASessionShowingPseudonymsNamesNoCustomer() throws Exception {
		Scene scene = this.scenes.inActionPlanning();
		createFromCluster(scene, scene.fran()).andExpect(status().isOk());
		long id = onlyInsight(scene);
		this.jdbc.sql("update interpretation set text = 'Acme Quiet lost its champion' where id = ?")
			.param(scene.championEntry())
			.update();
		this.jdbc.sql("update timeline_event set summary = 'Last login at ACME QUIET' where id = ?")
			.param(scene.acmeEvent())
			.update();
		this.jdbc.sql("update practice_session set anonymize_customers = true where id = ?")
			.param(scene.sessionId())
			.update();
		String pseudonym = this.testCustomers.pseudonymOf(scene.admin().workspaceId(), scene.acme());
		this.mvc.perform(get("/insights/{id}", id).with(this.fixtures.as(scene.otto())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(pseudonym + " lost its champion")))
			.andExpect(content().string(containsString("Last login at " + pseudonym)))
			.andExpect(content().string(not(containsString("Acme Quiet"))))
			.andExpect(content().string(not(containsString("ACME QUIET"))));
	}

	@Test
	void aManagerValidatesWithAReasonAndTheHistoryAndEventFollow() throws Exception {
		Scene scene = this.scenes.inActionPlanning();
		createFromCluster(scene, scene.fran()).andExpect(status().isOk());
		long id = onlyInsight(scene);
		this.mvc
			.perform(post("/insights/{id}/status", id).with(csrf())
				.with(this.fixtures.as(scene.mona()))
				.param("to", "VALIDATED")
				.param("reason", "   ")
				.param("version", "0"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Say why")));
		this.mvc
			.perform(post("/insights/{id}/status", id).with(csrf())
				.with(this.fixtures.as(scene.mona()))
				.param("to", "VALIDATED")
				.param("reason", "Two more accounts churned after their champion left")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/insights/{id}", id).with(this.fixtures.as(scene.mona())))
			.andExpect(content().string(containsString("Hypothesis → Validated")))
			.andExpect(content().string(containsString("Two more accounts churned after their champion left")))
			.andExpect(content().string(containsString("Mona")));
		assertThat(this.events.stream(InsightStatusChanged.class).filter((e) -> e.insightId() == id))
			.extracting(InsightStatusChanged::from, InsightStatusChanged::to)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(null, InsightStatus.HYPOTHESIS),
					org.assertj.core.groups.Tuple.tuple(InsightStatus.HYPOTHESIS, InsightStatus.VALIDATED));
		assertThat(panel(scene, scene.sam())).contains("Validated");
	}

	@Test
	void aStaleStatusChangeShowsTheConflictKeepsTheReasonAndChangesNothing() throws Exception {
		Scene scene = this.scenes.inActionPlanning();
		createFromCluster(scene, scene.fran()).andExpect(status().isOk());
		long id = onlyInsight(scene);
		this.mvc
			.perform(post("/insights/{id}/status", id).with(csrf())
				.with(this.fixtures.as(scene.mona()))
				.param("to", "VALIDATED")
				.param("reason", "Confirmed by the renewals")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/insights/{id}/status", id).with(csrf())
				.with(this.fixtures.as(scene.admin()))
				.param("to", "REFUTED")
				.param("reason", "Only one account fits")
				.param("version", "0"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Mona changed this insight to Validated")))
			.andExpect(content().string(containsString(">Only one account fits</textarea>")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
		assertThat(this.jdbc.sql("select status from insight where id = ?").param(id).query(String.class).single())
			.isEqualTo("VALIDATED");
		assertThat(this.jdbc.sql("select count(*) from insight_status_change where insight_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void participantsMayNeitherRecordNorJudge() throws Exception {
		Scene scene = this.scenes.inActionPlanning();
		createFromCluster(scene, scene.sam()).andExpect(status().isForbidden());
		this.mvc
			.perform(get("/sessions/{id}/insights/new", scene.sessionId()).param("cluster", "" + scene.clusterId())
				.with(this.fixtures.as(scene.sam())))
			.andExpect(status().isForbidden());
		assertThat(insightCount(scene)).isZero();
		createFromCluster(scene, scene.fran()).andExpect(status().isOk());
		long id = onlyInsight(scene);
		this.mvc
			.perform(post("/insights/{id}/status", id).with(csrf())
				.with(this.fixtures.as(scene.sam()))
				.param("to", "VALIDATED")
				.param("reason", "I say so")
				.param("version", "0"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/insights/{id}/status", id).with(csrf())
				.with(this.fixtures.as(scene.fran()))
				.param("to", "VALIDATED")
				.param("reason", "I say so")
				.param("version", "0"))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select status from insight where id = ?").param(id).query(String.class).single())
			.isEqualTo("HYPOTHESIS");
	}

	@Test
	void anotherWorkspaceFindsNothing() throws Exception {
		Scene scene = this.scenes.inActionPlanning();
		createFromCluster(scene, scene.fran()).andExpect(status().isOk());
		long id = onlyInsight(scene);
		CurrentMember stranger = this.fixtures.newWorkspace();
		this.mvc.perform(get("/insights/{id}", id).with(this.fixtures.as(stranger))).andExpect(status().isNotFound());
		this.mvc.perform(get("/sessions/{id}/insights/panel", scene.sessionId()).with(this.fixtures.as(stranger)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/insights/{id}/status", id).with(csrf())
				.with(this.fixtures.as(stranger))
				.param("to", "REFUTED")
				.param("reason", "Guessed URL")
				.param("version", "0"))
			.andExpect(status().isNotFound());
		createFromCluster(scene, stranger).andExpect(status().isNotFound());
		assertThat(insightCount(scene)).isEqualTo(1);
	}

	@Test
	void aParticipantOutsideTheSessionDoesNotSeeItsPanel() throws Exception {
		Scene scene = this.scenes.inActionPlanning();
		this.mvc.perform(get("/sessions/{id}/insights/panel", scene.sessionId()).with(this.fixtures.as(scene.otto())))
			.andExpect(status().isNotFound());
	}

	@Test
	void badInputIsRefusedWithAClearMessageAndNothingIsSaved() throws Exception {
		Scene scene = this.scenes.inActionPlanning();
		List<Long> evidence = List.of(scene.ssoEntry());
		assertThat(refused(create(scene, scene.fran(), "  ", "BEHAVIOUR_TRIGGER", "", evidence)))
			.contains("Write the insight’s statement");
		assertThat(refused(create(scene, scene.fran(), "x".repeat(501), "BEHAVIOUR_TRIGGER", "", evidence)))
			.contains("at most 500 characters; this one has 501");
		assertThat(refused(create(scene, scene.fran(), "Fine", "GUESSWORK", "", evidence)))
			.contains("Pick one of the listed categories");
		assertThat(refused(create(scene, scene.fran(), "Fine", "BEHAVIOUR_TRIGGER", "a,b,c,d,e,f,g,h,i,j,k", evidence)))
			.contains("At most 10 tags; you gave 11");
		assertThat(refused(create(scene, scene.fran(), "Fine", "BEHAVIOUR_TRIGGER", "x".repeat(41), evidence)))
			.contains("A tag may be at most 40 characters");
		assertThat(refused(create(scene, scene.fran(), "Fine", "BEHAVIOUR_TRIGGER", "", evidence, 987654321L)))
			.contains("taxonomy list");
		assertThat(refused(create(scene, scene.fran(), "Fine", "BEHAVIOUR_TRIGGER", "", List.of())))
			.contains("needs at least one interpretation");
		Scene other = this.scenes.inActionPlanning();
		assertThat(refused(create(scene, scene.fran(), "Fine", "BEHAVIOUR_TRIGGER", "",
				List.of(scene.ssoEntry(), other.championEntry()))))
			.contains("not on this session’s board")
			.doesNotContain("Logins dropped after the champion left");
		assertThat(insightCount(scene)).isZero();
		assertThat(insightCount(other)).isZero();
	}

	@Test
	void recordingBeforeActionPlanningIsRefusedAndAfterTheEndAllowed() throws Exception {
		Scene scene = this.scenes.liveSession();
		this.mvc.perform(create(scene, scene.fran(), "Too early", "BEHAVIOUR_TRIGGER", "", List.of(scene.ssoEntry())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("action-planning")));
		assertThat(insightCount(scene)).isZero();
		this.mvc
			.perform(
					post("/sessions/{id}/run/end", scene.sessionId()).with(csrf()).with(this.fixtures.as(scene.fran())))
			.andExpect(status().is3xxRedirection());
		assertThat(panel(scene, scene.pat())).contains("insights-panel");
		this.mvc
			.perform(create(scene, scene.fran(), "After the end", "BEHAVIOUR_TRIGGER", "", List.of(scene.ssoEntry())))
			.andExpect(status().isOk());
		assertThat(insightCount(scene)).isEqualTo(1);
	}

	@Test
	void thePanelWarnsWhenASessionHasMoreThanThreeInsights() throws Exception {
		Scene scene = this.scenes.inActionPlanning();
		for (int n = 1; n <= 3; n++) {
			this.mvc
				.perform(
						create(scene, scene.fran(), "Insight " + n, "BEHAVIOUR_TRIGGER", "", List.of(scene.ssoEntry())))
				.andExpect(status().isOk());
		}
		assertThat(panel(scene, scene.pat())).doesNotContain("insights-too-many").doesNotContain("Aim for");
		this.mvc.perform(create(scene, scene.fran(), "Insight 4", "BEHAVIOUR_TRIGGER", "", List.of(scene.ssoEntry())))
			.andExpect(status().isOk());
		assertThat(panel(scene, scene.pat())).contains("insights-too-many").contains("4 insights");
	}

}
