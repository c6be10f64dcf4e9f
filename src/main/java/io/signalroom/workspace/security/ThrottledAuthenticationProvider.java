package io.signalroom.workspace.security;

import java.time.Duration;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Checks the {@link LoginThrottle} before the password, counts failures and clears them
 * on success. A locked address is refused even with the right password.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String email = authentication.getName();
		Optional<Duration> locked = this.throttle.lockedFor(email);
		if (locked.isPresent()) {
			throw new ThrottledException(locked.get());
		}
		try {
			Authentication result = this.passwords.authenticate(authentication);
			this.throttle.reset(email);
			return result;
		}
		catch (BadCredentialsException ex) {
			this.throttle.recordFailure(email);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** Sign-in refused because of too many failures; says for how long. */
	static class ThrottledException extends LockedException {

		private final long minutes;

		ThrottledException(Duration remaining) {
			super("Too many failed sign-ins");
			this.minutes = Math.max(1, (remaining.toSeconds() + 59) / 60);
		}

		long minutes() {
			return this.minutes;
		}

	}

}
