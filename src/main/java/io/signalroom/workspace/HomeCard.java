package io.signalroom.workspace;

import java.util.List;

/**
 * One thing waiting for a member, shown on the start page: a sentence (a message key with
 * its arguments) and where to act on it. Urgent cards are shown first and highlighted.
 */
public record HomeCard(int order, boolean urgent, String messageKey, List<Object> args, String href, String linkKey) {

	public HomeCard {
		args = List.copyOf(args);
	}

	public Object[] arguments() {
		return this.args.toArray();
	}

}
