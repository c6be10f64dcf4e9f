package io.signalroom.session.planning;

import java.util.List;
import java.util.Map;

import io.signalroom.customer.CustomerLens;
import io.signalroom.customer.CustomerCatalog;
import io.signalroom.customer.CustomerSummary;
import io.signalroom.session.PracticeSessions;
import io.signalroom.session.planning.AgendaItem;
import io.signalroom.session.planning.Assignment;
import io.signalroom.session.planning.PracticeSession;
import io.signalroom.session.planning.Preparations;
import io.signalroom.session.planning.SessionPlanning;
import io.signalroom.signal.DetectedSignalView;
import io.signalroom.signal.SignalTaxonomy;
import io.signalroom.workspace.CurrentMember;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A session's plan view: agenda, people, customers under review and assignments.
 */
@Controller
class SessionPageController {

	static final String VIEW = "session/show";

	private final SessionPlanning planning;

	private final Preparations preparations;

	private final PracticeSessions sessions;

	private final CustomerCatalog customers;

	private final SignalTaxonomy signals;

	SessionPageController(SessionPlanning planning, Preparations preparations, PracticeSessions sessions,
			CustomerCatalog customers, SignalTaxonomy signals) {
		this.planning = planning;
		this.preparations = preparations;
		this.sessions = sessions;
		this.customers = customers;
		this.signals = signals;
	}

	@GetMapping("/sessions/{id}")
	String show(CurrentMember me, @PathVariable long id, Model model) {
		PracticeSession session = this.planning.get(me, id);
		fill(me, session, model);
		return VIEW;
	}

	void fill(CurrentMember me, PracticeSession session, Model model) {
		model.addAttribute("s", session);
		model.addAttribute("canEdit",
				me.canFacilitate() && session.getStatus() == io.signalroom.session.SessionStatus.PLANNED);
		model.addAttribute("canPlan", me.canFacilitate());
		model.addAttribute("goals", io.signalroom.session.LearningGoal.values());
		Map<Long, io.signalroom.workspace.MemberDirectory.WorkspaceMember> members = this.planning
			.members(me.workspaceId());
		model.addAttribute("members", members);
		model.addAttribute("missingDepartments", this.planning.missingDepartments(session));
		List<CustomerSummary> underReview = this.customers.summaries(me.workspaceId(), session.getCustomerIds(),
				CustomerLens.session(session.isAnonymizeCustomers()));
		model.addAttribute("underReview", underReview);
		model.addAttribute("customerNames", underReview.stream()
			.collect(java.util.stream.Collectors.toMap(CustomerSummary::id, CustomerSummary::name)));
		model.addAttribute("customerPaths", underReview.stream()
			.collect(java.util.stream.Collectors.toMap(CustomerSummary::id, CustomerSummary::path)));
		model.addAttribute("preparation", this.preparations.of(me, session.getId()));
		model.addAttribute("previous", this.sessions.previousInSeries(me, session.getId()).orElse(null));
		if (me.canFacilitate()) {
			java.util.Set<Long> seen = new java.util.HashSet<>(session.getCustomerIds());
			List<DetectedSignalView> alerts = this.signals
				.openAlerts(me.workspaceId(), 50, CustomerLens.session(session.isAnonymizeCustomers()))
				.stream()
				.filter((a) -> seen.add(a.customerId()))
				.limit(8)
				.toList();
			model.addAttribute("alerts", alerts);
		}
		if (!model.containsAttribute("itemForm")) {
			model.addAttribute("itemForm", new AgendaItemForm("", 10));
		}
	}

	static boolean isMine(Assignment a, CurrentMember me) {
		return a.getUserId() == me.userId();
	}

	static int total(List<AgendaItem> items) {
		return items.stream().mapToInt(AgendaItem::getPlannedMinutes).sum();
	}

}
