package org.reachlab.data.synth;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** The synthetic notes in English (contacts in GB, US, SE and any other country without its own phrases). */
final class EnglishNotePhrases implements NotePhrases {

    static final EnglishNotePhrases INSTANCE = new EnglishNotePhrases();

    private static final String[] FILLER_TEXTS = {
        "Sent the price list as requested.",
        "Asked for a case study from a company of similar size.",
        "Interested, but budget decisions are made at the start of the year.",
        "Left a message with reception.",
        "Not the right person; suggested we talk to procurement instead.",
        "Will send the proposal by tomorrow morning.",
        "As discussed this morning, the contract draft is attached.",
        "Please call me on my cell, the office line is being replaced.",
        "Thanks for the demo. Forwarding to the team for feedback.",
        "They are using a competitor's product, contract runs out next year.",
        "Requested a quote for 20 licences.",
        "The report will be ready Tuesday, I will share it with you.",
        "Asked about integration with their ERP system.",
        "Gatekeeper would not put me through, no reason given.",
        "Happy with current supplier, follow up in a few months.",
        "Sent the follow-up email with the brochure and references.",
        "Questions about pricing tiers and payment terms.",
        "Confirmed receipt of the samples.",
        "Wants to see a reference customer in the same industry.",
        "Number in the CRM was outdated, updated it.",
    };

    private static final String[] PERIODS = {
        "first thing in the morning", "in the morning", "late morning", "around lunchtime", "early afternoon",
        "in the afternoon", "late afternoon",
    };

    private EnglishNotePhrases() {
    }

    @Override
    public String language() {
        return "en";
    }

    @Override
    public String filler(int i) {
        return FILLER_TEXTS[i];
    }

    @Override
    public String monthEnd(int i) {
        return i == 0 ? "Avoid the last days of the month, we are closing the books then."
                : "Month-end is always hectic for her, better to try in the first half of the month.";
    }

    @Override
    public String period(int index) {
        return PERIODS[index];
    }

    @Override
    public String daysPlural(List<DayOfWeek> days) {
        List<String> names = days.stream().map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "s").toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    @Override
    public String clock(int minutes, int style) {
        int h = minutes / 60;
        int m = minutes % 60;
        if (style == 0) {
            return String.format(Locale.ROOT, "%02d:%02d", h, m);
        }
        int h12 = h > 12 ? h - 12 : h;
        String suffix = h >= 12 ? " pm" : " am";
        return h12 + (m == 0 ? "" : String.format(Locale.ROOT, ":%02d", m)) + suffix;
    }

    @Override
    public String date(LocalDate d, int style) {
        String month = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        int day = d.getDayOfMonth();
        return switch (style) {
            case 0 -> month + " " + day + ordinal(day);
            case 1 -> day + " " + month;
            case 2 -> d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + day;
            default -> d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", " + month + " " + day;
        };
    }

    private static String ordinal(int day) {
        if (day >= 11 && day <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    @Override
    public String habitVague(int i, String days, String period) {
        return switch (i) {
            case 0 -> days + " " + period + " are usually good for me.";
            case 1 -> "Try her " + period + " on " + days + ", that is when she is at her desk.";
            default -> "He said " + days + " " + period + " is the best time to call.";
        };
    }

    @Override
    public String habitExact(int i, String days, String from, String to) {
        return switch (i) {
            case 0 -> "Best to reach me " + days + " between " + from + " and " + to + ".";
            case 1 -> "I'm usually free " + days + " from " + from + " to " + to + " if you want to call.";
            case 2 -> "Assistant says " + days + " " + from + " to " + to + " is when he takes calls.";
            default -> "Call me " + days + " between " + from + " and " + to + ", the rest of the week is packed.";
        };
    }

    @Override
    public String lunchService(int i) {
        return i == 0 ? "Never call between 11 and 2, that is lunch service."
                : "Don't call during lunch service, 11 to 2 is impossible for him.";
    }

    @Override
    public String notBeforeTen(int i) {
        return switch (i) {
            case 0 -> "Please don't call before 10, mornings are full of stand-ups.";
            case 1 -> "Not before 10am please.";
            default -> "Gatekeeper says he is in meetings until 10 every day.";
        };
    }

    @Override
    public String bestPeriod(int i, String period) {
        return switch (i) {
            case 0 -> "Usually easiest to reach " + period + ".";
            case 1 -> "Try him " + period + ", he is normally at his desk then.";
            default -> "Calls " + period + " work best for me.";
        };
    }

    @Override
    public String bestHours(int i, String from, String to) {
        return i == 0 ? "Best time to call is between " + from + " and " + to + "."
                : "You can usually get me between " + from + " and " + to + ".";
    }

    @Override
    public String absentUntil(int i, String back) {
        return i == 0 ? "I am out of the office until " + back + " with limited access to email."
                : "Auto-reply: I'm on vacation until " + back + ". For urgent matters contact the office.";
    }

    @Override
    public String fair(int i, String name, String from, String to) {
        return i == 0 ? "She will be at " + name + " from " + from + " to " + to + ", try again after."
                : "I'm travelling to " + name + " " + from + " through " + to + ".";
    }

    @Override
    public String vacation(String from, String to) {
        return "I'll be on vacation from " + from + " through " + to + ".";
    }

    @Override
    public String outOfOffice(String from, String to, String back) {
        return "Out of office " + from + " to " + to + ", back on " + back + ".";
    }
}
