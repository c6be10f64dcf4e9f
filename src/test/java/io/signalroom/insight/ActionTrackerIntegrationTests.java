package io.signalroom.insight;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.signalroom.insight.ActionFixtures.Team;
import io.signalroom.insight.action.ActionFilter;
import io.signalroom.insight.action.ActionItem;
import io.signalroom.insight.action.ActionTracker;
import io.signalroom.insight.action.ActionView;
import io.signalroom.signal.SignalFixtures;
import io.signalroom.support.IntegrationTest;
import io.signalroom.workspace.CurrentMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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

/**
 * The action tracker and "my actions": filters and counts as of a given day, and closing
 * an action by its owner, a manager or an admin.
 */
@IntegrationTest
class ActionTrackerIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ActionFixtures fixtures;

	@Autowired
	SignalFixtures signals;

	@Autowired
	ActionTracker tracker;

	@Autowired
	JdbcClient jdbc;

	Team team;

	long sessionId;

	@BeforeEach
	void liveSession() {
		this.team = this.fixtures.team();
		this.sessionId = this.fixtures.session(this.team, "Renewals at risk", true);
	}

	MockHttpServletRequestBuilder close(CurrentMember as, ActionItem action, String how, String note) {
		return post("/actions/{id}/" + how, action.getId()).with(csrf())
			.with(this.signals.as(as))
			.param("version", String.valueOf(action.getVersion()))
			.param("note", note)
			.param("back", "mine")
			.header("Referer", "http://localhost/actions/mine");
	}

	String statusOf(ActionItem action) {
		return this.jdbc.sql("select status from action_item where id = ?")
			.param(action.getId())
			.query(String.class)
			.single();
	}

	@Test
	void filtersAndCountsFollowTheDayTheyAreAskedFor() {
		LocalDate day = LocalDate.of(2031, 3, 10);
		this.fixtures.action(this.team, this.sessionId, "overdue by a day", this.team.sam(), day.minusDays(1));
		this.fixtures.action(this.team, this.sessionId, "due today", this.team.sam(), day);
		this.fixtures.action(this.team, this.sessionId, "due in seven days", this.team.pat(), day.plusDays(7));
		this.fixtures.action(this.team, this.sessionId, "due in eight days", this.team.sam(), day.plusDays(8));
		this.fixtures.action(this.team, this.sessionId, "no due date", this.team.pat(), null);
		ActionItem done = this.fixtures.action(this.team, this.sessionId, "done long ago", this.team.sam(),
				day.minusDays(30));
		this.tracker.complete(this.team.sam(), done.getId(), done.getVersion(), "Called them");
		ActionItem dropped = this.fixtures.action(this.team, this.sessionId, "dropped", this.team.pat(), null);
		this.tracker.drop(this.team.pat(), dropped.getId(), dropped.getVersion(), "Customer churned anyway");

		CurrentMember viewer = this.team.pat();
		assertThat(titles(viewer, ActionFilter.OVERDUE, null, day)).containsExactly("overdue by a day");
		assertThat(titles(viewer, ActionFilter.DUE_SOON, null, day)).containsExactly("due today", "due in seven days");
		assertThat(titles(viewer, ActionFilter.OPEN, null, day)).containsExactly("overdue by a day", "due today",
				"due in seven days", "due in eight days", "no due date");
		assertThat(titles(viewer, ActionFilter.DONE, null, day)).containsExactly("done long ago");
		assertThat(titles(viewer, ActionFilter.DROPPED, null, day)).containsExactly("dropped");
		assertThat(titles(viewer, ActionFilter.OPEN, this.team.pat().userId(), day))
			.containsExactly("due in seven days", "no due date");
		// a week later, more is overdue and "eight days" is due soon
		assertThat(titles(viewer, ActionFilter.OVERDUE, null, day.plusDays(7))).containsExactly("overdue by a day",
				"due today");
		assertThat(titles(viewer, ActionFilter.DUE_SOON, null, day.plusDays(7))).containsExactly("due in seven days",
				"due in eight days");

		Map<ActionFilter, Long> counts = this.tracker.counts(viewer, null, day);
		assertThat(counts).containsEntry(ActionFilter.OPEN, 5L)
			.containsEntry(ActionFilter.DUE_SOON, 2L)
			.containsEntry(ActionFilter.OVERDUE, 1L)
			.containsEntry(ActionFilter.DONE, 1L)
			.containsEntry(ActionFilter.DROPPED, 1L)
			.containsEntry(ActionFilter.ALL, 7L);
		assertThat(this.tracker.counts(viewer, this.team.sam().userId(), day)).containsEntry(ActionFilter.OPEN, 3L)
			.containsEntry(ActionFilter.DONE, 1L)
			.containsEntry(ActionFilter.DROPPED, 0L);
		ActionView overdue = this.tracker.list(viewer, ActionFilter.OVERDUE, null, day).get(0);
		assertThat(overdue.overdue()).isTrue();
		assertThat(overdue.sessionFocus()).isEqualTo("Renewals at risk");
	}

	private List<String> titles(CurrentMember viewer, ActionFilter filter, Long owner, LocalDate day) {
		return this.tracker.list(viewer, filter, owner, day).stream().map(ActionView::title).toList();
	}

	@Test
	void theTrackerPagesFilterByStatusAndOwnerAndCountEachFilter() throws Exception {
		LocalDate today = this.fixtures.today();
		this.fixtures.action(this.team, this.sessionId, "Late call", this.team.sam(), today.minusDays(2));
		this.fixtures.action(this.team, this.sessionId, "Soon call", this.team.pat(), today.plusDays(2));
		this.mvc.perform(get("/actions").param("show", "overdue").with(this.signals.as(this.team.pat())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Late call")))
			.andExpect(content().string(not(containsString("Soon call"))))
			.andExpect(content().string(containsString("Overdue")));
		this.mvc
			.perform(get("/actions").param("owner", String.valueOf(this.team.pat().userId()))
				.with(this.signals.as(this.team.sam())))
			.andExpect(content().string(containsString("Soon call")))
			.andExpect(content().string(not(containsString("Late call"))));
		this.mvc.perform(get("/actions/mine").with(this.signals.as(this.team.sam())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("My action items")))
			.andExpect(content().string(containsString("Late call")))
			.andExpect(content().string(not(containsString("Soon call"))));
		// another workspace sees none of it
		CurrentMember stranger = this.signals.newWorkspace();
		this.mvc.perform(get("/actions").param("show", "all").with(this.signals.as(stranger)))
			.andExpect(content().string(not(containsString("Late call"))))
			.andExpect(content().string(containsString("No action items here.")));
	}

	@Test
	void theOwnerCompletesTheirActionWithAnOutcomeNote() throws Exception {
		ActionItem action = this.fixtures.action(this.team, this.sessionId, "Call Acme", this.team.sam(), null);
		this.mvc.perform(close(this.team.sam(), action, "complete", "Champion is back; renewal on track"))
			.andExpect(redirectedUrl("/actions/mine#action-" + action.getId()))
			.andExpect(flash().attribute("successKey", "action.completed"));
		assertThat(statusOf(action)).isEqualTo("DONE");
		assertThat(this.jdbc.sql("select outcome_note from action_item where id = ?")
			.param(action.getId())
			.query(String.class)
			.single()).isEqualTo("Champion is back; renewal on track");
		this.mvc.perform(get("/actions").param("show", "done").with(this.signals.as(this.team.pat())))
			.andExpect(content().string(containsString("Champion is back; renewal on track")));
	}

	@Test
	void otherMembersMayNotCloseSomeoneElsesActionButManagersAndAdminsMay() throws Exception {
		ActionItem first = this.fixtures.action(this.team, this.sessionId, "Sam's call", this.team.sam(), null);
		this.mvc.perform(close(this.team.pat(), first, "complete", "")).andExpect(status().isForbidden());
		this.mvc.perform(close(this.team.fran(), first, "drop", "not needed")).andExpect(status().isForbidden());
		assertThat(statusOf(first)).isEqualTo("OPEN");
		this.mvc.perform(close(this.team.mia(), first, "drop", "Account merged into its parent"))
			.andExpect(flash().attribute("successKey", "action.dropped"));
		assertThat(statusOf(first)).isEqualTo("DROPPED");
		ActionItem second = this.fixtures.action(this.team, this.sessionId, "Pat's call", this.team.pat(), null);
		this.mvc.perform(close(this.team.admin(), second, "complete", ""))
			.andExpect(flash().attribute("successKey", "action.completed"));
		assertThat(statusOf(second)).isEqualTo("DONE");
	}

	@Test
	void droppingNeedsANoteAndAClosedActionStaysClosed() throws Exception {
		ActionItem action = this.fixtures.action(this.team, this.sessionId, "Call Acme", this.team.sam(), null);
		this.mvc.perform(close(this.team.sam(), action, "drop", "  "))
			.andExpect(flash().attribute("errorKey", "action.drop.noteRequired"));
		assertThat(statusOf(action)).isEqualTo("OPEN");
		this.mvc.perform(close(this.team.sam(), action, "complete", "x".repeat(1001)))
			.andExpect(flash().attribute("errorKey", "action.note.tooLong"));
		assertThat(statusOf(action)).isEqualTo("OPEN");
		this.mvc.perform(close(this.team.sam(), action, "complete", "done"));
		long version = this.jdbc.sql("select version from action_item where id = ?")
			.param(action.getId())
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/actions/{id}/drop", action.getId()).with(csrf())
				.with(this.signals.as(this.team.sam()))
				.param("version", String.valueOf(version))
				.param("note", "changed my mind")
				.header("Referer", "http://localhost/actions/mine?show=done"))
			.andExpect(redirectedUrl("/actions/mine?show=done"))
			.andExpect(flash().attribute("errorKey", "action.alreadyClosed"));
		assertThat(statusOf(action)).isEqualTo("DONE");
	}

	@Test
	void aStaleFormIsRefusedInsteadOfOverwritingWhatSomeoneElseDid() throws Exception {
		ActionItem action = this.fixtures.action(this.team, this.sessionId, "Call Acme", this.team.sam(), null);
		// the manager closed it after Sam's page was loaded with version 0
		this.tracker.complete(this.team.mia(), action.getId(), action.getVersion(), "Mia called");
		this.mvc.perform(close(this.team.sam(), action, "drop", "Not needed"))
			.andExpect(flash().attribute("errorKey", "action.changedMeanwhile"));
		this.mvc.perform(get("/actions/mine").param("show", "done").with(this.signals.as(this.team.sam())))
			.andExpect(content().string(containsString("Mia called")));
		assertThat(statusOf(action)).isEqualTo("DONE");
	}

	@Test
	void anotherWorkspacesActionIsNotFound() throws Exception {
		ActionItem action = this.fixtures.action(this.team, this.sessionId, "Call Acme", this.team.sam(), null);
		CurrentMember stranger = this.signals.newWorkspace();
		this.mvc.perform(close(stranger, action, "complete", "")).andExpect(status().isNotFound());
		assertThat(statusOf(action)).isEqualTo("OPEN");
	}

}
