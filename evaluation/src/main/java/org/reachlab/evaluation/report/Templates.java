package org.reachlab.evaluation.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The report's Mustache templates, read from the class path next to this class. {@code {{name}}}
 * writes a value HTML-escaped; {@code {{{name}}}} writes it as it is, which the templates use
 * only for the SVG the report model draws and for the page's own constants.
 */
final class Templates {

    private static final MustacheFactory FACTORY = new DefaultMustacheFactory("org/reachlab/evaluation/report") {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(Html.esc(value));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    private Templates() {
    }

    /** Renders the template {@code name.mustache} over the model. */
    static String render(String name, Object model) {
        Mustache m = FACTORY.compile(name + ".mustache");
        StringWriter out = new StringWriter();
        m.execute(out, model);
        return out.toString();
    }
}
