package io.signalroom.workspace.membership;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponseHeader;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxReswap;
import io.signalroom.shared.RuleViolation;
import io.signalroom.shared.web.FormErrors;
import io.signalroom.shared.web.PageErrors;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The admin's members page: who is in the workspace, with which role and department,
 * invites still open, and a form to invite someone new.
 */
@Controller
class MembersController {

	static final String VIEW = "workspace/members";

	static final String ROW_FRAGMENT = "workspace/members :: member-row";

	/** A refused change, for the page's error area above the table. */
	static final String ERROR_FRAGMENT = "fragments/flash :: error-in(place='members')";

	private final MemberAdministration administration;

	MembersController(MemberAdministration administration) {
		this.administration = administration;
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@ModelAttribute("departments")
	Department[] departments() {
		return Department.values();
	}

	@GetMapping("/members")
	String list(CurrentMember admin, Model model) {
		if (!model.containsAttribute("inviteForm")) {
			model.addAttribute("inviteForm", InviteForm.empty());
		}
		model.addAttribute("members", this.administration.members(admin));
		model.addAttribute("invites", this.administration.openInvites(admin));
		return VIEW;
	}

	@PostMapping("/members/invites")
	String invite(CurrentMember admin, @Valid @ModelAttribute("inviteForm") InviteForm form, BindingResult result,
			Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				String token = this.administration.invite(admin, form);
				String link = ServletUriComponentsBuilder.fromContextPath(request)
					.path("/invites/{token}")
					.buildAndExpand(token)
					.toUriString();
				redirect.addFlashAttribute("inviteLink", link);
				redirect.addFlashAttribute("invitedEmail", form.email().strip());
				return "redirect:/members";
			}
			catch (RuleViolation violation) {
				FormErrors.reject(result, violation);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return list(admin, model);
	}

	@PostMapping("/members/invites/{id}/revoke")
	String revoke(CurrentMember admin, @PathVariable long id, RedirectAttributes redirect) {
		this.administration.revokeInvite(admin, id);
		redirect.addFlashAttribute("successKey", "invite.revoked");
		return "redirect:/members";
	}

	/**
	 * Changes role, department or activity; an htmx request gets the updated row back.
	 */
	@PostMapping("/members/{id}")
	String change(CurrentMember admin, @PathVariable long id, @Valid MemberChangeForm form, BindingResult result,
			HtmxRequest htmx, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		String errorKey = result.hasErrors() ? "members.invalidChange" : null;
		Object[] errorArgs = new Object[0];
		Membership member = null;
		if (errorKey == null) {
			try {
				member = this.administration.change(admin, id, form);
			}
			catch (RuleViolation violation) {
				errorKey = violation.messageKey();
				errorArgs = violation.arguments();
			}
		}
		if (htmx.isHtmxRequest()) {
			if (errorKey != null) {
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
				response.setHeader(HtmxResponseHeader.HX_RETARGET.getValue(), "#members-error");
				response.setHeader(HtmxResponseHeader.HX_RESWAP.getValue(), HtmxReswap.innerHtml().toHeaderValue());
				PageErrors.show(model, "members", errorKey, errorArgs);
				return ERROR_FRAGMENT;
			}
			model.addAttribute("m", member);
			model.addAttribute("savedRow", true);
			return ROW_FRAGMENT;
		}
		if (errorKey != null) {
			PageErrors.flash(redirect, errorKey, errorArgs);
		}
		else {
			redirect.addFlashAttribute("successKey", "members.saved");
		}
		return "redirect:/members";
	}

}
