package io.signalroom.signal;

import java.util.List;

import io.signalroom.signal.detection.ConditionForm;
import io.signalroom.signal.detection.RuleForm;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

class RuleFormValidationTests {

	@Test
	void aWindowOfZeroDaysIsRefusedBesideTheDaysField() {
		Errors errors = validate(new ConditionForm("THRESHOLD", List.of("LOGIN"), 3, 0));
		assertThat(errors.getFieldError("conditions[0].days").getCode()).isEqualTo("rule.windowZero");
	}

	@Test
	void nBelowOneIsRefused() {
		Errors errors = validate(new ConditionForm("THRESHOLD", List.of("LOGIN"), 0, 7));
		assertThat(errors.getFieldError("conditions[0].count").getCode()).isEqualTo("rule.countBelowOne");
	}

	@Test
	void anUnknownEventTypeIsNamedInTheError() {
		Errors errors = validate(new ConditionForm("ABSENCE", List.of("LOGIN", "TELEPATHY"), null, 10));
		assertThat(errors.getFieldError("conditions[0].types").getCode()).isEqualTo("rule.unknownType");
		assertThat(errors.getFieldError("conditions[0].types").getArguments()).containsExactly("TELEPATHY");
	}

	@Test
	void anEmptyCombinationIsRefused() {
		Errors errors = validate();
		assertThat(errors.getGlobalError().getCode()).isEqualTo("rule.empty");
	}

	@Test
	void aDropNeedsAPercentageBelowAHundred() {
		Errors errors = validate(new ConditionForm("DROP", List.of("LOGIN"), 120, 30));
		assertThat(errors.getFieldError("conditions[0].count").getCode()).isEqualTo("rule.percentRange");
	}

	@Test
	void aValidCombinationBecomesARuleWithBothConditions() {
		RuleForm form = new RuleForm(List.of(new ConditionForm("ABSENCE", List.of("LOGIN"), null, 10),
				new ConditionForm("ABSENCE", List.of("EMAIL_REPLY"), null, 14)));
		Errors errors = new BeanPropertyBindingResult(form, "ruleForm");
		assertThat(form.toRule(errors).conditions()).hasSize(2);
		assertThat(errors.hasErrors()).isFalse();
	}

	private static Errors validate(ConditionForm... rows) {
		RuleForm form = new RuleForm(List.of(rows));
		Errors errors = new BeanPropertyBindingResult(form, "ruleForm");
		assertThat(form.toRule(errors)).isNull();
		return errors;
	}

}
