package io.signalroom.live;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Turns a notification's text into an event. Small events ride in the notification
 * itself; larger ones (over {@link LiveEvents#INLINE_PAYLOAD_LIMIT} bytes, PostgreSQL
 * caps a notification at 8000) are fetched by id, and only when someone here follows the
 * topic.
 */
@Component
class LiveNotifications {

	private static final Logger log = LoggerFactory.getLogger(LiveNotifications.class);

	private final JsonMapper json;

	private final LiveEventLog events;

	private final LiveSubscriptions subscriptions;

	LiveNotifications(JsonMapper json, LiveEventLog events, LiveSubscriptions subscriptions) {
		this.json = json;
		this.events = events;
		this.subscriptions = subscriptions;
	}

	Optional<LiveEvent> read(String text) {
		Notification notification;
		try {
			notification = this.json.readValue(text, Notification.class);
		}
		catch (JacksonException ex) {
			log.warn("Live events: ignored a malformed notification");
			return Optional.empty();
		}
		Optional<LiveTopic> topic = LiveTopic.parse(notification.topic());
		if (topic.isEmpty() || !this.subscriptions.isFollowed(topic.get())) {
			return Optional.empty();
		}
		if (notification.name() != null && notification.data() != null) {
			return Optional.of(new LiveEvent(notification.id(), topic.get(), notification.name(), notification.data()));
		}
		return this.events.find(topic.get(), notification.id());
	}

	record Notification(long id, String topic, String name, String data) {

	}

}
