package io.github.planwatch.rules;

import io.github.planwatch.model.Anticipation;

/**
 * What a trend anticipates for a target year, or why it anticipates nothing: exactly one of the
 * two is present.
 *
 * @param anticipation  the anticipated value with its band, gap and verdict, or null
 * @param reason  why nothing is anticipated, or null
 */
record Extrapolation(Anticipation anticipation, NotAnticipated reason) {

    Extrapolation {
        if ((anticipation == null) == (reason == null)) {
            throw new IllegalArgumentException("an extrapolation has an anticipation or a reason for none, got "
                    + anticipation + " and " + reason);
        }
    }

    static Extrapolation of(Anticipation anticipation) {
        return new Extrapolation(anticipation, null);
    }

    static Extrapolation none(NotAnticipated reason) {
        return new Extrapolation(null, reason);
    }
}
