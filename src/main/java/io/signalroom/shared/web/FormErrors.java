package io.signalroom.shared.web;

import io.signalroom.shared.RuleViolation;

import org.springframework.validation.BindingResult;

/**
 * Puts a broken domain rule onto the form, beside the field it concerns.
 */
public final class FormErrors {

	private FormErrors() {
	}

	/**
	 * A rule about a field the form does not have (such as the e-mail address an invite
	 * fixes) is shown for the whole form.
	 */
	public static void reject(BindingResult result, RuleViolation violation) {
		if (violation.field() != null && result.getFieldType(violation.field()) != null) {
			result.rejectValue(violation.field(), violation.messageKey(), violation.arguments(), null);
		}
		else {
			result.reject(violation.messageKey(), violation.arguments(), null);
		}
	}

}
