package io.github.planwatch.cli;

import io.github.planwatch.model.Severity;
import io.github.planwatch.model.Status;

/** How a text is shown on a colour terminal: ANSI escape sequences, from the 16 basic colours only. */
enum Style {
    /** As it is. */
    PLAIN(""),
    /** Bold. */
    BOLD("1"),
    /** Faint, for what matters less. */
    DIM("2"),
    /** Green: met or on its way. */
    GREEN("32"),
    /** Bold green: met. */
    BOLD_GREEN("1;32"),
    /** Yellow: needs more pace. */
    YELLOW("33"),
    /** Magenta: little progress. */
    MAGENTA("35"),
    /** Red: moving away, or a critical finding. */
    RED("31"),
    /** Bold red: lost. */
    BOLD_RED("1;31"),
    /** Cyan: for information. */
    CYAN("36");

    private final String code;

    Style(String code) {
        this.code = code;
    }

    /**
     * Wraps a text in this style's escape sequences.
     *
     * @param text  the text, not null
     * @return the styled text, or the text itself for PLAIN
     */
    String apply(String text) {
        return code.isEmpty() ? text : "\u001B[" + code + "m" + text + "\u001B[0m";
    }

    /**
     * Returns the style of a status: green for met and on track, yellow, magenta and red as it
     * worsens, faint where there is no judgement.
     *
     * @param status  the status, not null
     * @return the style, not null
     */
    static Style of(Status status) {
        return switch (status) {
            case ACHIEVED -> BOLD_GREEN;
            case ON_TRACK -> GREEN;
            case ACCELERATION_NEEDED -> YELLOW;
            case LIMITED_PROGRESS -> MAGENTA;
            case DETERIORATION -> RED;
            case MISSED -> BOLD_RED;
            case INSUFFICIENT_DATA -> DIM;
        };
    }

    /**
     * Returns the style of a finding's severity.
     *
     * @param severity  the severity, not null
     * @return the style, not null
     */
    static Style of(Severity severity) {
        return switch (severity) {
            case CRITICAL -> BOLD_RED;
            case WARNING -> YELLOW;
            case INFO -> CYAN;
        };
    }
}
