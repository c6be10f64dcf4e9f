package io.signalroom.workspace.membership;

import java.time.Clock;
import java.time.Instant;

import io.signalroom.shared.web.NotFoundException;
import io.signalroom.shared.RuleViolation;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;
import io.signalroom.workspace.WorkspaceCreated;
import io.signalroom.workspace.account.AccountService;
import io.signalroom.workspace.account.UserAccount;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How people get into workspaces: signing up with a new workspace, creating another one,
 * and accepting an invite. Each runs in one transaction, so a failure leaves nothing
 * half-created.
 */
@Service
public class Onboarding {

	private final AccountService accounts;

	private final Workspaces workspaces;

	private final Memberships memberships;

	private final Invites invites;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Onboarding(AccountService accounts, Workspaces workspaces, Memberships memberships, Invites invites, Clock clock,
			ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.workspaces = workspaces;
		this.memberships = memberships;
		this.invites = invites;
		this.clock = clock;
		this.events = events;
	}

	@Transactional
	public Membership signUp(SignUpForm form) {
		UserAccount user = this.accounts.create(form.email(), form.displayName(), form.password());
		return createWorkspace(user, form.workspaceName(), form.department());
	}

	@Transactional
	public Membership createWorkspace(long userId, String name, Department department) {
		return createWorkspace(this.accounts.get(userId), name, department);
	}

	private Membership createWorkspace(UserAccount owner, String name, Department department) {
		Workspace workspace = this.workspaces.save(new Workspace(name));
		Membership admin = this.memberships.save(new Membership(workspace, owner, Role.ADMIN, department));
		owner.rememberWorkspace(workspace.getId());
		this.events.publishEvent(new WorkspaceCreated(workspace.getId()));
		return admin;
	}

	/** The invite behind a link, whatever its state; unknown tokens are not found. */
	@Transactional(readOnly = true)
	public InviteView inviteFor(String token) {
		Invite invite = findByToken(token);
		return new InviteView(invite.getWorkspace().getName(), invite.getEmail(), invite.getRole(),
				invite.getDepartment(), invite.getExpiresAt(), invite.stateAt(now()),
				this.accounts.exists(invite.getEmail()));
	}

	/**
	 * A newcomer without an account accepts: the account and the membership are made
	 * together.
	 */
	@Transactional
	public Membership acceptAsNewUser(String token, String displayName, String password) {
		Invite invite = findByToken(token);
		checkUsable(invite);
		UserAccount user = this.accounts.create(invite.getEmail(), displayName, password);
		return join(invite, user);
	}

	/** A signed-in user accepts an invite made out to their own e-mail address. */
	@Transactional
	public Membership acceptAsExistingUser(String token, long userId) {
		Invite invite = findByToken(token);
		checkUsable(invite);
		UserAccount user = this.accounts.get(userId);
		if (!user.getEmail().equalsIgnoreCase(invite.getEmail())) {
			throw new RuleViolation(null, "invite.otherEmail", invite.getEmail(), user.getEmail());
		}
		return join(invite, user);
	}

	private Membership join(Invite invite, UserAccount user) {
		invite.accept(user.getId(), now());
		Membership membership = this.memberships.findByWorkspaceIdAndUserId(invite.getWorkspace().getId(), user.getId())
			.map((existing) -> {
				existing.rejoin(invite.getRole(), invite.getDepartment());
				return existing;
			})
			.orElseGet(() -> this.memberships
				.save(new Membership(invite.getWorkspace(), user, invite.getRole(), invite.getDepartment())));
		user.rememberWorkspace(invite.getWorkspace().getId());
		this.invites.flush();
		return membership;
	}

	private void checkUsable(Invite invite) {
		Invite.State state = invite.stateAt(now());
		if (state != Invite.State.PENDING) {
			throw new InviteUnusableException(state);
		}
	}

	private Invite findByToken(String token) {
		if (token == null || token.length() > 100) {
			throw new NotFoundException("Invite");
		}
		return this.invites.findByTokenHash(new InviteToken(token).hash())
			.orElseThrow(() -> new NotFoundException("Invite"));
	}

	private Instant now() {
		return this.clock.instant();
	}

}
