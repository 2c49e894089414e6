package org.reachlab.benchmarks.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JMH JSON result file ({@code -rf json}). When a benchmark counts its unit with an
 * {@link org.reachlab.benchmarks.units} counter, the counter's secondary result (an
 * {@code ops/s} metric whose name has no dot, unlike the profilers' {@code gc.alloc.rate}) becomes
 * the score, in {@code <counter>/s}; otherwise the primary result is the score.
 */
public final class ResultFile {

    /** The profiler metric of bytes allocated per operation ({@code -prof gc}). */
    static final String ALLOC_NORM = "gc.alloc.rate.norm";

    private ResultFile() {
    }

    /** The file's results in its order; throws an {@link IOException} naming the file when it is not JMH JSON. */
    public static List<Result> read(Path file) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": ";
            throw new IOException("cannot read " + file + " as JMH JSON: " + where + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isArray()) {
            throw new IOException(file + " is not a JMH JSON result file: expected an array of results, found "
                    + (root == null ? "nothing" : root.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
        }
        List<Result> results = new ArrayList<>();
        int i = 0;
        for (JsonNode n : root) {
            results.add(parse(n, file, i++));
        }
        return results;
    }

    private static Result parse(JsonNode n, Path file, int index) throws IOException {
        JsonNode primary = n.path("primaryMetric");
        if (!n.hasNonNull("benchmark") || !primary.has("score")) {
            throw new IOException(file + ": result " + index + " has no benchmark name or primary score");
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.path("params").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            params.put(e.getKey(), e.getValue().asText());
        }
        double primaryScore = primary.path("score").asDouble();
        double score = primaryScore;
        double error = primary.path("scoreError").asDouble(Double.NaN);
        String unit = primary.path("scoreUnit").asText();
        JsonNode counted = null;
        String counter = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = n.path("secondaryMetrics").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String u = e.getValue().path("scoreUnit").asText();
            if (!e.getKey().contains(".") && !e.getKey().contains("\u00b7") && u.startsWith("ops/")) {
                counted = e.getValue();
                counter = e.getKey();
            }
        }
        double perOp = Double.NaN;
        JsonNode alloc = n.path("secondaryMetrics").path(ALLOC_NORM);
        if (alloc.has("score")) {
            perOp = alloc.path("score").asDouble();
        }
        double allocPerUnit = perOp;
        if (counted != null) {
            score = counted.path("score").asDouble();
            error = counted.path("scoreError").asDouble(Double.NaN);
            unit = counter + "/" + counted.path("scoreUnit").asText().substring("ops/".length());
            // operations per second over units per second: operations per unit
            allocPerUnit = score > 0 ? perOp * primaryScore / score : Double.NaN;
        }
        return new Result(n.path("benchmark").asText(), n.path("mode").asText(), params, score, error, unit,
                allocPerUnit);
    }
}
