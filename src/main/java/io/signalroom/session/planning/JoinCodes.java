package io.signalroom.session.planning;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Short codes to join a session by: six letters without the easily confused I, L and O,
 * unique across all sessions.
 */
@Component
public class JoinCodes {

	static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ";

	public static final int LENGTH = 6;

	private static final Pattern CODE = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");

	private final SecureRandom random = new SecureRandom();

	private final Sessions sessions;

	JoinCodes(Sessions sessions) {
		this.sessions = sessions;
	}

	String next() {
		while (true) {
			StringBuilder code = new StringBuilder(LENGTH);
			for (int i = 0; i < LENGTH; i++) {
				code.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
			}
			if (!this.sessions.existsByJoinCode(code.toString())) {
				return code.toString();
			}
		}
	}

	/**
	 * What someone typed as a code, upper-cased without spaces or dashes; empty when it
	 * cannot be a code at all.
	 */
	public static Optional<String> normalize(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		return CODE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
	}

}
