package org.reachlab.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TemplatesTest {

    private static final String HOSTILE = "<img src=x onerror=\"alert('x')\"> & co";
    private static final String ESCAPED = "&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; co";

    private static ExperimentReport report(String name, String policy) {
        DecisionView decision = new DecisionView("keep", "KEEP: " + policy, List.of("because " + policy), "contact rate",
                "+1.00", "", List.of(new DecisionView.Row("connects with " + policy, "1.0")));
        return new ExperimentReport(ReportWriter.CSP, name, "1", "[1]", "2", "2", decision,
                List.of(new ExperimentReport.LeaderRow("1", policy, "1.0%", "1.0%", "1.00", "1.00", "1.0%", "1.0%",
                        "0.00", "0.00", "n/a", "0")),
                "<svg id=\"a\"></svg>", "<svg id=\"b\"></svg>", "8", "<svg id=\"c\"></svg>", List.of(), List.of(),
                List.of(new ExperimentReport.Heatmap("c-1", policy, "2026-01-05", List.of("<svg id=\"h\"></svg>"))),
                "20", "2", List.of(), "1", "0", List.of(), null, null,
                List.of(new ExperimentReport.LadderRow("learned", policy, "1.0%", "20.0%", "50.0%")),
                List.of("the notes of " + policy + " state nothing"));
    }

    @Test
    void escapesEverythingFromDataAndWritesTheChartsAsTheyAre() {
        String html = Templates.render("experiment", report(HOSTILE, HOSTILE));
        assertThat(html).doesNotContain("<img").contains("<title>Reachlab experiment: " + ESCAPED + "</title>")
                .contains("<td>" + ESCAPED + "</td>").contains("<li>because " + ESCAPED + "</li>")
                .contains("<p class=\"warn\">Warning: the notes of " + ESCAPED + " state nothing</p>")
                .contains("<figure><svg id=\"a\"></svg></figure>").contains("<svg id=\"h\"></svg>")
                .contains("content=\"" + ReportWriter.CSP + "\"");
    }

    @Test
    void saysWhatIsMissingInsteadOfEmptySections() {
        String html = Templates.render("experiment", report("x", "p"));
        assertThat(html).contains("<p>No learned policy in this experiment.</p>")
                .doesNotContain("Estimate against truth").contains("<div id=\"page-errors\" data-count=\"0\"></div>");
    }
}
