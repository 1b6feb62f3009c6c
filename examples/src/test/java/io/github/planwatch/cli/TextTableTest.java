package io.github.planwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.github.planwatch.cli.TextTable.Column;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Display widths and tables: Chinese characters take two columns, and every line fits. */
class TextTableTest {

    @Test
    void width_countsWideCharactersTwiceAndMarksNever() {
        assertThat(DisplayWidth.of("GDP")).isEqualTo(3);
        assertThat(DisplayWidth.of("绍兴")).isEqualTo(4);
        assertThat(DisplayWidth.of("绍政办发〔2020〕15号")).isEqualTo(20);
        assertThat(DisplayWidth.of("ＡＢ")).isEqualTo(4);
        assertThat(DisplayWidth.of("e\u0301")).isEqualTo(1);
        assertThat(DisplayWidth.of("△ — ≥")).isEqualTo(5);
    }

    @Test
    void table_alignsColumnsByDisplayWidth() {
        TextTable table = new TextTable(Column.flexible("名称"), Column.right("得分"));
        table.row("经济实力", "5.00").row("Economic strength", "-2.66");

        List<String> lines = table.render(80, false);

        assertThat(lines).containsExactly(
                "名称" + " ".repeat(16) + "得分",
                "-----------------  -----",
                "经济实力            5.00",
                "Economic strength  -2.66");
    }

    @Test
    void table_cutsTheFlexibleColumnToFit() {
        TextTable table = new TextTable(Column.flexible("Name"), Column.left("Status"));
        table.row("Cultural and people-to-people exchange", "deterioration");

        assertThat(table.render(30, false)).containsExactly(
                "Name             Status",
                "---------------  -------------",
                "Cultural and p…  deterioration");
    }

    @Property
    void everyLine_fitsTheWidth_andTheNumbersEndAtOneDisplayColumn(
            @ForAll("cells") List<String> names, @ForAll("cells") List<String> notes,
            @ForAll @IntRange(min = 40, max = 120) int width) {
        TextTable table = new TextTable(Column.flexible("Name"), Column.right("N"), Column.flexible("Note"));
        int rows = Math.min(names.size(), notes.size());
        for (int i = 0; i < rows; i++) {
            table.row(names.get(i), Integer.toString(i * 7), notes.get(i));
            table.line(names.get(i) + " " + notes.get(i), Style.BOLD);
        }

        List<String> lines = table.render(width, false);

        assertThat(lines).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(width));
        Set<Integer> ends = new HashSet<>();
        for (int i = 0; i < rows; i++) {
            Matcher number = DIGITS.matcher(lines.get(2 + 2 * i));
            assertThat(number.find()).isTrue();
            ends.add(DisplayWidth.of(lines.get(2 + 2 * i).substring(0, number.end())));
        }
        assertThat(ends).hasSize(1);
    }

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    @Property
    void wrap_keepsEveryNonSpaceCharacterInOrder_onLinesThatFit(@ForAll("text") String text,
                                                                @ForAll @IntRange(min = 4, max = 60) int width) {
        List<String> lines = DisplayWidth.wrap(text, width);

        assertThat(lines).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(width));
        assertThat(String.join("", lines).replaceAll("\\s", "")).isEqualTo(text.replaceAll("\\s", ""));
    }

    @Property
    void truncate_neverExceedsTheWidth_andKeepsTextThatFits(@ForAll("text") String text, @ForAll @IntRange(min = 1, max = 40) int width) {
        String cut = DisplayWidth.truncate(text, width);

        assertThat(DisplayWidth.of(cut)).isLessThanOrEqualTo(width);
        if (DisplayWidth.of(text) <= width) {
            assertThat(cut).isEqualTo(text);
        } else {
            assertThat(cut).endsWith("…");
            assertThat(text).startsWith(cut.substring(0, cut.length() - 1));
        }
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.strings().withChars("abcdefgh 绍兴市国际化目标年份，。（）0123456789-").ofMaxLength(120);
    }

    @Provide
    Arbitrary<List<String>> cells() {
        return Arbitraries.strings().withChars("abcxyz 经济实力宜居水平").ofMinLength(1).ofMaxLength(40).list().ofMinSize(1).ofMaxSize(6);
    }
}
