package org.virtfx.app.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Polling page's values: what is accepted, what is refused and with which message. */
class PollingValuesTest {

    @Test
    void secondsBecomeMilliseconds() {
        assertThat(PollingValues.pollMillis("1").value()).contains(1000L);
        assertThat(PollingValues.pollMillis(" 2.5 ").value()).contains(2500L);
        assertThat(PollingValues.pollMillis("0,5").value()).as("a comma as the point").contains(500L);
        assertThat(PollingValues.pollMillis("600").value()).contains(600_000L);
    }

    @Test
    void aPollValueThatIsNotANumberIsRefusedWithAMessage() {
        PollingValues.Parsed abc = PollingValues.pollMillis("abc");
        assertThat(abc.value()).isEmpty();
        assertThat(abc.problem()).contains("“abc” is not a number. Enter the seconds between updates as a number "
                + "from 0.5 to 600, such as 1 or 2.5.");
        assertThat(PollingValues.pollMillis("  ").problem().orElseThrow()).startsWith("No value.");
        assertThat(PollingValues.pollMillis("NaN").value()).isEmpty();
    }

    @Test
    void aPollValueOutOfRangeIsRefused() {
        assertThat(PollingValues.pollMillis("0").problem().orElseThrow()).startsWith("0 seconds is out of range.");
        assertThat(PollingValues.pollMillis("0.4").value()).isEmpty();
        assertThat(PollingValues.pollMillis("-1").value()).isEmpty();
        assertThat(PollingValues.pollMillis("601").value()).isEmpty();
        assertThat(PollingValues.pollMillis("1e9").value()).isEmpty();
    }

    @Test
    void historyLengthIsAWholeNumberInHistorysRange() {
        assertThat(PollingValues.historyLength("120").value()).contains(120L);
        assertThat(PollingValues.historyLength("2").value()).contains(2L);
        assertThat(PollingValues.historyLength("86400").value()).contains(86_400L);
        assertThat(PollingValues.historyLength("1").problem()).contains(
                "1 points is out of range. Enter a whole number of points from 2 to 86400.");
        assertThat(PollingValues.historyLength("86401").value()).isEmpty();
        assertThat(PollingValues.historyLength("1.5").problem().orElseThrow()).startsWith("“1.5” is not a whole number.");
    }

    @Test
    void shownValuesAreWhatTheLiveModelReads() {
        assertThat(PollingValues.secondsShown(Optional.empty())).isEqualTo("1");
        assertThat(PollingValues.secondsShown(Optional.of("2500"))).isEqualTo("2.5");
        assertThat(PollingValues.secondsShown(Optional.of("junk"))).as("the model's default").isEqualTo("1");
        assertThat(PollingValues.pointsShown(Optional.empty())).isEqualTo("120");
        assertThat(PollingValues.pointsShown(Optional.of("100000"))).as("clamped as History does").isEqualTo("86400");
    }

    @Test
    void spanSaysHowLongAGraphCovers() {
        assertThat(PollingValues.span(1000, 30)).isEqualTo("30 seconds");
        assertThat(PollingValues.span(1000, 120)).isEqualTo("2 minutes");
        assertThat(PollingValues.span(3000, 3600)).isEqualTo("3 hours");
    }
}
