package io.signalroom.customer.book;

import io.signalroom.workspace.CurrentMember;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's customer data settings: whether customers appear under pseudonyms.
 */
@Controller
class CustomerSettingsController {

	static final String VIEW = "customer/settings";

	private final AnonymizationSetting anonymization;

	CustomerSettingsController(AnonymizationSetting anonymization) {
		this.anonymization = anonymization;
	}

	@GetMapping("/settings/customers")
	String show(CurrentMember admin, Model model) {
		model.addAttribute("anonymize", this.anonymization.isOn(admin.workspaceId()));
		return VIEW;
	}

	@PostMapping("/settings/customers")
	String save(CurrentMember admin, @RequestParam(defaultValue = "false") boolean anonymize,
			RedirectAttributes redirect) {
		this.anonymization.set(admin.workspaceId(), anonymize);
		redirect.addFlashAttribute("successKey",
				anonymize ? "customerSettings.anonymizeOn" : "customerSettings.anonymizeOff");
		return "redirect:/settings/customers";
	}

}
