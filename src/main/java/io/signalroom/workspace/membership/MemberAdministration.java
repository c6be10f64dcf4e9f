package io.signalroom.workspace.membership;

import java.time.Clock;
import java.util.List;

import io.signalroom.shared.web.NotFoundException;
import io.signalroom.shared.RuleViolation;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;
import io.signalroom.workspace.account.UserAccount;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What admins do to their workspace's members and invites. Every method works inside the
 * admin's current workspace only.
 */
@Service
public class MemberAdministration {

	private final Workspaces workspaces;

	private final Memberships memberships;

	private final Invites invites;

	private final Clock clock;

	MemberAdministration(Workspaces workspaces, Memberships memberships, Invites invites, Clock clock) {
		this.workspaces = workspaces;
		this.memberships = memberships;
		this.invites = invites;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Membership> members(CurrentMember admin) {
		return this.memberships.findAllInWorkspace(admin.workspaceId());
	}

	@Transactional(readOnly = true)
	public List<Invite> openInvites(CurrentMember admin) {
		return this.invites.findOpenInWorkspace(admin.workspaceId());
	}

	/**
	 * @return the token for the link, shown once and never stored
	 */
	@Transactional
	public String invite(CurrentMember admin, InviteForm form) {
		if (this.memberships.existsActiveByEmail(admin.workspaceId(), form.email().strip())) {
			throw new RuleViolation("email", "invite.alreadyMember");
		}
		InviteToken token = InviteToken.generate();
		Workspace workspace = this.workspaces.getReferenceById(admin.workspaceId());
		this.invites.save(new Invite(workspace, form.email(), form.role(), form.department(), token.hash(),
				admin.userId(), this.clock.instant()));
		return token.value();
	}

	/** Adds an existing account without an invite; for the demo workspace only. */
	@Transactional
	public Membership addDirectly(long workspaceId, UserAccount user, Role role, Department department) {
		return this.memberships
			.save(new Membership(this.workspaces.getReferenceById(workspaceId), user, role, department));
	}

	@Transactional
	public void revokeInvite(CurrentMember admin, long inviteId) {
		this.invites.findInWorkspace(admin.workspaceId(), inviteId)
			.orElseThrow(() -> new NotFoundException("Invite"))
			.revoke(this.clock.instant());
	}

	@Transactional
	public Membership change(CurrentMember admin, long membershipId, MemberChangeForm form) {
		Membership member = this.memberships.findInWorkspace(admin.workspaceId(), membershipId)
			.orElseThrow(() -> new NotFoundException("Member"));
		boolean losesAdmin = member.isAdmin() && (form.role() != Role.ADMIN || !form.active());
		if (losesAdmin
				&& this.memberships.countByWorkspaceIdAndRoleAndActiveTrue(admin.workspaceId(), Role.ADMIN) <= 1) {
			throw new RuleViolation(null, "members.lastAdmin");
		}
		member.changeRole(form.role());
		member.moveTo(form.department());
		if (form.active()) {
			member.reactivate();
		}
		else {
			member.deactivate();
		}
		return member;
	}

}
