package io.signalroom.win;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The win form. {@code version} is the version the editor saw, so a change made meanwhile
 * is noticed rather than overwritten.
 */
record WinForm(@NotNull WinKind kind, @NotBlank @Size(max = 200) String title, @Size(max = 4000) String story,
		@DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal value,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate wonOn, Long customerId, List<Long> insightIds,
		List<Long> actionIds, Long version) {

	static WinForm empty(LocalDate today) {
		return new WinForm(WinKind.SAVED_ACCOUNT, "", "", null, today, null, List.of(), List.of(), null);
	}

	static WinForm of(Win win) {
		return new WinForm(win.getKind(), win.getTitle(), win.getStory(), win.getValueAmount(), win.getWonOn(),
				win.getCustomerId(), List.copyOf(win.getInsightIds()), List.copyOf(win.getActionIds()),
				win.getVersion());
	}

	WinDetails details() {
		return new WinDetails(this.kind, this.title, this.story, this.value, this.wonOn, this.customerId,
				ids(this.insightIds), ids(this.actionIds));
	}

	private static Set<Long> ids(List<Long> ids) {
		return (ids != null) ? new LinkedHashSet<>(ids.stream().filter((id) -> id != null).toList()) : Set.of();
	}

}
