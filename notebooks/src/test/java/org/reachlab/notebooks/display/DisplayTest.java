package org.reachlab.notebooks.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class DisplayTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Test
    void tableHtmlHasCaptionHeaderRowsAndEscapes() {
        Table table = Table.create("a<b",
            StringColumn.create("who", "Ann & Bo", "<script>"),
            IntColumn.create("calls", 3, 4),
            DoubleColumn.create("rate", 0.123456, Double.NaN));
        String html = Display.tableHtml(table, 10);
        assertThat(html)
            .contains("<caption>a&lt;b</caption>")
            .contains("<th>who</th><th>calls</th><th>rate</th>")
            .contains("<td>Ann &amp; Bo</td>")
            .contains("<td>&lt;script&gt;</td>")
            .contains("<td style=\"text-align:right\">0.1235</td>")
            .doesNotContain("<script>")
            .doesNotContain("more rows");
        assertThat(html.split("<tr>", -1)).hasSize(1 + 1 + 2);
    }

    @Test
    void longTablesSayHowManyRowsAreLeftOut() {
        Table table = Table.create("n", IntColumn.indexColumn("i", 100, 0));
        String html = Display.tableHtml(table, 7);
        assertThat(html.split("<tr>", -1)).hasSize(1 + 1 + 7);
        assertThat(html).contains("93 more rows of 100 not shown");
        assertThatThrownBy(() -> Display.tableHtml(table, 0))
            .hasMessageContaining("maxRows=0");
    }

    @Test
    void chartsBecomeBase64Png() {
        CategoryChart chart = new CategoryChartBuilder().width(300).height(200).title("answered").build();
        chart.addSeries("rate", new double[] {1, 2}, new double[] {0.5, 0.7});
        byte[] png = Display.png(chart);
        assertThat(Arrays.copyOf(png, 8)).isEqualTo(PNG_SIGNATURE);
        DisplayData data = Display.bundle(chart);
        byte[] decoded = Base64.getDecoder().decode((String) data.getData(MIMEType.IMAGE_PNG));
        assertThat(decoded).isEqualTo(png);
        assertThat((String) data.getData(MIMEType.TEXT_PLAIN)).contains("answered", "300x200");
    }

    @Test
    void showSendsTheBundleToTheSink() {
        DisplayData[] seen = new DisplayData[1];
        Display.setSink(d -> seen[0] = d);
        try {
            Display.show(Display.html("<b>hi</b>"));
        } finally {
            Display.setSink(null);
        }
        assertThat((String) seen[0].getData(MIMEType.TEXT_HTML)).isEqualTo("<b>hi</b>");
    }
}
