package org.reachlab.data.ingest;

/**
 * A set of ids for duplicate detection over millions of rows: open addressing with linear probing
 * over an array of the id strings themselves, so each id costs one reference (about 12 bytes at a
 * load factor of 2/3) instead of a hash-map node. Exact: ids are compared with {@code equals}.
 */
final class IdSet {

    private String[] table = new String[1 << 12];
    private int size;

    /** Adds the id; false when it was already present. */
    boolean add(String id) {
        if (3 * (size + 1) > 2 * table.length) {
            grow();
        }
        int mask = table.length - 1;
        int i = mix(id.hashCode()) & mask;
        while (true) {
            String s = table[i];
            if (s == null) {
                table[i] = id;
                size++;
                return true;
            }
            if (s.equals(id)) {
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        String[] old = table;
        table = new String[old.length * 2];
        int mask = table.length - 1;
        for (String s : old) {
            if (s != null) {
                int i = mix(s.hashCode()) & mask;
                while (table[i] != null) {
                    i = (i + 1) & mask;
                }
                table[i] = s;
            }
        }
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
