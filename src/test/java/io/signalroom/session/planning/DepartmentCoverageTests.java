package io.signalroom.session.planning;

import java.util.EnumSet;

import io.signalroom.workspace.Department;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DepartmentCoverageTests {

	@Test
	void coreDepartmentsPresentInTheWorkspaceButAbsentFromTheSessionAreMissing() {
		var workspace = EnumSet.of(Department.SALES, Department.SUPPORT, Department.MARKETING, Department.DATA_BI);
		var session = EnumSet.of(Department.SALES, Department.DATA_BI);
		assertThat(DepartmentCoverage.missing(workspace, session)).containsExactly(Department.MARKETING,
				Department.SUPPORT);
	}

	@Test
	void departmentsTheWorkspaceDoesNotHaveAreNeverMissing() {
		assertThat(DepartmentCoverage.missing(EnumSet.of(Department.SALES), EnumSet.of(Department.SALES))).isEmpty();
	}

}
