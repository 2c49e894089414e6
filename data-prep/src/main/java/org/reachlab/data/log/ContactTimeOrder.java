package org.reachlab.data.log;

import it.unimi.dsi.fastutil.ints.IntArrays;
import java.util.Arrays;

/**
 * The order in which a log's rows are kept: by contact index, then time, rows with equal keys in
 * input order. A counting sort by contact (stable), then each contact's rows by time with a stable
 * sort: linear in the rows but for each contact's own sort, where one comparator sort over all rows
 * spends most of its time in cache misses.
 */
final class ContactTimeOrder {

    private ContactTimeOrder() {
    }

    /**
     * The indices {@code 0..size-1} sorted by {@code contact} (each in {@code 0..contacts-1}), then
     * {@code epochSecond}; equal keys keep their input order.
     */
    static int[] of(int[] contact, long[] epochSecond, int size, int contacts) {
        int[] first = new int[contacts + 1];
        for (int i = 0; i < size; i++) {
            first[contact[i] + 1]++;
        }
        for (int c = 0; c < contacts; c++) {
            first[c + 1] += first[c];
        }
        int[] order = new int[size];
        int[] next = Arrays.copyOf(first, contacts);
        for (int i = 0; i < size; i++) {
            order[next[contact[i]]++] = i;
        }
        for (int c = 0; c < contacts; c++) {
            sortByTime(order, first[c], first[c + 1], epochSecond);
        }
        return order;
    }

    /** Sorts {@code order[from, to)} by time, keeping the order of equal times. */
    private static void sortByTime(int[] order, int from, int to, long[] epochSecond) {
        if (to - from > 32) {
            // on a copy of the range: fastutil's ranged merge sort would copy the whole array
            int[] part = Arrays.copyOfRange(order, from, to);
            IntArrays.mergeSort(part, (x, y) -> Long.compare(epochSecond[x], epochSecond[y]));
            System.arraycopy(part, 0, order, from, part.length);
            return;
        }
        for (int i = from + 1; i < to; i++) {
            int v = order[i];
            long t = epochSecond[v];
            int j = i - 1;
            while (j >= from && epochSecond[order[j]] > t) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = v;
        }
    }
}
