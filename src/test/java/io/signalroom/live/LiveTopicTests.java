package io.signalroom.live;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LiveTopicTests {

	@Test
	void aKeyNamesTheWorkspaceAndTheTopicAndParsesBack() {
		LiveTopic topic = LiveTopic.of(7, "session-42");

		assertThat(topic.key()).isEqualTo("ws7.session-42");
		assertThat(topic.path()).isEqualTo("/live/ws7.session-42");
		assertThat(LiveTopic.parse("ws7.session-42")).contains(topic);
	}

	@Test
	void malformedKeysParseToNothing() {
		assertThat(LiveTopic.parse("session-42")).isEmpty();
		assertThat(LiveTopic.parse("ws0.session-42")).isEmpty();
		assertThat(LiveTopic.parse("ws7.Session 42")).isEmpty();
		assertThat(LiveTopic.parse("ws99999999999999999999.x")).isEmpty();
		assertThat(LiveTopic.parse(null)).isEmpty();
	}

	@Test
	void aNameOutsideLowerCaseLettersDigitsAndDashesIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> LiveTopic.of(7, "Session 42"));
		assertThatIllegalArgumentException().isThrownBy(() -> LiveTopic.of(7, "x".repeat(61)));
	}

}
