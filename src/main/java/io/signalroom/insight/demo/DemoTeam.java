package io.signalroom.insight.demo;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.MemberDirectory.WorkspaceMember;
import io.signalroom.workspace.Role;

/**
 * The demo workspace's people who record, judge and own what the demo sessions learned,
 * found by role and department.
 */
record DemoTeam(long workspaceId, WorkspaceMember facilitator, WorkspaceMember sales, WorkspaceMember support,
		WorkspaceMember manager) {

	/** Who owns an action item or changes an insight's status in the script. */
	enum Owner {

		FACILITATOR, SALES, SUPPORT, MANAGER

	}

	static Optional<DemoTeam> of(long workspaceId, List<WorkspaceMember> members) {
		Optional<WorkspaceMember> facilitator = find(members, (m) -> m.role() == Role.FACILITATOR);
		Optional<WorkspaceMember> sales = find(members,
				(m) -> m.role() == Role.PARTICIPANT && m.department() == Department.SALES);
		Optional<WorkspaceMember> support = find(members,
				(m) -> m.role() == Role.PARTICIPANT && m.department() == Department.SUPPORT);
		Optional<WorkspaceMember> manager = find(members, (m) -> m.role() == Role.MANAGER);
		if (facilitator.isEmpty() || sales.isEmpty() || support.isEmpty() || manager.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new DemoTeam(workspaceId, facilitator.get(), sales.get(), support.get(), manager.get()));
	}

	long id(Owner owner) {
		return switch (owner) {
			case FACILITATOR -> this.facilitator.userId();
			case SALES -> this.sales.userId();
			case SUPPORT -> this.support.userId();
			case MANAGER -> this.manager.userId();
		};
	}

	/**
	 * The facilitator as the session module's readers expect a signed-in member; nobody
	 * signs in while the history is written, so there is no e-mail to give.
	 */
	CurrentMember facilitatorAsMember() {
		return new CurrentMember(this.facilitator.userId(), null, this.facilitator.displayName(), this.workspaceId,
				null, this.facilitator.role(), this.facilitator.department());
	}

	private static Optional<WorkspaceMember> find(List<WorkspaceMember> members, Predicate<WorkspaceMember> wanted) {
		return members.stream().filter(wanted).findFirst();
	}

}
