package io.github.planwatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class YearSpanTest {

    @Test
    void parse_span() {
        assertThat(YearSpan.parse("2020-2022")).isEqualTo(YearSpan.of(2020, 2022));
        assertThat(YearSpan.parse(" 2020 - 2022 ")).isEqualTo(YearSpan.of(2020, 2022));
    }

    @Test
    void parse_singleYear() {
        assertThat(YearSpan.parse("2022")).isEqualTo(YearSpan.ofYear(2022));
        assertThat(YearSpan.ofYear(2022)).hasToString("2022");
    }

    @Test
    void parse_garbage_namesTheText() {
        assertThatIllegalArgumentException().isThrownBy(() -> YearSpan.parse("2020 to 2022"))
                .withMessageContaining("'2020 to 2022'");
    }

    @Test
    void of_lastBeforeFirst() {
        assertThatIllegalArgumentException().isThrownBy(() -> YearSpan.of(2022, 2020))
                .withMessageContaining("2020").withMessageContaining("2022");
    }

    @Test
    void years_inOrder() {
        assertThat(YearSpan.of(2020, 2022).years()).containsExactly(2020, 2021, 2022);
        assertThat(YearSpan.of(2020, 2022).length()).isEqualTo(3);
        assertThat(YearSpan.of(2020, 2022).contains(2021)).isTrue();
        assertThat(YearSpan.of(2020, 2022).contains(2023)).isFalse();
    }
}
