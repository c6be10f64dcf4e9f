package io.signalroom.customer.book;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stand-in names for customers ("Customer K7QM2"): a stored random code per customer and
 * scope (V28), so a pseudonym reveals nothing of the customer's id. Every customer has
 * its workspace-scope code from the moment it is stored; other scopes get theirs on
 * demand.
 */
@Component
public class Pseudonyms {

	/** The scope of the pseudonyms every page of a workspace shares. */
	public static final String WORKSPACE = "workspace";

	static final String LABEL_PREFIX = "Customer ";

	private static final Pattern CODE = Pattern.compile("(?i)^\\s*(?:customer\\s+)?([A-Z2-9]{5})\\s*$");

	private static final Pattern NAME_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

	/**
	 * Words of company names too common to say which customer is meant; every other word
	 * of four letters or more is scrubbed on its own too.
	 */
	private static final Set<String> GENERIC_WORDS = Set.of("customer", "company", "corporation", "corp", "group",
			"holding", "holdings", "limited", "gmbh", "inc.", "international", "global", "services", "service",
			"solutions", "systems", "technologies", "technology", "partners", "industries", "enterprises", "software",
			"consulting", "labs", "and", "the");

	private final JdbcClient jdbc;

	Pseudonyms(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The label a code is shown as. */
	public static String label(String code) {
		return LABEL_PREFIX + code;
	}

	/**
	 * The code a typed text names ("Customer K7QM2", "k7qm2"), upper-cased, if it looks
	 * like one.
	 */
	public static Optional<String> codeIn(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher m = CODE.matcher(text);
		return m.matches() ? Optional.of(m.group(1).toUpperCase()) : Optional.empty();
	}

	/** The codes of those of the customers that have one in the scope. */
	public Map<Long, String> codes(long workspaceId, String scope, Collection<Long> customerIds) {
		Map<Long, String> codes = new HashMap<>();
		if (customerIds.isEmpty()) {
			return codes;
		}
		this.jdbc.sql("""
				select customer_id, code from customer_pseudonym
				where workspace_id = ? and scope = ? and customer_id = any (?)""")
			.params(workspaceId, scope, customerIds.toArray(Long[]::new))
			.query((rs) -> {
				codes.put(rs.getLong(1), rs.getString(2));
			});
		return codes;
	}

	/** The customer a code of the scope stands for in the workspace. */
	public Optional<Long> customerOf(long workspaceId, String scope, String code) {
		return this.jdbc
			.sql("select customer_id from customer_pseudonym where workspace_id = ? and scope = ? and code = ?")
			.params(workspaceId, scope, code.toUpperCase())
			.query(Long.class)
			.optional();
	}

	/** Gives those of the customers that have none a code in the scope. */
	public void assign(long workspaceId, String scope, Collection<Long> customerIds) {
		if (!customerIds.isEmpty()) {
			this.jdbc.sql("select customer_pseudonyms_assign(?, ?, ?)")
				.params(workspaceId, scope, customerIds.toArray(Long[]::new))
				.query()
				.singleValue();
		}
	}

	/**
	 * Free text with every mention of the customer's name, e-mail and external id, and of
	 * each distinctive word of its name ("Zanzibar" of "Zanzibar Quartz Holdings"), in
	 * any letter case, replaced by its label, in one pass.
	 */
	public static String scrub(String text, String label, String name, String email, String externalId) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		Set<String> needles = new TreeSet<>(
				Comparator.comparingInt(String::length).reversed().thenComparing((a, b) -> a.compareTo(b)));
		Stream.of(name, email, externalId)
			.filter((m) -> m != null && m.strip().length() >= 2)
			.map((m) -> Pattern.quote(m.strip()))
			.forEach(needles::add);
		if (name != null) {
			Arrays.stream(NAME_WORDS.split(name))
				.filter((word) -> word.length() >= 4 && !GENERIC_WORDS.contains(word.toLowerCase()))
				.map((word) -> "\\b" + Pattern.quote(word) + "\\b")
				.forEach(needles::add);
		}
		if (needles.isEmpty()) {
			return text;
		}
		return Pattern.compile(String.join("|", needles), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
			.matcher(text)
			.replaceAll(Matcher.quoteReplacement(label));
	}

}
