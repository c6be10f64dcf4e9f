package io.signalroom.insight.search;

import java.util.List;

/**
 * Something the page tells the user about their search: a part of it that was left out or
 * changed, with the message key and its arguments.
 */
public record Notice(String key, List<Object> args) {

	static Notice of(String key, Object... args) {
		return new Notice(key, List.of(args));
	}

	public Object[] arguments() {
		return this.args.toArray();
	}

}
