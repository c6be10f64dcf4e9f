package io.signalroom.live;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import io.signalroom.live.SseText.Received;
import io.signalroom.support.MvcBrowser;
import io.signalroom.support.IntegrationTest;
import io.signalroom.workspace.Role;
import io.signalroom.workspace.WorkspaceMother;
import io.signalroom.workspace.WorkspaceMother.TestMember;
import io.signalroom.workspace.WorkspaceMother.TestWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class LiveStreamIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	LiveEvents live;

	@Autowired
	PostgresListenBridge bridge;

	TestWorkspace workspace;

	LiveTopic topic;

	MvcBrowser participant;

	@BeforeEach
	void aParticipantSignedInAndATopicOfTheirWorkspace(@Autowired ApplicationContext context) throws Exception {
		WorkspaceMother workspaces = new WorkspaceMother(context);
		this.workspace = workspaces.workspace();
		TestMember member = workspaces.member(this.workspace, Role.PARTICIPANT);
		this.participant = new MvcBrowser(this.mvc).signIn(member.email(), member.password());
		this.topic = LiveTopic.of(this.workspace.id(), "probe-7");
		await().atMost(Duration.ofSeconds(10)).until(this.bridge::isListening);
	}

	@Test
	void aMemberFollowsATopicOfTheirWorkspaceAsAnEventStream() throws Exception {
		MockHttpServletResponse stream = follow(this.topic.path());
		long id = this.live.publish(this.topic, "interpretation-added", "<li>upsell</li>");

		assertThat(awaitEvents(stream, 1))
			.containsExactly(new Received(Long.toString(id), "interpretation-added", "<li>upsell</li>"));
		assertThat(stream.getContentType()).startsWith(MediaType.TEXT_EVENT_STREAM_VALUE);
	}

	@Test
	void aReconnectWithLastEventIdReplaysExactlyTheMissedEventsInOrder() throws Exception {
		List<Long> ids = publish(6);

		MockHttpServletResponse stream = follow(this.topic.path(), ids.get(2));
		long live = this.live.publish(this.topic, "interpretation-added", "live");

		assertThat(awaitEvents(stream, 4)).extracting(Received::eventId)
			.containsExactly(ids.get(3), ids.get(4), ids.get(5), live);
		Thread.sleep(200);
		assertThat(SseText.parse(stream.getContentAsString())).hasSize(4);
	}

	@Test
	void theLastEventIdQueryParameterWorksLikeTheHeader() throws Exception {
		List<Long> ids = publish(3);

		MvcResult result = this.participant
			.perform(get(this.topic.path()).param("lastEventId", ids.get(0).toString())
				.accept(MediaType.TEXT_EVENT_STREAM))
			.andExpect(request().asyncStarted())
			.andReturn();

		assertThat(awaitEvents(result.getResponse(), 2)).extracting(Received::eventId)
			.containsExactly(ids.get(1), ids.get(2));
	}

	@Test
	void aPayloadOfSeveralLinesArrivesAsOneEventWithEveryLine() throws Exception {
		MockHttpServletResponse stream = follow(this.topic.path());
		String html = "<li>\n  <strong>Support</strong>: churn risk\n</li>";

		this.live.publish(this.topic, "interpretation-added", html);

		assertThat(awaitEvents(stream, 1)).extracting(Received::data).containsExactly(html);
	}

	@Test
	void aTopicOfAnotherWorkspaceAnswers404() throws Exception {
		LiveTopic theirs = LiveTopic.of(this.workspace.id() + 1, "probe-7");

		this.participant.perform(get(theirs.path()).accept(MediaType.TEXT_EVENT_STREAM))
			.andExpect(status().isNotFound())
			.andExpect(request().asyncNotStarted());
	}

	@Test
	void aMalformedTopicAnswers404() throws Exception {
		this.participant.perform(get("/live/probe-7").accept(MediaType.TEXT_EVENT_STREAM))
			.andExpect(status().isNotFound());
	}

	@Test
	void aSignedOutVisitorIsSentToSignIn() throws Exception {
		this.mvc.perform(get(this.topic.path()).accept(MediaType.TEXT_EVENT_STREAM))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
	}

	@Test
	void theSseExtensionAndTheLiveScriptAreServedFromThisOrigin() throws Exception {
		this.mvc.perform(get("/webjars/htmx-ext-sse/sse.js"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("defineExtension('sse'")));
		this.mvc.perform(get("/js/live.js")).andExpect(status().isOk());
	}

	private MockHttpServletResponse follow(String path) throws Exception {
		return follow(path, null);
	}

	private MockHttpServletResponse follow(String path, Long lastEventId) throws Exception {
		var request = get(path).accept(MediaType.TEXT_EVENT_STREAM);
		if (lastEventId != null) {
			request.header("Last-Event-ID", lastEventId.toString());
		}
		MvcResult result = this.participant.perform(request).andExpect(request().asyncStarted()).andReturn();
		return result.getResponse();
	}

	private static List<Received> awaitEvents(MockHttpServletResponse stream, int count) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
		List<Received> events = SseText.parse(stream.getContentAsString());
		while (events.size() < count && System.nanoTime() < deadline) {
			Thread.sleep(10);
			events = SseText.parse(stream.getContentAsString());
		}
		return events;
	}

	private List<Long> publish(int count) {
		return IntStream.rangeClosed(1, count)
			.mapToObj((n) -> this.live.publish(this.topic, "interpretation-added", "note " + n))
			.toList();
	}

}
