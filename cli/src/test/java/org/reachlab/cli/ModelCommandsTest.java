package org.reachlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ModelCommandsTest {

    @TempDir
    static Path dir;

    static Path world;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @BeforeAll
    static void generate() {
        world = dir.resolve("w");
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        assertThat(cl.execute("generate", "--seed", "3", "--contacts", "200", "--weeks", "5", "--out", world.toString()))
                .isZero();
    }

    @Test
    void unknownModelsAreUsageErrorsListingTheKnownOnes() {
        assertThat(run("backtest", "--data", world.toString(), "--models", "global,nonsense", "--out",
                dir.resolve("bt0").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("unknown model 'nonsense'").contains("fixed, global, segment, bayes");
        assertThat(run("train", "--data", world.toString(), "--model", "xgboost", "--out",
                dir.resolve("m0").toString())).isEqualTo(2);
    }

    @Test
    void trainThenScoreWritesProfiles() throws Exception {
        Path model = dir.resolve("model");
        Path cfg = dir.resolve("bayes.yaml");
        Files.writeString(cfg, "family: bayes\nseed: 4\ncalibration: platt\nparams: {halfLifeDays: 28}\n");
        assertThat(run("train", "--data", world.toString(), "--model", "bayes", "--config", cfg.toString(), "--out",
                model.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("trained bayes on").contains("validation from");
        assertThat(Files.readString(model.resolve("config.json"))).contains("\"seed\" : 4", "\"halfLifeDays\" : 28");
        Path profiles = dir.resolve("profiles.csv");
        assertThat(run("score", "--model", model.toString(), "--contacts", world.resolve("contacts.csv").toString(),
                "--week", "2026-W10", "--out", profiles.toString())).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(profiles);
        assertThat(lines).hasSize(201);
        assertThat(lines.get(0)).startsWith("contact_id,week,best_slot,best_probability,s000,s001");
        assertThat(lines.get(1).split(",")).hasSize(4 + 168);
        assertThat(lines.get(1)).contains(",2026-W10,");
        // a bad week is a usage error; a damaged model a clear failure
        assertThat(run("score", "--model", model.toString(), "--contacts", world.resolve("contacts.csv").toString(),
                "--week", "2026-10", "--out", profiles.toString())).isEqualTo(2);
        assertThat(run("score", "--model", dir.toString(), "--contacts", world.resolve("contacts.csv").toString(),
                "--week", "2026-W10", "--out", profiles.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("is not a saved model");
    }

    @Test
    void backtestWritesTheLeaderboard() throws Exception {
        Path bt = dir.resolve("bt");
        assertThat(run("backtest", "--data", world.toString(), "--models", "fixed,global,segment,bayes",
                "--test-days", "7", "--online", "--bootstrap", "20", "--out", bt.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("log-loss").contains("bayes").contains("online (prequential)");
        // the four asked for, and constant, the yardstick every backtest adds and compares with
        List<String> board = Files.readAllLines(bt.resolve("leaderboard.csv"));
        assertThat(board).hasSize(6);
        assertThat(board.get(0)).contains("delta_log_loss_vs_constant").contains("log_loss_ratio_vs_constant");
        assertThat(board.stream().filter(l -> l.contains(",constant,"))).hasSize(1);
        // every family's log-loss as a ratio of the constant's: 1 for the constant itself
        List<String> header = List.of(board.get(0).split(","));
        int logLoss = header.indexOf("log_loss");
        int ratio = header.indexOf("log_loss_ratio_vs_constant");
        double constant = Double.parseDouble(board.stream().filter(l -> l.contains(",constant,")).findFirst()
                .orElseThrow().split(",")[logLoss]);
        for (String line : board.subList(1, board.size())) {
            String[] f = line.split(",");
            String family = f[header.indexOf("model")];
            double expected = family.equals("constant") ? 1.0 : Double.parseDouble(f[logLoss]) / constant;
            assertThat(Double.parseDouble(f[ratio])).as(family)
                    .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-5));
        }
        assertThat(out.toString()).contains("x constant");
        assertThat(bt.resolve("summary.json")).exists();
        assertThat(bt.resolve("segments.csv")).exists();
        assertThat(bt.resolve("reliability.csv")).exists();
    }

    @Test
    void truthCheckWritesItsTablesAndRefusesAWorldWithoutTruth() throws Exception {
        Path tc = dir.resolve("tc");
        Path cfg = dir.resolve("bayes-tc.yaml");
        Files.writeString(cfg, "family: bayes\nparams: {halfLifeDays: 21}\n");
        assertThat(run("truth-check", "--world", world.toString(), "--models", "global,bayes", "--min-attempts", "3",
                "--bootstrap", "50", "--config", "bayes=" + cfg, "--quiet", "--out", tc.toString()))
                .as(err.toString()).isZero();
        for (String f : List.of("profile-correlation.csv", "drift-recovery.csv", "summary.json")) {
            assertThat(tc.resolve(f)).isNotEmptyFile();
        }
        assertThat(out.toString()).contains("profile correlation with the truth").contains("bayes").contains("global");
        assertThat(Files.readString(tc.resolve("summary.json"))).contains("\"bayes\"");
        // an ingested directory has no truth/
        Path bare = dir.resolve("bare");
        Files.createDirectories(bare);
        for (String f : List.of("contacts.csv", "calls.csv")) {
            Files.copy(world.resolve(f), bare.resolve(f));
        }
        assertThat(run("truth-check", "--world", bare.toString(), "--models", "global", "--quiet", "--out",
                dir.resolve("tc2").toString())).isNotZero();
        assertThat(err.toString()).contains("truth");
    }
}
