package io.signalroom.shared.web;

/**
 * A request that breaks a rule of the domain (a taken e-mail, removing the last admin).
 * Carries a message key from {@code messages.properties} and, for forms, the field it
 * concerns.
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
