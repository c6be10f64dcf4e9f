package io.signalroom.customer.book;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import io.signalroom.customer.ActivityChart;
import io.signalroom.customer.TimelinePage;
import io.signalroom.customer.CustomerLens;
import io.signalroom.customer.EventType;
import io.signalroom.customer.TestCustomers;
import io.signalroom.customer.TestWorkspaces;
import io.signalroom.customer.TestWorkspaces.TestWorkspace;
import io.signalroom.support.IntegrationTest;
import io.signalroom.workspace.Department;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
class CustomerTimelineIntegrationTests {

	/** A Monday: 2026-06-01 is in ISO week 23. */
	static final Instant MONDAY = LocalDate.of(2026, 6, 1).atTime(9, 0).toInstant(ZoneOffset.UTC);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestWorkspaces workspaces;

	@Autowired
	TestCustomers customers;

	@Autowired
	CustomerTimeline timeline;

	TestWorkspace workspace;

	RequestPostProcessor member;

	@BeforeEach
	void setUp() {
		this.workspace = this.workspaces.create();
		this.member = this.workspaces.signedIn(this.workspace.participantEmail());
	}

	@Test
	void anotherWorkspacesCustomerIdAnswersNotFound() throws Exception {
		TestWorkspace other = this.workspaces.create();
		long theirs = this.customers.in(other.id()).named("Not Yours").save();

		this.mvc.perform(get("/customers/{id}", theirs).with(this.member)).andExpect(status().isNotFound());
		this.mvc.perform(get("/customers/{id}", Long.MAX_VALUE).with(this.member)).andExpect(status().isNotFound());
	}

	@Test
	void anIdThatIsNoNumberAnswersTheNotFoundPageNotABadRequest() throws Exception {
		this.mvc.perform(get("/customers/abc").with(this.member))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("There is nothing here in your current workspace.")))
			.andExpect(content().string(containsString("Log out")));
		this.mvc.perform(get("/customers/abc").param("chart", "type").header("HX-Request", "true").with(this.member))
			.andExpect(status().isNotFound());
	}

	@Test
	void eventsAreGroupedByIsoWeekNewestWeekFirst() {
		long id = this.customers.in(this.workspace.id())
			.event(MONDAY, EventType.LOGIN, null, "w23 monday")
			.event(MONDAY.plus(6, ChronoUnit.DAYS), EventType.LOGIN, null, "w23 sunday")
			.event(MONDAY.plus(7, ChronoUnit.DAYS), EventType.CALL, null, "w24 monday")
			.event(MONDAY.minus(14, ChronoUnit.DAYS), EventType.NOTE, null, "w21")
			.save();

		TimelinePage page = this.timeline.read(this.workspace.id(), id, null, null, 1);

		assertThat(page.weeks()).extracting(TimelinePage.Week::number).containsExactly(24, 23, 21);
		assertThat(page.weeks().get(1).events()).extracting(TimelinePage.Line::summary)
			.containsExactly("w23 sunday", "w23 monday");
		assertThat(page.weeks().get(1).monday()).isEqualTo(LocalDate.of(2026, 6, 1));
	}

	@Test
	void filteringByDepartmentAndTypeShowsOnlyMatchingEventsAndCountsThem() throws Exception {
		long id = this.customers.in(this.workspace.id())
			.event(MONDAY, EventType.TICKET_OPENED, Department.SUPPORT, "support ticket")
			.event(MONDAY.plusSeconds(60), EventType.TICKET_OPENED, Department.PRODUCT, "product ticket")
			.event(MONDAY.plusSeconds(120), EventType.LOGIN, Department.PRODUCT, "product login")
			.save();

		TimelinePage page = this.timeline.read(this.workspace.id(), id, Department.PRODUCT, EventType.TICKET_OPENED, 1);

		assertThat(page.matching()).isEqualTo(1);
		assertThat(page.weeks().get(0).events()).extracting(TimelinePage.Line::summary)
			.containsExactly("product ticket");
		assertThat(page.departments()).contains(new TimelinePage.Choice<>(Department.SUPPORT, 1L),
				new TimelinePage.Choice<>(Department.PRODUCT, 1L));
		assertThat(page.types()).contains(new TimelinePage.Choice<>(EventType.LOGIN, 1L),
				new TimelinePage.Choice<>(EventType.TICKET_OPENED, 1L));
		this.mvc
			.perform(get("/customers/{id}", id).param("department", "PRODUCT")
				.param("type", "TICKET_OPENED")
				.header("HX-Request", "true")
				.with(this.member))
			.andExpect(status().isOk())
			.andExpect(view().name(CustomerTimelineController.EVENTS_FRAGMENT))
			.andExpect(content().string(containsString("product ticket")))
			.andExpect(content().string(not(containsString("support ticket"))))
			.andExpect(content().string(not(containsString("activity-chart"))));
	}

	@Test
	void longHistoriesArePagedByAHundredAndAPagePastTheEndShowsTheOldest() {
		TestCustomers.Builder builder = this.customers.in(this.workspace.id());
		for (int i = 0; i < 250; i++) {
			builder.event(MONDAY.minus(i, ChronoUnit.HOURS), EventType.LOGIN, null, "login " + i);
		}
		long id = builder.save();

		TimelinePage first = this.timeline.read(this.workspace.id(), id, null, null, 1);
		TimelinePage last = this.timeline.read(this.workspace.id(), id, null, null, 42);

		assertThat(first.pages()).isEqualTo(3);
		assertThat(first.weeks().stream().mapToInt((w) -> w.events().size()).sum()).isEqualTo(100);
		assertThat(first.weeks().get(0).events().get(0).summary()).isEqualTo("login 0");
		assertThat(last.page()).isEqualTo(3);
		assertThat(last.weeks().stream().mapToInt((w) -> w.events().size()).sum()).isEqualTo(50);
		assertThat(last.weeks().get(last.weeks().size() - 1).events().get(49).summary()).isEqualTo("login 249");
	}

	@Test
	void thePageShowsTheAttributesAndAnAccessibleChartWithALegend() throws Exception {
		long id = this.customers.in(this.workspace.id())
			.named("Chart Customer")
			.segment("Enterprise")
			.plan("Business")
			.event(MONDAY, EventType.LOGIN, Department.PRODUCT, null)
			.event(MONDAY.plus(21, ChronoUnit.DAYS), EventType.TICKET_OPENED, Department.SUPPORT, null)
			.save();

		TimelinePage page = this.timeline.read(this.workspace.id(), id, null, null, 1);
		assertThat(page.chart().weeks()).isEqualTo(4);
		assertThat(page.chart().bars()).hasSize(2);
		assertThat(page.chart().legend()).extracting(ActivityChart.LegendItem::cssClass)
			.containsExactly("dept-SUPPORT", "dept-PRODUCT");

		this.mvc.perform(get("/customers/{id}", id).with(this.member))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chart Customer")))
			.andExpect(content().string(containsString("Enterprise")))
			.andExpect(content().string(containsString("<title id=\"chart-title\">")))
			.andExpect(content().string(containsString("<path class=\"dept-SUPPORT\" d=\"M")))
			.andExpect(content().string(not(containsString("style="))));
	}

	@Test
	void theChartStacksByEventTypeOnRequestAndKeepsThatChoiceWhilePaging() throws Exception {
		var builder = this.customers.in(this.workspace.id()).named("Typed Customer");
		for (int i = 0; i < 120; i++) {
			builder.event(MONDAY.plus(i, ChronoUnit.HOURS), (i % 3 == 0) ? EventType.TICKET_OPENED : EventType.LOGIN,
					Department.PRODUCT, "event " + i);
		}
		long id = builder.save();

		TimelinePage byType = this.timeline.read(this.workspace.id(), id, CustomerLens.workspace(), null, null, 1,
				true);
		assertThat(byType.chart().legend()).extracting(ActivityChart.LegendItem::messageKey)
			.containsExactly(EventType.LOGIN.messageKey(), EventType.TICKET_OPENED.messageKey());
		assertThat(byType.chart().legend()).extracting(ActivityChart.LegendItem::count).containsExactly(80L, 40L);

		this.mvc.perform(get("/customers/{id}", id).param("chart", "type").with(this.member))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("stacked by event type")))
			.andExpect(content().string(containsString("<path class=\"type-0\" d=\"M")))
			.andExpect(content().string(not(containsString("<path class=\"dept-PRODUCT\""))))
			.andExpect(content().string(containsString("href=\"/customers/" + id + "?chart=type&amp;page=2\"")));
		this.mvc.perform(get("/customers/{id}", id).param("chart", "nonsense").with(this.member))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<path class=\"dept-PRODUCT\" d=\"M")));
	}

}
