package io.signalroom.insight.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.signalroom.insight.InsightCategory;
import io.signalroom.insight.InsightStatus;
import io.signalroom.signal.SignalFixtures;
import io.signalroom.support.IntegrationTest;
import io.signalroom.workspace.CurrentMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the repository counts: the unfiltered repository from the counters the database
 * keeps, a search in one statement, and a search too broad to count whole within its
 * newest (or oldest) matches.
 */
@IntegrationTest
class InsightCountingIntegrationTests {

	@Autowired
	InsightSearch search;

	@Autowired
	InsightRows insights;

	@Autowired
	SignalFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	FacetSummary summary;

	@Autowired
	FacetLabels labels;

	CurrentMember admin;

	@BeforeEach
	void workspace() {
		this.admin = this.fixtures.newWorkspace();
	}

	@Test
	void theUnfilteredCountsFollowInsertsUpdatesAndDeletes() {
		long pricing = this.insights.by(this.admin)
			.category(InsightCategory.BEHAVIOUR_TRIGGER)
			.departments("SALES", "SUPPORT")
			.segments("SMB")
			.tags("pricing", "churn-risk")
			.save();
		long onboarding = this.insights.by(this.admin)
			.category(InsightCategory.RECOMMENDED_RESPONSE)
			.departments("SUPPORT")
			.tags("onboarding")
			.save();
		this.insights.by(this.admin).departments("SALES").tags("pricing").save();
		assertThat(counts(search(), Facet.TAG)).containsEntry("pricing", 2L)
			.containsEntry("churn-risk", 1L)
			.containsEntry("onboarding", 1L);

		this.jdbc
			.sql("update insight set status = 'VALIDATED', tags = '{renewal}', departments = '{SUPPORT}' where id = ?")
			.param(pricing)
			.update();
		this.jdbc.sql("delete from insight where id = ?").param(onboarding).update();

		InsightResults landing = search();
		assertThat(landing.total()).isEqualTo(2);
		assertThat(counts(landing, Facet.TAG)).containsExactly(Map.entry("pricing", 1L), Map.entry("renewal", 1L));
		assertThat(counts(landing, Facet.STATUS)).containsExactly(Map.entry("HYPOTHESIS", 1L),
				Map.entry("VALIDATED", 1L));
		assertThat(counts(landing, Facet.DEPARTMENT)).containsExactly(Map.entry("SALES", 1L), Map.entry("SUPPORT", 1L));
		assertThat(counts(landing, Facet.CATEGORY)).containsExactly(Map.entry("BEHAVIOUR_TRIGGER", 2L));
		assertThat(counts(landing, Facet.SEGMENT)).containsExactly(Map.entry("SMB", 1L));
	}

	@Test
	void theUnfilteredCountsAreThoseOfASearchOverEverything() {
		for (int i = 0; i < 30; i++) {
			this.insights.by(this.admin)
				.category(InsightCategory.values()[i % 3])
				.status(InsightStatus.values()[i % 2])
				.departments((i % 4 == 0) ? new String[] { "SALES", "UX" } : new String[] { "SUPPORT" })
				.tags("tag" + (i % 11))
				.createdAt(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(3600L * i).toString())
				.save();
		}
		this.jdbc.sql("update insight set tags = '{tag1}' where workspace_id = ? and status = 'VALIDATED'")
			.param(this.admin.workspaceId())
			.update();
		this.insights.by(this.fixtures.newWorkspace()).tags("tag1").departments("SALES").save();

		InsightResults landing = search();
		InsightResults everything = search("from", "2000-01-01");
		assertThat(landing.total()).isEqualTo(everything.total()).isEqualTo(30);
		for (Facet facet : Facet.values()) {
			assertThat(counts(landing, facet)).as(facet.name()).isEqualTo(counts(everything, facet));
		}
		assertThat(counts(landing, Facet.TAG)).containsEntry("tag1", 16L);
		assertThat(landing.facets().get(Facet.TAG.ordinal()).more()).isTrue();
	}

	@Test
	void aSearchPastItsLastPageShowsTheLastPage() {
		for (int i = 0; i < 45; i++) {
			this.insights.by(this.admin)
				.saying("Renewal call number " + i)
				.createdAt(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i).toString())
				.save();
		}
		InsightResults past = search("q", "renewal", "sort", "NEWEST", "page", "99");
		assertThat(past.page()).isEqualTo(3);
		assertThat(past.hits()).extracting((hit) -> hit.statement().text())
			.containsExactly("Renewal call number 4", "Renewal call number 3", "Renewal call number 2",
					"Renewal call number 1", "Renewal call number 0");
		assertThat(past.notices()).extracting(Notice::key).containsExactly("repository.notice.pastTheEnd");
		assertThat(past.sampled()).isFalse();
	}

	@Test
	void aSearchMatchingMoreThanTheSampleIsCountedWithinItsNewestMatches() {
		InsightSearch sampling = searchCountingAtMost(3);
		List<Long> ids = new ArrayList<>();
		for (int day = 1; day <= 5; day++) {
			ids.add(this.insights.by(this.admin)
				.saying("Renewal risk " + day)
				.status((day % 2 == 0) ? InsightStatus.VALIDATED : InsightStatus.HYPOTHESIS)
				.createdAt("2025-01-0" + day + "T00:00:00Z")
				.save());
		}
		this.insights.by(this.admin).saying("Something else").createdAt("2025-01-09T00:00:00Z").save();

		InsightResults broad = search(sampling, "q", "renewal");
		assertThat(broad.sampled()).isTrue();
		assertThat(broad.sampledFrom()).isEqualTo(3);
		assertThat(broad.total()).isEqualTo(3);
		assertThat(ids(broad)).containsExactly(ids.get(4), ids.get(3), ids.get(2));
		assertThat(counts(broad, Facet.STATUS)).containsExactly(Map.entry("HYPOTHESIS", 2L),
				Map.entry("VALIDATED", 1L));

		InsightResults validated = search(sampling, "q", "renewal", "status", "VALIDATED");
		assertThat(validated.total()).isEqualTo(1);
		assertThat(ids(validated)).containsExactly(ids.get(3));

		InsightResults oldest = search(sampling, "q", "renewal", "sort", "OLDEST");
		assertThat(oldest.sampled()).isTrue();
		assertThat(ids(oldest)).containsExactly(ids.get(0), ids.get(1), ids.get(2));

		InsightResults narrow = search(sampling, "q", "renewal", "to", "2025-01-03");
		assertThat(narrow.sampled()).isFalse();
		assertThat(narrow.total()).isEqualTo(3);
	}

	private InsightSearch searchCountingAtMost(int sample) {
		return new InsightSearch(this.jdbc, new FacetCounting(this.jdbc, this.transactions, sample), this.summary,
				this.labels);
	}

	private InsightResults search(String... params) {
		return search(this.search, params);
	}

	private InsightResults search(InsightSearch with, String... params) {
		Map<String, String> map = new HashMap<>();
		for (int i = 0; i < params.length; i += 2) {
			map.put(params[i], params[i + 1]);
		}
		List<Notice> notices = new ArrayList<>();
		return with.search(this.admin, InsightQueryReader.read(map, notices), notices);
	}

	private static List<Long> ids(InsightResults result) {
		return result.hits().stream().map(InsightHit::id).toList();
	}

	private static Map<String, Long> counts(InsightResults result, Facet facet) {
		Map<String, Long> counts = new LinkedHashMap<>();
		result.facets().get(facet.ordinal()).values().forEach((v) -> counts.put(v.value(), v.count()));
		return counts;
	}

}
