package io.github.planwatch.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class YearSpanProperties {

    @Property
    void parse_readsWhatToStringWrites(@ForAll @IntRange(min = 1900, max = 2200) int first,
                                       @ForAll @IntRange(min = 0, max = 50) int length) {
        int last = Math.min(2200, first + length);
        YearSpan span = YearSpan.of(first, last);
        assertThat(YearSpan.parse(span.toString())).isEqualTo(span);
    }

    @Property
    void length_countsEveryYear(@ForAll @IntRange(min = 1900, max = 2150) int first,
                                @ForAll @IntRange(min = 0, max = 50) int length) {
        YearSpan span = YearSpan.of(first, first + length);
        assertThat(span.years().count()).isEqualTo(span.length());
    }
}
