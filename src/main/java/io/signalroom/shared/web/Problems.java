package io.signalroom.shared.web;

import java.net.URI;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problems whose title and detail are texts from {@code messages.properties}
 * (under {@code api.problem.*}), for what answers on {@code /api/**}.
 */
public class Problems {

	public static final URI RULE_BROKEN = URI.create("urn:signalroom:problem:rule-broken");

	public static final URI NOT_FOUND = URI.create("urn:signalroom:problem:not-found");

	private final MessageSource messages;

	public Problems(MessageSource messages) {
		this.messages = messages;
	}

	public ProblemDetail problem(HttpStatus status, URI type, String titleKey, String detailKey, Object... arguments) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(detailKey, arguments));
		problem.setType(type);
		problem.setTitle(text(titleKey));
		return problem;
	}

	public String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

}
