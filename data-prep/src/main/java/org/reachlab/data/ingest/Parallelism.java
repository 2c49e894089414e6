package org.reachlab.data.ingest;

/**
 * How the calls table is read. With one thread it is streamed row by row (the CSV parser on a
 * thread of its own, validation and writing on the caller's); with more, the file is cut into
 * chunks of whole records that {@code threads} workers parse, validate and format, and the
 * caller merges them in file order (duplicates, the attempt log, the writes). Both give the same
 * bytes in every output file and the same rejects.
 *
 * @param threads    workers that parse and validate (1 = the streaming reader)
 * @param chunkBytes the size of a chunk of the file a worker takes at a time
 */
public record Parallelism(int threads, int chunkBytes) {

    /** The chunk size of {@link #standard()}: about 10,000 rows of a typical export. */
    public static final int CHUNK_BYTES = 1 << 20;

    public Parallelism {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, received " + threads);
        }
        if (chunkBytes < 1) {
            throw new IllegalArgumentException("chunkBytes must be positive, received " + chunkBytes);
        }
    }

    /** Two workers on chunks of {@link #CHUNK_BYTES}. */
    public static Parallelism standard() {
        return new Parallelism(2, CHUNK_BYTES);
    }

    /** The streaming reader on one thread. */
    public static Parallelism sequential() {
        return new Parallelism(1, CHUNK_BYTES);
    }

    boolean chunked() {
        return threads > 1;
    }
}
