package io.signalroom.live;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LiveSubscriberTests {

	private static final LiveTopic TOPIC = LiveTopic.of(1, "session-1");

	private final RecordingSink sink = new RecordingSink();

	// runs sends on the caller's thread, so the test needs no waiting
	private final LiveSubscriber subscriber = new LiveSubscriber(TOPIC, 10, this.sink, Runnable::run, (s) -> {
	});

	@Test
	void liveEventsArrivingDuringTheReplayFollowItWithoutDoublesOrGaps() {
		this.subscriber.deliver(event(12));
		this.subscriber.deliver(event(13));
		this.subscriber.deliver(event(14));

		this.subscriber.caughtUp(List.of(event(11), event(12), event(13)));
		this.subscriber.deliver(event(14));
		this.subscriber.deliver(event(15));

		assertThat(this.sink.ids()).containsExactly(11L, 12L, 13L, 14L, 15L);
	}

	@Test
	void eventsAtOrBeforeTheCursorAreDropped() {
		this.subscriber.caughtUp(List.of());
		this.subscriber.deliver(event(9));
		this.subscriber.deliver(event(10));
		this.subscriber.deliver(event(11));

		assertThat(this.sink.ids()).containsExactly(11L);
	}

	@Test
	void aSubscriberTooFarBehindIsDisconnectedToCatchUpByReconnecting() {
		// the sends wait in the executor, as for a client that stopped reading
		List<Runnable> waiting = new ArrayList<>();
		LiveSubscriber stuck = new LiveSubscriber(TOPIC, 0, this.sink, waiting::add, (s) -> {
		});
		stuck.caughtUp(List.of());

		LongStream.rangeClosed(1, LiveSubscriber.MAX_BACKLOG).forEach((id) -> stuck.deliver(event(id)));
		assertThat(waiting).hasSize(1);
		stuck.deliver(event(LiveSubscriber.MAX_BACKLOG + 1));
		waiting.get(waiting.size() - 1).run();

		assertThat(this.sink.closed()).isTrue();
		assertThat(this.sink.ids()).isEmpty();
	}

	@Test
	void aFailingSinkClosesTheSubscriber() {
		boolean[] removed = new boolean[1];
		LiveSubscriber failing = new LiveSubscriber(TOPIC, 0, new RecordingSink() {

			@Override
			public void send(LiveEvent event) {
				throw new IllegalStateException("client went away");
			}

		}, Runnable::run, (s) -> removed[0] = true);
		failing.caughtUp(List.of());

		failing.deliver(event(1));

		assertThat(removed[0]).isTrue();
	}

	private static LiveEvent event(long id) {
		return new LiveEvent(id, TOPIC, "note-added", "note " + id);
	}

}
