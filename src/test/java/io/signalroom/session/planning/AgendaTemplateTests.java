package io.signalroom.session.planning;

import java.util.List;

import io.signalroom.session.planning.AgendaTemplate.Item;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgendaTemplateTests {

	@Test
	void standardPracticeIsTheSixtyMinuteAgendaOfTheSeeds() {
		assertThat(AgendaTemplate.STANDARD.items()).containsExactly(new Item("Opening / set intention", 5),
				new Item("CRM data review", 20), new Item("Collaborative analysis", 20),
				new Item("Action planning", 10), new Item("Wrap-up and learnings", 5));
		assertThat(AgendaTemplate.STANDARD.totalMinutes()).isEqualTo(60);
	}

	@Test
	void customerJourneyDeepDiveRunsEightyMinutes() {
		assertThat(AgendaTemplate.JOURNEY_DEEP_DIVE.items()).containsExactly(new Item("Objective review", 5),
				new Item("Customer journey deep dive (1–2 customers)", 20), new Item("Signal analysis", 20),
				new Item("Trend review (segment: wins, losses, churn, renewals)", 15),
				new Item("Insights and action planning", 20));
		assertThat(AgendaTemplate.JOURNEY_DEEP_DIVE.totalMinutes()).isBetween(75, 90);
	}

	@Test
	void signalWorkshopIsSixtyMinutes() {
		assertThat(AgendaTemplate.SIGNAL_WORKSHOP.items()).containsExactly(new Item("Define the goal", 5),
				new Item("Each team presents its data view", 10),
				new Item("Group discusses patterns, anomalies, causes", 30), new Item("Agree on 2–3 key insights", 10),
				new Item("Next steps and owners", 5));
		assertThat(AgendaTemplate.SIGNAL_WORKSHOP.totalMinutes()).isEqualTo(60);
	}

	@Test
	void monthlyCrossDepartmentWorkshopIsNinetyMinutes() {
		assertThat(AgendaTemplate.MONTHLY_WORKSHOP.items()).containsExactly(new Item("CRM usage update", 15),
				new Item("Breakout on assigned records", 20), new Item("Discussion of signals", 30),
				new Item("Cross-functional improvement proposals", 15), new Item("Next steps", 10));
		assertThat(AgendaTemplate.MONTHLY_WORKSHOP.totalMinutes()).isEqualTo(90);
	}

	@Test
	void biWeeklyRetentionReviewIsSixtyMinutes() {
		assertThat(AgendaTemplate.RETENTION_REVIEW.items()).containsExactly(new Item("Recent churns and renewals", 10),
				new Item("Walk through 3–4 journeys", 25), new Item("Preventive strategies", 15),
				new Item("Follow-ups", 10));
		assertThat(AgendaTemplate.RETENTION_REVIEW.totalMinutes()).isEqualTo(60);
	}

	@Test
	void quarterlyCampaignSprintTakesHalfADayInThreeItems() {
		assertThat(AgendaTemplate.CAMPAIGN_SPRINT.items()).extracting(Item::title)
			.containsExactly("Campaign effectiveness by segment", "Tagging and messaging disconnects",
					"Integrated plan for next quarter");
		assertThat(AgendaTemplate.CAMPAIGN_SPRINT.totalMinutes()).isEqualTo(240);
	}

	@Test
	void scratchStartsEmpty() {
		assertThat(AgendaTemplate.SCRATCH.items()).isEqualTo(List.of());
	}

	@Test
	void totalsOutsideFortyFiveToNinetyMinutesWarn() {
		assertThat(AgendaLength.of(44)).isEqualTo(AgendaLength.TOO_SHORT);
		assertThat(AgendaLength.of(45)).isEqualTo(AgendaLength.WITHIN_ADVICE);
		assertThat(AgendaLength.of(90)).isEqualTo(AgendaLength.WITHIN_ADVICE);
		assertThat(AgendaLength.of(91)).isEqualTo(AgendaLength.TOO_LONG);
		assertThat(AgendaLength.of(91).isWarning()).isTrue();
		assertThat(AgendaLength.of(60).isWarning()).isFalse();
	}

}
