package org.reachlab.data.log;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An append-only column of unique string ids, stored as UTF-8 bytes in one array with a hash
 * index over them: about a dozen bytes an id instead of a {@code String} object and a hash-map
 * node, and far fewer objects for the garbage collector. Duplicate detection is exact (bytes
 * are compared). Not thread-safe.
 */
public final class IdColumn {

    private byte[] bytes = new byte[1 << 14];
    private int used;
    private int[] start = new int[1 << 10];
    private int[] length = new int[1 << 10];
    private int[] hash = new int[1 << 10];
    private int size;
    /** Open addressing over row + 1 (0 = empty). */
    private int[] table = new int[1 << 11];

    /**
     * Appends an id.
     *
     * @return its row, or -1 when the id is already in the column (nothing is added)
     */
    public int add(String id) {
        byte[] b = id.getBytes(StandardCharsets.UTF_8);
        int h = mix(Arrays.hashCode(b));
        int mask = table.length - 1;
        int i = h & mask;
        while (table[i] != 0) {
            int row = table[i] - 1;
            if (hash[row] == h && equalsAt(row, b)) {
                return -1;
            }
            i = (i + 1) & mask;
        }
        if (size == start.length) {
            int n = size * 2;
            start = Arrays.copyOf(start, n);
            length = Arrays.copyOf(length, n);
            hash = Arrays.copyOf(hash, n);
        }
        if (used + b.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + b.length));
        }
        System.arraycopy(b, 0, bytes, used, b.length);
        start[size] = used;
        length[size] = b.length;
        hash[size] = h;
        used += b.length;
        table[i] = size + 1;
        size++;
        if (3 * size > 2 * table.length) {
            rehash(table.length * 2);
        }
        return size - 1;
    }

    /** The id of a row. */
    public String get(int row) {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException("row " + row + " of " + size);
        }
        return new String(bytes, start[row], length[row], StandardCharsets.UTF_8);
    }

    /** Number of ids. */
    public int size() {
        return size;
    }

    /** A copy whose row k holds this column's row {@code order[k]}; the copy has no hash index. */
    IdColumn permuted(int[] order) {
        IdColumn c = new IdColumn();
        c.bytes = bytes;
        c.used = used;
        c.size = order.length;
        c.start = new int[order.length];
        c.length = new int[order.length];
        c.hash = new int[0];
        c.table = null;
        for (int k = 0; k < order.length; k++) {
            c.start[k] = start[order[k]];
            c.length[k] = length[order[k]];
        }
        return c;
    }

    private boolean equalsAt(int row, byte[] b) {
        return length[row] == b.length
                && Arrays.equals(bytes, start[row], start[row] + b.length, b, 0, b.length);
    }

    private void rehash(int capacity) {
        table = new int[capacity];
        int mask = capacity - 1;
        for (int row = 0; row < size; row++) {
            int i = hash[row] & mask;
            while (table[i] != 0) {
                i = (i + 1) & mask;
            }
            table[i] = row + 1;
        }
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
