package io.github.planwatch.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.github.planwatch.model.Problem;

/**
 * Collects the problems of one document, keeping at most {@link #MAX_LISTED} of them and counting
 * the rest, so that a hostile document with a problem on every line cannot make a list (and a
 * message) of hundreds of thousands of problems.
 */
final class ProblemList {

    /** The most problems listed for one document; a file with more is not worth listing further. */
    static final int MAX_LISTED = 1000;

    private final List<Problem> listed = new ArrayList<>();
    private int unlisted;
    private Problem firstUnlisted;

    /** Adds a problem, or counts it once the list is full. */
    void add(Problem problem) {
        if (listed.size() < MAX_LISTED) {
            listed.add(problem);
        } else {
            if (unlisted == 0) {
                firstUnlisted = problem;
            }
            unlisted++;
        }
    }

    /** Adds the problems of another list in order, and counts those it did not list as not listed here. */
    void addAll(ProblemList other) {
        other.listed.forEach(this::add);
        if (other.unlisted > 0) {
            if (unlisted == 0) {
                firstUnlisted = other.firstUnlisted;
            }
            unlisted += other.unlisted;
        }
    }

    /** Whether a problem listed lies at a field path, such as {@code observations[2]}, or within it. */
    boolean hasAnyWithin(String path) {
        return listed.stream().map(Problem::path).anyMatch(p -> p.equals(path) || p.startsWith(path + ".")
                || p.startsWith(path + "["));
    }

    boolean isEmpty() {
        return listed.isEmpty();
    }

    /** Ends the read of a document that has problems: a {@link DocumentException} lists them in document order. */
    void throwIfAny(String source) {
        if (!isEmpty()) {
            throw new DocumentException(source, inDocumentOrder());
        }
    }

    /** The problems in the order they were found, and one at the end that says how many were not listed, if any. */
    List<Problem> inOrderFound() {
        List<Problem> all = new ArrayList<>(listed);
        addSummary(all);
        return all;
    }

    /** The problems by line, then column, and one more at the end that says how many were not listed, if any. */
    List<Problem> inDocumentOrder() {
        List<Problem> all = new ArrayList<>(listed);
        all.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        addSummary(all);
        return all;
    }

    private void addSummary(List<Problem> all) {
        if (unlisted > 0) {
            all.add(new Problem(firstUnlisted.source(), firstUnlisted.line(), firstUnlisted.column(), "",
                    Messages.of(unlisted == 1 ? "problems.unlisted.one" : "problems.unlisted.other", unlisted, MAX_LISTED)));
        }
    }
}
