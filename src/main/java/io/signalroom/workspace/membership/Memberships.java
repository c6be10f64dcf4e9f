package io.signalroom.workspace.membership;

import java.util.List;
import java.util.Optional;

import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Memberships are always looked up within a workspace or for the signed-in user: there is
 * no lookup by id alone.
 */
public interface Memberships extends JpaRepository<Membership, Long> {

	@Query("""
			select m from Membership m join fetch m.workspace join fetch m.user
			where m.user.id = :userId and m.workspace.id = :workspaceId and m.active = true""")
	Optional<Membership> findActive(long userId, long workspaceId);

	@Query("""
			select m from Membership m join fetch m.workspace join fetch m.user
			where m.user.id = :userId and m.active = true order by m.workspace.name, m.workspace.id""")
	List<Membership> findActiveOfUser(long userId);

	@Query("""
			select m from Membership m join fetch m.user
			where m.workspace.id = :workspaceId order by m.active desc, lower(m.user.displayName)""")
	List<Membership> findAllInWorkspace(long workspaceId);

	@Query("""
			select m from Membership m join fetch m.user join fetch m.workspace
			where m.workspace.id = :workspaceId and m.id = :id""")
	Optional<Membership> findInWorkspace(long workspaceId, long id);

	@Query("""
			select m.department as department, count(m) as members from Membership m
			where m.workspace.id = :workspaceId and m.active = true group by m.department""")
	List<DepartmentCount> countByDepartment(long workspaceId);

	interface DepartmentCount {

		Department getDepartment();

		long getMembers();

	}

	@Query("""
			select count(m) > 0 from Membership m
			where m.workspace.id = :workspaceId and m.active = true and lower(m.user.email) = lower(:email)""")
	boolean existsActiveByEmail(long workspaceId, String email);

	Optional<Membership> findByWorkspaceIdAndUserId(long workspaceId, long userId);

	long countByWorkspaceIdAndRoleAndActiveTrue(long workspaceId, Role role);

}
