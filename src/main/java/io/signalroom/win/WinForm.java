package io.signalroom.win;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The win form. {@code value} stays text until {@link #valueProblem()} has checked it, so
 * a mistyped amount is explained beside the field rather than losing the whole form.
 * {@code version} is the version the editor saw, so a change made meanwhile is noticed
 * rather than overwritten.
 */
record WinForm(@NotNull WinKind kind, @NotBlank @Size(max = 200) String title, @Size(max = 4000) String story,
		@Size(max = 30) String value, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate wonOn,
		Long customerId, List<Long> insightIds, List<Long> actionIds, Long version) {

	private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");

	private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

	static WinForm empty(LocalDate today) {
		return new WinForm(WinKind.SAVED_ACCOUNT, "", "", "", today, null, List.of(), List.of(), null);
	}

	static WinForm of(Win win) {
		String value = (win.getValueAmount() != null) ? win.getValueAmount().toPlainString() : "";
		return new WinForm(win.getKind(), win.getTitle(), win.getStory(), value, win.getWonOn(), win.getCustomerId(),
				List.copyOf(win.getInsightIds()), List.copyOf(win.getActionIds()), win.getVersion());
	}

	/** A message key if the value is not an amount a win can have, else null. */
	String valueProblem() {
		String text = normalizedValue();
		if (text.isEmpty()) {
			return null;
		}
		if (!PLAIN.matcher(text).matches()) {
			return "win.value.notANumber";
		}
		BigDecimal amount = new BigDecimal(text);
		if (amount.signum() < 0) {
			return "win.value.negative";
		}
		if (amount.scale() > 2 || amount.precision() - amount.scale() > 12) {
			return "win.value.tooPrecise";
		}
		return null;
	}

	/** The value as an amount; call once {@link #valueProblem()} found nothing. */
	BigDecimal amount() {
		String text = normalizedValue();
		return text.isEmpty() ? null : new BigDecimal(text);
	}

	WinDetails details() {
		return new WinDetails(this.kind, this.title, this.story, amount(), this.wonOn, this.customerId,
				linkedInsights(), linkedActions());
	}

	Set<Long> linkedInsights() {
		return ids(this.insightIds);
	}

	Set<Long> linkedActions() {
		return ids(this.actionIds);
	}

	private String normalizedValue() {
		String text = (this.value != null) ? this.value.strip().replace(" ", "") : "";
		return THOUSANDS.matcher(text).matches() ? text.replace(",", "") : text;
	}

	private static Set<Long> ids(List<Long> ids) {
		return (ids != null) ? new LinkedHashSet<>(ids.stream().filter((id) -> id != null).toList()) : Set.of();
	}

}
