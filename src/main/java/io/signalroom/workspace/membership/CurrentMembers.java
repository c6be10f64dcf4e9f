package io.signalroom.workspace.membership;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works out which workspace a signed-in user is in, and lets them switch.
 */
@Service
public class CurrentMembers {

	/**
	 * The HTTP session attribute that holds the id of the workspace the user works in.
	 */
	public static final String SESSION_KEY = "signalroom.workspaceId";

	private final Memberships memberships;

	CurrentMembers(Memberships memberships) {
		this.memberships = memberships;
	}

	/**
	 * The user's active membership in the preferred workspace, or else in the one they
	 * used last, or else in any; empty when they are an active member nowhere.
	 */
	@Transactional(readOnly = true)
	public Optional<CurrentMember> resolve(long userId, Long preferredWorkspaceId) {
		if (preferredWorkspaceId != null) {
			Optional<Membership> preferred = this.memberships.findActive(userId, preferredWorkspaceId);
			if (preferred.isPresent()) {
				return preferred.map(Membership::asCurrentMember);
			}
		}
		List<Membership> all = this.memberships.findActiveOfUser(userId);
		if (all.isEmpty()) {
			return Optional.empty();
		}
		Long last = all.get(0).getUser().getLastWorkspaceId();
		return all.stream()
			.filter((m) -> m.getWorkspace().getId().equals(last))
			.findFirst()
			.or(() -> Optional.of(all.get(0)))
			.map(Membership::asCurrentMember);
	}

	@Transactional(readOnly = true)
	public List<CurrentMember> workspacesOf(long userId) {
		return this.memberships.findActiveOfUser(userId).stream().map(Membership::asCurrentMember).toList();
	}

	/**
	 * Active members per department, in the order departments are listed; absent ones
	 * count 0.
	 */
	@Transactional(readOnly = true)
	public Map<Department, Long> teamByDepartment(CurrentMember member) {
		Map<Department, Long> counts = new EnumMap<>(Department.class);
		for (Department department : Department.values()) {
			counts.put(department, 0L);
		}
		this.memberships.countByDepartment(member.workspaceId())
			.forEach((row) -> counts.put(row.getDepartment(), row.getMembers()));
		return counts;
	}

	/** The membership to switch to; another workspace's id is simply not found. */
	@Transactional
	public Optional<CurrentMember> switchTo(long userId, long workspaceId) {
		Optional<Membership> target = this.memberships.findActive(userId, workspaceId);
		target.ifPresent((m) -> m.getUser().rememberWorkspace(workspaceId));
		return target.map(Membership::asCurrentMember);
	}

}
