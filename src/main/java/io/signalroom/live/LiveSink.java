package io.signalroom.live;

import java.io.IOException;

/**
 * Where one subscriber's events go: an SSE response, or a test's list. Called by one
 * thread at a time.
 */
interface LiveSink {

	void send(LiveEvent event) throws IOException;

	/** Keeps an idle connection open through proxies and notices a vanished client. */
	void heartbeat() throws IOException;

	/** Ends the stream; a browser then reconnects with Last-Event-ID. */
	void close();

}
