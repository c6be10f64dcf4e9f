package io.signalroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.signalroom.SqlContract.Kind;
import io.signalroom.SqlContract.Relation;

/**
 * Finds, in one Java source file of a module, SQL that names a relation the module may
 * not use: another module's table, or (to write to it) another module's published view.
 * <p>
 * Only string literals and text blocks are read (comments and code are not), and of those
 * only the ones that look like SQL, so prose in a message ("removed from workspace") is
 * no hit; and only names that are relations of the {@link SqlContract} count, so English
 * words after "from" or "into" are never mistaken for tables. JPA mappings are checked
 * too: {@code @Table}, {@code @CollectionTable}, {@code @JoinTable} and
 * {@code @SecondaryTable} names, and the table an {@code @Entity} without {@code @Table}
 * maps to by default. JPQL entity names ({@code from SignalType t}) are read as their
 * default table names.
 */
final class JavaSqlScanner {

	record Violation(String file, int line, String module, String relation, String owner, String why) {

		@Override
		public String toString() {
			return "%s:%d (module %s) %s %s of module %s".formatted(this.file, this.line, this.module, this.why,
					this.relation, this.owner);
		}

	}

	/** A string literal or text block, with the line it starts on. */
	record Literal(String text, int line) {

	}

	private static final String IDENTIFIER = "(?:public\\.)?([A-Za-z_][A-Za-z0-9_]*)";

	/** A keyword after which SQL names a relation. */
	private static final Pattern REFERENCE = Pattern.compile(
			"(?i)\\b(delete\\s+from|insert\\s+into|into|update|truncate(?:\\s+table)?|(?:alter|drop|create|lock)\\s+table"
					+ "|from|join|using|analyze|vacuum)\\s+(?:only\\s+)?(?:if\\s+exists\\s+)?" + IDENTIFIER);

	/** One more relation of a FROM list: an optional alias, a comma, the relation. */
	private static final Pattern NEXT_IN_LIST = Pattern.compile(
			"(?i)\\G(?:\\s+(?:as\\s+)?(?!(?:"
					+ String.join("|", "join", "left", "right", "inner", "outer", "full", "cross", "natural", "where",
							"on", "using", "group", "order", "having", "limit", "offset", "union", "intersect",
							"except", "window", "for", "returning")
					+ ")\\b)[A-Za-z_]\\w*)?\\s*,\\s*(?:lateral\\s+)?" + IDENTIFIER);

	/** Keywords that change rows (or the relation itself) rather than read them. */
	private static final List<String> READING = List.of("from", "join", "using", "analyze", "vacuum");

	/** What SQL says and prose rarely does. */
	private static final Pattern LOOKS_LIKE_SQL = Pattern.compile("(?is)\\bselect\\b.*\\bfrom\\b"
			+ "|\\b(?:insert\\s+into|delete\\s+from)\\s+\\w+" + "|\\bupdate\\s+\\w+(?:\\s+\\w+)?\\s+set\\b"
			+ "|\\bjoin\\s+(?:lateral\\s+)?[\\w.()]+(?:\\s+\\w+)?\\s+on\\b"
			+ "|\\bfrom\\s+\\w+(?:\\s+\\w+)?\\s+where\\b" + "|\\b(?:where|returning|group\\s+by|order\\s+by|having)\\b"
			+ "|^\\s*(?:analyze|vacuum|truncate)\\s+\\w+\\s*$");

	/** A whole literal that is a relation and its alias, to be put in a FROM clause. */
	private static final Pattern RELATION_WITH_ALIAS = Pattern
		.compile("^\\s*" + IDENTIFIER + "\\s+(?:as\\s+)?[a-z]\\w{0,2}\\s*$");

	private static final Pattern MAPPING = Pattern
		.compile("@(?:Table|CollectionTable|JoinTable|SecondaryTable)\\s*\\((?:[^)]*?\\bname\\s*=\\s*)\"(\\w+)\"");

	private static final Pattern ENTITY = Pattern.compile("@Entity\\b[\\s\\S]*?\\bclass\\s+(\\w+)");

	private final SqlContract contract;

	JavaSqlScanner(SqlContract contract) {
		this.contract = contract;
	}

	/** What this source of the module names that it may not. */
	List<Violation> scan(String file, String module, String source) {
		List<Violation> violations = new ArrayList<>();
		StringBuilder code = new StringBuilder();
		List<Literal> literals = literals(source, code);
		for (Literal literal : literals) {
			if (LOOKS_LIKE_SQL.matcher(literal.text()).find()) {
				references(file, module, literal, violations);
			}
			Matcher bare = RELATION_WITH_ALIAS.matcher(literal.text());
			if (bare.matches()) {
				check(file, module, literal.line(), bare.group(1), false, violations);
			}
		}
		mappings(file, module, code.toString(), violations);
		return violations;
	}

	private void references(String file, String module, Literal literal, List<Violation> violations) {
		Matcher reference = REFERENCE.matcher(literal.text());
		while (reference.find()) {
			String keyword = reference.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
			boolean writes = !READING.contains(keyword);
			int line = literal.line() + lineOf(literal.text(), reference.start());
			check(file, module, line, reference.group(2), writes, violations);
			if (keyword.equals("from")) {
				Matcher next = NEXT_IN_LIST.matcher(literal.text());
				next.region(reference.end(), literal.text().length());
				while (next.find()) {
					check(file, module, line, next.group(1), false, violations);
					next.region(next.end(), literal.text().length());
				}
			}
		}
	}

	private void mappings(String file, String module, String code, List<Violation> violations) {
		Matcher mapping = MAPPING.matcher(code);
		boolean mapped = false;
		while (mapping.find()) {
			mapped = mapped || code.startsWith("@Table", mapping.start());
			check(file, module, lineOf(code, mapping.start()) + 1, mapping.group(1), true, violations);
		}
		Matcher entity = ENTITY.matcher(code);
		if (!mapped && entity.find()) {
			check(file, module, lineOf(code, entity.start()) + 1, entity.group(1), true, violations);
		}
	}

	private void check(String file, String module, int line, String name, boolean writes, List<Violation> violations) {
		this.contract.relation(tableName(name))
			.filter((r) -> !r.module().equals(module))
			.filter((r) -> r.kind() == Kind.TABLE || writes)
			.ifPresent((Relation r) -> violations.add(new Violation(file, line, module, r.name(), r.module(),
					(r.kind() == Kind.TABLE) ? "names table" : "writes to published view")));
	}

	/** JPA's default: {@code PracticeSession} maps to {@code practice_session}. */
	static String tableName(String name) {
		return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
	}

	/** The string literals and text blocks of a Java source. */
	static List<Literal> literals(String source) {
		return literals(source, new StringBuilder());
	}

	/**
	 * The string literals and text blocks of a Java source; {@code code} receives the
	 * source without comments (literals kept), for the annotations.
	 */
	static List<Literal> literals(String source, StringBuilder code) {
		List<Literal> literals = new ArrayList<>();
		int i = 0;
		int line = 1;
		int n = source.length();
		while (i < n) {
			char c = source.charAt(i);
			if (source.startsWith("//", i)) {
				while (i < n && source.charAt(i) != '\n') {
					i++;
				}
			}
			else if (source.startsWith("/*", i)) {
				int end = source.indexOf("*/", i + 2);
				end = (end < 0) ? n : end + 2;
				line += count(source, i, end);
				code.append("\n".repeat(count(source, i, end))).append(" ");
				i = end;
			}
			else if (source.startsWith("\"\"\"", i) || c == '"' || c == '\'') {
				String quote = source.startsWith("\"\"\"", i) ? "\"\"\"" : String.valueOf(c);
				int start = i + quote.length();
				int end = start;
				StringBuilder text = new StringBuilder();
				while (end < n && !source.startsWith(quote, end)) {
					if (source.charAt(end) == '\\' && end + 1 < n) {
						text.append(source.charAt(end + 1) == 'n' ? '\n' : source.charAt(end + 1));
						end += 2;
					}
					else {
						text.append(source.charAt(end++));
					}
				}
				if (c != '\'') {
					literals.add(new Literal(text.toString(), line));
				}
				int after = Math.min(n, end + quote.length());
				code.append(source, i, after);
				line += count(source, i, after);
				i = after;
			}
			else {
				if (c == '\n') {
					line++;
				}
				code.append(c);
				i++;
			}
		}
		return literals;
	}

	private static int count(String text, int from, int to) {
		int lines = 0;
		for (int i = from; i < to; i++) {
			if (text.charAt(i) == '\n') {
				lines++;
			}
		}
		return lines;
	}

	private static int lineOf(CharSequence text, int offset) {
		return count(text.toString(), 0, offset);
	}

}
