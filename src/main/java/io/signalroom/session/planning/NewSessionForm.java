package io.signalroom.session.planning;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import io.signalroom.session.LearningGoal;
import io.signalroom.session.planning.AgendaTemplate;
import io.signalroom.session.planning.Cadence;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The new session form. The start is entered in UTC (members have no time zone yet).
 */
record NewSessionForm(@NotBlank @Size(max = 200) String focus, @Size(max = 1000) String objective,
		@NotNull LearningGoal learningGoal, @NotNull AgendaTemplate template, @NotNull Long facilitatorId,
		List<Long> participantIds, @NotNull @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime start,
		@Min(5) @Max(480) Integer durationMinutes, @NotNull Cadence cadence) {

	static NewSessionForm suggested(Long facilitatorId, LocalDateTime start) {
		return new NewSessionForm("", "", LearningGoal.EARLY_CHURN_DETECTION, AgendaTemplate.STANDARD, facilitatorId,
				List.of(), start, null, Cadence.ONCE);
	}

	List<Long> participants() {
		return (this.participantIds != null) ? this.participantIds : List.of();
	}

	java.time.Instant startInstant() {
		return this.start.toInstant(ZoneOffset.UTC);
	}

}
