package io.signalroom.session.planning;

import java.time.LocalDateTime;

import io.signalroom.session.LearningGoal;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** Changes a planned session's focus, objective, goal and schedule (start in UTC). */
record DetailsForm(@NotBlank @Size(max = 200) String focus, @Size(max = 1000) String objective,
		@NotNull LearningGoal learningGoal,
		@NotNull @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime start,
		@NotNull @Min(5) @Max(480) Integer durationMinutes) {

}
