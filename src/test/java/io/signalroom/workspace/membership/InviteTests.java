package io.signalroom.workspace.membership;

import java.time.Instant;

import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class InviteTests {

	private static final Instant CREATED = Instant.parse("2026-03-02T09:00:00Z");

	private static final Instant LAST_MOMENT = CREATED.plus(Invite.VALIDITY).minusSeconds(1);

	private static Invite pendingInvite() {
		return new Invite(new Workspace("Acme"), " Newcomer@Example.TEST ", Role.FACILITATOR, Department.PRODUCT,
				"token-hash", 7L, CREATED);
	}

	@Test
	void aNewInviteIsPendingUntilItsLastMoment() {
		Invite invite = pendingInvite();
		assertThat(invite.stateAt(CREATED)).isEqualTo(Invite.State.PENDING);
		assertThat(invite.stateAt(LAST_MOMENT)).isEqualTo(Invite.State.PENDING);
	}

	@Test
	void anInviteExpiresSevenDaysAfterItWasMade() {
		Invite invite = pendingInvite();
		assertThat(invite.getExpiresAt()).isEqualTo(Instant.parse("2026-03-09T09:00:00Z"));
		assertThat(invite.stateAt(invite.getExpiresAt())).isEqualTo(Invite.State.EXPIRED);
	}

	@Test
	void anAcceptedInviteStaysAcceptedAfterItsExpiry() {
		Invite invite = pendingInvite();
		invite.accept(42L, CREATED.plusSeconds(60));
		assertThat(invite.stateAt(CREATED.plusSeconds(61))).isEqualTo(Invite.State.ACCEPTED);
		assertThat(invite.stateAt(invite.getExpiresAt().plusSeconds(1))).isEqualTo(Invite.State.ACCEPTED);
	}

	@Test
	void aRevokedInviteIsRevoked() {
		Invite invite = pendingInvite();
		invite.revoke(CREATED.plusSeconds(60));
		assertThat(invite.stateAt(CREATED.plusSeconds(61))).isEqualTo(Invite.State.REVOKED);
	}

	@Test
	void acceptingAnInviteTwiceIsRefused() {
		Invite invite = pendingInvite();
		invite.accept(42L, CREATED.plusSeconds(60));
		assertThatExceptionOfType(InviteUnusableException.class)
			.isThrownBy(() -> invite.accept(43L, CREATED.plusSeconds(120)))
			.satisfies((ex) -> assertThat(ex.getState()).isEqualTo(Invite.State.ACCEPTED));
	}

	@Test
	void acceptingAnExpiredInviteIsRefused() {
		Invite invite = pendingInvite();
		assertThatExceptionOfType(InviteUnusableException.class)
			.isThrownBy(() -> invite.accept(42L, invite.getExpiresAt()))
			.satisfies((ex) -> assertThat(ex.getState()).isEqualTo(Invite.State.EXPIRED));
		assertThat(invite.stateAt(LAST_MOMENT)).isEqualTo(Invite.State.PENDING);
	}

	@Test
	void acceptingARevokedInviteIsRefused() {
		Invite invite = pendingInvite();
		invite.revoke(CREATED.plusSeconds(60));
		assertThatExceptionOfType(InviteUnusableException.class)
			.isThrownBy(() -> invite.accept(42L, CREATED.plusSeconds(120)))
			.satisfies((ex) -> assertThat(ex.getState()).isEqualTo(Invite.State.REVOKED));
	}

	@Test
	void revokingAnAcceptedInviteLeavesItAccepted() {
		Invite invite = pendingInvite();
		invite.accept(42L, CREATED.plusSeconds(60));
		invite.revoke(CREATED.plusSeconds(120));
		assertThat(invite.stateAt(CREATED.plusSeconds(180))).isEqualTo(Invite.State.ACCEPTED);
	}

	@Test
	void theInvitedAddressIsKeptTrimmedAndInLowerCase() {
		assertThat(pendingInvite().getEmail()).isEqualTo("newcomer@example.test");
	}

}
