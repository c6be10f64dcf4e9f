package io.signalroom.customer.ingest;

import org.springframework.security.core.AuthenticationException;

/**
 * A bearer token that opens nothing; carries the message key that says why.
 */
class ApiTokenRejected extends AuthenticationException {

	private final String messageKey;

	private final transient Object[] arguments;

	ApiTokenRejected(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	String messageKey() {
		return this.messageKey;
	}

	Object[] arguments() {
		return this.arguments;
	}

}
