package io.signalroom.session.planning;

import java.util.List;

import io.signalroom.customer.CustomerLens;
import io.signalroom.customer.CustomerPicker;
import io.signalroom.customer.CustomerCatalog;
import io.signalroom.session.planning.Preparations;
import io.signalroom.session.planning.SessionPlanning;
import io.signalroom.shared.web.PageErrors;
import io.signalroom.workspace.CurrentMember;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Who takes part in a planned session, which customers it reviews, and the pre-session
 * assignments.
 */
@Controller
class SessionPeopleController {

	static final String PICKER = CustomerPicker.RESULTS;

	private final SessionPlanning planning;

	private final Preparations preparations;

	private final CustomerCatalog customers;

	SessionPeopleController(SessionPlanning planning, Preparations preparations, CustomerCatalog customers) {
		this.planning = planning;
		this.preparations = preparations;
		this.customers = customers;
	}

	@PostMapping("/sessions/{id}/facilitator")
	String facilitator(CurrentMember me, @PathVariable long id, @RequestParam long facilitatorId,
			RedirectAttributes redirect) {
		return attempt(id, redirect, "session.facilitator.changed",
				() -> this.planning.changeFacilitator(me, id, facilitatorId));
	}

	@PostMapping("/sessions/{id}/participants")
	String addParticipants(CurrentMember me, @PathVariable long id,
			@RequestParam(name = "userIds", required = false) List<Long> userIds, RedirectAttributes redirect) {
		return attempt(id, redirect, "session.participants.added",
				() -> this.planning.addParticipants(me, id, (userIds != null) ? userIds : List.of()));
	}

	@PostMapping("/sessions/{id}/participants/{userId}/remove")
	String removeParticipant(CurrentMember me, @PathVariable long id, @PathVariable long userId,
			RedirectAttributes redirect) {
		return attempt(id, redirect, "session.participants.removed",
				() -> this.planning.removeParticipant(me, id, userId));
	}

	/** The customer picker's matches for a search (htmx fragment). */
	@GetMapping("/sessions/{id}/customers/search")
	String search(CurrentMember me, @PathVariable long id, @RequestParam(name = "q", required = false) String q,
			Model model) {
		var session = this.planning.get(me, id);
		SessionPlanning.requirePlannerOf(me);
		model.addAttribute("s", session);
		model.addAttribute(CustomerPicker.ATTRIBUTE,
				new CustomerPicker("picker-results", true, "session.customers.noMatch",
						this.customers.search(me.workspaceId(), q, CustomerLens.session(session.isAnonymizeCustomers()))
							.stream()
							.filter((c) -> !session.getCustomerIds().contains(c.id()))
							.toList()));
		return PICKER;
	}

	@PostMapping("/sessions/{id}/customers")
	String addCustomers(CurrentMember me, @PathVariable long id,
			@RequestParam(name = "customerIds", required = false) List<Long> customerIds, RedirectAttributes redirect) {
		if (customerIds == null || customerIds.isEmpty()) {
			PageErrors.flash(redirect, "session.customers.noneChosen");
			return "redirect:/sessions/" + id + "#customers";
		}
		return attempt(id, redirect, "session.customers.added", () -> this.planning.addCustomers(me, id, customerIds));
	}

	@PostMapping("/sessions/{id}/customers/{customerId}/remove")
	String removeCustomer(CurrentMember me, @PathVariable long id, @PathVariable long customerId,
			RedirectAttributes redirect) {
		return attempt(id, redirect, "session.customers.removed",
				() -> this.planning.removeCustomer(me, id, customerId));
	}

	@PostMapping("/sessions/{id}/assignments")
	String handOut(CurrentMember me, @PathVariable long id, RedirectAttributes redirect) {
		return attempt(id, redirect, "session.assignments.handedOut", () -> this.preparations.handOut(me, id));
	}

	@PostMapping("/sessions/{id}/assignments/{assignmentId}")
	String observe(CurrentMember me, @PathVariable long id, @PathVariable long assignmentId,
			@RequestParam(required = false) String observation, RedirectAttributes redirect) {
		return attempt(id, redirect, "session.observation.saved",
				() -> this.preparations.observe(me, id, assignmentId, observation));
	}

	/**
	 * Makes the change and goes back to the session's plan. A refused change needs
	 * nothing here: the error path leads back to the page it came from, with the reason.
	 */
	private static String attempt(long id, RedirectAttributes redirect, String successKey, Runnable change) {
		change.run();
		redirect.addFlashAttribute("successKey", successKey);
		return "redirect:/sessions/" + id;
	}

}
