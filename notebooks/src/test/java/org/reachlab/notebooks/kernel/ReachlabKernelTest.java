package org.reachlab.notebooks.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ReachlabKernelTest {

    private static ReachlabKernel kernel;

    @BeforeAll
    static void start() {
        kernel = ReachlabKernel.builder().build();
    }

    @AfterAll
    static void stop() {
        kernel.onShutdown(false);
    }

    @Test
    void lastExpressionOfACellIsItsValue() {
        Object value = kernel.evalRaw("int a = 20;\nint b = 22;\na + b");
        assertThat(value).isEqualTo(42);
    }

    @Test
    void declarationsAndStatementsShowNothing() {
        assertThat(kernel.evalRaw("String greeting = \"hej\";")).isNull();
        assertThat(kernel.evalRaw("System.out.println(\"x\");")).isNull();
        assertThat(kernel.evalRaw("System.out.printf(\"%d%n\", 1);")).isNull();
        assertThat(kernel.evalRaw("6 * 7;")).isNull();
        assertThat(kernel.evalRaw("6 * 7")).isEqualTo(42);
    }

    @Test
    void cellsSeeTheWorkbenchClassPathAndObjectsKeepTheirType() {
        Object value = kernel.evalRaw(
            "import tech.tablesaw.api.*;\nTable.create(\"t\", IntColumn.create(\"n\", 1, 2, 3))");
        assertThat(value).isInstanceOf(Table.class);
        assertThat(((Table) value).rowCount()).isEqualTo(3);
        assertThat(kernel.evalRaw("org.reachlab.data.domain.LocalSlot.class.getSimpleName()"))
            .isEqualTo("LocalSlot");
    }

    @Test
    void aTableRendersAsHtml() {
        DisplayData data = kernel.eval(
            "tech.tablesaw.api.Table.create(\"rates\", tech.tablesaw.api.DoubleColumn.create(\"rate\", 0.5))");
        assertThat((String) data.getData(MIMEType.TEXT_HTML)).contains("<caption>rates</caption>", "0.5000");
    }

    @Test
    void compileErrorsFailTheCellWithJavacsMessage() {
        assertThatThrownBy(() -> kernel.evalRaw("int x = \"text\";"))
            .isInstanceOf(ReachlabKernel.CellException.class)
            .hasMessageContaining("Compilation failed")
            .hasMessageContaining("incompatible types");
    }

    @Test
    void exceptionsFailTheCellWithTheirClassAndMessage() {
        assertThatThrownBy(() -> kernel.evalRaw("Integer.parseInt(\"not a number\")"))
            .isInstanceOf(ReachlabKernel.CellException.class)
            .hasMessageContaining("java.lang.NumberFormatException")
            .hasMessageContaining("not a number");
    }

    @Test
    void incompleteSourceFailsTheCell() {
        assertThatThrownBy(() -> kernel.evalRaw("for (int i = 0; i < 3; i++) {"))
            .isInstanceOf(ReachlabKernel.CellException.class)
            .hasMessageContaining("Incomplete");
    }

    @Test
    void kernelspecStartsThisMainWithTheConnectionFile() {
        KernelMain.KernelSpec spec = new KernelMain.KernelSpec("/jdk/bin/java", "a.jar:b \"c\".jar", java.util.List.of("-Xmx1g"));
        assertThat(spec.json())
            .contains("[\"/jdk/bin/java\", \"-Xmx1g\", \"-cp\", \"a.jar:b \\\"c\\\".jar\", "
                + "\"org.reachlab.notebooks.kernel.KernelMain\", \"{connection_file}\"]")
            .contains("\"language\": \"java\"");
    }

    @Test
    void variablesSurviveAnImportThatMakesJShellRecompileThem() {
        kernel.evalRaw("java.nio.file.Path kept = java.nio.file.Path.of(\"calls.csv\");\nString keptText = \"still here\";");
        kernel.evalRaw("import tech.tablesaw.api.*;\nimport tech.tablesaw.io.csv.CsvReadOptions;\n"
            + "import static tech.tablesaw.aggregate.AggregateFunctions.*;");
        assertThat(kernel.evalRaw("kept.toString() + \" \" + keptText")).isEqualTo("calls.csv still here");
    }
}
