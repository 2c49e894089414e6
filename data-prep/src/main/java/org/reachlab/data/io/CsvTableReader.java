package org.reachlab.data.io;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the rows of one CSV table (RFC 4180, comma-separated, UTF-8) as {@link CsvRow}s.
 *
 * <p>Header names are matched without regard to case or surrounding space, in any order; a
 * UTF-8 byte order mark and CRLF line ends are accepted; quoted fields may hold commas, quotes
 * and line breaks, and each row knows the line it starts on. Fully blank lines are skipped.
 *
 * <p>What stops the load, with one {@link InputFormatException} naming the file: a file that is
 * missing, empty, binary, or whose header lacks a required column or names one twice. What
 * rejects only a row, through the given sink: invalid UTF-8 in a field, or more fields than the
 * header has. Every other check belongs to the table's own validator.
 */
public final class CsvTableReader implements Closeable, Iterable<CsvRow> {

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(false)
            .get();
    private static final int SNIFF_BYTES = 8192;

    private final Path path;
    private final TableSchema schema;
    private final String fileName;
    private final CSVParser parser;
    private final Map<String, Integer> index;
    private final List<String> header;
    private final Consumer<Rejection> rejects;
    private long rowsRead;
    private Prefetch prefetch;
    private boolean chunked;

    private CsvTableReader(Path path, TableSchema schema, String fileName, CSVParser parser, List<String> header,
                           Map<String, Integer> index, Consumer<Rejection> rejects) {
        this.path = path;
        this.schema = schema;
        this.fileName = fileName;
        this.parser = parser;
        this.header = header;
        this.index = index;
        this.rejects = rejects;
    }

    /**
     * Opens a table and checks its header against the schema.
     *
     * @param file    the file
     * @param schema  the table's columns
     * @param rejects receives rows rejected for structural reasons
     * @throws InputFormatException when the file cannot be read as this table at all
     */
    public static CsvTableReader open(Path file, TableSchema schema, Consumer<Rejection> rejects) {
        String name = file.toString();
        InputStream in;
        try {
            in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        } catch (NoSuchFileException e) {
            throw new InputFormatException(name + ": no such file (expected the " + schema.name() + " table)");
        } catch (IOException e) {
            throw new InputFormatException(name + ": cannot be read: " + e.getMessage(), e);
        }
        try {
            sniff(in, name);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) {
                parser.close();
                throw new InputFormatException(name + ": the file is empty; expected a header row with the columns "
                        + String.join(", ", schema.required()));
            }
            List<String> header = it.next().toList();
            Map<String, Integer> index = indexHeader(name, header, schema);
            return new CsvTableReader(file, schema, name, parser, Collections.unmodifiableList(header), index, rejects);
        } catch (IOException | UncheckedIOException e) {
            closeQuietly(in);
            throw new InputFormatException(name + ": not a readable CSV file: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(in);
            if (e instanceof InputFormatException) {
                throw e;
            }
            throw new InputFormatException(name + ": not a readable CSV file: " + e.getMessage(), e);
        }
    }

    /** The header as written. */
    public List<String> header() {
        return header;
    }

    /** The header's columns that the schema does not name, in file order (kept and passed through). */
    public List<String> extraColumns(TableSchema schema) {
        List<String> extra = new ArrayList<>();
        for (String h : header) {
            String n = normalise(h);
            if (!n.isEmpty() && !schema.knows(n)) {
                extra.add(n);
            }
        }
        return extra;
    }

    /** Data rows seen so far, including those rejected here. */
    public long rowsRead() {
        return rowsRead;
    }

    /** The file's name as given. */
    public String fileName() {
        return fileName;
    }

    /**
     * The rows that pass the structural checks; rows that fail them go to the reject sink and
     * still count in {@link #rowsRead()}.
     */
    @Override
    public Iterator<CsvRow> iterator() {
        if (prefetch != null || chunked) {
            throw new IllegalStateException(fileName + ": rows can be iterated once");
        }
        prefetch = new Prefetch(parser, fileName);
        return new Iterator<>() {
            private List<RawRow> batch = List.of();
            private int pos;
            private CsvRow next;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    if (pos == batch.size()) {
                        batch = prefetch.take();
                        pos = 0;
                        if (batch.isEmpty()) {
                            return false;
                        }
                    }
                    RawRow raw = batch.get(pos++);
                    rowsRead++;
                    CsvRow row = new CsvRow(fileName, raw.line(), raw.values(), index);
                    Rejection structural = structuralProblem(row);
                    if (structural != null) {
                        rejects.accept(structural);
                    } else {
                        next = row;
                    }
                }
                return true;
            }

            @Override
            public CsvRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                CsvRow r = next;
                next = null;
                return r;
            }
        };
    }

    /**
     * Reads the rows in chunks of about {@code chunkBytes} bytes of whole records on
     * {@code threads} worker threads, and hands the results to {@code merge} on the calling thread
     * in file order. Each chunk holds its rows in file order, each either a row that passed the
     * structural checks or the rejection of one that did not; these rejections are not sent to
     * the reject sink here but left in the chunk, so that the caller sends them in file order
     * among its own. Rows, their lines and their rejections are those the row iterator gives.
     * At most {@code 2 * threads} chunks are in memory at once.
     *
     * @param work  what a worker makes of one chunk (its own objects only: it runs concurrently)
     * @param merge receives the results, one chunk after another in file order
     * @throws InputFormatException when the file cannot be parsed as CSV (with the message the
     *                              row iterator gives)
     */
    public <T> void readInChunks(int threads, int chunkBytes, Function<RowChunk, T> work, Consumer<T> merge)
            throws IOException {
        if (prefetch != null || chunked) {
            throw new IllegalStateException(fileName + ": rows can be iterated once");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, received " + threads);
        }
        chunked = true;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "csv-chunks");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Parsed<T>>> inFlight = new ArrayDeque<>();
        try (CsvChunks chunks = CsvChunks.open(path, chunkBytes)) {
            boolean more = true;
            while (more || !inFlight.isEmpty()) {
                while (more && inFlight.size() < 2 * threads) {
                    CsvChunks.Chunk c = chunks.next();
                    if (c == null) {
                        more = false;
                    } else {
                        inFlight.add(pool.submit(() -> {
                            RowChunk rows = parse(c);
                            return new Parsed<>(rows.size(), work.apply(rows));
                        }));
                    }
                }
                if (!inFlight.isEmpty()) {
                    Parsed<T> done = await(inFlight.poll());
                    rowsRead += done.rows();
                    merge.accept(done.result());
                }
            }
        } finally {
            for (Future<?> f : inFlight) {
                f.cancel(true);
            }
            pool.shutdownNow();
        }
    }

    /** A chunk's result and the rows it held. */
    private record Parsed<T>(int rows, T result) {
    }

    /** A chunk the CSV parser could not read. */
    private static final class Unparseable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unparseable(long line, Throwable cause) {
            super("unreadable after line " + line + ": " + cause.getMessage(), cause);
        }
    }

    private <T> Parsed<T> await(Future<Parsed<T>> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(fileName + ": interrupted while reading", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Unparseable u) {
                throw formatError(u);
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(fileName + ": " + cause.getMessage(), cause);
        }
    }

    /**
     * The error the row iterator gives for this file: the parser's own message counts lines and
     * characters from where it started, so the file is read again from its start to give the
     * same message a sequential read would.
     */
    private InputFormatException formatError(Unparseable u) {
        try (CsvTableReader again = open(path, schema, r -> { })) {
            for (CsvRow ignored : again) {
                // read to the error
            }
        } catch (InputFormatException e) {
            return e;
        } catch (IOException | RuntimeException e) {
            // fall through to the chunk's own message
        }
        return new InputFormatException(fileName + ": " + u.getMessage(), u);
    }

    /** Decodes and parses one chunk on a worker thread. */
    private RowChunk parse(CsvChunks.Chunk c) {
        CharBuffer chars;
        try {
            chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(c.bytes()));
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder cannot fail", e);
        }
        long base = c.firstLine() - 1;
        RowChunk.Builder rows = new RowChunk.Builder();
        CsvChunkParser p = new CsvChunkParser(chars.array(), chars.limit());
        long line = 1;
        try {
            while (true) {
                line = p.nextLine();
                List<String> values = p.next();
                if (values == null) {
                    break;
                }
                if (values.size() == 1 && values.get(0).isEmpty()) {
                    continue; // a blank line is not a row
                }
                CsvRow row = new CsvRow(fileName, base + line, values, index);
                Rejection structural = structuralProblem(row);
                if (structural != null) {
                    rows.rejected(structural);
                } else {
                    rows.row(row);
                }
            }
        } catch (CsvChunkParser.Malformed e) {
            throw new Unparseable(base + line, e);
        }
        return rows.build();
    }

    /** A parsed record and the line it starts on. */
    private record RawRow(long line, List<String> values) {
    }

    /**
     * Parses ahead on a background thread in batches, so that parsing and the caller's validation
     * use two cores; rows keep their file order.
     */
    private static final class Prefetch {
        private static final int BATCH = 512;
        private static final List<RawRow> END = List.of();
        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(64);
        private final Thread thread;
        private boolean done;

        Prefetch(CSVParser parser, String fileName) {
            thread = new Thread(() -> {
                try {
                    Iterator<CSVRecord> records = parser.iterator();
                    long nextStartLine = parser.getCurrentLineNumber() + 1;
                    List<RawRow> batch = new ArrayList<>(BATCH);
                    while (records.hasNext()) {
                        CSVRecord record = records.next();
                        long line = nextStartLine;
                        nextStartLine = parser.getCurrentLineNumber() + 1;
                        if (record.size() == 1 && record.get(0).isEmpty()) {
                            continue; // a blank line is not a row
                        }
                        batch.add(new RawRow(line, record.toList()));
                        if (batch.size() == BATCH) {
                            queue.put(batch);
                            batch = new ArrayList<>(BATCH);
                        }
                    }
                    if (!batch.isEmpty()) {
                        queue.put(batch);
                    }
                    queue.put(END);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    try {
                        queue.put(new InputFormatException(fileName + ": unreadable after line "
                                + (parser.getCurrentLineNumber() + 1) + ": " + e.getMessage(), e));
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                    }
                }
            }, "csv-prefetch");
            thread.setDaemon(true);
            thread.start();
        }

        @SuppressWarnings("unchecked")
        List<RawRow> take() {
            if (done) {
                return END;
            }
            Object o;
            try {
                o = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading", e);
            }
            if (o instanceof InputFormatException e) {
                done = true;
                throw e;
            }
            List<RawRow> batch = (List<RawRow>) o;
            if (batch.isEmpty()) {
                done = true;
            }
            return batch;
        }

        void stop() {
            thread.interrupt();
        }
    }

    private Rejection structuralProblem(CsvRow row) {
        List<String> values = row.values();
        if (values.size() > header.size()) {
            return new Rejection(fileName, row.line(), "", String.valueOf(values.size()), "field_count",
                    "the row has " + values.size() + " fields but the header has " + header.size()
                            + " (an unquoted comma?)", values);
        }
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            int bad = v.indexOf('\uFFFD');
            if (bad >= 0) {
                String column = i < header.size() ? normalise(header.get(i)) : "";
                return new Rejection(fileName, row.line(), column, v, "invalid_utf8",
                        "the value is not valid UTF-8 (a byte sequence at character " + bad
                                + " cannot be decoded); re-export the file as UTF-8", values);
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        if (prefetch != null) {
            prefetch.stop();
        }
        parser.close();
    }

    /** Lower case, trimmed, BOM-free: how header names are compared. */
    static String normalise(String name) {
        return name.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Integer> indexHeader(String file, List<String> header, TableSchema schema) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String n = normalise(header.get(i));
            if (n.indexOf('\uFFFD') >= 0) {
                throw new InputFormatException(file + ": the header is not valid UTF-8 (column " + (i + 1) + ")");
            }
            if (n.isEmpty()) {
                continue;
            }
            Integer previous = index.putIfAbsent(n, i);
            if (previous != null && schema.knows(n)) {
                throw new InputFormatException(file + ": column '" + n + "' appears twice in the header (columns "
                        + (previous + 1) + " and " + (i + 1) + ")");
            }
        }
        for (String required : schema.required()) {
            if (!index.containsKey(required)) {
                String hint = header.size() == 1 && (header.get(0).contains(";") || header.get(0).contains("\t"))
                        ? " (the header has one column: is the file separated by semicolons or tabs instead of commas?)"
                        : "";
                throw new InputFormatException(file + ": missing required column '" + required + "' in the "
                        + schema.name() + " table; the header has " + header.stream().map(CsvTableReader::normalise)
                        .toList() + hint);
            }
        }
        return Map.copyOf(index);
    }

    private static void sniff(InputStream in, String name) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        if (head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
            throw new InputFormatException(name + ": the file is UTF-16; re-export it as UTF-8");
        }
        for (int i = 0; i < head.length; i++) {
            if (head[i] == 0) {
                throw new InputFormatException(name + ": not a CSV file (binary content: a zero byte at offset " + i
                        + "); expected UTF-8 text with a header row");
            }
        }
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // already failing with a clearer message
        }
    }
}
