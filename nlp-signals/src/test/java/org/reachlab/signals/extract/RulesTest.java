package org.reachlab.signals.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reachlab.signals.Extractors;

/**
 * The rules one by one, through the full extractor. The note is written on Tuesday 2026-03-03 at
 * 10:00 in Berlin; expected signals are separated by " ; ", none written as an empty string.
 */
class RulesTest {

    private static final String AT = "2026-03-03T10:00:00+01:00";
    private static final String ZONE = "Europe/Berlin";

    private static void check(String text, String expected) {
        List<String> want = expected == null || expected.isBlank() ? List.of() : Arrays.asList(expected.split(" ; "));
        assertThat(Extractors.read(text, AT, ZONE)).as("signals of '%s'", text).containsExactlyInAnyOrderElementsOf(want);
    }

    @ParameterizedTest(name = "negation: {0}")
    @CsvSource(delimiter = '|', value = {
            "Not before 10, but any time after lunch works.|AVOID daily 08:00-10:00 ; PREFER daily 13:00-15:00",
            "Never call on Monday mornings.|AVOID [MON] 08:00-12:00",
            "Mondays are busy, try Tuesdays.|AVOID [MON] all-day ; PREFER [TUE] all-day",
            "Never before 9:30 and never after 4:30.|AVOID daily 07:30-09:30 ; AVOID daily 16:30-18:30",
            "Fridays are off-limits.|AVOID [FRI] all-day",
            "Gatekeeper says he is in meetings until 10 every day.|AVOID daily 08:00-10:00",
            "Busy till 9:30.|AVOID daily 07:30-09:30",
            "You can usually get me between 14:00 and 16:00.|PREFER daily 14:00-16:00",
            "Tomorrow is bad, try Thursday.|AVOID 2026-03-04 all-day ; PREFER 2026-03-05 all-day",
            "Please don't hesitate to call me tomorrow.|PREFER 2026-03-04 all-day",
    })
    void negationAndItsScope(String text, String expected) {
        check(text, expected);
    }

    @ParameterizedTest(name = "range: {0}")
    @CsvSource(delimiter = '|', value = {
            "Best to reach me Tuesdays between 2 and 3 pm.|PREFER [TUE] 14:00-15:00",
            "Call 2-3pm.|PREFER daily 14:00-15:00",
            "Available from 9 to 5.|PREFER daily 09:00-17:00",
            "Reachable 11-2pm.|PREFER daily 11:00-14:00",
            "Usually at his desk 8-10.|PREFER daily 08:00-10:00",
            "Typically reachable from 7:30 to 9 in the morning.|PREFER daily 07:30-09:00",
            "Call after 4.|PREFER daily 16:00-18:00",
            "Call after 5.|PREFER daily 17:00-19:00",
            "Try before 9.|PREFER daily 07:00-09:00",
            "Not after 3 on Fridays.|AVOID [FRI] 15:00-18:00",
            "Try around 11.|PREFER daily 10:30-11:30",
            "Best over lunch, around noon.|PREFER daily 11:30-12:30",
            "Mornings before 11 are best.|PREFER daily 08:00-11:00",
    })
    void rangesAndOpenEnds(String text, String expected) {
        check(text, expected);
    }

    @ParameterizedTest(name = "bare hour: {0}")
    @CsvSource(delimiter = '|', value = {
            "Call at 2.|PREFER daily 14:00-15:00",
            "Call at 7.|PREFER daily 19:00-20:00",
            "Call at 8.|PREFER daily 08:00-09:00",
            "Call at 12.|PREFER daily 12:00-13:00",
            "Call at 14:00.|PREFER daily 14:00-15:00",
            "Call at 7 in the morning.|PREFER daily 07:00-08:00",
            "Best time: after 230.|PREFER daily 14:30-18:00",
            "Call back at 500.|PREFER daily 17:00-18:00",
    })
    void bareHours(String text, String expected) {
        check(text, expected);
    }

    @ParameterizedTest(name = "absence: {0}")
    @CsvSource(delimiter = '|', value = {
            "Out of office until March 10.|UNAVAILABLE 2026-03-03..2026-03-09 all-day",
            "On holiday through March 10.|UNAVAILABLE 2026-03-03..2026-03-10 all-day",
            "On leave from March 16 to March 20.|UNAVAILABLE 2026-03-16..2026-03-20 all-day",
            "OOO 16-20 March.|UNAVAILABLE 2026-03-16..2026-03-20 all-day",
            "Vacation from 23.03. until 27.03.|UNAVAILABLE 2026-03-23..2026-03-26 all-day",
            "I'm away until the 9th.|UNAVAILABLE 2026-03-03..2026-03-08 all-day",
            "On leave, back on 16 March.|UNAVAILABLE 2026-03-03..2026-03-15 all-day ; PREFER 2026-03-16 all-day",
            "Out from this afternoon until Monday.|UNAVAILABLE 2026-03-03 13:00-17:00 ; UNAVAILABLE 2026-03-04..2026-03-08 all-day",
            "She is in Madrid from Monday until Thursday.|UNAVAILABLE 2026-03-09..2026-03-11 all-day",
            "In Chicago today and tomorrow.|UNAVAILABLE 2026-03-03..2026-03-04 all-day",
            "We can talk when I'm in Houston tomorrow.|PREFER 2026-03-04 all-day",
            "I will be out on Monday, but will be available by phone.|",
            "On vacation next week, checking email occasionally.|UNAVAILABLE 2026-03-09..2026-03-13 all-day",
            "My manager is out of the office and will be back tomorrow.|UNAVAILABLE 2026-03-03 all-day ; PREFER 2026-03-04 all-day",
            "I plan to be on vacation July 5 - 6.|UNAVAILABLE 2026-07-05..2026-07-06 all-day",
            "Heading to Lyon on Monday for three days.|UNAVAILABLE 2026-03-09..2026-03-11 all-day",
            "She's on maternity leave until September.|UNAVAILABLE 2026-03-03..2026-08-31 all-day",
    })
    void absencesUntilThroughBackOn(String text, String expected) {
        check(text, expected);
    }

    @ParameterizedTest(name = "date words: {0}")
    @CsvSource(delimiter = '|', value = {
            "Call me tomorrow morning at 9.|PREFER 2026-03-04 09:00-10:00",
            "I will be out Thursday.|UNAVAILABLE 2026-03-05 all-day",
            "I'm off next week.|UNAVAILABLE 2026-03-09..2026-03-13 all-day",
            "He's out the rest of the week.|UNAVAILABLE 2026-03-03..2026-03-06 all-day",
            "She is travelling this week.|UNAVAILABLE 2026-03-03..2026-03-06 all-day",
            "I'm on vacation next Monday.|UNAVAILABLE 2026-03-09 all-day",
            "We're at a fair this weekend.|UNAVAILABLE 2026-03-07..2026-03-08 all-day",
            "I'm tied up the rest of the day.|AVOID 2026-03-03 10:00-18:00",
            "Call me tonight.|PREFER 2026-03-03 17:00-20:00",
            "Out of office through Friday, March 6.|UNAVAILABLE 2026-03-03..2026-03-06 all-day",
            "How about the 12th at 11?|PREFER 2026-03-12 11:00-12:00",
            "Maybe that week works.|",
    })
    void dateWords(String text, String expected) {
        check(text, expected);
    }

    @ParameterizedTest(name = "zones and shorthand: {0}")
    @CsvSource(delimiter = '|', value = {
            "Call her after 3 California time.|PREFER daily 15:00-18:00 America/Los_Angeles",
            "He prefers 9am CET.|PREFER daily 09:00-10:00 CET",
            "Calls at 1 pm my time are best.|PREFER daily 13:00-14:00 Europe/Berlin",
            "cb tmrw 2pm|PREFER 2026-03-04 14:00-15:00",
            "GK: in production meetings every morning, try after 1:30 Tue/Thu.|AVOID daily 08:00-12:00 ; PREFER [TUE, THU] 13:30-18:00",
            "OOO next week.|UNAVAILABLE 2026-03-09..2026-03-13 all-day",
    })
    void zonesAndShorthand(String text, String expected) {
        check(text, expected);
    }

    @ParameterizedTest(name = "no signal: {0}")
    @CsvSource(delimiter = '|', value = {
            "Please send the contract by tomorrow morning.|",
            "The report will be ready Tuesday.|",
            "I was out of the office on Friday.|",
            "As we discussed this morning, pricing is final.|",
            "Call me on my cell.|",
            "Golf course: weekdays after 10.|",
            "The hotline is staffed 8-5.|",
            "Phone 0171 555 2398, ask for Petra.|",
            "You can reach the front desk at 555-0199.|",
            "Support is available 24/7.|",
            "Left VM at 9:40, will retry.|",
            "Please call me at 3-5824 if you have questions.|",
            "Free green fees on weekends after 12 pm, $22 per player.|",
            "It did not start flowing until the 20th.|",
            "A meeting is scheduled for Thursday.|",
            "Please call me on Monday and we shall set up a conference call.|PREFER 2026-03-09 all-day",
    })
    void hardNegatives(String text, String expected) {
        check(text, expected);
    }
}
