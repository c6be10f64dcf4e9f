package io.signalroom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conventions of the test sources that a build would not catch: one name for one class,
 * so a search or an import never picks the wrong fixture; and browser tests named so that
 * failsafe runs them in {@code verify} while surefire runs the rest in {@code test}.
 */
class TestSourcesTests {

	private static final Path TESTS = Path.of("src/test/java");

	@Test
	void noTwoTestClassesShareASimpleName() {
		Map<String, List<String>> byName = sources()
			.collect(Collectors.groupingBy((file) -> file.getFileName().toString(),
					Collectors.mapping((file) -> TESTS.relativize(file).toString(), Collectors.toList())));
		assertThat(byName).as("at least this class is found").containsKey("TestSourcesTests.java");
		assertThat(byName.values()).as("test classes sharing a name")
			.allSatisfy((files) -> assertThat(files).hasSize(1));
	}

	@Test
	void everyTestThatDrivesChromiumIsNamedAsABrowserTest() {
		List<String> drivingChromium = sources()
			.filter((file) -> !file.startsWith(TESTS.resolve("io/signalroom/browser/support")))
			.filter((file) -> read(file).matches("(?s).*(extends\\s+BrowserTest\\s|Chrome\\.start\\().*"))
			.map((file) -> file.getFileName().toString())
			.toList();
		assertThat(drivingChromium).as("found the browser tests").isNotEmpty();
		assertThat(drivingChromium).allSatisfy((name) -> assertThat(name).endsWith("BrowserTests.java"));
	}

	private static Stream<Path> sources() {
		try (Stream<Path> files = Files.walk(TESTS)) {
			return files.filter((file) -> file.toString().endsWith(".java"))
				.filter((file) -> !file.getFileName().toString().equals("package-info.java"))
				.toList()
				.stream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
