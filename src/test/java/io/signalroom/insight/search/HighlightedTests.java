package io.signalroom.insight.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightedTests {

	@Test
	void marksBecomeMatchingPartsAndTheRestStaysText() {
		Highlighted text = Highlighted.parse("a \uE000b\uE001 c \uE000d\uE001");

		assertThat(text.parts()).containsExactly(new Highlighted.Part("a ", false), new Highlighted.Part("b", true),
				new Highlighted.Part(" c ", false), new Highlighted.Part("d", true));
		assertThat(text.text()).isEqualTo("a b c d");
	}

	@Test
	void anUnclosedOrStrayMarkCannotBreakTheText() {
		assertThat(Highlighted.parse("x \uE001y \uE000z").parts()).containsExactly(new Highlighted.Part("x y ", false),
				new Highlighted.Part("z", true));
		assertThat(Highlighted.parse(null).isEmpty()).isTrue();
	}

}
