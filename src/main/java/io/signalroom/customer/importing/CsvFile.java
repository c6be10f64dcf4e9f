package io.signalroom.customer.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reading an uploaded file: what it is (binary, its encoding, line endings and
 * delimiter), and its rows, streamed.
 */
final class CsvFile {

	private static final int SNIFF_BYTES = 64 * 1024;

	private CsvFile() {
	}

	/**
	 * What an upload turned out to be. {@code invalidUtf8Line} is the line of the first
	 * byte that is not UTF-8, or 0 when the whole file is UTF-8.
	 */
	record Inspection(boolean binary, long invalidUtf8Line, char delimiter, boolean crlf, boolean delimiterFound) {

		boolean utf8() {
			return this.invalidUtf8Line == 0;
		}

	}

	static Inspection inspect(Path file) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(SNIFF_BYTES);
		}
		for (byte b : head) {
			if (b == 0) {
				return new Inspection(true, 0, ',', false, false);
			}
		}
		String text = new String(head, StandardCharsets.ISO_8859_1);
		int end = text.indexOf('\n');
		String firstLine = (end >= 0) ? text.substring(0, end) : text;
		char delimiter = ',';
		long best = 0;
		for (char candidate : new char[] { ',', ';', '\t' }) {
			long count = firstLine.chars().filter((c) -> c == candidate).count();
			if (count > best) {
				best = count;
				delimiter = candidate;
			}
		}
		return new Inspection(false, firstInvalidUtf8Line(file), delimiter, text.contains("\r\n"), best > 0);
	}

	/** Walks the bytes as UTF-8; the line of the first malformed sequence, or 0. */
	static long firstInvalidUtf8Line(Path file) throws IOException {
		long line = 1;
		int pending = 0;
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
			byte[] buffer = new byte[1 << 16];
			int n;
			while ((n = in.read(buffer)) > 0) {
				for (int i = 0; i < n; i++) {
					int b = buffer[i] & 0xff;
					if (pending > 0) {
						if ((b & 0xc0) != 0x80) {
							return line;
						}
						pending--;
					}
					else if (b == '\n') {
						line++;
					}
					else if (b >= 0x80) {
						if (b >= 0xc2 && b <= 0xdf) {
							pending = 1;
						}
						else if (b >= 0xe0 && b <= 0xef) {
							pending = 2;
						}
						else if (b >= 0xf0 && b <= 0xf4) {
							pending = 3;
						}
						else {
							return line;
						}
					}
				}
			}
		}
		return (pending > 0) ? line : 0;
	}

	static CSVFormat format(char delimiter) {
		return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
	}

	/**
	 * A parser over the whole file; the caller closes it. A UTF-8 byte order mark is
	 * skipped.
	 */
	static CSVParser open(Path file, Charset charset, char delimiter) throws IOException {
		return open(Files.newInputStream(file), charset, delimiter);
	}

	static CSVParser open(InputStream stream, Charset charset, char delimiter) throws IOException {
		InputStream in = new BufferedInputStream(stream, 1 << 16);
		in.mark(3);
		byte[] bom = in.readNBytes(3);
		if (!(bom.length == 3 && (bom[0] & 0xff) == 0xef && (bom[1] & 0xff) == 0xbb && (bom[2] & 0xff) == 0xbf)) {
			in.reset();
		}
		Reader reader = new InputStreamReader(in, charset);
		return CSVParser.builder().setReader(reader).setFormat(format(delimiter)).get();
	}

	static List<String> values(CSVRecord record) {
		List<String> values = new ArrayList<>(record.size());
		for (int i = 0; i < record.size(); i++) {
			values.add(record.get(i));
		}
		return values;
	}

}
