package io.signalroom.session;

import java.util.List;

import io.signalroom.session.planning.SessionPlanning;
import io.signalroom.signal.SignalFixtures;
import io.signalroom.support.IntegrationTest;
import io.signalroom.workspace.CurrentMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The facilitator renames clusters, takes interpretations out of them and deletes empty
 * ones; every board hears of it.
 */
@IntegrationTest
class ClusterIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SignalFixtures fixtures;

	@Autowired
	SessionPlanning planning;

	@Autowired
	PracticeSessions sessions;

	@Autowired
	JdbcClient jdbc;

	LiveSessionMother s;

	long champion;

	long tickets;

	long cluster;

	@BeforeEach
	void aClusterOfTwoInterpretations() throws Exception {
		this.s = LiveSessionMother.live(this.fixtures, this.planning, this.sessions);
		interpret(this.s.sam(), "Champion left");
		interpret(this.s.pat(), "Tickets unanswered");
		List<Long> ids = this.jdbc.sql("select id from interpretation where session_id = ? order by id")
			.param(this.s.sessionId())
			.query(Long.class)
			.list();
		this.champion = ids.get(0);
		this.tickets = ids.get(1);
		this.mvc
			.perform(post("/sessions/{id}/run/clusters", this.s.sessionId()).with(csrf())
				.with(this.fixtures.as(this.s.fran()))
				.header("HX-Request", "true")
				.param("name", "Onboarding stalls")
				.param("entryIds", String.valueOf(this.champion), String.valueOf(this.tickets)))
			.andExpect(status().isOk());
		this.cluster = this.jdbc.sql("select id from interpretation_cluster where session_id = ?")
			.param(this.s.sessionId())
			.query(Long.class)
			.single();
	}

	void interpret(CurrentMember who, String text) throws Exception {
		this.mvc
			.perform(post("/sessions/{id}/run/interpretations", this.s.sessionId()).with(csrf())
				.with(this.fixtures.as(who))
				.header("HX-Request", "true")
				.param("customerId", String.valueOf(this.s.customerId()))
				.param("text", text)
				.param("category", "CHURN_RISK")
				.param("confidence", "3"))
			.andExpect(status().isOk());
	}

	ResultActions onCluster(CurrentMember who, long clusterId, String action, String... params) throws Exception {
		var request = post("/sessions/{id}/run/clusters/{c}/" + action, this.s.sessionId(), clusterId).with(csrf())
			.with(this.fixtures.as(who))
			.header("HX-Request", "true");
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return this.mvc.perform(request);
	}

	String clustersOnTheBoardOf(CurrentMember viewer) throws Exception {
		String board = this.mvc
			.perform(get("/sessions/{id}/run/board", this.s.sessionId()).with(this.fixtures.as(viewer)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int start = board.indexOf("data-testid=\"clusters\"");
		return (start < 0) ? "" : board.substring(start, board.indexOf("data-testid=\"meter-people\"", start));
	}

	String name() {
		return this.jdbc.sql("select name from interpretation_cluster where id = ?")
			.param(this.cluster)
			.query(String.class)
			.single();
	}

	List<String> boardEvents() {
		return this.jdbc.sql("select payload from live_event where topic = ? and name = 'board-changed' order by id")
			.param("ws" + this.s.admin().workspaceId() + ".session-" + this.s.sessionId())
			.query(String.class)
			.list();
	}

	@Test
	void theFacilitatorRenamesAClusterAndEveryBoardShowsTheNewName() throws Exception {
		onCluster(this.s.fran(), this.cluster, "name", "name", "  Champions leave  ").andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"cluster-name\">Champions leave<")));
		assertThat(name()).isEqualTo("Champions leave");
		assertThat(clustersOnTheBoardOf(this.s.sam())).contains(">Champions leave<")
			.doesNotContain("Onboarding stalls");
		assertThat(boardEvents()).last().isEqualTo("cluster-renamed");
	}

	@Test
	void anEmptyOrOverLongNameIsRefusedWithTheLimitAndTheOldNameStays() throws Exception {
		onCluster(this.s.fran(), this.cluster, "name", "name", "   ").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Name the cluster (at most 120 characters).")));
		onCluster(this.s.fran(), this.cluster, "name", "name", "x".repeat(121))
			.andExpect(status().isUnprocessableContent());
		assertThat(name()).isEqualTo("Onboarding stalls");
	}

	@Test
	void takingAnInterpretationOutLeavesItOnTheBoardAndAnEmptyClusterCanBeDeleted() throws Exception {
		onCluster(this.s.fran(), this.cluster, "remove", "interpretationId", String.valueOf(this.champion))
			.andExpect(status().isOk());
		String clusters = clustersOnTheBoardOf(this.s.pat());
		assertThat(clusters).contains(">Tickets unanswered<").doesNotContain(">Champion left<");
		this.mvc.perform(get("/sessions/{id}/run/board", this.s.sessionId()).with(this.fixtures.as(this.s.pat())))
			.andExpect(content().string(containsString(">Champion left<")));
		// taking the same one out twice finds nothing to take
		onCluster(this.s.fran(), this.cluster, "remove", "interpretationId", String.valueOf(this.champion))
			.andExpect(status().isNotFound());

		onCluster(this.s.fran(), this.cluster, "delete").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(
					containsString("Only an empty cluster can be deleted; this one still holds 1 interpretation.")));
		onCluster(this.s.fran(), this.cluster, "remove", "interpretationId", String.valueOf(this.tickets))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"cluster-delete\"")));
		onCluster(this.s.fran(), this.cluster, "delete").andExpect(status().isOk());
		assertThat(clustersOnTheBoardOf(this.s.sam())).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from interpretation where session_id = ?")
			.param(this.s.sessionId())
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(boardEvents()).endsWith("cluster-entry-removed", "cluster-entry-removed", "cluster-deleted");
	}

	@Test
	void aParticipantCannotArrangeClusters() throws Exception {
		onCluster(this.s.sam(), this.cluster, "name", "name", "Mine").andExpect(status().isForbidden());
		onCluster(this.s.sam(), this.cluster, "remove", "interpretationId", String.valueOf(this.champion))
			.andExpect(status().isForbidden());
		onCluster(this.s.sam(), this.cluster, "delete").andExpect(status().isForbidden());
		assertThat(name()).isEqualTo("Onboarding stalls");
		assertThat(clustersOnTheBoardOf(this.s.fran())).contains(">Champion left<");
	}

	@Test
	void anotherWorkspaceOrAnotherSessionsClusterIsNotFound() throws Exception {
		CurrentMember stranger = this.fixtures.newWorkspace();
		onCluster(stranger, this.cluster, "name", "name", "Guessed").andExpect(status().isNotFound());
		onCluster(stranger, this.cluster, "delete").andExpect(status().isNotFound());
		LiveSessionMother other = LiveSessionMother.live(this.fixtures, this.planning, this.sessions);
		// the other session's facilitator names this cluster under their own session's
		// URL
		this.mvc
			.perform(post("/sessions/{id}/run/clusters/{c}/name", other.sessionId(), this.cluster).with(csrf())
				.with(this.fixtures.as(other.fran()))
				.param("name", "Guessed"))
			.andExpect(status().isNotFound());
		assertThat(name()).isEqualTo("Onboarding stalls");
	}

}
