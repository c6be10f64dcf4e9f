package io.signalroom.workspace.membership;

/**
 * An invite link that was already used, revoked, or has expired.
 */
public class InviteUnusableException extends RuntimeException {

	private final Invite.State state;

	InviteUnusableException(Invite.State state) {
		super("Invite is " + state);
		this.state = state;
	}

	public Invite.State getState() {
		return this.state;
	}

}
