package org.reachlab.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachlab.data.synth.WorldFiles;
import org.reachlab.evaluation.experiment.ExperimentFiles;
import org.reachlab.evaluation.experiment.LogExperimentRunner;
import org.reachlab.evaluation.simulation.HistoryGenerator;
import org.reachlab.models.ModelRegistry;

class LogReportWriterTest {

    @Test
    void theReportOnALogIsSelfContainedSaysThereIsNoTruthAndRendersWithoutErrors(@TempDir Path tmp) throws Exception {
        HistoryGenerator.generate(WorldFiles.defaults().withContacts(200).withWeeks(4), 9, tmp.resolve("log"));
        Path f = tmp.resolve("exp.yaml");
        Files.writeString(f, """
                data: {log: log/calls.csv}
                models: [beta_online]
                policies:
                  - {name: uniform_09_17, type: uniform}
                  - {name: greedy, type: greedy, model: beta_online}
                  - {name: thompson, type: thompson, model: beta_online, draws: 8}
                seeds: [1]
                ope: {bootstrap: 200}
                """);
        String html = LogReportWriter.html(new LogExperimentRunner(ExperimentFiles.load(f), ModelRegistry.standard(), null)
                .run());
        assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain("<link")
                .doesNotContain("url(").contains("default-src 'none'");
        Matcher m = Pattern.compile("(src|href)\\s*=\\s*\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            assertThat(m.group(2)).as(m.group()).startsWith("#");
        }
        assertThat(html).contains("id=\"decision\"", "id=\"leaderboard\"", "id=\"reliability\"", "id=\"ope\"",
                "id=\"not-computed\"", "No ground truth");
        // sections that need a simulator are absent, not empty
        assertThat(html).doesNotContain("id=\"ttc\"").doesNotContain("id=\"heatmaps\"").doesNotContain("id=\"time\"");

        Path page = tmp.resolve("report.html");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        String dom = ReportWriterTest.render(page, tmp);
        assertThat(attr(dom, "data-rendered")).isEqualTo("yes");
        assertThat(attr(dom, "data-errors")).isEqualTo("0");
        assertThat(attr(dom, "data-resources")).isEqualTo("0");
        assertThat(Integer.parseInt(attr(dom, "data-figures"))).isGreaterThanOrEqualTo(2);
    }

    private static String attr(String dom, String name) {
        Matcher m = Pattern.compile("<body[^>]*\\s" + name + "=\"([^\"]*)\"").matcher(dom);
        return m.find() ? m.group(1) : null;
    }
}
