package org.reachlab.evaluation.experiment;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Map;

/**
 * The shapes of {@code provenance.json}: which code, libraries and inputs made a run, written by the
 * shared {@link org.reachlab.evaluation.output.ResultJson} mapper.
 */
final class ProvenanceJson {

    private ProvenanceJson() {
    }

    /**
     * The code that made a run, written inline at the start of the provenance.
     *
     * @param codeVersion the version, or {@code development build}
     * @param codeCommit  the git commit, {@code +dirty} with uncommitted changes
     * @param java        the Java version
     */
    @JsonPropertyOrder({"code_version", "code_commit", "java"})
    record Code(@JsonProperty("code_version") String codeVersion, @JsonProperty("code_commit") String codeCommit,
                String java) {
    }

    /**
     * The provenance of an experiment on generated worlds.
     *
     * @param code               the code
     * @param seeds              the seeds
     * @param opeValidationSeeds the worlds used only to validate OPE
     * @param wallSeconds        wall time, to a tenth of a second
     * @param libraries          library to version
     * @param sha256             file in the run directory to its SHA-256
     */
    @JsonPropertyOrder({"code", "seeds", "ope_validation_seeds", "wall_seconds", "libraries", "sha256"})
    record Simulated(@JsonUnwrapped Code code, List<Long> seeds,
                     @JsonProperty("ope_validation_seeds") List<Long> opeValidationSeeds,
                     @JsonProperty("wall_seconds") double wallSeconds, Map<String, String> libraries,
                     Map<String, String> sha256) {
    }

    /**
     * The provenance of an experiment on the user's call log.
     *
     * @param code               the code
     * @param mode               always {@code data}
     * @param seeds              the configured seeds
     * @param seedUsed           the seed used
     * @param bootstrapResamples bootstrap resamples
     * @param wallSeconds        wall time, to a tenth of a second
     * @param libraries          library to version
     * @param dataFiles          the log and contacts files read
     * @param sha256             input to its SHA-256
     */
    @JsonPropertyOrder({"code", "mode", "seeds", "seed_used", "bootstrap_resamples", "wall_seconds", "libraries",
        "data_files", "sha256"})
    record OnLog(@JsonUnwrapped Code code, String mode, List<Long> seeds, @JsonProperty("seed_used") long seedUsed,
                 @JsonProperty("bootstrap_resamples") int bootstrapResamples,
                 @JsonProperty("wall_seconds") double wallSeconds, Map<String, String> libraries,
                 @JsonProperty("data_files") DataFiles dataFiles, Map<String, String> sha256) {
    }

    /**
     * The files of the user's data.
     *
     * @param log      the call log
     * @param contacts the contacts file
     */
    @JsonPropertyOrder({"log", "contacts"})
    record DataFiles(String log, String contacts) {
    }
}
