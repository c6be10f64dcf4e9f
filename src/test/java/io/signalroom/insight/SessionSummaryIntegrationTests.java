package io.signalroom.insight;

import io.signalroom.insight.ActionFixtures.Team;
import io.signalroom.insight.wrapup.SessionSummaries;
import io.signalroom.insight.wrapup.SessionSummary;
import io.signalroom.insight.wrapup.SessionSummary.Attendance;
import io.signalroom.insight.wrapup.SessionSummary.Contribution;
import io.signalroom.session.running.InterpretationDraft;
import io.signalroom.session.running.InterpretationLog;
import io.signalroom.signal.SignalCategory;
import io.signalroom.signal.SignalFixtures;
import io.signalroom.support.IntegrationTest;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The wrap-up summary of an ended session, as a page and as Markdown.
 */
@IntegrationTest
class SessionSummaryIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ActionFixtures fixtures;

	@Autowired
	SignalFixtures signals;

	@Autowired
	InterpretationLog log;

	@Autowired
	SessionSummaries summaries;

	@Autowired
	JdbcClient jdbc;

	Team team;

	long sessionId;

	@BeforeEach
	void endedSession() {
		this.team = this.fixtures.team();
		this.sessionId = this.fixtures.session(this.team, "Quiet *onboarding* accounts", true);
		say(this.team.sam(), "Logins dropped after their champion left");
		say(this.team.sam(), "No reply to the last two mails");
		say(this.team.fran(), "Support tickets doubled");
		this.fixtures.insight(this.team, this.sessionId, "A silent champion means <churn> | risk");
		this.fixtures.action(this.team, this.sessionId, "Call [Acme](http://evil.test) **now**", this.team.sam(),
				this.fixtures.today().plusDays(3));
		this.fixtures.end(this.team, this.sessionId);
		// the opening ran 6 minutes (5 planned), the CRM review 25 minutes; the rest
		// never ran
		this.jdbc.sql("""
				update agenda_item set elapsed_seconds = case position when 0 then 370 else 1500 end,
				       actual_started_at = coalesce(actual_started_at, now())
				where session_id = ? and position in (0, 1)""").param(this.sessionId).update();
	}

	void say(CurrentMember who, String text) {
		this.log.record(who, this.sessionId, new InterpretationDraft(this.team.acme(), null, null, text,
				SignalCategory.CHURN_RISK, 3, null, null, null, null));
	}

	@Test
	void theSummaryCountsAttendanceTimeEntriesAndContributions() {
		SessionSummary summary = this.summaries.of(this.team.mia(), this.sessionId);
		assertThat(summary.facilitatorName()).isEqualTo("Fran");
		assertThat(summary.interpretationCount()).isEqualTo(3);
		assertThat(summary.attendance()).extracting(Attendance::department, Attendance::people, Attendance::contributed)
			.containsExactly(tuple(Department.SALES, 1, 1), tuple(Department.MARKETING, 1, 1),
					tuple(Department.SUPPORT, 1, 0));
		assertThat(summary.contributions()).extracting(Contribution::name, Contribution::entries, Contribution::percent)
			.containsExactly(tuple("Sam", 2, 67), tuple("Fran", 1, 33), tuple("Pat", 0, 0));
		assertThat(summary.agenda()).hasSize(5);
		assertThat(summary.agenda().get(0).actualMinutes()).isEqualTo(6);
		assertThat(summary.agenda().get(0).difference()).isEqualTo(1);
		assertThat(summary.agenda().get(1).actualMinutes()).isEqualTo(25);
		assertThat(summary.agenda().get(4).actualMinutes()).isNull();
		assertThat(summary.plannedTotal()).isEqualTo(60);
		assertThat(summary.actualTotal()).isEqualTo(31);
		assertThat(summary.insights()).hasSize(1);
		assertThat(summary.actions()).hasSize(1);
	}

	@Test
	void theSummaryPageShowsTheFiguresAndOffersPrintAndMarkdown() throws Exception {
		this.mvc.perform(get("/sessions/{id}/summary", this.sessionId).with(this.signals.as(this.team.pat())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Summary: Quiet *onboarding* accounts")))
			.andExpect(content().string(containsString("3 interpretations were logged.")))
			.andExpect(content().string(containsString("A silent champion means &lt;churn&gt; | risk")))
			.andExpect(content().string(containsString("data-print")))
			.andExpect(content().string(containsString("/css/insight/summary-print.css")))
			.andExpect(content().string(containsString("/sessions/" + this.sessionId + "/summary.md")));
		this.mvc.perform(get("/sessions/{id}", this.sessionId).with(this.signals.as(this.team.fran())))
			.andExpect(content().string(containsString("/sessions/" + this.sessionId + "/summary\"")));
	}

	@Test
	void theMarkdownExportIsADownloadWithTheUsersTextEscaped() throws Exception {
		String md = this.mvc
			.perform(get("/sessions/{id}/summary.md", this.sessionId).with(this.signals.as(this.team.sam())))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.parseMediaType("text/markdown")))
			.andExpect(header().string("Content-Disposition",
					containsString("attachment; filename=\"session-" + this.sessionId + "-summary.md\"")))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(md).startsWith("# Summary: Quiet \\*onboarding\\* accounts\n");
		assertThat(md).contains("**Objective:** Spot churn earlier");
		assertThat(md).contains("| Sales | 1 | 1 |");
		assertThat(md).contains("| 1 | Opening / set intention | 5 | 0 | 6 | +1 |");
		assertThat(md).contains("| | **Total** | 60 | | 31 | -29 |");
		assertThat(md).contains("3 interpretations were logged.");
		assertThat(md).contains("| Sam | Sales | 2 | 67 % |");
		assertThat(md).contains("- A silent champion means \\<churn\\> \\| risk (Hypothesis)");
		assertThat(md).contains("- [ ] Call \\[Acme\\]\\(http://evil\\.test\\) \\*\\*now\\*\\* — Sam, due ");
		assertThat(md).doesNotContain("[Acme](http");
	}

	@Test
	void aSessionThatHasNotEndedSaysSoAndAnotherWorkspacesIsNotFound() throws Exception {
		long running = this.fixtures.session(this.team, "Still running", true);
		this.mvc.perform(get("/sessions/{id}/summary", running).with(this.signals.as(this.team.fran())))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("has not ended yet")));
		this.mvc.perform(get("/sessions/{id}/summary.md", running).with(this.signals.as(this.team.fran())))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("has not ended yet")));
		CurrentMember stranger = this.signals.newWorkspace();
		this.mvc.perform(get("/sessions/{id}/summary", this.sessionId).with(this.signals.as(stranger)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/sessions/{id}/summary.md", this.sessionId).with(this.signals.as(stranger)))
			.andExpect(status().isNotFound());
	}

}
