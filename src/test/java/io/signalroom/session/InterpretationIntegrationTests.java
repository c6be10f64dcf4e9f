package io.signalroom.session;

import java.time.Instant;
import java.util.List;

import io.signalroom.customer.LifecycleStage;
import io.signalroom.session.planning.AgendaTemplate;
import io.signalroom.session.planning.Cadence;
import io.signalroom.session.planning.Participant;
import io.signalroom.session.planning.SessionPlan;
import io.signalroom.session.planning.SessionPlanning;
import io.signalroom.signal.SignalFixtures;
import io.signalroom.support.IntegrationTest;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Logging interpretations on the run page, silent rounds and the board, on the real
 * database.
 */
@IntegrationTest
class InterpretationIntegrationTests {

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

	CurrentMember admin;

	CurrentMember fran;

	CurrentMember sam;

	CurrentMember pat;

	CurrentMember outsider;

	long customerId;

	long sessionId;

	@BeforeEach
	void liveSessionWithACustomerUnderReview() {
		CurrentMember admin = this.fixtures.newWorkspace();
		this.admin = admin;
		this.fran = this.fixtures.member(admin, Role.FACILITATOR, Department.MARKETING, "Fran");
		this.sam = this.fixtures.member(admin, Role.PARTICIPANT, Department.SALES, "Sam");
		this.pat = this.fixtures.member(admin, Role.PARTICIPANT, Department.SUPPORT, "Pat");
		this.outsider = this.fixtures.member(admin, Role.PARTICIPANT, Department.SUPPORT, "Otto");
		this.customerId = this.fixtures.customer(admin, "Acme Quiet", LifecycleStage.ONBOARDING);
		this.sessionId = this.planning.create(this.fran,
				new SessionPlan("Quiet onboarding accounts", null, LearningGoal.EARLY_CHURN_DETECTION,
						AgendaTemplate.STANDARD, this.fran.userId(), 60,
						List.of(new Participant(this.sam.userId(), Department.SALES),
								new Participant(this.pat.userId(), Department.SUPPORT))),
				Instant.parse("2031-05-06T14:30:00Z"), Cadence.ONCE)
			.getId();
		this.planning.addCustomers(this.fran, this.sessionId, List.of(this.customerId));
	}

	void goLive() {
		this.sessions.start(this.fran, this.sessionId);
	}

	ResultActions interpret(CurrentMember who, String text, String category) throws Exception {
		return this.mvc.perform(post("/sessions/{id}/run/interpretations", this.sessionId).with(csrf())
			.with(this.fixtures.as(who))
			.header("HX-Request", "true")
			.param("customerId", String.valueOf(this.customerId))
			.param("about", "")
			.param("text", text)
			.param("category", category)
			.param("confidence", "4"));
	}

	String board(CurrentMember viewer) throws Exception {
		return this.mvc.perform(get("/sessions/{id}/run/board", this.sessionId).with(this.fixtures.as(viewer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void aParticipantsInterpretationLandsOnEveryonesBoardWithTheirDepartment() throws Exception {
		goLive();
		interpret(this.sam, "Logins dropped after the champion left", "CHURN_RISK").andExpect(status().isOk())
			.andExpect(content().string(containsString("Logged. It is on the board.")));
		assertThat(board(this.pat)).contains("Logins dropped after the champion left").contains("Sales");
		assertThat(board(this.fran)).contains("Logins dropped after the champion left");
	}

	@Test
	void anInterpretationPostPublishesABoardEventOnTheSessionTopic() throws Exception {
		goLive();
		interpret(this.sam, "Asked about the enterprise plan", "BUYING_INTENT").andExpect(status().isOk());
		List<String> names = this.jdbc.sql("select name from live_event where topic = ? order by id")
			.param("ws" + this.fran.workspaceId() + ".session-" + this.sessionId)
			.query(String.class)
			.list();
		assertThat(names).endsWith("board-changed");
		// the event names the interpretation (for pages and the benchmark), never its
		// text
		String payload = this.jdbc.sql("select payload from live_event where topic = ? order by id desc limit 1")
			.param("ws" + this.fran.workspaceId() + ".session-" + this.sessionId)
			.query(String.class)
			.single();
		assertThat(payload).isEqualTo("interpretation-" + entryIds().get(0));
	}

	@Test
	void postingWhileTheSessionIsNotLiveIsRefusedWithAClearMessage() throws Exception {
		interpret(this.sam, "Too early", "CHURN_RISK").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("only while the session is live")));
		goLive();
		this.sessions.pause(this.fran, this.sessionId);
		interpret(this.sam, "Paused", "CHURN_RISK").andExpect(status().isUnprocessableContent());
		assertThat(board(this.fran)).doesNotContain("Too early").doesNotContain("Paused");
	}

	@Test
	void emptyOrOverLongTextIsRefusedWithTheLimit() throws Exception {
		goLive();
		interpret(this.sam, "   ", "CHURN_RISK").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("at most 1,000 characters")));
		interpret(this.sam, "x".repeat(1001), "CHURN_RISK").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("at most 1,000 characters; this one has 1,001")));
		interpret(this.sam, "x".repeat(1000), "CHURN_RISK").andExpect(status().isOk());
	}

	@Test
	void aMemberOutsideTheSessionIsRefusedAndAnotherWorkspaceGetsNotFound() throws Exception {
		goLive();
		interpret(this.outsider, "Not mine", "CHURN_RISK").andExpect(status().isNotFound());
		CurrentMember manager = this.fixtures.member(this.fixtures.newWorkspace(), Role.MANAGER,
				Department.CUSTOMER_SUCCESS, "Mona");
		interpret(manager, "Guessed URL", "CHURN_RISK").andExpect(status().isNotFound());
		CurrentMember ownManager = this.fixtures.member(this.admin, Role.MANAGER, Department.CUSTOMER_SUCCESS, "Max");
		interpret(ownManager, "Watching only", "CHURN_RISK").andExpect(status().isForbidden());
		assertThat(board(this.fran)).doesNotContain("Not mine").doesNotContain("Watching only");
	}

	@Test
	void silentEntriesStayWithTheirAuthorUntilTheFacilitatorRevealsThemAll() throws Exception {
		goLive();
		this.mvc
			.perform(post("/sessions/{id}/run/silence", this.sessionId).with(csrf()).with(this.fixtures.as(this.fran)))
			.andExpect(status().isOk());
		interpret(this.sam, "Sam thinks upsell", "UPSELL_READINESS").andExpect(status().isOk());
		interpret(this.pat, "Pat thinks churn", "CHURN_RISK").andExpect(status().isOk());
		assertThat(board(this.sam)).contains("Sam thinks upsell").doesNotContain("Pat thinks churn");
		assertThat(board(this.pat)).contains("Pat thinks churn").doesNotContain("Sam thinks upsell");
		assertThat(board(this.fran)).doesNotContain("Pat thinks churn").doesNotContain("Sam thinks upsell");
		String payloads = String.join("\n",
				this.jdbc.sql("select payload from live_event where topic = ?")
					.param("ws" + this.fran.workspaceId() + ".session-" + this.sessionId)
					.query(String.class)
					.list());
		assertThat(payloads).doesNotContain("thinks");
		this.mvc
			.perform(post("/sessions/{id}/run/reveal", this.sessionId).with(csrf()).with(this.fixtures.as(this.fran)))
			.andExpect(status().isOk());
		assertThat(board(this.sam)).contains("Sam thinks upsell").contains("Pat thinks churn");
		assertThat(board(this.pat)).contains("Sam thinks upsell").contains("Pat thinks churn");
	}

	@Test
	void theBoardHighlightsACustomerThatDepartmentsReadDifferently() throws Exception {
		goLive();
		interpret(this.sam, "They want more seats", "UPSELL_READINESS");
		assertThat(board(this.fran)).doesNotContain("data-testid=\"divergent\"");
		interpret(this.pat, "Tickets pile up", "CHURN_RISK");
		assertThat(board(this.fran)).contains("data-testid=\"divergent\"");
	}

	@Test
	void theParticipationMeterNamesWhoHasNotSpokenYet() throws Exception {
		goLive();
		interpret(this.sam, "Quiet since March", "DISENGAGEMENT");
		this.mvc.perform(get("/sessions/{id}/run/board", this.sessionId).with(this.fixtures.as(this.fran)))
			.andExpect(content().string(containsString("Not heard from yet:")))
			.andExpect(content().string(containsString(">Pat<")))
			.andExpect(content().string(not(containsString(">Sam<, "))));
	}

	@Test
	void aParticipantCannotStartASilentRound() throws Exception {
		goLive();
		this.mvc
			.perform(post("/sessions/{id}/run/silence", this.sessionId).with(csrf()).with(this.fixtures.as(this.sam)))
			.andExpect(status().isForbidden());
	}

	@Test
	void theRoundRobinShowsWhoIsUpAndNextAndADoubleClickPassesTheTurnOnce() throws Exception {
		goLive();
		this.mvc
			.perform(post("/sessions/{id}/run/speakers", this.sessionId).with(csrf())
				.with(this.fixtures.as(this.fran))
				.param("order", "department"))
			.andExpect(status().is3xxRedirection());
		// by department: Sales (Sam) before Support (Pat)
		this.mvc.perform(get("/sessions/{id}/run/stage", this.sessionId).with(this.fixtures.as(this.pat)))
			.andExpect(content().string(containsString("data-testid=\"speaker-now\">Sam<")))
			.andExpect(content().string(containsString("data-testid=\"speaker-next\">Pat<")));
		for (int click = 0; click < 2; click++) {
			this.mvc
				.perform(post("/sessions/{id}/run/speakers/next", this.sessionId).with(csrf())
					.with(this.fixtures.as(this.fran))
					.header("HX-Request", "true")
					.param("position", "0"))
				.andExpect(status().isOk());
		}
		this.mvc.perform(get("/sessions/{id}/run/stage", this.sessionId).with(this.fixtures.as(this.sam)))
			.andExpect(content().string(containsString("data-testid=\"speaker-now\">Pat<")))
			.andExpect(content().string(not(containsString("speaker-next"))));
		this.mvc
			.perform(post("/sessions/{id}/run/speakers", this.sessionId).with(csrf()).with(this.fixtures.as(this.sam)))
			.andExpect(status().isForbidden());
	}

	List<Long> entryIds() {
		return this.jdbc.sql("select id from interpretation where session_id = ? order by id")
			.param(this.sessionId)
			.query(Long.class)
			.list();
	}

	ResultActions vote(CurrentMember who, long entryId) throws Exception {
		return this.mvc.perform(post("/sessions/{id}/run/votes", this.sessionId).with(csrf())
			.with(this.fixtures.as(who))
			.header("HX-Request", "true")
			.param("interpretationId", String.valueOf(entryId)));
	}

	@Test
	void eachParticipantHasThreeVotesAndAFourthIsRefusedWithAMessage() throws Exception {
		goLive();
		for (int n = 1; n <= 4; n++) {
			interpret(this.pat, "Reading " + n, "FRICTION");
		}
		List<Long> ids = entryIds();
		vote(this.sam, ids.get(0)).andExpect(status().isOk());
		vote(this.sam, ids.get(0)).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("You already voted for this interpretation.")));
		vote(this.sam, ids.get(1)).andExpect(status().isOk());
		vote(this.sam, ids.get(2)).andExpect(status().isOk())
			.andExpect(content().string(containsString("You have used all your votes.")));
		vote(this.sam, ids.get(3)).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("You have used all 3 of your votes.")));
		vote(this.pat, ids.get(3)).andExpect(status().isOk());
		long votes = this.jdbc.sql("select count(*) from interpretation_vote where session_id = ?")
			.param(this.sessionId)
			.query(Long.class)
			.single();
		assertThat(votes).isEqualTo(4);
	}

	@Test
	void aSilentEntryOfSomeoneElseCannotBeVotedFor() throws Exception {
		goLive();
		this.mvc
			.perform(post("/sessions/{id}/run/silence", this.sessionId).with(csrf()).with(this.fixtures.as(this.fran)));
		interpret(this.pat, "Hidden for now", "FRICTION");
		vote(this.sam, entryIds().get(0)).andExpect(status().isNotFound());
	}

	@Test
	void theFacilitatorGroupsInterpretationsIntoANamedCluster() throws Exception {
		goLive();
		interpret(this.sam, "Champion left", "CHURN_RISK");
		interpret(this.pat, "Tickets unanswered", "FRICTION");
		interpret(this.pat, "Asked for a discount", "BUYING_INTENT");
		List<Long> ids = entryIds();
		this.mvc
			.perform(post("/sessions/{id}/run/clusters", this.sessionId).with(csrf())
				.with(this.fixtures.as(this.fran))
				.header("HX-Request", "true")
				.param("name", "Onboarding stalls")
				.param("entryIds", String.valueOf(ids.get(0)), String.valueOf(ids.get(1))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Onboarding stalls")));
		String board = board(this.sam);
		String cluster = board.substring(board.indexOf("data-testid=\"cluster\""));
		assertThat(cluster).contains("Onboarding stalls")
			.contains(">Champion left</span>")
			.contains(">Tickets unanswered</span>")
			.doesNotContain(">Asked for a discount</span>");
		this.mvc
			.perform(post("/sessions/{id}/run/clusters", this.sessionId).with(csrf())
				.with(this.fixtures.as(this.fran))
				.header("HX-Request", "true")
				.param("name", " "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Check the interpretations to group first.")));
		this.mvc
			.perform(post("/sessions/{id}/run/clusters", this.sessionId).with(csrf())
				.with(this.fixtures.as(this.sam))
				.param("name", "Mine")
				.param("entryIds", String.valueOf(ids.get(2))))
			.andExpect(status().isForbidden());
	}

	void console(String action) throws Exception {
		SessionView view = this.sessions.view(this.fran, this.sessionId);
		console(action, view.agenda().get(view.currentItem()).id());
	}

	void console(String action, long itemId) throws Exception {
		this.mvc
			.perform(post("/sessions/{id}/run/" + action, this.sessionId).with(csrf())
				.with(this.fixtures.as(this.fran))
				.param("itemId", String.valueOf(itemId)))
			.andExpect(status().is3xxRedirection());
	}

	void silence() throws Exception {
		this.mvc
			.perform(post("/sessions/{id}/run/silence", this.sessionId).with(csrf()).with(this.fixtures.as(this.fran)))
			.andExpect(status().isOk());
	}

	@Test
	void movingToTheNextItemRevealsTheOpenSilentRound() throws Exception {
		goLive();
		silence();
		interpret(this.sam, "Sam thinks upsell", "UPSELL_READINESS").andExpect(status().isOk());
		assertThat(board(this.pat)).doesNotContain("Sam thinks upsell").contains("data-testid=\"silent-notice\"");
		console("next");
		assertThat(board(this.pat)).contains("Sam thinks upsell").doesNotContain("data-testid=\"silent-notice\"");
		assertThat(board(this.fran)).contains("Sam thinks upsell").contains("data-testid=\"silence\"");
	}

	@Test
	void goingBackOrEndingRevealsTooButPausingKeepsTheRoundSilent() throws Exception {
		goLive();
		console("next");
		silence();
		interpret(this.sam, "Said during item two", "CHURN_RISK");
		console("pause");
		assertThat(board(this.pat)).doesNotContain("Said during item two");
		console("resume");
		console("back");
		assertThat(board(this.pat)).contains("Said during item two");

		silence();
		interpret(this.pat, "Said just before the end", "FRICTION");
		assertThat(board(this.sam)).doesNotContain("Said just before the end");
		console("end");
		assertThat(board(this.sam)).contains("Said just before the end");
	}

	@Test
	void aStaleNextFromASecondTabDoesNotRevealTheRoundOfTheItemItNeverSaw() throws Exception {
		goLive();
		long opening = this.sessions.view(this.fran, this.sessionId).agenda().get(0).id();
		console("next", opening);
		silence();
		interpret(this.sam, "Fresh silent entry", "CHURN_RISK");
		// the second tab still shows the opening item
		console("next", opening);
		assertThat(this.sessions.view(this.fran, this.sessionId).currentItem()).isEqualTo(1);
		assertThat(board(this.pat)).doesNotContain("Fresh silent entry");
	}

	@Test
	void twoTabsVotingAtOnceNeverSpendMoreThanTheAllowance() throws Exception {
		goLive();
		for (int n = 1; n <= 6; n++) {
			interpret(this.pat, "Reading " + n, "FRICTION");
		}
		List<Long> ids = entryIds();
		java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.ExecutorService tabs = java.util.concurrent.Executors.newFixedThreadPool(ids.size());
		List<Integer> statuses = new java.util.ArrayList<>();
		try {
			List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
			for (long id : ids) {
				answers.add(tabs.submit(() -> {
					go.await();
					return vote(this.sam, id).andReturn().getResponse().getStatus();
				}));
			}
			go.countDown();
			for (java.util.concurrent.Future<Integer> answer : answers) {
				statuses.add(answer.get(30, java.util.concurrent.TimeUnit.SECONDS));
			}
		}
		finally {
			tabs.shutdownNow();
		}
		assertThat(statuses).containsExactlyInAnyOrder(200, 200, 200, 422, 422, 422);
		assertThat(this.jdbc.sql("select count(*) from interpretation_vote where session_id = ? and voter_id = ?")
			.params(this.sessionId, this.sam.userId())
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void aMemberOfAnotherWorkspaceWithGuessedUrlsFindsNothingAndChangesNothing() throws Exception {
		goLive();
		interpret(this.sam, "Ours alone", "CHURN_RISK");
		long entry = entryIds().get(0);
		CurrentMember stranger = this.fixtures.newWorkspace();
		this.mvc.perform(get("/sessions/{id}/run/board", this.sessionId).with(this.fixtures.as(stranger)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/sessions/{id}/run/stage", this.sessionId).with(this.fixtures.as(stranger)))
			.andExpect(status().isNotFound());
		for (String action : List.of("silence", "reveal", "speakers", "votes?interpretationId=" + entry,
				"clusters?name=Guess&entryIds=" + entry, "next?itemId=1")) {
			this.mvc
				.perform(post("/sessions/{id}/run/" + action, this.sessionId).with(csrf())
					.with(this.fixtures.as(stranger)))
				.andExpect(status().isNotFound());
		}
		assertThat(this.jdbc.sql("select count(*) from interpretation_vote where session_id = ?")
			.param(this.sessionId)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from interpretation_cluster where session_id = ?")
			.param(this.sessionId)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from silent_round where session_id = ?")
			.param(this.sessionId)
			.query(Long.class)
			.single()).isZero();
	}

}
