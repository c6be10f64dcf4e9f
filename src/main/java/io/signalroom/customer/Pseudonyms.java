package io.signalroom.customer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stable stand-in names for customers ("Customer A17"), derived from the customer id
 * alone so the same customer gets the same pseudonym on every page, export and day.
 */
public final class Pseudonyms {

	private static final Pattern PSEUDONYM = Pattern.compile("(?i)^\\s*(?:customer\\s+)?([A-Z])(\\d{1,15})\\s*$");

	private Pseudonyms() {
	}

	/** The pseudonym of a customer: a letter and a number that together encode its id. */
	public static String of(long customerId) {
		char letter = (char) ('A' + (int) (customerId % 26));
		return "Customer " + letter + (customerId / 26);
	}

	/**
	 * An e-mail address that says nothing about the customer, for where one is expected.
	 */
	public static String emailOf(long customerId) {
		return of(customerId).toLowerCase().replace(' ', '-') + "@example.invalid";
	}

	/** The customer id a pseudonym (or its "A17" short form) stands for, or -1. */
	public static long idOf(String pseudonym) {
		if (pseudonym == null) {
			return -1;
		}
		Matcher m = PSEUDONYM.matcher(pseudonym);
		if (!m.matches()) {
			return -1;
		}
		return Long.parseLong(m.group(2)) * 26 + (Character.toUpperCase(m.group(1).charAt(0)) - 'A');
	}

	/**
	 * Free text with every mention of the customer's name and e-mail (any letter case)
	 * replaced by the pseudonym.
	 */
	public static String scrub(String text, long customerId, String name, String email) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		String scrubbed = text;
		String pseudonym = of(customerId);
		if (email != null && !email.isBlank()) {
			scrubbed = replaceIgnoringCase(scrubbed, email.strip(), pseudonym);
		}
		if (name != null && name.strip().length() >= 2) {
			scrubbed = replaceIgnoringCase(scrubbed, name.strip(), pseudonym);
		}
		return scrubbed;
	}

	private static String replaceIgnoringCase(String text, String needle, String replacement) {
		return Pattern.compile(Pattern.quote(needle), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
			.matcher(text)
			.replaceAll(Matcher.quoteReplacement(replacement));
	}

}
