package io.signalroom.live;

import java.io.IOException;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Writes events to an SSE response: {@code id}, {@code event} and the payload as
 * {@code data} lines.
 */
final class SseSink implements LiveSink {

	private final SseEmitter emitter;

	SseSink(SseEmitter emitter) {
		this.emitter = emitter;
	}

	@Override
	public void send(LiveEvent event) throws IOException {
		this.emitter
			.send(SseEmitter.event().id(Long.toString(event.id())).name(event.name()).data(spaced(event.payload())));
	}

	/**
	 * Spring writes each line as {@code data:<line>} and EventSource drops one space
	 * after the colon, so an indented line would lose a space; a space before every line
	 * keeps the payload exact.
	 */
	static String spaced(String payload) {
		return " " + payload.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\n ");
	}

	@Override
	public void heartbeat() throws IOException {
		this.emitter.send(SseEmitter.event().comment("heartbeat"));
	}

	@Override
	public void close() {
		this.emitter.complete();
	}

}
