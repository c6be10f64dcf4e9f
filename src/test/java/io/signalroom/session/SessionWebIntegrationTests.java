package io.signalroom.session;

import java.io.StringReader;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import io.signalroom.session.planning.AgendaTemplate;
import io.signalroom.session.planning.Cadence;
import io.signalroom.session.planning.Participant;
import io.signalroom.session.planning.PracticeSession;
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
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SessionWebIntegrationTests {

	static final Instant START = Instant.parse("2031-05-06T14:30:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	SignalFixtures fixtures;

	@Autowired
	SessionPlanning planning;

	CurrentMember admin;

	CurrentMember fran;

	CurrentMember sam;

	CurrentMember mona;

	CurrentMember pat;

	long sessionId;

	@BeforeEach
	void workspace() {
		this.admin = this.fixtures.newWorkspace();
		this.fran = this.fixtures.member(this.admin, Role.FACILITATOR, Department.MARKETING, "Fran");
		this.sam = this.fixtures.member(this.admin, Role.PARTICIPANT, Department.SALES, "Sam");
		this.mona = this.fixtures.member(this.admin, Role.MANAGER, Department.CUSTOMER_SUCCESS, "Mona");
		this.pat = this.fixtures.member(this.admin, Role.PARTICIPANT, Department.SUPPORT, "Pat");
		PracticeSession session = this.planning.create(this.fran,
				new SessionPlan("Quiet onboarding accounts", null, LearningGoal.EARLY_CHURN_DETECTION,
						AgendaTemplate.STANDARD, this.fran.userId(), 75,
						List.of(new Participant(this.sam.userId(), Department.SALES))),
				START, Cadence.ONCE);
		this.sessionId = session.getId();
	}

	@Test
	void theCalendarFileParsesAndHoldsStartDurationAndSummary() throws Exception {
		String ics = this.mvc
			.perform(get("/sessions/{id}/calendar.ics", this.sessionId).with(this.fixtures.as(this.sam)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/calendar")))
			.andExpect(header().string("Content-Disposition", containsString("session-" + this.sessionId + ".ics")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(ics).contains("DTSTART:20310506T143000Z").contains("DURATION:PT75M");
		ICalendar calendar = Biweekly.parse(new StringReader(ics)).first();
		VEvent event = calendar.getEvents().get(0);
		assertThat(event.getDateStart().getValue()).isEqualTo(Date.from(START));
		assertThat(event.getDuration().getValue().toMillis()).isEqualTo(75 * 60_000L);
		assertThat(event.getSummary().getValue()).isEqualTo("Practice session: Quiet onboarding accounts");
		assertThat(event.getDescription().getValue()).startsWith("Join code: ");
	}

	@Test
	void anotherWorkspacesSessionIsNotFound() throws Exception {
		CurrentMember stranger = this.fixtures.newWorkspace();
		this.mvc.perform(get("/sessions/{id}", this.sessionId).with(this.fixtures.as(stranger)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/sessions/{id}/calendar.ics", this.sessionId).with(this.fixtures.as(stranger)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/sessions/{id}/agenda", this.sessionId).with(csrf())
				.with(this.fixtures.as(stranger))
				.param("title", "Sneaky")
				.param("minutes", "5"))
			.andExpect(status().isNotFound());
	}

	@Test
	void aParticipantCannotEditTheAgendaAndSeesOnlySessionsTheyAreIn() throws Exception {
		this.mvc
			.perform(post("/sessions/{id}/agenda", this.sessionId).with(csrf())
				.with(this.fixtures.as(this.sam))
				.param("title", "My item")
				.param("minutes", "5"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/sessions/new").with(this.fixtures.as(this.sam))).andExpect(status().isForbidden());
		this.mvc.perform(get("/sessions/{id}", this.sessionId).with(this.fixtures.as(this.sam)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Add item"))));
		this.mvc.perform(get("/sessions/{id}", this.sessionId).with(this.fixtures.as(this.pat)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/sessions").with(this.fixtures.as(this.pat)))
			.andExpect(content().string(not(containsString("Quiet onboarding accounts"))));
	}

	@Test
	void aManagerReadsEverySessionButDoesNotEdit() throws Exception {
		this.mvc.perform(get("/sessions").with(this.fixtures.as(this.mona)))
			.andExpect(content().string(containsString("Quiet onboarding accounts")));
		this.mvc.perform(post("/sessions/{id}/cancel", this.sessionId).with(csrf()).with(this.fixtures.as(this.mona)))
			.andExpect(status().isForbidden());
	}

	@Test
	void anHtmxReorderAnswersTheAgendaFragmentInTheNewOrder() throws Exception {
		long second = this.planning.get(this.fran, this.sessionId).getAgenda().get(1).getId();
		String html = this.mvc
			.perform(post("/sessions/{id}/agenda/{item}/up", this.sessionId, second).with(csrf())
				.with(this.fixtures.as(this.fran))
				.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).doesNotContain("<html").contains("id=\"agenda\"");
		assertThat(html.indexOf("CRM data review")).isLessThan(html.indexOf("Opening / set intention"));
	}

	@Test
	void anOverlongItemTitleIsRefusedWithItsLimit() throws Exception {
		this.mvc
			.perform(post("/sessions/{id}/agenda", this.sessionId).with(csrf())
				.with(this.fixtures.as(this.fran))
				.header("HX-Request", "true")
				.param("title", "x".repeat(121))
				.param("minutes", "5"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("An item needs a title of at most 120 characters.")));
	}

	@Test
	void theAgendaWarnsOutsideFortyFiveToNinetyMinutes() throws Exception {
		this.mvc.perform(get("/sessions/{id}", this.sessionId).with(this.fixtures.as(this.fran)))
			.andExpect(content().string(containsString("Within the 45–90 minute advice.")));
		this.mvc
			.perform(post("/sessions/{id}/agenda", this.sessionId).with(csrf())
				.with(this.fixtures.as(this.fran))
				.header("HX-Request", "true")
				.param("title", "Signal spotting")
				.param("minutes", "40"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Total: 100 min")))
			.andExpect(content().string(containsString("Over 90 minutes")));
	}

	@Test
	void theNewSessionFormSuggestsTheNextFacilitatorAndCreatesASeries() throws Exception {
		this.mvc.perform(get("/sessions/new").with(this.fixtures.as(this.fran)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("Admin — suggested: facilitated least recently, never facilitated")));
		this.mvc
			.perform(post("/sessions").with(csrf())
				.with(this.fixtures.as(this.fran))
				.param("focus", "Monthly churn read")
				.param("learningGoal", "EARLY_CHURN_DETECTION")
				.param("template", "MONTHLY_WORKSHOP")
				.param("facilitatorId", String.valueOf(this.admin.userId()))
				.param("participantIds", String.valueOf(this.sam.userId()), String.valueOf(this.pat.userId()))
				.param("start", "2031-06-02T09:00")
				.param("cadence", "MONTHLY"))
			.andExpect(redirectedUrlPattern("/sessions/*"));
		this.mvc.perform(get("/sessions").with(this.fixtures.as(this.pat)))
			.andExpect(content().string(containsString("Mon 2031-06-02 09:00")))
			.andExpect(content().string(containsString("Wed 2031-07-02 09:00")));
	}

	@Test
	void anEmptyOrOverlongFocusGetsAClearMessage() throws Exception {
		this.mvc
			.perform(post("/sessions").with(csrf())
				.with(this.fixtures.as(this.fran))
				.param("focus", "x".repeat(201))
				.param("learningGoal", "UPSELL")
				.param("template", "STANDARD")
				.param("facilitatorId", String.valueOf(this.fran.userId()))
				.param("start", "2031-06-02T09:00")
				.param("cadence", "ONCE"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("At most 200 characters.")));
		this.mvc
			.perform(post("/sessions").with(csrf())
				.with(this.fixtures.as(this.fran))
				.param("focus", " ")
				.param("learningGoal", "UPSELL")
				.param("template", "STANDARD")
				.param("facilitatorId", String.valueOf(this.fran.userId()))
				.param("start", "2031-06-02T09:00")
				.param("cadence", "ONCE"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Give the session a focus.")));
	}

	@Test
	void changingTheScheduleMovesTheCalendarEventAndAnOverlongFocusIsRefused() throws Exception {
		this.mvc
			.perform(post("/sessions/{id}/details", this.sessionId).with(csrf())
				.with(this.fixtures.as(this.fran))
				.param("focus", "x".repeat(201))
				.param("learningGoal", "UPSELL")
				.param("start", "2031-05-07T10:00")
				.param("durationMinutes", "60"))
			.andExpect(redirectedUrl("/sessions/" + this.sessionId))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("errorKey", "session.details.invalid.focus"));
		this.mvc
			.perform(post("/sessions/{id}/details", this.sessionId).with(csrf())
				.with(this.fixtures.as(this.fran))
				.param("focus", "Upsell signals in mid-market")
				.param("learningGoal", "UPSELL")
				.param("start", "2031-05-07T10:00")
				.param("durationMinutes", "60"))
			.andExpect(redirectedUrl("/sessions/" + this.sessionId));
		this.mvc.perform(get("/sessions/{id}/calendar.ics", this.sessionId).with(this.fixtures.as(this.fran)))
			.andExpect(content().string(containsString("DTSTART:20310507T100000Z")))
			.andExpect(content().string(containsString("DURATION:PT60M")))
			.andExpect(content().string(containsString("SUMMARY:Practice session: Upsell signals in mid-market")));
	}

	@Test
	void theJoinPageTakesACodeAndExplainsAWrongOne() throws Exception {
		String code = this.planning.get(this.fran, this.sessionId).getJoinCode();
		this.mvc.perform(post("/join").with(csrf()).with(this.fixtures.as(this.pat)).param("code", code.toLowerCase()))
			.andExpect(redirectedUrl("/sessions/" + this.sessionId));
		this.mvc.perform(post("/join").with(csrf()).with(this.fixtures.as(this.pat)).param("code", "abc"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("A join code is 6 letters")));
		String wrong = code.equals("ZZZZZZ") ? "YYYYYY" : "ZZZZZZ";
		this.mvc.perform(post("/join").with(csrf()).with(this.fixtures.as(this.pat)).param("code", wrong))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("No session in this workspace has the code " + wrong)));
	}

}
