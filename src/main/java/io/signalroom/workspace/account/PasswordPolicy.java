package io.signalroom.workspace.account;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Length over complexity, as current guidance advises: at least 10 characters, not a
 * well-known password, and not the e-mail address. Returns the message key of the first
 * broken rule.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	public static final int MAX_LENGTH = 128;

	private static final Set<String> WELL_KNOWN = Set.of("password123", "1234567890", "12345678910", "qwertyuiop",
			"password1234", "iloveyou123", "letmein1234", "welcome123", "administrator", "passw0rd123", "qwerty12345",
			"abcdefghij", "0123456789", "signalroom", "signalroom1", "changeme123");

	public Optional<String> weakness(String password, String email) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("password.tooLong");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (WELL_KNOWN.contains(lower) || lower.chars().distinct().count() < 4) {
			return Optional.of("password.tooCommon");
		}
		if (email != null && lower.contains(email.toLowerCase(Locale.ROOT).split("@")[0])
				&& email.split("@")[0].length() >= 4) {
			return Optional.of("password.containsEmail");
		}
		return Optional.empty();
	}

}
