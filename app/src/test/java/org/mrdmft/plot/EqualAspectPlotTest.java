package org.mrdmft.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.jfree.data.Range;
import org.junit.jupiter.api.Test;

/** Equal aspect: one data unit spans as many points across as up, and both wanted ranges stay in view. */
class EqualAspectPlotTest {
    @Test
    void widensTheShorterRangeAboutItsCentre() {
        // a disc of radius 3 on a plot area twice as wide as high
        Range[] r = EqualAspectPlot.equalScale(new Range(-3, 3), new Range(-3, 3), 200, 100);

        assertThat(r[0].getLength() / 200).isCloseTo(r[1].getLength() / 100, within(1e-12));
        assertThat(r[1].getLowerBound()).isEqualTo(-3.0);
        assertThat(r[1].getUpperBound()).isEqualTo(3.0);
        assertThat(r[0].getLowerBound()).isCloseTo(-6.0, within(1e-12));
        assertThat(r[0].getCentralValue()).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void keepsATallRangeAndWidensNothingElseThanNeeded() {
        Range[] r = EqualAspectPlot.equalScale(new Range(0, 1), new Range(-4, 4), 100, 100);

        assertThat(r[1].getLength()).isCloseTo(8.0, within(1e-12));
        assertThat(r[0].getLength()).isCloseTo(8.0, within(1e-12));
        assertThat(r[0].getCentralValue()).isCloseTo(0.5, within(1e-12));
    }
}
