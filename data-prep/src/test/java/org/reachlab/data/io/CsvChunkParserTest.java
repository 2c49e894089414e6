package org.reachlab.data.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The chunk parser against Commons CSV with the reader's format, on random text. */
class CsvChunkParserTest {

    private static final char[] ALPHABET = {'a', 'b', ' ', ',', ',', '"', '"', '\n', '\r', '\t'};

    @Test
    void givesTheRecordsLinesAndErrorsOfCommonsCsv() throws IOException {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int i = 0; i < 5_000; i++) {
            char[] s = new char[rnd.nextInt(24)];
            for (int k = 0; k < s.length; k++) {
                s[k] = ALPHABET[rnd.nextInt(ALPHABET.length)];
            }
            String text = new String(s);
            assertThat(ours(text)).as(text.replace("\r", "\\r").replace("\n", "\\n")).isEqualTo(commons(text));
        }
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() throws IOException {
        assertThat(ours("a,\"b,\"\"c\"\"\r\nd\" ,e\r\n\nf,")).isEqualTo(
                List.of("1 [a, b,\"c\"\r\nd, e]", "3 []", "4 [f, ]"));
    }

    private static List<String> ours(String text) {
        List<String> out = new ArrayList<>();
        CsvChunkParser p = new CsvChunkParser(text.toCharArray(), text.length());
        try {
            while (true) {
                long line = p.nextLine();
                List<String> values = p.next();
                if (values == null) {
                    return out;
                }
                out.add(line + " " + (values.size() == 1 && values.get(0).isEmpty() ? "[]" : values));
            }
        } catch (CsvChunkParser.Malformed e) {
            out.add("error");
            return out;
        }
    }

    private static List<String> commons(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (CSVParser p = CSVParser.builder().setReader(new StringReader(text)).setFormat(CsvTableReader.FORMAT).get()) {
            long next = p.getCurrentLineNumber() + 1;
            for (CSVRecord r : p) {
                List<String> values = r.toList();
                out.add(next + " " + (values.size() == 1 && values.get(0).isEmpty() ? "[]" : values));
                next = p.getCurrentLineNumber() + 1;
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            out.add("error");
        }
        return out;
    }
}
