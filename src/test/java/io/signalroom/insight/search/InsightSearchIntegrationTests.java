package io.signalroom.insight.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.signalroom.insight.InsightCategory;
import io.signalroom.insight.InsightStatus;
import io.signalroom.session.LearningGoal;
import io.signalroom.session.planning.AgendaTemplate;
import io.signalroom.session.planning.Cadence;
import io.signalroom.session.planning.SessionPlan;
import io.signalroom.session.planning.SessionPlanning;
import io.signalroom.signal.SignalFixtures;
import io.signalroom.support.IntegrationTest;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class InsightSearchIntegrationTests {

	@Autowired
	InsightSearch search;

	@Autowired
	InsightRows insights;

	@Autowired
	SignalFixtures fixtures;

	@Autowired
	SessionPlanning planning;

	CurrentMember admin;

	CurrentMember participant;

	@BeforeEach
	void workspace() {
		this.admin = this.fixtures.newWorkspace();
		this.participant = this.fixtures.member(this.admin, Role.PARTICIPANT, Department.SUPPORT, "Pat");
	}

	@Test
	void aStatementMatchRanksAboveATestPlanMatch() {
		long inPlan = this.insights.by(this.admin)
			.saying("Quiet accounts need a call")
			.testedBy("Compare renewal rates next quarter")
			.createdAt("2025-05-01T00:00:00Z")
			.save();
		long inStatement = this.insights.by(this.admin)
			.saying("Renewal talks start too late")
			.createdAt("2025-01-01T00:00:00Z")
			.save();

		assertThat(ids(search("q", "renewal"))).containsExactly(inStatement, inPlan);
	}

	@Test
	void moreMatchesRankHigher() {
		long once = this.insights.by(this.admin)
			.saying("Pricing page visits precede upgrades")
			.createdAt("2025-05-01T00:00:00Z")
			.save();
		long thrice = this.insights.by(this.admin)
			.saying("Pricing questions, pricing page visits and pricing emails precede upgrades")
			.createdAt("2025-01-01T00:00:00Z")
			.save();

		assertThat(ids(search("q", "pricing"))).containsExactly(thrice, once);
	}

	@Test
	void quotesOrAndMinusWorkAsInAWebSearch() {
		long phrase = this.insights.by(this.admin).saying("Support tickets escalate before churn").save();
		long apart = this.insights.by(this.admin).saying("Churn follows tickets from support").save();
		long other = this.insights.by(this.admin).saying("Webinars bring upsell").save();

		assertThat(ids(search("q", "\"support tickets\""))).containsExactly(phrase);
		assertThat(ids(search("q", "escalate OR webinars"))).containsExactlyInAnyOrder(phrase, other);
		assertThat(ids(search("q", "churn -escalate"))).containsExactly(apart);
	}

	@Test
	void theStatementComesBackWithTheSearchWordsMarked() {
		this.insights.by(this.admin).saying("Renewals slip when champions leave").save();

		InsightHit hit = search("q", "champion").hits().get(0);

		assertThat(hit.statement().parts()).containsExactly(new Highlighted.Part("Renewals slip when ", false),
				new Highlighted.Part("champions", true), new Highlighted.Part(" leave", false));
	}

	@Test
	void eachFacetIsCountedUnderTheOtherFiltersButNotItsOwn() {
		this.insights.by(this.admin)
			.category(InsightCategory.BEHAVIOUR_TRIGGER)
			.departments("SALES")
			.tags("pricing")
			.save();
		this.insights.by(this.admin).category(InsightCategory.BEHAVIOUR_TRIGGER).departments("SUPPORT").save();
		this.insights.by(this.admin)
			.category(InsightCategory.RECOMMENDED_RESPONSE)
			.departments("SALES", "SUPPORT")
			.tags("pricing")
			.save();

		InsightResults result = search("department", "SALES");

		assertThat(result.total()).isEqualTo(2);
		assertThat(counts(result, Facet.DEPARTMENT)).containsEntry("SALES", 2L).containsEntry("SUPPORT", 2L);
		assertThat(counts(result, Facet.CATEGORY)).containsEntry("BEHAVIOUR_TRIGGER", 1L)
			.containsEntry("RECOMMENDED_RESPONSE", 1L);
		assertThat(counts(result, Facet.TAG)).containsExactly(Map.entry("pricing", 2L));
		assertThat(counts(result, Facet.STATUS)).containsExactly(Map.entry("HYPOTHESIS", 2L));
		assertThat(result.facets().get(Facet.DEPARTMENT.ordinal()).values()).filteredOn(FacetCounts.Value::chosen)
			.extracting(FacetCounts.Value::label)
			.containsExactly("Sales");

		InsightResults both = search("department", "SALES", "category", "RECOMMENDED_RESPONSE");
		assertThat(both.total()).isEqualTo(1);
		assertThat(counts(both, Facet.DEPARTMENT)).containsEntry("SALES", 1L).containsEntry("SUPPORT", 1L);
		assertThat(counts(both, Facet.CATEGORY)).containsEntry("BEHAVIOUR_TRIGGER", 1L)
			.containsEntry("RECOMMENDED_RESPONSE", 1L);
	}

	@Test
	void signalTypesAndSessionsAreNamedAndFilterTheResult() {
		long typeId = this.fixtures.signalTypeId(this.admin, "Gone quiet: no logins and no replies");
		long sessionId = this.planning
			.create(this.admin,
					new SessionPlan("Why SMB accounts go quiet", null, LearningGoal.EARLY_CHURN_DETECTION,
							AgendaTemplate.STANDARD, this.admin.userId(), 60, List.of()),
					Instant.parse("2025-06-02T09:00:00Z"), Cadence.ONCE)
			.getId();
		long both = this.insights.by(this.admin).signalTypes(typeId).fromSession(sessionId).save();
		this.insights.by(this.admin).save();

		InsightResults byType = search("signalType", String.valueOf(typeId));
		assertThat(ids(byType)).containsExactly(both);
		assertThat(byType.facets().get(Facet.SIGNAL_TYPE.ordinal()).values()).extracting(FacetCounts.Value::label)
			.containsExactly("Gone quiet: no logins and no replies");
		assertThat(byType.hits().get(0).signalTypes()).containsExactly("Gone quiet: no logins and no replies");

		InsightResults bySession = search("session", String.valueOf(sessionId));
		assertThat(ids(bySession)).containsExactly(both);
		assertThat(bySession.hits().get(0).session()).isEqualTo("Why SMB accounts go quiet (2025-06-02)");
		// a participant who was not in the session knows it by name, as on the insight
		// page
		assertThat(search(this.participant, "session", String.valueOf(sessionId)).hits().get(0).session())
			.isEqualTo("Why SMB accounts go quiet (2025-06-02)");
	}

	@Test
	void theDateRangeIncludesBothDaysInUtc() {
		this.insights.by(this.admin).createdAt("2025-02-28T23:59:59Z").save();
		long first = this.insights.by(this.admin).createdAt("2025-03-01T00:00:00Z").save();
		long last = this.insights.by(this.admin).createdAt("2025-03-31T23:59:59Z").save();
		this.insights.by(this.admin).createdAt("2025-04-01T00:00:00Z").save();

		assertThat(ids(search("from", "2025-03-01", "to", "2025-03-31"))).containsExactly(last, first);
	}

	@Test
	void newestOldestAndBestMatchOrders() {
		long older = this.insights.by(this.admin)
			.saying("Churn comes after silence")
			.createdAt("2025-01-01T00:00:00Z")
			.save();
		long newer = this.insights.by(this.admin)
			.saying("Silence, silence, silence before churn")
			.createdAt("2025-02-01T00:00:00Z")
			.save();
		long newest = this.insights.by(this.admin)
			.saying("Upsell after webinars")
			.createdAt("2025-03-01T00:00:00Z")
			.save();

		assertThat(ids(search())).containsExactly(newest, newer, older);
		assertThat(ids(search("sort", "OLDEST"))).containsExactly(older, newer, newest);
		assertThat(ids(search("q", "silence"))).containsExactly(newer, older);
		assertThat(search("q", "silence").query().sort()).isEqualTo(InsightSort.RELEVANCE);
		assertThat(ids(search("q", "silence", "sort", "OLDEST"))).containsExactly(older, newer);
		// best match means nothing without words: newest first
		assertThat(ids(search("sort", "RELEVANCE"))).containsExactly(newest, newer, older);
	}

	@Test
	void pagesHoldTwentyAndAPagePastTheEndShowsTheLastOne() {
		for (int i = 0; i < 45; i++) {
			this.insights.by(this.admin)
				.createdAt(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i).toString())
				.save();
		}
		InsightResults second = search("page", "2");
		assertThat(second.hits()).hasSize(20);
		assertThat(second.pages()).isEqualTo(3);
		assertThat(second.firstShown()).isEqualTo(21);

		InsightResults past = search("page", "99");
		assertThat(past.page()).isEqualTo(3);
		assertThat(past.hits()).hasSize(5);
		assertThat(past.notices()).extracting(Notice::key).containsExactly("repository.notice.pastTheEnd");

		InsightResults negative = search("page", "-4");
		assertThat(negative.page()).isEqualTo(1);
		assertThat(negative.notices()).extracting(Notice::key).containsExactly("repository.notice.badPage");
	}

	@Test
	void anotherWorkspacesInsightsNeverShowInResultsOrCounts() {
		CurrentMember stranger = this.fixtures.newWorkspace();
		this.insights.by(stranger).saying("Churn secret of another company").tags("secret").departments("SALES").save();
		long mine = this.insights.by(this.admin).saying("Churn follows silence").save();

		InsightResults result = search("q", "churn");
		assertThat(ids(result)).containsExactly(mine);
		assertThat(counts(result, Facet.TAG)).isEmpty();
		assertThat(counts(result, Facet.DEPARTMENT)).isEmpty();
		assertThat(search("tag", "secret").total()).isZero();
	}

	@Test
	void searchTextThatLooksLikeSqlHtmlOrBrokenSyntaxIsJustText() {
		long id = this.insights.by(this.admin).saying("Drop in logins means churn").save();

		for (String text : List.of("'; drop table insight; --", "<script>alert(1)</script>", "\"unbalanced",
				"a & | ! (", "OR OR -", "churn:*", "\\", "drop\u0000 logins", "%_%")) {
			assertThat(search("q", text).total()).as(text).isNotNegative();
		}
		assertThat(ids(search("q", "drop\u0000 logins"))).containsExactly(id);
		InsightResults common = search("q", "the of and");
		assertThat(common.notices()).extracting(Notice::key).containsExactly("repository.notice.commonWords");
		assertThat(ids(common)).containsExactly(id);
	}

	@Test
	void unknownFacetValuesAndBadDatesAreLeftOutWithANotice() {
		long id = this.insights.by(this.admin).save();

		InsightResults result = search("category", "NOPE", "status", "validated", "department", "ASTRONAUTS",
				"signalType", "abc", "session", "-1", "from", "2025-13-01", "to", "yesterday");

		assertThat(ids(result)).containsExactly(id);
		assertThat(result.query().facets()).isEmpty();
		assertThat(result.notices()).hasSize(7);
		assertThat(search("from", "2025-04-01", "to", "2025-03-01").notices()).extracting(Notice::key)
			.containsExactly("repository.notice.reversedDates");
		assertThat(search("signalType", "999999999").total()).isZero();
		assertThat(search("tag", "no such tag").total()).isZero();
	}

	@Test
	void anEmptyRepositoryIsToldApartFromNoMatch() {
		assertThat(search().repositoryEmpty()).isTrue();
		this.insights.by(this.admin).save();
		assertThat(search().repositoryEmpty()).isFalse();
		InsightResults none = search("q", "zeppelin");
		assertThat(none.total()).isZero();
		assertThat(none.repositoryEmpty()).isFalse();
	}

	private InsightResults search(String... params) {
		return search(this.admin, params);
	}

	private InsightResults search(CurrentMember me, String... params) {
		Map<String, String> map = new HashMap<>();
		for (int i = 0; i < params.length; i += 2) {
			map.put(params[i], params[i + 1]);
		}
		List<Notice> notices = new ArrayList<>();
		return this.search.search(me, InsightQueryReader.read(map, notices), notices);
	}

	private static List<Long> ids(InsightResults result) {
		return result.hits().stream().map(InsightHit::id).toList();
	}

	private static Map<String, Long> counts(InsightResults result, Facet facet) {
		Map<String, Long> counts = new java.util.LinkedHashMap<>();
		result.facets().get(facet.ordinal()).values().forEach((v) -> counts.put(v.value(), v.count()));
		return counts;
	}

}
