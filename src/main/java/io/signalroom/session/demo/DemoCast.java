package io.signalroom.session.demo;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import io.signalroom.workspace.Department;
import io.signalroom.workspace.MemberDirectory.WorkspaceMember;
import io.signalroom.workspace.Role;

/**
 * The demo workspace's people as the history needs them: the facilitator who runs the
 * weekly review and the three who take part. Found by role and department, so a workspace
 * without them (any other one) gets no history.
 */
record DemoCast(WorkspaceMember facilitator, WorkspaceMember sales, WorkspaceMember support, WorkspaceMember manager) {

	/** Who speaks in the script. */
	enum Speaker {

		FACILITATOR, SALES, SUPPORT, MANAGER

	}

	static Optional<DemoCast> of(List<WorkspaceMember> members) {
		Optional<WorkspaceMember> facilitator = find(members, (m) -> m.role() == Role.FACILITATOR);
		Optional<WorkspaceMember> sales = find(members,
				(m) -> m.role() == Role.PARTICIPANT && m.department() == Department.SALES);
		Optional<WorkspaceMember> support = find(members,
				(m) -> m.role() == Role.PARTICIPANT && m.department() == Department.SUPPORT);
		Optional<WorkspaceMember> manager = find(members, (m) -> m.role() == Role.MANAGER);
		if (facilitator.isEmpty() || sales.isEmpty() || support.isEmpty() || manager.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new DemoCast(facilitator.get(), sales.get(), support.get(), manager.get()));
	}

	WorkspaceMember member(Speaker speaker) {
		return switch (speaker) {
			case FACILITATOR -> this.facilitator;
			case SALES -> this.sales;
			case SUPPORT -> this.support;
			case MANAGER -> this.manager;
		};
	}

	/** The participants of every demo session; the facilitator runs it. */
	List<WorkspaceMember> participants() {
		return List.of(this.sales, this.support, this.manager);
	}

	private static Optional<WorkspaceMember> find(List<WorkspaceMember> members, Predicate<WorkspaceMember> wanted) {
		return members.stream().filter(wanted).findFirst();
	}

}
