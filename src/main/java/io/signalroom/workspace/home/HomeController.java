package io.signalroom.workspace.home;

import java.util.List;
import java.util.Map;

import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.membership.CurrentMembers;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: tells each role what to do next in the current workspace and shows the
 * team by department. Someone who is an active member nowhere is sent to start a
 * workspace of their own.
 */
@Controller
class HomeController {

	static final String VIEW = "workspace/home";

	private final CurrentMembers currentMembers;

	HomeController(CurrentMembers currentMembers) {
		this.currentMembers = currentMembers;
	}

	@GetMapping("/")
	String home(Model model) {
		if (!(model.getAttribute("me") instanceof CurrentMember me)) {
			return "redirect:/workspaces";
		}
		Map<Department, Long> team = this.currentMembers.teamByDepartment(me);
		List<Department> missing = team.entrySet()
			.stream()
			.filter((e) -> e.getValue() == 0)
			.map(Map.Entry::getKey)
			.toList();
		team.values().removeIf((count) -> count == 0);
		model.addAttribute("teamByDepartment", team);
		model.addAttribute("missingDepartments", missing);
		return VIEW;
	}

}
