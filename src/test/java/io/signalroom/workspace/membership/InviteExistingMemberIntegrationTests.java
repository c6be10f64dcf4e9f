package io.signalroom.workspace.membership;

import io.signalroom.shared.RuleViolation;
import io.signalroom.signal.SignalFixtures;
import io.signalroom.support.IntegrationTest;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
class InviteExistingMemberIntegrationTests {

	@Autowired
	SignalFixtures fixtures;

	@Autowired
	MemberAdministration administration;

	@Test
	void anActiveMemberCannotBeInvitedAgainWhateverTheCaseOfTheirEmail() {
		CurrentMember admin = this.fixtures.newWorkspace();
		CurrentMember sam = this.fixtures.member(admin, Role.PARTICIPANT, Department.SALES, "Sam");

		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.administration.invite(admin,
					new InviteForm(" " + sam.email().toUpperCase() + " ", Role.MANAGER, Department.SALES)))
			.satisfies((violation) -> assertThat(violation.messageKey()).isEqualTo("invite.alreadyMember"));
		assertThat(this.administration.openInvites(admin)).isEmpty();
	}

	@Test
	void someoneWhoIsNotYetAMemberCanBeInvited() {
		CurrentMember admin = this.fixtures.newWorkspace();

		assertThat(this.administration.invite(admin,
				new InviteForm("newcomer-" + System.nanoTime() + "@example.com", Role.PARTICIPANT, Department.UX)))
			.isNotBlank();
		assertThat(this.administration.openInvites(admin)).hasSize(1);
	}

}
