package io.signalroom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.signalroom.JavaSqlScanner.Literal;
import io.signalroom.JavaSqlScanner.Violation;
import io.signalroom.SqlContract.Kind;
import io.signalroom.SqlContract.Relation;
import io.signalroom.customer.LifecycleStage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A module's SQL names only its own tables and the views other modules publish. Ownership
 * comes from the migrations' names ({@code V<n>__<module>_<what>.sql}, see
 * {@link SqlContract}); every main Java source of a module (its top-level package under
 * {@code io.signalroom}) is scanned for SQL by {@link JavaSqlScanner}.
 */
class TableOwnershipTests {

	static final Path SOURCES = Path.of("src/main/java/io/signalroom");

	private final SqlContract contract = SqlContract.ofMigrations();

	@Test
	void everyModuleNamesOnlyItsOwnTablesAndTheViewsOthersPublish() throws IOException {
		JavaSqlScanner scanner = new JavaSqlScanner(this.contract);
		List<Violation> violations = new ArrayList<>();
		int scanned = 0;
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).sorted().toList()) {
				violations.addAll(scanner.scan(file.toString(), moduleOf(file), Files.readString(file)));
				scanned++;
			}
		}
		assertThat(scanned).as("main sources scanned").isGreaterThan(100);
		assertThat(violations).as("SQL naming another module's tables (use its published views instead)").isEmpty();
	}

	/**
	 * Which stages expect activity is the customer module's to say (its customer_fact
	 * view does); SQL elsewhere that quotes a stage ({@code 'ACTIVE'}) would break
	 * silently when stages change.
	 */
	@Test
	void onlyTheCustomerModuleWritesLifecycleStagesIntoSql() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java"))
				.filter((f) -> !moduleOf(f).equals("customer"))
				.toList()) {
				for (Literal sql : JavaSqlScanner.literals(Files.readString(file))) {
					for (LifecycleStage stage : LifecycleStage.values()) {
						if (sql.text().contains("'" + stage.name() + "'")) {
							found.add(file + ":" + sql.line() + " " + stage);
						}
					}
				}
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	void ownershipComesFromTheMigrationNames() {
		assertThat(this.contract.relation("timeline_event")).get()
			.extracting(Relation::module, Relation::kind)
			.containsExactly("customer", Kind.TABLE);
		assertThat(this.contract.relation("app_user")).get()
			.extracting(Relation::module, Relation::kind)
			.containsExactly("workspace", Kind.TABLE);
		assertThat(this.contract.relation("customer_fact")).get()
			.extracting(Relation::module, Relation::kind)
			.containsExactly("customer", Kind.PUBLISHED);
		assertThat(this.contract.relation("customer_fact_as_of")).get()
			.extracting(Relation::module, Relation::kind)
			.containsExactly("customer", Kind.PUBLISHED);
		assertThat(this.contract.relation("member_fact")).get().extracting(Relation::module).isEqualTo("workspace");
	}

	@Test
	void everyModuleThatOwnsTablesIsAPackage() throws IOException {
		Set<String> packages = new TreeSet<>();
		try (Stream<Path> entries = Files.list(SOURCES)) {
			entries.filter(Files::isDirectory).forEach((dir) -> packages.add(dir.getFileName().toString()));
		}
		assertThat(packages).containsAll(this.contract.modules());
	}

	@Test
	void aMigrationThatIsNotNamedForAModuleIsRefused() {
		assertThatIllegalStateException()
			.isThrownBy(() -> SqlContract.of(Map.of("V99__Deals.sql", "create table deal (id bigint);")))
			.withMessageContaining("V99__Deals.sql");
	}

	@Test
	void twoModulesCreatingTheSameTableIsRefused() {
		Map<String, String> scripts = new LinkedHashMap<>();
		scripts.put("V1__customer_a.sql", "create table note (id bigint);");
		scripts.put("V2__session_b.sql", "create table note (id bigint);");
		assertThatIllegalStateException().isThrownBy(() -> SqlContract.of(scripts))
			.withMessageContaining("note")
			.withMessageContaining("customer");
	}

	@Test
	void renamedAndDroppedTablesAreFollowed() {
		Map<String, String> scripts = new LinkedHashMap<>();
		scripts.put("V1__customer_a.sql", "create table note (id bigint); create table scratch (id bigint);");
		scripts.put("V2__customer_b.sql", "alter table note rename to remark; drop table scratch;");
		SqlContract renamed = SqlContract.of(scripts);
		assertThat(renamed.relation("note")).isEmpty();
		assertThat(renamed.relation("scratch")).isEmpty();
		assertThat(renamed.relation("remark")).get().extracting(Relation::module).isEqualTo("customer");
	}

	@Test
	void anotherModulesTableInATextBlockIsCaughtWithFileLineAndOwner() {
		String source = """
				package io.signalroom.signal.detection;

				class Sneaky {

					static final String SQL = \"""
							select e.customer_id
							from detected_signal d
							join timeline_event e on e.id = any (d.evidence_event_ids)
							where d.workspace_id = ?\""";

				}
				""";
		assertThat(scan("signal", source)).singleElement().satisfies((v) -> {
			assertThat(v.relation()).isEqualTo("timeline_event");
			assertThat(v.owner()).isEqualTo("customer");
			assertThat(v.line()).isEqualTo(8);
			assertThat(v.toString()).contains("Sneaky.java:8", "module signal", "timeline_event", "of module customer");
		});
	}

	@Test
	void stringLiteralsConcatenatedPiecesAndFromListsAreRead() {
		String source = """
				class Pieces {
					String a = "select c.id, c.name from (" + hits + ") h join customer c on c.id = h.customer_id";
					String b = "select 1 from signal_type t, app_user u where u.id = t.id";
					String c = "timeline_event e";
					String d = "delete from detected_signal where id in (select id from membership where 1 = 1)";
				}
				""";
		assertThat(scan("signal", source)).extracting(Violation::relation)
			.containsExactly("customer", "app_user", "timeline_event", "membership");
	}

	@Test
	void publishedViewsMayBeReadButNotWritten() {
		String source = """
				class Views {
					String read = "select c.name from customer_fact c join timeline_event_fact e on e.customer_id = c.id where c.id = ?";
					String asOf = "select * from customer_fact_as_of(cast(:cut as timestamptz)) c where c.workspace_id = :ws";
					String write = "update customer_fact set name = 'x' where id = ?";
				}
				""";
		assertThat(scan("signal", source)).singleElement().satisfies((v) -> {
			assertThat(v.relation()).isEqualTo("customer_fact");
			assertThat(v.why()).isEqualTo("writes to published view");
		});
	}

	@Test
	void aModuleMayNameItsOwnTables() {
		String source = """
				class Own {
					String sql = "select e.id from timeline_event e join customer c on c.id = e.customer_id where c.id = ?";
				}
				""";
		assertThat(scan("customer", source)).isEmpty();
	}

	@Test
	void commentsProseAndUnknownWordsAreNoHits() {
		String source = """
				/** Reads what came from customer records; see "select * from customer". */
				class Prose {
					// update customer set name = 'x' where id = 1
					/* join timeline_event e on true where */
					String message = "Member removed from workspace";
					String other = "Customers imported into customer book";
					String words = "select the signals from inbox where they wait";
					char quote = '"';
					String after = "and after a char literal: from yesterday";
				}
				""";
		assertThat(scan("signal", source)).isEmpty();
	}

	@Test
	void jpaMappingsOfAnotherModulesTablesAreCaught() {
		String mapped = """
				@Entity
				@Table(name = "app_user")
				class Person {
				}
				""";
		String byDefault = """
				@Entity
				class TimelineEvent {
					@ElementCollection
					@CollectionTable(name = "session_customer", joinColumns = @JoinColumn(name = "session_id"))
					Set<Long> sessions;
				}
				""";
		String jpql = """
				interface Customers {
					@Query("select c from Customer c where c.workspaceId = :ws order by c.name")
					List<Object> all(long ws);
				}
				""";
		assertThat(scan("signal", mapped)).extracting(Violation::relation).containsExactly("app_user");
		assertThat(scan("signal", byDefault)).extracting(Violation::relation)
			.containsExactlyInAnyOrder("session_customer", "timeline_event");
		assertThat(scan("signal", jpql)).extracting(Violation::relation).containsExactly("customer");
	}

	private List<Violation> scan(String module, String source) {
		String name = source.contains("class Sneaky") ? "Sneaky.java" : "Fixture.java";
		return new JavaSqlScanner(this.contract).scan(name, module, source);
	}

	/** The module of a main source: its top-level package under io.signalroom. */
	private static String moduleOf(Path file) {
		Path relative = SOURCES.relativize(file);
		return (relative.getNameCount() > 1) ? relative.getName(0).toString() : "(application)";
	}

}
