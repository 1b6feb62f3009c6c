package io.github.planwatch.report;

import java.time.LocalDate;
import java.util.List;

import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.KeyWorkUpdate;
import io.github.planwatch.model.Status;

/**
 * Whether a task or key-work item is ahead of, on or behind its pace (序时进度): the share of its
 * time that has passed, set against how far it is done.
 *
 * <p>A key-work item is due by the end of its year: done before then is ahead; delayed, or not
 * started once the first quarter is over, or not done once the year is over, is behind; in
 * progress within the year is on pace. A quantified target of a task or item judges it as well:
 * missed, deteriorating or progressing at less than the pace needed is behind, on track is on
 * pace, achieved before its year is ahead.
 */
enum Pace {
    /** Further than the calendar asks. */
    AHEAD,
    /** As far as the calendar asks. */
    ON_PACE,
    /** Not as far as the calendar asks. */
    BEHIND,
    /** Nothing reported or judged to tell. */
    UNKNOWN;

    /** The pace of a key-work item of a year, from its last report and its targets. */
    static Pace ofItem(int year, KeyWorkUpdate last, LocalDate readUpTo, List<Assessment> targets, int asOf) {
        Pace byTargets = ofTargets(targets, asOf);
        if (byTargets == BEHIND) {
            return BEHIND;
        }
        boolean yearOver = readUpTo.isAfter(LocalDate.of(year, 12, 31));
        if (last == null) {
            return yearOver ? BEHIND : byTargets;
        }
        return switch (last.status()) {
            case DONE -> last.date().isBefore(LocalDate.of(year, 12, 1)) ? AHEAD : ON_PACE;
            case DELAYED -> BEHIND;
            case NOT_STARTED -> yearOver || !readUpTo.isBefore(LocalDate.of(year, 4, 1)) ? BEHIND : ON_PACE;
            case IN_PROGRESS -> yearOver ? BEHIND : ON_PACE;
            case CANCELLED -> UNKNOWN;
        };
    }

    /** The pace that a task's or item's quantified targets show; UNKNOWN where none is judged. */
    static Pace ofTargets(List<Assessment> targets, int asOf) {
        Pace pace = UNKNOWN;
        for (Assessment a : targets) {
            Pace p = switch (a.status()) {
                case MISSED, DETERIORATION, LIMITED_PROGRESS, ACCELERATION_NEEDED -> BEHIND;
                case ON_TRACK -> ON_PACE;
                case ACHIEVED -> a.targetYear() > asOf ? AHEAD : ON_PACE;
                case INSUFFICIENT_DATA -> UNKNOWN;
            };
            pace = worse(pace, p);
        }
        return pace;
    }

    /** The worse of two paces, a known one before UNKNOWN. */
    static Pace worse(Pace a, Pace b) {
        if (a == UNKNOWN) {
            return b;
        }
        if (b == UNKNOWN) {
            return a;
        }
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    /** The CSS class of the pace. */
    String cssClass() {
        return switch (this) {
            case AHEAD -> "pace-ahead";
            case ON_PACE -> "pace-on";
            case BEHIND -> "pace-behind";
            case UNKNOWN -> "pace-unknown";
        };
    }

    /** A glyph that says the pace without its colour. */
    String glyph() {
        return switch (this) {
            case AHEAD -> "↑";
            case ON_PACE -> "→";
            case BEHIND -> "↓";
            case UNKNOWN -> "–";
        };
    }

    /** Whether the status of a target counts as behind its pace. */
    static boolean behind(Status s) {
        return s == Status.MISSED || s == Status.DETERIORATION || s == Status.LIMITED_PROGRESS
                || s == Status.ACCELERATION_NEEDED;
    }
}
