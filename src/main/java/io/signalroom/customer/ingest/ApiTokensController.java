package io.signalroom.customer.ingest;

import io.signalroom.workspace.CurrentMember;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's API tokens page: the workspace's tokens, a form to create one and a button
 * to revoke each.
 */
@Controller
class ApiTokensController {

	static final String VIEW = "customer/api-tokens";

	private final ApiTokenAdministration administration;

	ApiTokensController(ApiTokenAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/settings/api-tokens")
	String list(CurrentMember admin, Model model) {
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", ApiTokenForm.empty());
		}
		model.addAttribute("tokens", this.administration.tokens(admin));
		return VIEW;
	}

	/**
	 * Shows the new token on the page that answers the POST instead of redirecting: a
	 * flash attribute would put the secret into the database-stored session.
	 */
	@PostMapping("/settings/api-tokens")
	String create(CurrentMember admin, @Valid @ModelAttribute("tokenForm") ApiTokenForm form, BindingResult result,
			Model model, HttpServletResponse response) {
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return list(admin, model);
		}
		String token = this.administration.create(admin, form);
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		model.addAttribute("createdToken", token);
		model.addAttribute("createdName", form.name().strip());
		model.addAttribute("tokenForm", ApiTokenForm.empty());
		return list(admin, model);
	}

	@PostMapping("/settings/api-tokens/{id}/revoke")
	String revoke(CurrentMember admin, @PathVariable long id, RedirectAttributes redirect) {
		this.administration.revoke(admin, id);
		redirect.addFlashAttribute("successKey", "apiToken.revoked");
		return "redirect:/settings/api-tokens";
	}

}
