package io.signalroom.signal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.signalroom.signal.scorecard.ScorecardForm;
import io.signalroom.signal.scorecard.Scorecards;
import io.signalroom.signal.scorecard.Spread;
import io.signalroom.signal.taxonomy.EditConflict;
import io.signalroom.signal.taxonomy.Revision;
import io.signalroom.signal.taxonomy.SignalType;
import io.signalroom.signal.taxonomy.SignalTypeContent;
import io.signalroom.signal.taxonomy.TaxonomyService;
import io.signalroom.support.IntegrationTest;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class TaxonomyIntegrationTests {

	@Autowired
	SignalFixtures fixtures;

	@Autowired
	TaxonomyService taxonomy;

	@Autowired
	Scorecards scorecards;

	static SignalTypeContent content(String name) {
		return new SignalTypeContent(name, SignalCategory.CHURN_RISK, SignalNature.QUANTITATIVE,
				"Definition of " + name, "", "", Set.of(Department.SUPPORT), Sentiment.NEGATIVE, 4, "",
				Department.SUPPORT, LocalDate.now().plusMonths(3));
	}

	@Test
	void aNewWorkspaceGetsTheStarterLibraryWithRules() {
		CurrentMember admin = this.fixtures.newWorkspace();
		List<SignalType> types = this.taxonomy.browse(admin, null, "", false);
		assertThat(types).hasSizeGreaterThanOrEqualTo(15);
		assertThat(types).filteredOn((t) -> t.rule() != null).hasSizeGreaterThanOrEqualTo(12);
		assertThat(types).extracting(SignalType::getCategory).containsAll(List.of(SignalCategory.values()));
		assertThat(this.taxonomy.browse(admin, SignalCategory.ADVOCACY, "", false))
			.allMatch((t) -> t.getCategory() == SignalCategory.ADVOCACY);
		assertThat(this.taxonomy.browse(admin, null, "pricing", false)).extracting(SignalType::getName)
			.containsExactly("Repeat pricing page visits");
	}

	@Test
	void everyChangeIsARevisionWithWhoWhyAndAFieldDiff() {
		CurrentMember admin = this.fixtures.newWorkspace();
		SignalType type = this.taxonomy.create(admin, content("Slow replies"), "First draft");
		SignalTypeContent changed = new SignalTypeContent("Slow replies", SignalCategory.CHURN_RISK,
				SignalNature.QUANTITATIVE, "Replies take more than three days", "", "", Set.of(Department.SUPPORT),
				Sentiment.NEGATIVE, 5, "", Department.SUPPORT, type.getNextReviewOn());
		this.taxonomy.update(admin, type.getId(), type.getVersion(), changed, "Support saw this twice");
		List<Revision> revisions = this.taxonomy.revisions(admin, type.getId());
		assertThat(revisions).hasSize(2);
		Revision latest = revisions.get(0);
		assertThat(latest.changedBy()).isEqualTo("Admin");
		assertThat(latest.reason()).isEqualTo("Support saw this twice");
		assertThat(latest.changes()).extracting("labelKey", "before", "after")
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple("signal.field.definition", "Definition of Slow replies",
							"Replies take more than three days"),
					org.assertj.core.groups.Tuple.tuple("signal.field.urgency", "4", "5"));
	}

	@Test
	void editingAVersionSomeoneElseJustChangedIsAConflictShowingBothVersions() {
		CurrentMember admin = this.fixtures.newWorkspace();
		CurrentMember facilitator = this.fixtures.member(admin, Role.FACILITATOR, Department.SUPPORT, "Fay");
		SignalType type = this.taxonomy.create(admin, content("Conflicted"), "draft");
		long seen = this.taxonomy.get(admin, type.getId()).getVersion();
		SignalTypeContent theirs = new SignalTypeContent("Conflicted", SignalCategory.CHURN_RISK,
				SignalNature.QUANTITATIVE, "Their definition", "", "", Set.of(Department.SUPPORT), Sentiment.NEGATIVE,
				4, "", Department.SUPPORT, type.getNextReviewOn());
		this.taxonomy.update(facilitator, type.getId(), seen, theirs, "Fay's wording");
		SignalTypeContent mine = new SignalTypeContent("Conflicted", SignalCategory.CHURN_RISK,
				SignalNature.QUANTITATIVE, "My definition", "", "", Set.of(Department.SUPPORT), Sentiment.NEGATIVE, 4,
				"", Department.SUPPORT, type.getNextReviewOn());
		assertThatThrownBy(() -> this.taxonomy.update(admin, type.getId(), seen, mine, "mine"))
			.isInstanceOfSatisfying(EditConflict.class, (conflict) -> {
				assertThat(conflict.theirChange().changedBy()).isEqualTo("Fay");
				assertThat(conflict.differences()).singleElement()
					.satisfies((d) -> assertThat(List.of(d.before(), d.after())).containsExactly("Their definition",
							"My definition"));
			});
		assertThat(this.taxonomy.get(admin, type.getId()).getDefinition()).isEqualTo("Their definition");
	}

	@Test
	void aReviewConfirmsOrRetiresAndTheDueListShowsOnlyOverdueTypes() {
		CurrentMember admin = this.fixtures.newWorkspace();
		SignalTypeContent overdue = new SignalTypeContent("Overdue", SignalCategory.ADVOCACY, SignalNature.QUALITATIVE,
				"d", "", "", Set.of(), Sentiment.POSITIVE, 2, "", null, LocalDate.now().minusDays(1));
		SignalType due = this.taxonomy.create(admin, overdue, "old");
		SignalType retiring = this.taxonomy.create(admin,
				new SignalTypeContent("Also overdue", SignalCategory.ADVOCACY, SignalNature.QUALITATIVE, "d", "", "",
						Set.of(), Sentiment.POSITIVE, 2, "", null, LocalDate.now().minusDays(2)),
				"old");
		assertThat(this.taxonomy.dueForReview(admin)).extracting(SignalType::getName)
			.containsExactly("Also overdue", "Overdue");
		this.taxonomy.confirmReview(admin, due.getId(), "Still true");
		this.taxonomy.retire(admin, retiring.getId(), "Nobody uses it");
		assertThat(this.taxonomy.dueForReview(admin)).isEmpty();
		assertThat(this.taxonomy.get(admin, due.getId()).getNextReviewOn()).isAfter(LocalDate.now().plusMonths(2));
		assertThat(this.taxonomy.get(admin, retiring.getId()).isRetired()).isTrue();
	}

	@Test
	void theSpreadShowsEachDepartmentAndTheLargestDisagreementWithComments() {
		CurrentMember admin = this.fixtures.newWorkspace();
		CurrentMember support = this.fixtures.member(admin, Role.PARTICIPANT, Department.SUPPORT, "Sam");
		CurrentMember sales = this.fixtures.member(admin, Role.PARTICIPANT, Department.SALES, "Sol");
		long type = this.fixtures.signalTypeId(admin, "Support escalation");
		this.scorecards.rate(support, type,
				new ScorecardForm(null, 4, 4, 5, Sentiment.NEGATIVE, "Customers leave after this"));
		this.scorecards.rate(sales, type, new ScorecardForm(null, 4, 3, 1, Sentiment.NEGATIVE, "Support handles it"));
		this.scorecards.rate(sales, type, new ScorecardForm(null, 4, 3, 2, Sentiment.NEGATIVE, "Rated again"));
		Spread spread = this.scorecards.spread(admin, type);
		assertThat(spread.departments()).hasSize(2);
		assertThat(spread.disagreement().dimension()).isEqualTo("urgency");
		assertThat(spread.disagreement().low()).isEqualTo(Department.SALES);
		assertThat(spread.disagreement().high()).isEqualTo(Department.SUPPORT);
		assertThat(spread.disagreement().gap()).isEqualTo(3.0);
		assertThat(spread.comments()).extracting("comment")
			.containsExactlyInAnyOrder("Customers leave after this", "Rated again");
		assertThat(spread.comments()).extracting("rater").containsExactlyInAnyOrder("Sam", "Sol");
	}

}
