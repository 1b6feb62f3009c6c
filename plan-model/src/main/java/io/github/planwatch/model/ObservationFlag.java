package io.github.planwatch.model;

/**
 * Something a statistical office says about the quality of one observed value. Two flags break the
 * series: the value is not comparable with the values before it, so growth, regressions and jumps
 * are not measured across it as if it were; the other two describe the value alone.
 */
public enum ObservationFlag {

    /** A break in series: from this value on, the series is compiled differently (coverage, source, method). */
    BREAK_IN_SERIES,

    /** The definition of what is measured changed with this value (new survey questions, a new boundary). */
    DEFINITION_CHANGE,

    /** The value stands in for the indicator: a related measure, used where the indicator itself is not published. */
    PROXY,

    /** The value is an estimate, not a count or a measurement (a model, a projection, an imputation). */
    ESTIMATE;

    /**
     * Checks whether a value with this flag is not comparable with the values before it.
     *
     * @return true for {@link #BREAK_IN_SERIES} and {@link #DEFINITION_CHANGE}
     */
    public boolean breaksSeries() {
        return this == BREAK_IN_SERIES || this == DEFINITION_CHANGE;
    }
}
