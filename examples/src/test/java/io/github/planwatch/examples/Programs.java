package io.github.planwatch.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs an example program's main method and returns what it printed. */
final class Programs {

    /** A main method that may throw. */
    @FunctionalInterface
    interface Main {
        void run(String[] args) throws Exception;
    }

    private Programs() {
    }

    /** Runs a main method with arguments and returns its standard output, line by line. */
    static synchronized List<String> run(Main main, String... args) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            main.run(args);
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
