package io.signalroom.shared.web;

import io.signalroom.shared.RuleViolation;

import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one naming of an error message for a page, in a model or a flash: its message key
 * ({@value #KEY}) and arguments ({@value #ARGUMENTS}). The layout shows it at the top of
 * the page ({@code fragments/flash}); a page that shows it somewhere else (beside an
 * input, inside a fragment it re-renders) names that place in {@value #PLACE}, and only
 * that place shows it.
 */
public final class PageErrors {

	public static final String KEY = "errorKey";

	public static final String ARGUMENTS = "errorArgs";

	public static final String PLACE = "errorPlace";

	private PageErrors() {
	}

	/** The broken rule's message, at the top of the page. */
	public static void show(Model model, RuleViolation violation) {
		show(model, null, violation.messageKey(), violation.arguments());
	}

	/** The broken rule's message, in the named place of the page. */
	public static void show(Model model, String place, RuleViolation violation) {
		show(model, place, violation.messageKey(), violation.arguments());
	}

	public static void show(Model model, String place, String key, Object... arguments) {
		model.addAttribute(KEY, key);
		model.addAttribute(ARGUMENTS, arguments);
		if (place != null) {
			model.addAttribute(PLACE, place);
		}
	}

	/** The message, at the top of the page a redirect leads to. */
	public static void flash(RedirectAttributes redirect, String key, Object... arguments) {
		redirect.addFlashAttribute(KEY, key);
		redirect.addFlashAttribute(ARGUMENTS, arguments);
	}

}
