package io.signalroom.signal.taxonomy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import io.signalroom.signal.Sentiment;
import io.signalroom.signal.SignalCategory;
import io.signalroom.signal.SignalNature;
import io.signalroom.workspace.Department;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The signal type form. {@code version} is the version the editor saw, so a change made
 * meanwhile by someone else is noticed; {@code reason} goes into the revision.
 */
public record SignalTypeForm(@NotBlank @Size(max = 120) String name, @NotNull SignalCategory category,
		@NotNull SignalNature nature, @NotBlank @Size(max = 2000) String definition,
		@Size(max = 2000) String interpretation, @Size(max = 2000) String recommendedResponse,
		List<Department> notifyDepartments, @NotNull Sentiment defaultSentiment,
		@NotNull @Min(1) @Max(5) Integer urgency, @Size(max = 2000) String examples, Department ownerDepartment,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate nextReviewOn, Long version,
		@NotBlank @Size(max = 500) String reason) {

	static SignalTypeForm empty(LocalDate today) {
		return new SignalTypeForm("", SignalCategory.CHURN_RISK, SignalNature.QUANTITATIVE, "", "", "", List.of(),
				Sentiment.NEGATIVE, 3, "", null, today.plusMonths(3), null, "");
	}

	static SignalTypeForm of(SignalType type) {
		SignalTypeContent c = type.content();
		return new SignalTypeForm(c.name(), c.category(), c.nature(), c.definition(), c.interpretation(),
				c.recommendedResponse(), List.copyOf(c.notifyDepartments()), c.defaultSentiment(), c.urgency(),
				c.examples(), c.ownerDepartment(), c.nextReviewOn(), type.getVersion(), "");
	}

	/** The same edits, now based on {@code version}: saving again keeps these values. */
	SignalTypeForm rebasedOn(long newVersion) {
		return new SignalTypeForm(this.name, this.category, this.nature, this.definition, this.interpretation,
				this.recommendedResponse, this.notifyDepartments, this.defaultSentiment, this.urgency, this.examples,
				this.ownerDepartment, this.nextReviewOn, newVersion, this.reason);
	}

	SignalTypeContent content() {
		EnumSet<Department> notify = EnumSet.noneOf(Department.class);
		if (this.notifyDepartments != null) {
			notify.addAll(this.notifyDepartments);
		}
		return new SignalTypeContent(this.name, this.category, this.nature, this.definition, this.interpretation,
				this.recommendedResponse, notify, this.defaultSentiment, this.urgency, this.examples,
				this.ownerDepartment, this.nextReviewOn);
	}

}
