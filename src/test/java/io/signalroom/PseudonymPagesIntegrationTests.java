package io.signalroom;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import io.signalroom.customer.EventType;
import io.signalroom.customer.TestCustomers;
import io.signalroom.insight.action.ActionDraft;
import io.signalroom.insight.action.SessionActions;
import io.signalroom.session.LearningGoal;
import io.signalroom.session.PracticeSessions;
import io.signalroom.session.planning.AgendaTemplate;
import io.signalroom.session.planning.Cadence;
import io.signalroom.session.planning.Participant;
import io.signalroom.session.planning.SessionPlan;
import io.signalroom.session.planning.SessionPlanning;
import io.signalroom.session.running.InterpretationDraft;
import io.signalroom.session.running.InterpretationLog;
import io.signalroom.signal.SignalCategory;
import io.signalroom.signal.SignalFixtures;
import io.signalroom.support.IntegrationTest;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every page a participant can reach that may show a customer, walked link by link, under
 * pseudonyms: the customer's real name, e-mail and external id appear in none of them.
 * First with the workspace's setting on (every page of the workspace), then with only a
 * practice session's switch on (the pages of that session and what they link to).
 */
@IntegrationTest
class PseudonymPagesIntegrationTests {

	static final String NAME = "Zanzibar Quartz Holdings";

	static final String EMAIL = "ceo@zanzibar-quartz.example";

	static final String EXTERNAL_ID = "ZQH-9917";

	/** What must never show, in any letter case: the name and what would identify it. */
	static final List<String> SECRETS = List.of("zanzibar", "quartz holdings", "zqh-9917", "olga ownerova");

	/** Pages that are not about customers, or that change something when fetched. */
	static final Predicate<String> NOT_WALKED = (path) -> path.startsWith("/webjars/") || path.startsWith("/css/")
			|| path.startsWith("/js/") || path.startsWith("/live/") || path.startsWith("/logout")
			|| path.startsWith("/actuator") || path.startsWith("/workspaces/switch");

	@Autowired
	MockMvc mvc;

	@Autowired
	SignalFixtures fixtures;

	@Autowired
	TestCustomers customers;

	@Autowired
	SessionPlanning planning;

	@Autowired
	PracticeSessions sessions;

	@Autowired
	InterpretationLog interpretations;

	@Autowired
	SessionActions actions;

	@Autowired
	JdbcClient jdbc;

	CurrentMember admin;

	CurrentMember fran;

	CurrentMember sam;

	long customer;

	long sessionId;

	long insightId;

	@BeforeEach
	void aCustomerSeenEverywhere() throws Exception {
		this.admin = this.fixtures.newWorkspace();
		this.fran = this.fixtures.member(this.admin, Role.FACILITATOR, Department.MARKETING, "Fran");
		this.sam = this.fixtures.member(this.admin, Role.PARTICIPANT, Department.SALES, "Sam");
		Instant ticketAt = Instant.parse("2031-04-28T09:15:00Z");
		this.customer = this.customers.in(this.admin.workspaceId())
			.externalId(EXTERNAL_ID)
			.named(NAME)
			.email(EMAIL)
			.owner("Olga Ownerova")
			.revenue(123456)
			.event(ticketAt, EventType.TICKET_OPENED, Department.SUPPORT,
					"Zanzibar Quartz Holdings (" + EMAIL + ", " + EXTERNAL_ID + ") cannot export")
			.event(ticketAt.minusSeconds(86_400), EventType.LOGIN, Department.PRODUCT, "Login by the ZANZIBAR admin")
			.save();
		long eventId = this.jdbc.sql("select id from timeline_event where customer_id = ? and type = 'TICKET_OPENED'")
			.param(this.customer)
			.query(Long.class)
			.single();
		long signalTypeId = this.jdbc
			.sql("select id from signal_type where workspace_id = ? and retired_at is null order by id limit 1")
			.param(this.admin.workspaceId())
			.query(Long.class)
			.single();
		long signalId = this.jdbc.sql("""
				insert into detected_signal (workspace_id, signal_type_id, customer_id, fired_at, evidence_event_ids,
				                             evidence_fingerprint)
				values (?, ?, ?, ?, ?, 'test') returning id""")
			.params(this.admin.workspaceId(), signalTypeId, this.customer, Timestamp.from(ticketAt),
					new Long[] { eventId })
			.query(Long.class)
			.single();
		this.sessionId = this.planning
			.create(this.fran,
					new SessionPlan("Quiet accounts", null, LearningGoal.EARLY_CHURN_DETECTION, AgendaTemplate.STANDARD,
							this.fran.userId(), 60, List.of(new Participant(this.sam.userId(), Department.SALES))),
					Instant.parse("2031-05-06T14:30:00Z"), Cadence.ONCE)
			.getId();
		this.planning.addCustomers(this.fran, this.sessionId, List.of(this.customer));
		this.sessions.start(this.fran, this.sessionId);
		long entry = this.interpretations
			.record(this.sam, this.sessionId,
					new InterpretationDraft(this.customer, eventId, null,
							"Zanzibar Quartz Holdings went quiet; " + EMAIL + " never answered",
							SignalCategory.CHURN_RISK, 4, null, null, null, null))
			.getId();
		this.interpretations.record(this.sam, this.sessionId, new InterpretationDraft(this.customer, null, signalId,
				"The ZQH-9917 ticket burst", SignalCategory.FRICTION, 3, null, null, null, null));
		var view = this.sessions.view(this.fran, this.sessionId);
		while (view.currentItem() < 3) {
			view = this.sessions.advanceFrom(this.fran, this.sessionId, view.agenda().get(view.currentItem()).id());
		}
		this.mvc
			.perform(post("/sessions/{id}/insights", this.sessionId).with(csrf())
				.with(this.fixtures.as(this.fran))
				.param("statement", "Silence after a ticket burst precedes churn")
				.param("category", "BEHAVIOUR_TRIGGER")
				.param("status", "HYPOTHESIS")
				.param("interpretationIds", String.valueOf(entry))
				.param("signalTypeIds", String.valueOf(signalTypeId)))
			.andExpect(status().is3xxRedirection());
		this.insightId = this.jdbc.sql("select id from insight where session_id = ?")
			.param(this.sessionId)
			.query(Long.class)
			.single();
		this.actions.add(this.fran, this.sessionId,
				new ActionDraft("Call them", this.sam.userId(), LocalDate.of(2031, 5, 20), null, this.customer, false));
		this.mvc
			.perform(post("/wins").with(csrf())
				.with(this.fixtures.as(this.sam))
				.param("kind", "SAVED_ACCOUNT")
				.param("title", "Saved after the call")
				.param("wonOn", "2025-05-30")
				.param("customerId", String.valueOf(this.customer)))
			.andExpect(status().is3xxRedirection());
		this.sessions.end(this.fran, this.sessionId);
	}

	@Test
	void withTheWorkspaceSettingOnNoPageAParticipantReachesNamesTheCustomer() throws Exception {
		this.mvc.perform(
				post("/settings/customers").param("anonymize", "true").with(csrf()).with(this.fixtures.as(this.admin)));

		Map<String, String> walked = walk(List.of("/", "/customers", "/alerts", "/sessions/" + this.sessionId,
				"/sessions/" + this.sessionId + "/run", "/insights/" + this.insightId, "/actions", "/wins",
				"/customers/" + this.customer, "/wins/customers?q=Zanzibar",
				"/sessions/" + this.sessionId + "/customers/search?q=Zanzibar"), (path) -> true);

		assertThat(walked).containsKeys("/customers", "/sessions/" + this.sessionId + "/summary",
				"/insights/" + this.insightId);
		assertThat(walked.keySet()).anyMatch((path) -> path.startsWith("/customers/p/"))
			.anyMatch((path) -> path.startsWith("/alerts/"));
		assertNoSecrets(walked);
	}

	@Test
	void withOnlyTheSessionsSwitchOnItsPagesAndWhereTheyLeadNameNoCustomer() throws Exception {
		this.jdbc.sql("update practice_session set anonymize_customers = true where id = ?")
			.param(this.sessionId)
			.update();
		String session = "/sessions/" + this.sessionId;

		Map<String, String> walked = walk(
				List.of(session, session + "/run", session + "/summary", "/insights/" + this.insightId, "/actions",
						"/actions/mine", session + "/customers/search?q=Zanzibar"),
				(path) -> path.equals(session) || path.startsWith(session + "/") || path.startsWith(session + "?")
						|| path.startsWith("/customers/p/") || path.startsWith("/insights/" + this.insightId));

		assertThat(walked).containsKeys(session + "/summary", session + "/summary.md");
		assertThat(walked.keySet()).anyMatch((path) -> path.startsWith("/customers/p/"));
		assertNoSecrets(walked);
	}

	private void assertNoSecrets(Map<String, String> walked) {
		List<String> leaks = new ArrayList<>();
		walked.forEach((path, body) -> SECRETS.stream()
			.filter((secret) -> body.toLowerCase().contains(secret))
			.forEach((secret) -> leaks.add(path + " shows \"" + secret + "\"")));
		assertThat(leaks).as("pages walked: %s", walked.keySet()).isEmpty();
	}

	/**
	 * Fetches the pages as the participant and every page their links, htmx requests and
	 * GET forms lead to (those the filter keeps), answering each path with its body.
	 */
	private Map<String, String> walk(List<String> start, Predicate<String> follow) throws Exception {
		Map<String, String> bodies = new LinkedHashMap<>();
		Deque<String> queue = new ArrayDeque<>(start);
		Set<String> seen = new java.util.HashSet<>(start);
		while (!queue.isEmpty() && bodies.size() < 300) {
			String path = queue.removeFirst();
			MockHttpServletRequestBuilder request = get(path).with(this.fixtures.as(this.sam));
			MockHttpServletResponse page = this.mvc.perform(request).andReturn().getResponse();
			if (page.getStatus() != 200) {
				continue;
			}
			String body = page.getContentAsString();
			bodies.put(path, body);
			MockHttpServletResponse fragment = this.mvc
				.perform(get(path).with(this.fixtures.as(this.sam)).header("HX-Request", "true"))
				.andReturn()
				.getResponse();
			if (fragment.getStatus() == 200) {
				bodies.put(path + " (htmx)", fragment.getContentAsString());
			}
			if (!String.valueOf(page.getContentType()).startsWith("text/html")) {
				continue;
			}
			Document html = Jsoup.parse(body, "http://localhost" + path);
			for (Element link : html.select("a[href], [hx-get], link[rel=alternate][href], form[method=get][action]")) {
				String target = link.hasAttr("hx-get") ? link.absUrl("hx-get")
						: link.hasAttr("href") ? link.absUrl("href") : link.absUrl("action");
				String local = local(target);
				if (local != null && !NOT_WALKED.test(local) && follow.test(local) && seen.add(local)) {
					queue.addLast(local);
				}
			}
		}
		return bodies;
	}

	private static String local(String url) {
		if (!url.startsWith("http://localhost/")) {
			return null;
		}
		var parts = UriComponentsBuilder.fromUriString(url).fragment(null).build();
		return parts.getPath() + ((parts.getQuery() != null) ? "?" + parts.getQuery() : "");
	}

}
