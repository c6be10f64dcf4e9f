package io.signalroom.live;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * One open connection following one topic. Events reach its sink one at a time, in id
 * order, each once, on a shared executor, so a slow client holds up only itself; one that
 * falls {@value #MAX_BACKLOG} events behind is disconnected and catches up by
 * reconnecting with Last-Event-ID.
 * <p>
 * It is registered before its missed events are read from the table. Live events that
 * arrive meanwhile are held and merged after the replay; the cursor (highest id queued)
 * drops whatever the replay already covered.
 */
final class LiveSubscriber {

	static final int MAX_BACKLOG = 2000;

	private static final Object HEARTBEAT = new Object();

	private static final int BATCH = 64;

	private final LiveTopic topic;

	private final LiveSink sink;

	private final Executor executor;

	private final Consumer<LiveSubscriber> onClose;

	private final ArrayDeque<Object> outbox = new ArrayDeque<>();

	private final List<LiveEvent> held = new ArrayList<>();

	private long cursor;

	private boolean catchingUp = true;

	private boolean draining;

	private boolean closed;

	LiveSubscriber(LiveTopic topic, long cursor, LiveSink sink, Executor executor, Consumer<LiveSubscriber> onClose) {
		this.topic = topic;
		this.cursor = cursor;
		this.sink = sink;
		this.executor = executor;
		this.onClose = onClose;
	}

	LiveTopic topic() {
		return this.topic;
	}

	synchronized long cursor() {
		return this.cursor;
	}

	/** A live event: queued, or held while the replay runs. */
	void deliver(LiveEvent event) {
		synchronized (this) {
			if (this.closed) {
				return;
			}
			if (this.catchingUp) {
				this.held.add(event);
				if (this.held.size() > MAX_BACKLOG) {
					closeLater();
				}
				return;
			}
			enqueue(event);
		}
		drainSoon();
	}

	/** The replayed events; afterwards held and new events flow. */
	void caughtUp(List<LiveEvent> missed) {
		synchronized (this) {
			missed.forEach(this::enqueue);
			this.held.sort(Comparator.comparingLong(LiveEvent::id));
			this.held.forEach(this::enqueue);
			this.held.clear();
			this.catchingUp = false;
		}
		drainSoon();
	}

	void heartbeat() {
		synchronized (this) {
			if (this.closed || !this.outbox.isEmpty()) {
				return;
			}
			this.outbox.add(HEARTBEAT);
		}
		drainSoon();
	}

	void close() {
		synchronized (this) {
			if (this.closed) {
				return;
			}
			this.closed = true;
			this.outbox.clear();
			this.held.clear();
		}
		this.onClose.accept(this);
		this.sink.close();
	}

	private void enqueue(LiveEvent event) {
		if (event.id() <= this.cursor || this.closed) {
			return;
		}
		this.cursor = event.id();
		this.outbox.add(event);
		if (this.outbox.size() > MAX_BACKLOG) {
			closeLater();
		}
	}

	/** Called holding the lock: the sink must not be closed from inside it. */
	private void closeLater() {
		this.outbox.clear();
		this.held.clear();
		this.executor.execute(this::close);
	}

	private void drainSoon() {
		synchronized (this) {
			if (this.draining || this.outbox.isEmpty() || this.closed) {
				return;
			}
			this.draining = true;
		}
		this.executor.execute(this::drain);
	}

	private void drain() {
		for (int sent = 0; sent < BATCH; sent++) {
			Object next;
			synchronized (this) {
				next = this.outbox.poll();
				if (next == null) {
					this.draining = false;
					return;
				}
			}
			try {
				if (next == HEARTBEAT) {
					this.sink.heartbeat();
				}
				else {
					this.sink.send((LiveEvent) next);
				}
			}
			catch (Exception ex) {
				close();
				return;
			}
		}
		// give other subscribers a turn before sending the rest
		synchronized (this) {
			this.draining = false;
		}
		drainSoon();
	}

}
