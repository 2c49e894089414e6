package org.reachlab.signals.extract.recognise;

import static org.reachlab.signals.extract.recognise.UsedSpans.isUsed;
import static org.reachlab.signals.extract.recognise.UsedSpans.mark;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reachlab.signals.lexicon.Lexicon;

/**
 * Vague periods of the day ("mornings", "after lunch", "end of day", a stand-alone "PM") with the
 * windows the lexicon gives them.
 */
final class PeriodRecogniser {

    private final List<Lexicon.Period> periods;
    private final Pattern standaloneAm;
    private final Pattern standalonePm;

    PeriodRecogniser(Lexicon lex) {
        periods = lex.periods();
        standaloneAm = Pattern.compile("(?<!\\d\\s?)\\b(?:" + lex.required("period.am.cs") + ")\\b");
        standalonePm = Pattern.compile("(?<!\\d\\s?)\\b(?:" + lex.required("period.pm.cs") + ")\\b");
    }

    /**
     * The period windows of a clause, outside its clock windows.
     *
     * @param lc     the clause, lower-cased
     * @param orig   the clause as written
     * @param clocks its clock windows
     * @return the periods in text order, each window once
     */
    List<Window> periodWindows(String lc, String orig, List<Window> clocks) {
        List<Window> out = new ArrayList<>();
        boolean[] used = new boolean[lc.length()];
        for (Window w : clocks) {
            mark(used, w.begin(), w.end());
        }
        for (Lexicon.Period p : periods) {
            Matcher m = p.pattern().matcher(lc);
            while (m.find()) {
                if (isUsed(used, m.start(), m.end())) {
                    continue;
                }
                int f = p.from().toSecondOfDay() / 60;
                int t = p.to().toSecondOfDay() / 60;
                mark(used, m.start(), m.end());
                if (out.stream().noneMatch(o -> o.from() == f && o.to() == t)) {
                    out.add(new Window(m.start(), m.end(), f, t, false));
                }
            }
        }
        addStandalone(orig, standaloneAm, used, out, 8 * 60, 12 * 60);
        addStandalone(orig, standalonePm, used, out, 13 * 60, 17 * 60);
        out.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
        return out;
    }

    private static void addStandalone(String orig, Pattern p, boolean[] used, List<Window> out, int f, int t) {
        Matcher m = p.matcher(orig);
        while (m.find()) {
            if (!isUsed(used, m.start(), m.end()) && out.stream().noneMatch(o -> o.from() == f && o.to() == t)) {
                out.add(new Window(m.start(), m.end(), f, t, false));
            }
        }
    }
}
