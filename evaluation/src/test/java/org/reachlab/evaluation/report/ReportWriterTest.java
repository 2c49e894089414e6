package org.reachlab.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachlab.evaluation.experiment.ExperimentFiles;
import org.reachlab.evaluation.experiment.ExperimentResult;
import org.reachlab.evaluation.experiment.ExperimentRunner;
import org.reachlab.models.ModelRegistry;

class ReportWriterTest {

    private static String html;

    @BeforeAll
    static void smallExperiment(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("exp.yaml");
        Files.writeString(f, """
                name: report-test
                world: {contacts: 150, historyWeeks: 2, weeks: 2}
                seeds: [1, 2]
                models: [beta_online]
                policies:
                  - {name: uniform_09_17, type: uniform}
                  - {name: greedy, type: greedy, model: beta_online}
                  - {name: thompson, type: thompson, model: beta_online, draws: 8}
                ope: {validationSeeds: []}
                """);
        ExperimentResult r = new ExperimentRunner(ExperimentFiles.load(f), tmp, ModelRegistry.standard(), null).run();
        html = ReportWriter.html(r);
    }

    @Test
    void isSelfContained() {
        assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain("<link")
                .doesNotContain("<iframe").doesNotContain("url(");
        Matcher m = Pattern.compile("(src|href)\\s*=\\s*\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            assertThat(m.group(2)).as(m.group()).startsWith("#");
        }
        assertThat(html).contains("Content-Security-Policy").contains("default-src 'none'");
        assertThat(html).contains("id=\"decision\"", "id=\"leaderboard\"", "id=\"time\"", "id=\"ttc\"",
                "id=\"reliability\"", "id=\"heatmaps\"", "id=\"ope\"");
        assertThat(html.split("<svg ", -1).length - 1).isGreaterThanOrEqualTo(8);
    }

    /** Chromium's path: REACHLAB_CHROMIUM, else chromium or chromium-browser on the PATH. */
    static Path chromium() {
        String env = System.getenv("REACHLAB_CHROMIUM");
        if (env != null && Files.isExecutable(Path.of(env))) {
            return Path.of(env);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    /** Renders a page headless and returns the DOM after load. */
    static String render(Path page, Path tmp) throws IOException, InterruptedException {
        Path chrome = chromium();
        Assumptions.assumeTrue(chrome != null, "chromium not found (install the Debian package chromium, or set"
                + " REACHLAB_CHROMIUM): skipping the headless-browser check of report.html");
        List<String> cmd = new ArrayList<>(List.of(chrome.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory(tmp, "profile"), "--virtual-time-budget=3000",
                "--dump-dom", page.toUri().toString()));
        Path out = tmp.resolve(page.getFileName() + ".dom");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile())
                .redirectError(tmp.resolve(page.getFileName() + ".err").toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish rendering " + page + " in 90 s");
        }
        assertThat(p.exitValue()).as("chromium exit code").isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static String attr(String dom, String name) {
        Matcher m = Pattern.compile("<body[^>]*\\s" + name + "=\"([^\"]*)\"").matcher(dom);
        return m.find() ? m.group(1) : null;
    }

    @Test
    void rendersInHeadlessChromiumWithNoErrorAndNoRequest(@TempDir Path tmp) throws Exception {
        Path page = tmp.resolve("report.html");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        String dom = render(page, tmp);
        assertThat(attr(dom, "data-rendered")).as("page finished loading").isEqualTo("yes");
        assertThat(attr(dom, "data-errors")).as("script errors and blocked loads").isEqualTo("0");
        assertThat(attr(dom, "data-resources")).as("resources fetched").isEqualTo("0");
        assertThat(Integer.parseInt(attr(dom, "data-figures"))).isGreaterThanOrEqualTo(8);

        // the same check sees a script error and an attempted network load
        Path broken = tmp.resolve("broken.html");
        Files.writeString(broken, html.replace("</body>", "<img src=\"http://127.0.0.1:9/x.png\" alt=\"\">"
                + "<script>notDefinedAnywhere();</script></body>"), StandardCharsets.UTF_8);
        String bad = render(broken, tmp);
        assertThat(attr(bad, "data-rendered")).isEqualTo("yes");
        assertThat(Integer.parseInt(attr(bad, "data-errors"))).isGreaterThanOrEqualTo(2);
        assertThat(bad).contains("blocked: http://127.0.0.1:9/x.png").contains("notDefinedAnywhere");
    }
}
