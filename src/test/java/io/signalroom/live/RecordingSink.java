package io.signalroom.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A subscriber's sink that keeps what it receives, for tests to wait on.
 */
class RecordingSink implements LiveSink {

	private final List<LiveEvent> received = new CopyOnWriteArrayList<>();

	private volatile boolean closed;

	@Override
	public void send(LiveEvent event) {
		this.received.add(event);
	}

	@Override
	public void heartbeat() {
	}

	@Override
	public void close() {
		this.closed = true;
	}

	boolean closed() {
		return this.closed;
	}

	List<Long> ids() {
		return this.received.stream().map(LiveEvent::id).toList();
	}

	List<String> payloads() {
		return this.received.stream().map(LiveEvent::payload).toList();
	}

	/** Waits (at most {@code limit}) until {@code count} events have arrived. */
	List<LiveEvent> await(int count, Duration limit) throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		while (this.received.size() < count && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		return new ArrayList<>(this.received);
	}

}
