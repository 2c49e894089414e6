package org.reachlab.notebooks.kernel;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.BaseKernelBuilder;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.history.HistoryManager;
import org.dflib.jjava.jupyter.kernel.magic.MagicParser;
import org.dflib.jjava.jupyter.kernel.magic.MagicTranspiler;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.reachlab.notebooks.display.Display;

/**
 * The Reachlab Java kernel: each cell is split into JShell snippets and evaluated in this
 * JVM, whose class path (the workbench's modules, Tablesaw, XChart) the cells can use.
 *
 * <p>The value of a cell's last expression, written without its closing semicolon, is
 * shown the way a data scientist expects: a
 * Tablesaw {@code Table} as an HTML table, an XChart chart as a PNG image (see
 * {@link Display}). A compilation error or an exception fails the cell, so a notebook run
 * headlessly stops at the first broken cell.
 */
public final class ReachlabKernel extends BaseKernel {

    /** Imports every cell starts with; notebooks import the libraries they use themselves. */
    static final List<String> STARTUP_IMPORTS = List.of(
        "import java.util.*;",
        "import java.util.stream.*;",
        "import java.nio.file.*;",
        "import java.time.*;",
        "import static org.reachlab.notebooks.display.Display.*;");

    private final JShell shell;
    private final CapturingExecutionControl.Provider executionProvider;

    private ReachlabKernel(String name, String version, HistoryManager history, JupyterIO io,
                           CommManager comms, Renderer renderer, MagicTranspiler transpiler,
                           MagicsRegistry magics, StringStyler errorStyler) {
        super(name, version,
            new LanguageInfo.Builder("java")
                .version(Runtime.version().toString())
                .mimetype("text/x-java-source")
                .fileExtension(".jshell")
                .pygments("java")
                .codemirror("java")
                .build(),
            List.of(), history, io, comms, renderer,
            new MagicParser("(?<=(?:^|=))\\s*%", "%%", transpiler),
            magics, false, errorStyler);
        this.executionProvider = new CapturingExecutionControl.Provider();
        this.shell = JShell.builder()
            .executionEngine(executionProvider, null)
            .out(System.out)
            .err(System.err)
            .build();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                shell.addToClasspath(entry);
            }
        }
        for (String line : STARTUP_IMPORTS) {
            evalRaw(line);
        }
        Display.setSink(this::display);
    }

    /** A builder with the kernel's name and version. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Evaluates a cell.
     *
     * @return the value of the cell's last snippet when it is an expression written without
     *     its semicolon, else {@code null}
     * @throws CellException when a snippet does not compile, is incomplete, or throws
     */
    @Override
    public Object evalRaw(String code) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String remaining = code;
        Object last = null;
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            String source;
            // As in IPython, a value is shown only when the cell ends with an expression
            // without its semicolon: "table" shows the table, "table;" and
            // "System.out.printf(...);" show nothing.
            boolean showValue = false;
            switch (info.completeness()) {
                case COMPLETE, COMPLETE_WITH_SEMI -> {
                    String typed = remaining.substring(0, remaining.length() - info.remaining().length());
                    showValue = !typed.strip().endsWith(";");
                    source = info.source();
                    remaining = info.remaining();
                }
                case EMPTY -> {
                    source = null;
                    remaining = "";
                }
                case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> throw new CellException(
                    "Incomplete Java source at the end of the cell:\n" + remaining.strip());
                default -> {
                    // UNKNOWN: let JShell compile it to report the diagnostics.
                    source = remaining;
                    remaining = "";
                }
            }
            if (source != null) {
                Object value = evalSnippet(source);
                last = showValue ? value : null;
            }
        }
        executionProvider.control().clear();
        return last;
    }

    private Object evalSnippet(String source) {
        List<SnippetEvent> events = shell.eval(source);
        Object value = null;
        for (SnippetEvent event : events) {
            if (event.causeSnippet() != null) {
                continue; // a dependent snippet changing status, not this one
            }
            Snippet snippet = event.snippet();
            if (event.status() == Snippet.Status.REJECTED) {
                throw new CellException(compileErrors(snippet));
            }
            Object captured = CapturingExecutionControl.isKey(event.value())
                ? executionProvider.control().take(event.value()) : null;
            JShellException thrown = event.exception();
            if (thrown != null) {
                throw asCellException(thrown);
            }
            if (showsValue(snippet)) {
                value = captured;
            }
        }
        return value;
    }

    private static boolean showsValue(Snippet snippet) {
        if (snippet.kind() == Snippet.Kind.EXPRESSION) {
            return true;
        }
        return snippet instanceof VarSnippet
            && snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
    }

    private String compileErrors(Snippet snippet) {
        List<Diag> diags = shell.diagnostics(snippet).collect(Collectors.toList());
        StringBuilder text = new StringBuilder("Compilation failed:\n");
        String source = snippet.source();
        for (Diag diag : diags) {
            if (!diag.isError()) {
                continue;
            }
            int start = (int) Math.max(0, Math.min(diag.getStartPosition(), source.length()));
            int lineStart = source.lastIndexOf('\n', start - 1) + 1;
            int lineEnd = source.indexOf('\n', start);
            String line = source.substring(lineStart, lineEnd < 0 ? source.length() : lineEnd);
            text.append(diag.getMessage(Locale.ENGLISH)).append('\n')
                .append("    ").append(line).append('\n')
                .append("    ").append(" ".repeat(Math.max(0, start - lineStart))).append("^\n");
        }
        if (diags.stream().noneMatch(Diag::isError)) {
            text.append("(rejected without an error message) ").append(source);
        }
        return text.toString();
    }

    private CellException asCellException(JShellException thrown) {
        if (thrown instanceof UnresolvedReferenceException unresolved) {
            String missing = shell.unresolvedDependencies(unresolved.getSnippet())
                .collect(Collectors.joining(", "));
            return new CellException("Cannot run " + unresolved.getSnippet().source().strip()
                + ": it refers to what is not defined: " + missing);
        }
        if (thrown instanceof EvalException eval) {
            return new CellException(describe(eval), eval);
        }
        return new CellException(String.valueOf(thrown.getMessage()), thrown);
    }

    private static String describe(EvalException eval) {
        StringBuilder text = new StringBuilder();
        Throwable t = eval;
        String prefix = "";
        while (t != null) {
            String name = t instanceof EvalException e ? e.getExceptionClassName() : t.getClass().getName();
            text.append(prefix).append(name);
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage());
            }
            text.append('\n');
            for (StackTraceElement frame : t.getStackTrace()) {
                if (frame.getClassName().startsWith("jdk.internal.reflect")
                    || frame.getClassName().startsWith("java.lang.reflect")
                    || frame.getClassName().startsWith("jdk.jshell.")) {
                    break; // below this is the kernel invoking the snippet
                }
                text.append("    at ").append(frame).append('\n');
            }
            t = t.getCause();
            prefix = "Caused by: ";
        }
        return text.toString();
    }

    @Override
    public DisplayData eval(String code) {
        Object value = evalRaw(code);
        return value == null ? null : Display.bundle(value);
    }

    @Override
    public List<String> formatError(Throwable e) {
        List<String> lines = new ArrayList<>();
        String message = e instanceof CellException ? e.getMessage() : e.toString();
        for (String line : message.split("\n")) {
            lines.add(errorStyler.primary(line));
        }
        return lines;
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        return null;
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        int[] anchor = new int[1];
        List<SourceCodeAnalysis.Suggestion> suggestions =
            shell.sourceCodeAnalysis().completionSuggestions(code, at, anchor);
        if (suggestions.isEmpty()) {
            return null;
        }
        List<String> options = suggestions.stream()
            .map(SourceCodeAnalysis.Suggestion::continuation)
            .distinct()
            .collect(Collectors.toList());
        return new ReplacementOptions(options, anchor[0], at);
    }

    @Override
    public String isComplete(String code) {
        SourceCodeAnalysis.CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(code);
        return switch (info.completeness()) {
            case COMPLETE, COMPLETE_WITH_SEMI, EMPTY -> info.remaining().isBlank()
                ? IS_COMPLETE_YES : isComplete(info.remaining());
            case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> IS_COMPLETE_MAYBE;
            default -> IS_COMPLETE_BAD;
        };
    }

    @Override
    public void interrupt() {
        shell.stop();
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        Display.setSink(null);
        shell.close();
    }

    /** Builds a {@link ReachlabKernel}. */
    public static final class Builder extends BaseKernelBuilder<Builder, ReachlabKernel> {

        private Builder() {
            name("Reachlab Java");
            version(KernelMain.class.getPackage().getImplementationVersion() == null
                ? "dev" : KernelMain.class.getPackage().getImplementationVersion());
        }

        @Override
        public ReachlabKernel build() {
            return new ReachlabKernel(buildName(), buildVersion(), buildHistoryManager(),
                buildJupyterIO(buildJupyterIOEncoding()), buildCommManager(), buildRenderer(),
                buildMagicTranspiler(), buildMagicsRegistry(), buildErrorStyler());
        }
    }

    /** A cell that failed: did not compile, was incomplete, or threw. */
    public static final class CellException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CellException(String message) {
            super(message);
        }

        CellException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
