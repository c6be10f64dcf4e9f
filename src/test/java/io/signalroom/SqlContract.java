package io.signalroom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Who owns which relation, read from the migrations: a migration
 * {@code V<n>__<module>_<what>.sql} belongs to {@code <module>}; the tables it creates
 * are that module's own, and the views and table functions it creates are the module's
 * published SQL contract, which other modules may read. Renames and drops are followed,
 * in version order.
 */
final class SqlContract {

	enum Kind {

		/** Only its module may name it. */
		TABLE,

		/** Any module may read it; only its module may write to it. */
		PUBLISHED

	}

	record Relation(String name, String module, Kind kind, String migration) {

	}

	static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Pattern MIGRATION_NAME = Pattern.compile("V(\\d+)__([a-z]+)_\\w+\\.sql");

	private static final String NAME = "(?:public\\.)?\"?([a-z_][a-z0-9_]*)\"?";

	private static final Pattern CREATE_TABLE = Pattern.compile(
			"\\bcreate\\s+(?:(?:global\\s+|local\\s+)?(?:temporary|temp|unlogged)\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?"
					+ NAME);

	private static final Pattern CREATE_VIEW = Pattern.compile(
			"\\bcreate\\s+(?:or\\s+replace\\s+)?(?:temporary\\s+|temp\\s+)?(?:recursive\\s+)?(?:materialized\\s+)?view\\s+(?:if\\s+not\\s+exists\\s+)?"
					+ NAME);

	/** A function that returns rows, so callers read it like a view. */
	private static final Pattern CREATE_TABLE_FUNCTION = Pattern
		.compile("\\bcreate\\s+(?:or\\s+replace\\s+)?function\\s+" + NAME
				+ "\\s*\\([^)]*\\)\\s*returns\\s+(?:table|setof)\\b");

	private static final Pattern RENAME = Pattern
		.compile("\\balter\\s+(?:table|view|materialized\\s+view)\\s+(?:if\\s+exists\\s+)?" + NAME
				+ "\\s+rename\\s+to\\s+" + NAME);

	private static final Pattern DROP = Pattern
		.compile("\\bdrop\\s+(?:table|view|materialized\\s+view)\\s+(?:if\\s+exists\\s+)?" + NAME);

	private final Map<String, Relation> relations;

	private SqlContract(Map<String, Relation> relations) {
		this.relations = Map.copyOf(relations);
	}

	/** The contract of the project's own migrations. */
	static SqlContract ofMigrations() {
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			Map<String, String> scripts = new LinkedHashMap<>();
			files.sorted(Comparator.comparingInt(SqlContract::version))
				.forEach((file) -> scripts.put(file.getFileName().toString(), read(file)));
			return of(scripts);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The contract of these migrations (file name to script), applied in the given order.
	 */
	static SqlContract of(Map<String, String> scripts) {
		Map<String, Relation> relations = new LinkedHashMap<>();
		scripts.forEach((file, script) -> {
			String module = moduleOf(file);
			String sql = withoutComments(script).toLowerCase(Locale.ROOT);
			for (Matcher rename = RENAME.matcher(sql); rename.find();) {
				Relation renamed = relations.remove(rename.group(1));
				if (renamed != null) {
					relations.put(rename.group(2),
							new Relation(rename.group(2), renamed.module(), renamed.kind(), renamed.migration()));
				}
			}
			for (Matcher drop = DROP.matcher(sql); drop.find();) {
				relations.remove(drop.group(1));
			}
			define(relations, CREATE_TABLE.matcher(sql), module, Kind.TABLE, file);
			define(relations, CREATE_VIEW.matcher(sql), module, Kind.PUBLISHED, file);
			define(relations, CREATE_TABLE_FUNCTION.matcher(sql), module, Kind.PUBLISHED, file);
		});
		return new SqlContract(relations);
	}

	Optional<Relation> relation(String name) {
		return Optional.ofNullable(this.relations.get(name.toLowerCase(Locale.ROOT)));
	}

	Set<String> modules() {
		Set<String> modules = new TreeSet<>();
		this.relations.values().forEach((r) -> modules.add(r.module()));
		return modules;
	}

	static String moduleOf(String migration) {
		Matcher name = MIGRATION_NAME.matcher(migration);
		if (!name.matches()) {
			throw new IllegalStateException(
					"Migration " + migration + " is not named V<n>__<module>_<what>.sql, so no module owns it");
		}
		return name.group(2);
	}

	private static void define(Map<String, Relation> relations, Matcher created, String module, Kind kind,
			String file) {
		while (created.find()) {
			String name = created.group(1);
			Relation earlier = relations.get(name);
			if (earlier != null && !earlier.module().equals(module)) {
				throw new IllegalStateException(file + " creates " + name + ", which " + earlier.migration()
						+ " made for module " + earlier.module());
			}
			relations.put(name, new Relation(name, module, kind, file));
		}
	}

	private static String withoutComments(String sql) {
		return sql.replaceAll("--[^\\n]*", " ").replaceAll("(?s)/\\*.*?\\*/", " ");
	}

	private static int version(Path file) {
		Matcher name = MIGRATION_NAME.matcher(file.getFileName().toString());
		return name.matches() ? Integer.parseInt(name.group(1)) : Integer.MAX_VALUE;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
