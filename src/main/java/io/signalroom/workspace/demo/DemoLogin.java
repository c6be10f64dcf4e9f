package io.signalroom.workspace.demo;

import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;

/**
 * One of the demo workspace's logins, one per role, printed on the console and in the
 * README.
 */
record DemoLogin(String email, String displayName, Role role, Department department) {

	static final String PASSWORD = "practice-signals";

	static final DemoLogin[] ALL = { new DemoLogin("admin@demo.test", "Ada Admin", Role.ADMIN, Department.OPERATIONS),
			new DemoLogin("manager@demo.test", "Mona Manager", Role.MANAGER, Department.CUSTOMER_SUCCESS),
			new DemoLogin("facilitator@demo.test", "Fay Facilitator", Role.FACILITATOR, Department.REVOPS),
			new DemoLogin("sales@demo.test", "Sam Sales", Role.PARTICIPANT, Department.SALES),
			new DemoLogin("support@demo.test", "Sue Support", Role.PARTICIPANT, Department.SUPPORT) };

}
