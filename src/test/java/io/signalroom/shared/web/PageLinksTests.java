package io.signalroom.shared.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageLinksTests {

	@Test
	void offersTheFirstTheLastAndTwoPagesEitherSideWithTheGapsBetween() {
		PageLinks links = new PageLinks(10, 20, (p) -> "/things?page=" + p);

		assertThat(links.numbers()).containsExactly(1, 8, 9, 10, 11, 12, 20);
		assertThat(links.gapBefore(8)).isTrue();
		assertThat(links.gapBefore(9)).isFalse();
		assertThat(links.gapBefore(20)).isTrue();
		assertThat(links.gapBefore(1)).isFalse();
		assertThat(links.address(11)).isEqualTo("/things?page=11");
	}

	@Test
	void theFirstPageHasNoPreviousAndTheLastNoNext() {
		assertThat(new PageLinks(1, 3, String::valueOf).hasPrevious()).isFalse();
		assertThat(new PageLinks(1, 3, String::valueOf).hasNext()).isTrue();
		assertThat(new PageLinks(3, 3, String::valueOf).hasNext()).isFalse();
		assertThat(new PageLinks(2, 3, String::valueOf).numbers()).containsExactly(1, 2, 3);
	}

}
