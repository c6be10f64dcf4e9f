package io.signalroom.session.planning;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.signalroom.workspace.Department;

/**
 * Which customer-facing departments a session lacks: the core ones (sales, marketing,
 * support, customer success, product) that the workspace has members in but the session's
 * people (participants and facilitator) do not.
 */
public final class DepartmentCoverage {

	public static final Set<Department> CORE = EnumSet.of(Department.SALES, Department.MARKETING, Department.SUPPORT,
			Department.CUSTOMER_SUCCESS, Department.PRODUCT);

	private DepartmentCoverage() {
	}

	public static List<Department> missing(Set<Department> inWorkspace, Set<Department> inSession) {
		return CORE.stream().filter(inWorkspace::contains).filter((d) -> !inSession.contains(d)).toList();
	}

}
