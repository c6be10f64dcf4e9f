package io.signalroom.workspace.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private static final String EMAIL = "margaret@example.test";

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void aPasswordUnderTenCharactersIsTooShort() {
		assertThat(this.policy.weakness("nine-char", EMAIL)).contains("password.tooShort");
		assertThat(this.policy.weakness(null, EMAIL)).contains("password.tooShort");
		assertThat(this.policy.weakness("ten-chars!", EMAIL)).isEmpty();
	}

	@Test
	void aPasswordOver128CharactersIsTooLong() {
		assertThat(this.policy.weakness("xy-z".repeat(32) + "!", EMAIL)).contains("password.tooLong");
		assertThat(this.policy.weakness("xy-z".repeat(32), EMAIL)).isEmpty();
	}

	@Test
	void aWellKnownPasswordIsTooCommonWhateverItsCase() {
		assertThat(this.policy.weakness("Password123", EMAIL)).contains("password.tooCommon");
		assertThat(this.policy.weakness("QWERTYUIOP", EMAIL)).contains("password.tooCommon");
	}

	@Test
	void aPasswordOfFewerThanFourDifferentCharactersIsTooCommon() {
		assertThat(this.policy.weakness("abcabcabcabc", EMAIL)).contains("password.tooCommon");
		assertThat(this.policy.weakness("abcdabcdabcd", EMAIL)).isEmpty();
	}

	@Test
	void aPasswordContainingTheAddressBeforeTheAtIsRefused() {
		assertThat(this.policy.weakness("MARGARET-rocks-2026", EMAIL)).contains("password.containsEmail");
	}

	@Test
	void aVeryShortAddressDoesNotRuleOutPasswords() {
		assertThat(this.policy.weakness("always alert now", "al@example.test")).isEmpty();
	}

	@Test
	void aLongUnusualPasswordIsAccepted() {
		assertThat(this.policy.weakness("correct horse battery staple", EMAIL)).isEmpty();
	}

}
