package io.signalroom.session.planning;

import java.util.List;

/**
 * The six agendas of the practice seeds (see the domain notes), with their items and
 * minutes. The quarterly sprint is "half a day" with no split given: its three items get
 * equal thirds of four hours.
 */
public enum AgendaTemplate {

	STANDARD(List.of(item("Opening / set intention", 5), item("CRM data review", 20),
			item("Collaborative analysis", 20), item("Action planning", 10), item("Wrap-up and learnings", 5))),

	JOURNEY_DEEP_DIVE(List.of(item("Objective review", 5), item("Customer journey deep dive (1–2 customers)", 20),
			item("Signal analysis", 20), item("Trend review (segment: wins, losses, churn, renewals)", 15),
			item("Insights and action planning", 20))),

	SIGNAL_WORKSHOP(List.of(item("Define the goal", 5), item("Each team presents its data view", 10),
			item("Group discusses patterns, anomalies, causes", 30), item("Agree on 2–3 key insights", 10),
			item("Next steps and owners", 5))),

	MONTHLY_WORKSHOP(List.of(item("CRM usage update", 15), item("Breakout on assigned records", 20),
			item("Discussion of signals", 30), item("Cross-functional improvement proposals", 15),
			item("Next steps", 10))),

	RETENTION_REVIEW(List.of(item("Recent churns and renewals", 10), item("Walk through 3–4 journeys", 25),
			item("Preventive strategies", 15), item("Follow-ups", 10))),

	CAMPAIGN_SPRINT(List.of(item("Campaign effectiveness by segment", 80),
			item("Tagging and messaging disconnects", 80), item("Integrated plan for next quarter", 80))),

	/** An empty agenda, built item by item. */
	SCRATCH(List.of());

	private final List<Item> items;

	AgendaTemplate(List<Item> items) {
		this.items = items;
	}

	public List<Item> items() {
		return this.items;
	}

	public int totalMinutes() {
		return this.items.stream().mapToInt(Item::minutes).sum();
	}

	/** The scheduled length a new session from this template starts with. */
	public int defaultDuration() {
		return (this == SCRATCH) ? 60 : totalMinutes();
	}

	public String messageKey() {
		return "session.template." + name();
	}

	private static Item item(String title, int minutes) {
		return new Item(title, minutes);
	}

	public record Item(String title, int minutes) {

	}

}
