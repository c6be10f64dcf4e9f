package io.signalroom.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * This instance's open subscriptions by topic. Opening one replays what the client
 * missed; the {@link PostgresListenBridge} hands it every event committed afterwards.
 */
@Component
class LiveSubscriptions implements DisposableBean {

	static final int REPLAY_PAGE = 500;

	/**
	 * A client further behind than this (days of a busy topic) gets this many and then
	 * the live events; a page that far behind should reload anyway.
	 */
	static final int REPLAY_LIMIT = 10_000;

	private static final Logger log = LoggerFactory.getLogger(LiveSubscriptions.class);

	private final Map<LiveTopic, Set<LiveSubscriber>> byTopic = new ConcurrentHashMap<>();

	private final LiveEventLog events;

	private final ExecutorService fanOut;

	LiveSubscriptions(LiveEventLog events, LiveProperties properties) {
		this.events = events;
		AtomicInteger threads = new AtomicInteger();
		// a few threads for all subscribers: a write to a healthy connection only fills a
		// socket buffer
		this.fanOut = Executors.newFixedThreadPool(properties.fanOutThreads(), (task) -> {
			Thread thread = new Thread(task, "live-fan-out-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	@Override
	public void destroy() {
		this.fanOut.shutdownNow();
	}

	/**
	 * Subscribes a sink to a topic.
	 * @param lastEventId the last event the client has, or null for a new client that
	 * wants only what happens from now on
	 */
	LiveSubscriber open(LiveTopic topic, Long lastEventId, LiveSink sink) {
		long from = (lastEventId != null) ? lastEventId : this.events.lastId(topic);
		LiveSubscriber subscriber = new LiveSubscriber(topic, from, sink, this.fanOut, this::remove);
		this.byTopic.compute(topic, (key, subscribers) -> {
			Set<LiveSubscriber> followers = (subscribers != null) ? subscribers : ConcurrentHashMap.newKeySet();
			followers.add(subscriber);
			return followers;
		});
		subscriber.caughtUp(missedSince(topic, from));
		return subscriber;
	}

	/** An event committed on any instance, in commit order. */
	void deliver(LiveEvent event) {
		Set<LiveSubscriber> subscribers = this.byTopic.get(event.topic());
		if (subscribers != null) {
			subscribers.forEach((subscriber) -> subscriber.deliver(event));
		}
	}

	boolean isFollowed(LiveTopic topic) {
		Set<LiveSubscriber> subscribers = this.byTopic.get(topic);
		return subscribers != null && !subscribers.isEmpty();
	}

	int count() {
		return this.byTopic.values().stream().mapToInt(Set::size).sum();
	}

	/**
	 * After the listening connection was lost, delivers from the table whatever
	 * subscribers may have missed meanwhile; each drops what it already has.
	 */
	void catchUpAll() {
		this.byTopic.forEach((topic, subscribers) -> {
			long from = subscribers.stream().mapToLong(LiveSubscriber::cursor).min().orElse(Long.MAX_VALUE);
			if (from != Long.MAX_VALUE) {
				missedSince(topic, from).forEach(this::deliver);
			}
		});
	}

	void closeAll() {
		this.byTopic.values().forEach((subscribers) -> List.copyOf(subscribers).forEach(LiveSubscriber::close));
	}

	/** Every {@code signalroom.live.heartbeat} (see {@link LiveConfiguration}). */
	void heartbeat() {
		this.byTopic.values().forEach((subscribers) -> subscribers.forEach(LiveSubscriber::heartbeat));
	}

	private List<LiveEvent> missedSince(LiveTopic topic, long from) {
		List<LiveEvent> missed = new ArrayList<>();
		long after = from;
		while (missed.size() < REPLAY_LIMIT) {
			List<LiveEvent> page = this.events.after(topic, after, REPLAY_PAGE);
			missed.addAll(page);
			if (page.size() < REPLAY_PAGE) {
				return missed;
			}
			after = page.get(page.size() - 1).id();
		}
		log.warn("Replay of {} after event {} stopped at {} events", topic.key(), from, REPLAY_LIMIT);
		return missed;
	}

	private void remove(LiveSubscriber subscriber) {
		this.byTopic.computeIfPresent(subscriber.topic(), (topic, subscribers) -> {
			subscribers.remove(subscriber);
			return subscribers.isEmpty() ? null : subscribers;
		});
	}

}
