package io.signalroom.workspace.membership;

import io.signalroom.shared.web.NotFoundException;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.account.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workspaces a user belongs to: switch between them, or start another one.
 */
@Controller
class WorkspaceController {

	static final String VIEW = "workspace/workspaces";

	private final CurrentMembers currentMembers;

	private final Onboarding onboarding;

	WorkspaceController(CurrentMembers currentMembers, Onboarding onboarding) {
		this.currentMembers = currentMembers;
		this.onboarding = onboarding;
	}

	@ModelAttribute("departments")
	Department[] departments() {
		return Department.values();
	}

	@GetMapping("/workspaces")
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("workspaces", this.currentMembers.workspacesOf(user.id()));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", NewWorkspaceForm.empty());
		}
		return VIEW;
	}

	@PostMapping("/workspaces/{id}/switch")
	String switchTo(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, HttpSession session,
			RedirectAttributes redirect) {
		var member = this.currentMembers.switchTo(user.id(), id).orElseThrow(() -> new NotFoundException("Workspace"));
		session.setAttribute(CurrentMembers.SESSION_KEY, member.workspaceId());
		redirect.addFlashAttribute("successKey", "workspace.switched");
		redirect.addFlashAttribute("successArgs", new Object[] { member.workspaceName() });
		return "redirect:/";
	}

	@PostMapping("/workspaces")
	String create(@Valid @ModelAttribute("form") NewWorkspaceForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, HttpSession session, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return list(user, model);
		}
		Membership admin = this.onboarding.createWorkspace(user.id(), form.name(), form.department());
		session.setAttribute(CurrentMembers.SESSION_KEY, admin.getWorkspace().getId());
		redirect.addFlashAttribute("successKey", "workspace.created");
		redirect.addFlashAttribute("successArgs", new Object[] { admin.getWorkspace().getName() });
		return "redirect:/";
	}

}
