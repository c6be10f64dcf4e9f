package io.signalroom.live;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code text/event-stream} the way a browser's EventSource does: events end at a
 * blank line, {@code data} lines join with newlines, comments are skipped.
 */
public final class SseText {

	private final List<Received> events = new ArrayList<>();

	private String id;

	private String name;

	private StringBuilder data;

	static List<Received> parse(String text) {
		SseText reader = new SseText();
		text.lines().forEach(reader::line);
		return reader.events;
	}

	/** Feeds one line; returns the event it completes, if any. */
	public Received line(String line) {
		if (line.isEmpty()) {
			Received done = (this.data != null)
					? new Received(this.id, (this.name != null) ? this.name : "message", this.data.toString()) : null;
			if (done != null) {
				this.events.add(done);
			}
			this.name = null;
			this.data = null;
			return done;
		}
		if (line.startsWith(":")) {
			return null;
		}
		int colon = line.indexOf(':');
		String field = (colon < 0) ? line : line.substring(0, colon);
		String value = (colon < 0) ? "" : line.substring(colon + 1);
		value = value.startsWith(" ") ? value.substring(1) : value;
		switch (field) {
			case "id" -> this.id = value;
			case "event" -> this.name = value;
			case "data" ->
				this.data = (this.data == null) ? new StringBuilder(value) : this.data.append('\n').append(value);
			default -> {
			}
		}
		return null;
	}

	public record Received(String id, String name, String data) {

		public long eventId() {
			return Long.parseLong(this.id);
		}

	}

}
