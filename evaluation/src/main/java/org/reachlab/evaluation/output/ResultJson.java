package org.reachlab.evaluation.output;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.reachlab.stats.Estimate;

/**
 * The JSON mapper of evaluation results: indented output (Jackson's default pretty printer, two
 * spaces, {@code " : "}), record components in declaration order, NaN written as the string
 * {@code "NaN"}. An {@link Estimate} is written as {@code {value, lo, hi}}, the shape every
 * result file has used; its level, method, standard error and count stay out.
 */
public final class ResultJson {

    /** The mapper; configured once, safe to share. */
    public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .addMixIn(Estimate.class, EstimateAsBounds.class);

    private ResultJson() {
    }

    @JsonIgnoreProperties({"level", "method", "se", "n"})
    private abstract static class EstimateAsBounds {
    }
}
