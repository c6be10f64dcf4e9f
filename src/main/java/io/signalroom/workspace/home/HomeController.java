package io.signalroom.workspace.home;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.HomeCard;
import io.signalroom.workspace.HomeCards;
import io.signalroom.workspace.membership.CurrentMembers;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: what is waiting for the member (collected from every module's
 * {@link HomeCards}), what their role should do next in the current workspace, and the
 * team by department. Someone who is an active member nowhere is sent to start a
 * workspace of their own.
 */
@Controller
class HomeController {

	static final String VIEW = "workspace/home";

	private final CurrentMembers currentMembers;

	private final List<HomeCards> homeCards;

	HomeController(CurrentMembers currentMembers, List<HomeCards> homeCards) {
		this.currentMembers = currentMembers;
		this.homeCards = homeCards;
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
		model.addAttribute("waiting", waitingFor(me));
		model.addAttribute("teamByDepartment", team);
		model.addAttribute("missingDepartments", missing);
		return VIEW;
	}

	private List<HomeCard> waitingFor(CurrentMember me) {
		return this.homeCards.stream()
			.flatMap((cards) -> cards.cardsFor(me).stream())
			.sorted(Comparator.comparing((HomeCard card) -> !card.urgent()).thenComparingInt(HomeCard::order))
			.toList();
	}

}
