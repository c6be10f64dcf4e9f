package io.signalroom.insight.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InsightQueryTests {

	@Test
	void theUrlKeepsEveryFilterSoASearchCanBeShared() {
		List<Notice> notices = new ArrayList<>();
		InsightQuery query = InsightQueryReader.read(Map.of("q", "a & b", "tag", "price/plan", "status", "VALIDATED",
				"from", "2025-01-01", "sort", "OLDEST", "page", "3"), notices);

		assertThat(notices).isEmpty();
		assertThat(query.toUrl())
			.isEqualTo("/insights?q=a%20%26%20b&status=VALIDATED&tag=price/plan&from=2025-01-01&sort=OLDEST&page=3");
		assertThat(InsightQueryReader.read(Map.of("q", "x"), notices).toUrl()).isEqualTo("/insights?q=x");
		assertThat(query.exportUrl("md")).doesNotContain("page=");
	}

	@Test
	void choosingAChosenValueAgainRemovesItAndGoesBackToPageOne() {
		InsightQuery query = new InsightQuery(null, Map.of(Facet.TAG, "pricing"), null, null, null, 4);

		assertThat(query.toggled(Facet.TAG, "pricing").facets()).isEmpty();
		assertThat(query.toggled(Facet.TAG, "churn").facets()).containsEntry(Facet.TAG, "churn");
		assertThat(query.toggled(Facet.STATUS, "VALIDATED").page()).isEqualTo(1);
	}

	@Test
	void overlongSearchesAreCutAndNulCharactersDropped() {
		List<Notice> notices = new ArrayList<>();
		InsightQuery query = InsightQueryReader.read(Map.of("q", "x".repeat(500), "tag", "a\u0000b"), notices);

		assertThat(query.q()).hasSize(200);
		assertThat(query.value(Facet.TAG)).isEqualTo("ab");
		assertThat(notices).extracting(Notice::key).containsExactly("repository.notice.longSearch");
	}

	@Test
	void datesOutsideSensibleYearsAreRefused() {
		List<Notice> notices = new ArrayList<>();
		InsightQuery query = InsightQueryReader.read(Map.of("from", "+999999999-12-31", "to", "0001-01-01"), notices);

		assertThat(query.from()).isNull();
		assertThat(query.to()).isNull();
		assertThat(notices).hasSize(2);
	}

}
