package org.reachlab.signals.extract.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reachlab.signals.lexicon.Lexicon;
import org.reachlab.signals.text.TextAnalysis;

/**
 * Sentences and clauses: the scope of negation and of a kind cue. Re-joins sentences that the
 * sentence splitter broke after a date's full stop, and splits each sentence at the lexicon's
 * clause boundaries ({@code rule.clauseSplit}).
 */
final class ClauseSplitter {

    /** A sentence end that is really a date's full stop ("30.03.", "feb."). */
    private final Pattern dateBreak;
    private final Pattern clauseSplit;
    /** A clause ending in "then" ("ring aldri da") belongs to the clause before it; null when the language has none. */
    private final Pattern thenBack;

    ClauseSplitter(Lexicon lex) {
        dateBreak = Pattern.compile("(?i)(?:\\b\\d{1,2}\\.\\d{1,2}\\.|\\b(?:" + lex.required("date.abbrevStop")
                + ")\\s?\\.)\\s*$");
        clauseSplit = Pattern.compile(lex.required("rule.clauseSplit"), Pattern.CASE_INSENSITIVE);
        String then = lex.optional("rule.thenBack", "");
        thenBack = then.isEmpty() ? null
                : Pattern.compile("(?s).*(?<![\\p{L}])(?:" + then + ")\\W*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Joins sentences that the splitter broke after a date's full stop ("30.03. to 10.04.", "feb . 7"). */
    List<TextAnalysis.Sentence> mergeDateBreaks(String text, List<TextAnalysis.Sentence> sentences) {
        List<TextAnalysis.Sentence> out = new ArrayList<>();
        for (TextAnalysis.Sentence s : sentences) {
            if (!out.isEmpty()) {
                TextAnalysis.Sentence prev = out.get(out.size() - 1);
                String tail = text.substring(prev.begin(), prev.end());
                if (dateBreak.matcher(tail).find()) {
                    List<TextAnalysis.Token> tokens = new ArrayList<>(prev.tokens());
                    tokens.addAll(s.tokens());
                    out.set(out.size() - 1, new TextAnalysis.Sentence(prev.begin(), s.end(), tokens));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    /** Adds a clause, or joins it to the one before when it only points back at that one's window ("then"). */
    private void addClause(String lower, int from, int to, List<int[]> out) {
        if (thenBack != null && !out.isEmpty() && thenBack.matcher(lower.substring(from, to)).matches()) {
            out.get(out.size() - 1)[1] = to;
        } else {
            out.add(new int[] {from, to});
        }
    }

    /**
     * Splits a sentence into clauses.
     *
     * @param lower the lower-cased text
     * @param begin sentence start
     * @param end   sentence end (exclusive)
     * @return each clause as {start, end}, in text order
     */
    List<int[]> clauses(String lower, int begin, int end) {
        List<int[]> out = new ArrayList<>();
        Matcher m = clauseSplit.matcher(lower).region(begin, end);
        int start = begin;
        while (m.find()) {
            if (m.start() > start) {
                addClause(lower, start, m.start(), out);
            }
            start = m.end();
        }
        if (end > start) {
            addClause(lower, start, end, out);
        }
        return out;
    }
}
