package io.signalroom.customer.importing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CsvFileTests {

	@TempDir
	Path dir;

	@Test
	void aFileWithNulBytesIsBinary() throws Exception {
		Path file = Files.write(this.dir.resolve("x.csv"), new byte[] { 'P', 'K', 3, 4, 0, 0, 1, ',' });
		assertThat(CsvFile.inspect(file).binary()).isTrue();
	}

	@Test
	void latin1TextIsNotUtf8AndTheLineIsKnown() throws Exception {
		Path file = Files.write(this.dir.resolve("x.csv"),
				"id,name\n1,Ok\n2,Café\n".getBytes(StandardCharsets.ISO_8859_1));
		CsvFile.Inspection inspection = CsvFile.inspect(file);
		assertThat(inspection.utf8()).isFalse();
		assertThat(inspection.invalidUtf8Line()).isEqualTo(3);
	}

	@Test
	void crlfEndingsAndSemicolonOrTabDelimitersAreDetected() throws Exception {
		Path crlf = Files.writeString(this.dir.resolve("a.csv"), "a,b\r\n1,2\r\n");
		Path semicolon = Files.writeString(this.dir.resolve("b.csv"), "a;b;c\n1;2,5;3\n");
		Path tab = Files.writeString(this.dir.resolve("c.csv"), "a\tb\n1\t2\n");
		assertThat(CsvFile.inspect(crlf).crlf()).isTrue();
		assertThat(CsvFile.inspect(crlf).utf8()).isTrue();
		assertThat(CsvFile.inspect(semicolon).delimiter()).isEqualTo(';');
		assertThat(CsvFile.inspect(tab).delimiter()).isEqualTo('\t');
	}

	@Test
	void textWithoutAnyDelimiterIsNoCsv() throws Exception {
		Path file = Files.writeString(this.dir.resolve("notes.txt"), "just some words\nand more\n");
		assertThat(CsvFile.inspect(file).delimiterFound()).isFalse();
	}

}
