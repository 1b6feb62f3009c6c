package io.github.planwatch.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class LoadPlanTest {

    @Test
    void main_printsTheReadmeLine() {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            LoadPlan.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        assertThat(out.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("Gross domestic product (GDP): 5781 亿元 in 2019, target 6800 以上");
    }
}
