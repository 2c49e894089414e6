package org.reachlab.evaluation.pilot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.reachlab.data.io.CsvRow;
import org.reachlab.data.io.CsvTableReader;
import org.reachlab.data.io.InputFormatException;
import org.reachlab.data.io.TableSchema;

/**
 * The pilot and the control team: from {@code reps.csv} (its {@code team} column) or a list of
 * pilot reps. Reps of the log that neither team holds are left out of the analysis, and their
 * calls counted.
 *
 * @param pilot   pilot rep ids
 * @param control control rep ids
 * @param known   every rep the reps file lists (or, without one, every rep the log names)
 * @param source  where the teams came from, for the report
 */
public record Teams(List<String> pilot, List<String> control, Set<String> known, String source) {

    /** reps.csv: one row per rep. */
    public static final TableSchema REPS = new TableSchema("reps", List.of("rep_id"),
            List.of("zone", "team", "capacity", "start", "end"));

    /**
     * Resolves the teams.
     *
     * @param repsFile    reps.csv, or null when the directory has none
     * @param logReps     the reps the calls name
     * @param pilotTeam   the pilot team's name in reps.csv, or null
     * @param pilotReps   the pilot reps, or null
     * @param controlTeam the control team's name, or null for every other rep
     * @throws PilotInputException naming the cause when the teams cannot be formed
     */
    public static Teams resolve(Path repsFile, List<String> logReps, String pilotTeam, List<String> pilotReps,
                                String controlTeam) {
        if ((pilotTeam == null) == (pilotReps == null || pilotReps.isEmpty())) {
            throw new PilotInputException("give either --pilot-team NAME or --pilot-reps r1,r2 (exactly one)");
        }
        Map<String, String> teamOf = new LinkedHashMap<>();
        boolean fromFile = repsFile != null && Files.isRegularFile(repsFile);
        if (fromFile) {
            Map<String, Long> lineOf = new LinkedHashMap<>();
            try (CsvTableReader r = CsvTableReader.open(repsFile, REPS, rejection -> { })) {
                for (CsvRow row : r) {
                    String id = row.get("rep_id");
                    if (id == null) {
                        throw new PilotInputException(repsFile + " line " + row.line() + ": rep_id is blank");
                    }
                    String team = row.get("team");
                    String before = teamOf.get(id);
                    if (lineOf.containsKey(id) && !same(before, team)) {
                        throw new PilotInputException(repsFile + ": rep " + id + " is in both teams '" + before
                                + "' (line " + lineOf.get(id) + ") and '" + team + "' (line " + row.line() + ")");
                    }
                    lineOf.putIfAbsent(id, row.line());
                    teamOf.put(id, team);
                }
            } catch (InputFormatException e) {
                throw new PilotInputException(e.getMessage());
            } catch (java.io.IOException e) {
                throw new PilotInputException("cannot read " + repsFile + ": " + e.getMessage());
            }
        } else if (pilotTeam != null) {
            throw new PilotInputException("--pilot-team " + pilotTeam + " needs reps.csv with a team column beside"
                    + " calls.csv" + (repsFile == null ? "" : " (" + repsFile + " does not exist)")
                    + "; or name the pilot reps with --pilot-reps");
        } else {
            logReps.forEach(r -> teamOf.put(r, null));
        }
        Set<String> known = new LinkedHashSet<>(teamOf.keySet());
        String where = fromFile ? repsFile.toString() : "the log";
        List<String> pilot = new ArrayList<>();
        if (pilotTeam != null) {
            teamOf.forEach((rep, team) -> {
                if (same(team, pilotTeam)) {
                    pilot.add(rep);
                }
            });
            if (pilot.isEmpty()) {
                throw new PilotInputException("--pilot-team " + pilotTeam + ": no rep in " + where + " has team '"
                        + pilotTeam + "' (teams there: " + String.join(", ", teams(teamOf)) + ")");
            }
        } else {
            for (String p : pilotReps) {
                String rep = p.trim();
                if (rep.isEmpty()) {
                    continue;
                }
                if (!known.contains(rep)) {
                    throw new PilotInputException("--pilot-reps: rep " + rep + " is not in " + where
                            + (fromFile ? "" : " (no call names it)"));
                }
                if (!pilot.contains(rep)) {
                    pilot.add(rep);
                }
            }
            if (pilot.isEmpty()) {
                throw new PilotInputException("--pilot-reps names no rep");
            }
        }
        List<String> control = new ArrayList<>();
        if (controlTeam != null) {
            for (String rep : pilot) {
                if (same(teamOf.get(rep), controlTeam)) {
                    throw new PilotInputException("rep " + rep + " is in both teams: a pilot rep, and in " + where
                            + " in the control team '" + controlTeam + "'");
                }
            }
            teamOf.forEach((rep, team) -> {
                if (same(team, controlTeam) && !pilot.contains(rep)) {
                    control.add(rep);
                }
            });
            if (control.isEmpty()) {
                throw new PilotInputException("--control-team " + controlTeam + ": no rep in " + where + " has team '"
                        + controlTeam + "' (teams there: " + String.join(", ", teams(teamOf)) + ")");
            }
        } else {
            for (String rep : teamOf.keySet()) {
                if (!pilot.contains(rep)) {
                    control.add(rep);
                }
            }
            if (control.isEmpty()) {
                throw new PilotInputException("the control team has no reps: every rep in " + where
                        + " is in the pilot");
            }
        }
        String source = pilotTeam != null ? "team '" + pilotTeam + "' of " + where : "--pilot-reps";
        return new Teams(List.copyOf(pilot), List.copyOf(control), Set.copyOf(known), source);
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : b != null && a.trim().toLowerCase(Locale.ROOT).equals(b.trim().toLowerCase(Locale.ROOT));
    }

    private static List<String> teams(Map<String, String> teamOf) {
        Set<String> t = new LinkedHashSet<>();
        teamOf.values().forEach(v -> t.add(v == null ? "(none)" : v));
        return new ArrayList<>(t);
    }
}
