package io.signalroom.insight.action;

import java.util.Arrays;

/**
 * The tracker's views of the action items. Each is a fixed SQL condition on an
 * {@code action_item a} row, given today as {@code :today} and the due-soon horizon as
 * {@code :soon}.
 */
public enum ActionFilter {

	OPEN("open", "a.status = 'OPEN'"), DUE_SOON("due-soon", "a.status = 'OPEN' and a.due_on between :today and :soon"),
	OVERDUE("overdue", "a.status = 'OPEN' and a.due_on < :today"), DONE("done", "a.status = 'DONE'"),
	DROPPED("dropped", "a.status = 'DROPPED'"), ALL("all", "true");

	private final String key;

	private final String condition;

	ActionFilter(String key, String condition) {
		this.key = key;
		this.condition = condition;
	}

	/** The filter a request parameter names by its key; open for anything else. */
	public static ActionFilter fromKey(String key) {
		return Arrays.stream(values()).filter((f) -> f.key.equals(key)).findFirst().orElse(OPEN);
	}

	/** How URLs name it ({@code ?show=due-soon}). */
	public String key() {
		return this.key;
	}

	String condition() {
		return this.condition;
	}

	boolean isClosed() {
		return this == DONE || this == DROPPED;
	}

	public String messageKey() {
		return "action.filter." + this.key;
	}

}
