package io.signalroom.signal.detection;

import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A detection rule in words, such as "no Login for 10 days AND no E-mail reply for 14
 * days", for pages and revision diffs.
 */
@Component("ruleWording")
public class RuleWording {

	private final MessageSource messages;

	RuleWording(MessageSource messages) {
		this.messages = messages;
	}

	public String describe(DetectionRule rule) {
		return describe(rule, LocaleContextHolder.getLocale());
	}

	public String describe(DetectionRule rule, Locale locale) {
		if (rule == null) {
			return this.messages.getMessage("rule.none", null, locale);
		}
		String and = " " + this.messages.getMessage("rule.and", null, locale) + " ";
		return rule.conditions().stream().map((c) -> describe(c, locale)).collect(Collectors.joining(and));
	}

	private String describe(RuleCondition c, Locale locale) {
		String or = " " + this.messages.getMessage("rule.or", null, locale) + " ";
		String types = c.types()
			.stream()
			.map((t) -> this.messages.getMessage(t.messageKey(), null, t.name(), locale))
			.collect(Collectors.joining(or));
		return this.messages.getMessage("rule.describe." + c.kind(), new Object[] { c.count(), types, c.days() },
				locale);
	}

}
