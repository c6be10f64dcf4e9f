package io.signalroom.live;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stream of live events within one workspace, such as {@code session-42}. Its
 * {@link #key() key} carries the workspace ({@code ws7.session-42}), so a URL names the
 * workspace it belongs to and a member of another workspace is refused before anything is
 * looked up.
 *
 * @param workspaceId the workspace whose members may follow it
 * @param name lower-case letters, digits and dashes, up to 60 characters
 */
public record LiveTopic(long workspaceId, String name) {

	private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

	private static final Pattern KEY = Pattern.compile("ws([1-9][0-9]{0,17})\\.(" + NAME.pattern() + ")");

	public LiveTopic {
		if (workspaceId <= 0) {
			throw new IllegalArgumentException("A live topic needs a workspace");
		}
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Not a live topic name: " + name);
		}
	}

	public static LiveTopic of(long workspaceId, String name) {
		return new LiveTopic(workspaceId, name);
	}

	/** The topic a key names, or empty when it is not a well-formed key. */
	public static Optional<LiveTopic> parse(String key) {
		Matcher matcher = KEY.matcher((key != null) ? key : "");
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return Optional.of(new LiveTopic(Long.parseLong(matcher.group(1)), matcher.group(2)));
	}

	/** The key stored with each event and used in the URL. */
	public String key() {
		return "ws" + this.workspaceId + "." + this.name;
	}

	/**
	 * Where a page connects to follow the topic:
	 * {@code sse-connect="/live/ws7.session-42"}.
	 */
	public String path() {
		return "/live/" + key();
	}

}
