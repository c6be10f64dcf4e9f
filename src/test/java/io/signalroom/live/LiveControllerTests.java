package io.signalroom.live;

import java.time.Duration;
import java.util.List;

import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;
import org.junit.jupiter.api.Test;

import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LiveControllerTests {

	private static final CurrentMember MEMBER = new CurrentMember(1, "p@example.test", "P", 7, "W", Role.PARTICIPANT,
			Department.SALES);

	@Test
	void theModuleOwningATopicCanRefuseAMemberOfTheSameWorkspace() {
		LiveTopicAccess sessionsOnlyForFacilitators = new LiveTopicAccess() {

			@Override
			public boolean decides(String topicName) {
				return topicName.startsWith("session-");
			}

			@Override
			public boolean mayFollow(CurrentMember member, LiveTopic topic) {
				return member.canFacilitate();
			}

		};
		LiveController controller = new LiveController(null, List.of(sessionsOnlyForFacilitators), new LiveProperties(
				Duration.ofMinutes(1), Duration.ofSeconds(15), Duration.ofDays(2), Duration.ofHours(1), 4));

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> controller.follow("ws7.session-1", null, null, MEMBER));
	}

}
