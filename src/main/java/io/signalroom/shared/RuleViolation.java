package io.signalroom.shared;

/**
 * A broken rule of the domain (a taken e-mail, removing the last admin, importing a job
 * twice). Aggregates and services throw it; they know nothing of the web. It carries a
 * message key from {@code messages.properties} with its arguments and, for forms, the
 * field it concerns.
 * <p>
 * Nobody needs to catch it: {@code shared.web.ErrorAdvice} answers it with 422 and its
 * message. A controller catches it only to show the message beside the user's input
 * ({@code FormErrors}) or inside the part of the page it re-renders.
 */
public class RuleViolation extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	public RuleViolation(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments;
	}

}
