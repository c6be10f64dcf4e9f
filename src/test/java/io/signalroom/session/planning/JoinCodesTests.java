package io.signalroom.session.planning;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JoinCodesTests {

	@Test
	void typedCodesAreUpperCasedWithoutSpacesOrDashes() {
		assertThat(JoinCodes.normalize(" abc-def ")).hasValue("ABCDEF");
	}

	@Test
	void somethingThatCannotBeACodeIsRefused() {
		assertThat(JoinCodes.normalize("ABCDE")).isEmpty();
		assertThat(JoinCodes.normalize("ABCDEI")).isEmpty();
		assertThat(JoinCodes.normalize("ABC0EF")).isEmpty();
		assertThat(JoinCodes.normalize(null)).isEmpty();
	}

	@Test
	void theAlphabetHasNoAmbiguousLetters() {
		assertThat(JoinCodes.ALPHABET).doesNotContain("I", "L", "O", "0", "1");
	}

}
