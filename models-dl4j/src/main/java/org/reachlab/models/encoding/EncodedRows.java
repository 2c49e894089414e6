package org.reachlab.models.encoding;

/**
 * Rows ready for a model: standardised dense features and categorical indices (0 = unknown). The
 * arrays are shared, not copied; treat them as read-only.
 *
 * @param size     the number of rows
 * @param dense    row-major, {@code size × DenseFeatures.COUNT}
 * @param contact  contact index
 * @param segment  industry × role × country index
 * @param country  country index
 * @param industry industry index
 * @param role     role index
 * @param slot     weekly slot, 0–167
 * @param dayPart  hour of a weekday (0–23) or of a weekend day (24–47)
 * @param label    1 reached, 0 not, -1 unknown
 * @param epoch    epoch second
 */
public record EncodedRows(int size, float[] dense, int[] contact, int[] segment, int[] country, int[] industry,
                          int[] role, int[] slot, int[] dayPart, float[] label, long[] epoch) {

    /** The number of dense columns. */
    public int denseWidth() {
        return DenseFeatures.COUNT;
    }
}
