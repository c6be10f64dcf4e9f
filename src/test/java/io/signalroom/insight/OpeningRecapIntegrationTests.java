package io.signalroom.insight;

import java.util.List;

import io.signalroom.insight.ActionFixtures.Team;
import io.signalroom.insight.action.ActionView;
import io.signalroom.insight.action.ActionTracker;
import io.signalroom.insight.wrapup.OpeningRecap;
import io.signalroom.insight.wrapup.Recap;
import io.signalroom.signal.SignalFixtures;
import io.signalroom.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The recap a session opens with: the previous session's insights and open actions, what
 * is still open from earlier sessions of the series, and for a one-off session the
 * workspace's overdue actions.
 */
@IntegrationTest
class OpeningRecapIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ActionFixtures fixtures;

	@Autowired
	SignalFixtures signals;

	@Autowired
	OpeningRecap recaps;

	@Autowired
	ActionTracker tracker;

	Team team;

	List<Long> series;

	@BeforeEach
	void weeklySeries() {
		this.team = this.fixtures.team();
		this.series = this.fixtures.series(this.team, "Weekly churn review");
	}

	@Test
	void anOverdueActionShowsUpInTheNextSessionsRecap() throws Exception {
		long first = this.series.get(0);
		long second = this.series.get(1);
		this.fixtures.start(this.team, first);
		this.fixtures.insight(this.team, first, "Logins drop two weeks before churn");
		this.fixtures.action(this.team, first, "Call every quiet account", this.team.sam(),
				this.fixtures.today().minusDays(2));
		this.fixtures.action(this.team, first, "Draft the outreach mail", this.team.pat(),
				this.fixtures.today().plusDays(10));
		this.fixtures.end(this.team, first);

		this.mvc.perform(get("/sessions/{id}/recap", second).with(this.signals.as(this.team.sam())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Logins drop two weeks before churn")))
			.andExpect(content().string(containsString("Hypothesis")))
			.andExpect(content().string(containsString("Draft the outreach mail")))
			.andExpect(content().string(matchesPattern(
					"(?s).*<li data-testid=\"recap-action\" class=\"text-danger fw-semibold\">\\s*<span>Call every quiet account</span>.*Overdue.*")))
			.andExpect(content().string(matchesPattern(
					"(?s).*<li data-testid=\"recap-action\">\\s*<span>Draft the outreach mail</span>.*")));
		// the run page has the card and fetches its content
		this.mvc.perform(get("/sessions/{id}/run", second).with(this.signals.as(this.team.sam())))
			.andExpect(content().string(containsString("data-testid=\"recap\"")))
			.andExpect(content().string(containsString("hx-get=\"/sessions/" + second + "/recap\"")));
	}

	@Test
	void actionsStillOpenFromEarlierSessionsOfTheSeriesAreRecalledButClosedOnesAreNot() {
		long first = this.series.get(0);
		long second = this.series.get(1);
		long third = this.series.get(2);
		this.fixtures.start(this.team, first);
		this.fixtures.action(this.team, first, "From the first week", this.team.sam(), null);
		var closed = this.fixtures.action(this.team, first, "Closed in the first week", this.team.sam(), null);
		this.tracker.complete(this.team.sam(), closed.getId(), closed.getVersion(), "");
		this.fixtures.end(this.team, first);
		this.fixtures.start(this.team, second);
		this.fixtures.action(this.team, second, "From the second week", this.team.pat(), null);
		this.fixtures.end(this.team, second);

		Recap recap = this.recaps.of(this.team.fran(), third);
		assertThat(recap.previous().id()).isEqualTo(second);
		assertThat(recap.previousOpen()).extracting(ActionView::title).containsExactly("From the second week");
		assertThat(recap.earlierOpen()).extracting(ActionView::title).containsExactly("From the first week");
		assertThat(recap.workspaceOverdue()).isEmpty();
	}

	@Test
	void aOneOffSessionRecallsTheWorkspacesOverdueActions() throws Exception {
		long earlier = this.fixtures.session(this.team, "Earlier one-off", true);
		this.fixtures.action(this.team, earlier, "Overdue follow-up", this.team.pat(),
				this.fixtures.today().minusDays(1));
		this.fixtures.action(this.team, earlier, "Not yet due", this.team.pat(), this.fixtures.today().plusDays(1));
		long oneOff = this.fixtures.session(this.team, "Today's one-off", false);
		this.mvc.perform(get("/sessions/{id}/recap", oneOff).with(this.signals.as(this.team.fran())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Overdue follow-up")))
			.andExpect(content().string(not(containsString("Not yet due"))));
		this.mvc.perform(get("/sessions/{id}/run", oneOff).with(this.signals.as(this.team.fran())))
			.andExpect(content().string(containsString("Recap: overdue action items")));
	}

}
