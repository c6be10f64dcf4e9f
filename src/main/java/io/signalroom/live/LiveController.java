package io.signalroom.live;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import io.signalroom.shared.web.NotFoundException;
import io.signalroom.workspace.CurrentMember;

import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The event stream of one topic, for members of its workspace. A browser that reconnects
 * sends {@code Last-Event-ID} and first receives what it missed. The stream ends after
 * {@code signalroom.live.stream-timeout} (the browser reconnects at once); it holds no
 * request thread meanwhile.
 */
@RestController
class LiveController {

	/** Tells EventSource how soon to reconnect after the stream ends. */
	private static final long RECONNECT_MILLIS = 1_000;

	private final LiveSubscriptions subscriptions;

	private final List<LiveTopicAccess> access;

	private final Duration streamTimeout;

	LiveController(LiveSubscriptions subscriptions, List<LiveTopicAccess> access, LiveProperties properties) {
		this.subscriptions = subscriptions;
		this.access = access;
		this.streamTimeout = properties.streamTimeout();
	}

	@GetMapping(path = "/live/{topic}", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter follow(@PathVariable String topic,
			@RequestHeader(name = "Last-Event-ID", required = false) String lastEventIdHeader,
			@RequestParam(name = "lastEventId", required = false) String lastEventIdParameter, CurrentMember member)
			throws IOException {
		LiveTopic followed = LiveTopic.parse(topic)
			.filter((candidate) -> candidate.workspaceId() == member.workspaceId())
			.orElseThrow(() -> new NotFoundException("Live topic"));
		for (LiveTopicAccess guard : this.access) {
			if (guard.decides(followed.name()) && !guard.mayFollow(member, followed)) {
				throw new AccessDeniedException("Not allowed to follow " + followed.key());
			}
		}
		Long lastEventId = lastEventId((lastEventIdHeader != null) ? lastEventIdHeader : lastEventIdParameter);
		SseEmitter emitter = new SseEmitter(this.streamTimeout.toMillis());
		// the first bytes commit the response, so the browser sees the stream open
		emitter.send(SseEmitter.event().reconnectTime(RECONNECT_MILLIS).comment("following " + followed.key()));
		LiveSubscriber subscriber = this.subscriptions.open(followed, lastEventId, new SseSink(emitter));
		emitter.onCompletion(subscriber::close);
		emitter.onTimeout(subscriber::close);
		emitter.onError((error) -> subscriber.close());
		return emitter;
	}

	/** A malformed id counts as none: the client gets events from now on. */
	private static Long lastEventId(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			long id = Long.parseLong(value.strip());
			return (id >= 0) ? id : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
