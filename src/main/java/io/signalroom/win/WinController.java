package io.signalroom.win;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.signalroom.customer.CustomerLens;
import io.signalroom.customer.CustomerPicker;
import io.signalroom.customer.CustomerCatalog;
import io.signalroom.insight.InsightDirectory;
import io.signalroom.insight.InsightDirectory.ActionRef;
import io.signalroom.insight.InsightDirectory.InsightRef;
import io.signalroom.shared.web.FormErrors;
import io.signalroom.shared.RuleViolation;
import io.signalroom.workspace.CurrentMember;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The wins wall, and the form to log, change or delete a win.
 */
@Controller
class WinController {

	static final String WALL = "win/wall";

	static final String FORM = "win/form";

	static final String CUSTOMER_OPTIONS = CustomerPicker.RESULTS;

	static final int PICKER_SIZE = 50;

	private final WinLog log;

	private final WinWall wall;

	private final WinTotals totals;

	private final InsightDirectory insights;

	private final CustomerCatalog customers;

	private final Clock clock;

	WinController(WinLog log, WinWall wall, WinTotals totals, InsightDirectory insights, CustomerCatalog customers,
			Clock clock) {
		this.log = log;
		this.wall = wall;
		this.totals = totals;
		this.insights = insights;
		this.customers = customers;
		this.clock = clock;
	}

	@GetMapping("/wins")
	String wall(CurrentMember me, Model model) {
		model.addAttribute("wins", this.wall.cards(me));
		model.addAttribute("quarters", this.totals.perQuarter(me.workspaceId()));
		model.addAttribute("total", this.log.count(me));
		model.addAttribute("wallSize", WinLog.WALL_SIZE);
		return WALL;
	}

	@GetMapping("/wins/new")
	String newWin(CurrentMember me, Model model) {
		if (!model.containsAttribute("winForm")) {
			model.addAttribute("winForm", WinForm.empty(LocalDate.now(this.clock)));
		}
		return form(me, model, null);
	}

	@PostMapping("/wins")
	String create(CurrentMember me, @Valid @ModelAttribute("winForm") WinForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		checkValue(form, result);
		if (!result.hasErrors()) {
			try {
				this.log.log(me, form.details());
				redirect.addFlashAttribute("successKey", "win.logged");
				return "redirect:/wins";
			}
			catch (RuleViolation violation) {
				FormErrors.reject(result, violation);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return form(me, model, null);
	}

	@GetMapping("/wins/{id}/edit")
	String edit(CurrentMember me, @PathVariable long id, Model model) {
		Win win = this.log.editable(me, id);
		model.addAttribute("winForm", WinForm.of(win));
		return form(me, model, id);
	}

	@PostMapping("/wins/{id}")
	String update(CurrentMember me, @PathVariable long id, @Valid @ModelAttribute("winForm") WinForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		this.log.editable(me, id);
		checkValue(form, result);
		if (!result.hasErrors()) {
			try {
				this.log.change(me, id, form.version(), form.details());
				redirect.addFlashAttribute("successKey", "win.saved");
				return "redirect:/wins#win-" + id;
			}
			catch (RuleViolation violation) {
				FormErrors.reject(result, violation);
			}
			catch (ObjectOptimisticLockingFailureException conflict) {
				FormErrors.reject(result, new RuleViolation(null, "win.conflict"));
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return form(me, model, id);
	}

	@PostMapping("/wins/{id}/delete")
	String delete(CurrentMember me, @PathVariable long id, RedirectAttributes redirect) {
		this.log.delete(me, id);
		redirect.addFlashAttribute("successKey", "win.deleted");
		return "redirect:/wins";
	}

	/** The customer picker's matches for a search (htmx fragment). */
	@GetMapping("/wins/customers")
	String customerOptions(CurrentMember me, @RequestParam(name = "q", required = false) String q, Model model) {
		model.addAttribute(CustomerPicker.ATTRIBUTE,
				new CustomerPicker("customer-options", false, "win.field.noCustomerMatch",
						(q == null || q.isBlank()) ? List.of()
								: this.customers.search(me.workspaceId(), q, CustomerLens.workspace())
									.stream()
									.limit(PICKER_SIZE)
									.toList()));
		return CUSTOMER_OPTIONS;
	}

	private static void checkValue(WinForm form, BindingResult result) {
		String problem = (form != null && !result.hasFieldErrors("value")) ? form.valueProblem() : null;
		if (problem != null) {
			result.rejectValue("value", problem);
		}
	}

	private String form(CurrentMember me, Model model, Long winId) {
		WinForm form = (WinForm) model.getAttribute("winForm");
		long ws = me.workspaceId();
		List<InsightRef> insightOptions = new ArrayList<>(this.insights.latestInsights(ws, PICKER_SIZE));
		List<ActionRef> actionOptions = new ArrayList<>(this.insights.latestActions(ws, PICKER_SIZE));
		if (form != null) {
			// keep what is already linked pickable, even when it is older than the latest
			this.insights.insights(ws, form.linkedInsights())
				.stream()
				.filter((i) -> insightOptions.stream().noneMatch((o) -> o.id() == i.id()))
				.forEach(insightOptions::add);
			this.insights.actions(ws, form.linkedActions())
				.stream()
				.filter((a) -> actionOptions.stream().noneMatch((o) -> o.id() == a.id()))
				.forEach(actionOptions::add);
			if (form.customerId() != null) {
				model.addAttribute("chosenCustomer",
						this.customers.summary(ws, form.customerId(), CustomerLens.workspace()).orElse(null));
			}
		}
		model.addAttribute("insightOptions", insightOptions);
		model.addAttribute("actionOptions", actionOptions);
		model.addAttribute("kinds", WinKind.values());
		model.addAttribute("winId", winId);
		return FORM;
	}

}
