package io.signalroom.session.planning;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Adds or changes an agenda item. */
record AgendaItemForm(@NotBlank @Size(max = 120) String title, @NotNull @Min(1) @Max(240) Integer minutes) {

}
