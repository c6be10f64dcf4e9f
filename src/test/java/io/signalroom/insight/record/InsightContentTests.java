package io.signalroom.insight.record;

import java.util.Set;

import io.signalroom.insight.InsightCategory;
import io.signalroom.insight.InsightStatus;
import io.signalroom.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InsightContentTests {

	@Test
	void tagsAreTrimmedLowerCasedAndDeduplicated() {
		assertThat(InsightContent.tags(" Churn ,  Early   Warning,churn,, ")).containsExactly("churn", "early warning");
		assertThat(InsightContent.tags(null)).isEmpty();
	}

	@Test
	void tenTagsOfFortyCharactersAreTheLimit() {
		assertThat(InsightContent.tags("a,b,c,d,e,f,g,h,i,j")).hasSize(10);
		assertThat(InsightContent.tags("x".repeat(40))).containsExactly("x".repeat(40));
		assertThatThrownBy(() -> InsightContent.tags("a,b,c,d,e,f,g,h,i,j,k")).isInstanceOf(RuleViolation.class)
			.hasMessage("insight.tooManyTags");
		assertThatThrownBy(() -> InsightContent.tags("x".repeat(41))).isInstanceOf(RuleViolation.class)
			.hasMessage("insight.tagTooLong");
	}

	@Test
	void aStatusDefaultsToHypothesisAndABlankTestPlanToNone() {
		InsightContent content = InsightContent.of("  Champion loss precedes churn ", InsightCategory.BEHAVIOUR_TRIGGER,
				null, "  ", "", Set.of());
		assertThat(content.statement()).isEqualTo("Champion loss precedes churn");
		assertThat(content.status()).isEqualTo(InsightStatus.HYPOTHESIS);
		assertThat(content.testPlan()).isNull();
	}

	@Test
	void aStatementIsRequiredAndAtMostFiveHundredCharacters() {
		assertThatThrownBy(() -> InsightContent.of(" ", InsightCategory.BEHAVIOUR_TRIGGER, null, null, null, null))
			.hasMessage("insight.statementRequired");
		assertThat(InsightContent.of("x".repeat(500), InsightCategory.BEHAVIOUR_TRIGGER, null, null, null, null)
			.statement()).hasSize(500);
		assertThatThrownBy(
				() -> InsightContent.of("x".repeat(501), InsightCategory.BEHAVIOUR_TRIGGER, null, null, null, null))
			.hasMessage("insight.statementTooLong");
		assertThatThrownBy(() -> InsightContent.of("Fine", null, null, null, null, null))
			.hasMessage("insight.categoryRequired");
	}

}
