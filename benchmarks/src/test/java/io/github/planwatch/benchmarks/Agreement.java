package io.github.planwatch.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.assertj.core.api.SoftAssertions;

import io.github.planwatch.model.Anticipation;
import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.Finding;
import io.github.planwatch.model.GroupSummary;
import io.github.planwatch.model.YearResult;

/**
 * Checks that the plain evaluator and the rules agree on an evaluation: every field of every
 * assessment, every finding (all but the wording of its message) in order, and every group summary. Ratios, scores and growth rates are numbers computed
 * through powers and quotients in each implementation's own order, so they are held to agree
 * within a relative 1e-9; everything else exactly.
 */
final class Agreement {

    private static final double RELATIVE = 1e-9;

    private Agreement() {
    }

    static void assertAgree(Evaluation plain, Evaluation rules) {
        assertThat(plain.planId()).isEqualTo(rules.planId());
        assertThat(plain.assessments()).extracting(Assessment::targetId)
                .containsExactlyElementsOf(rules.assessments().stream().map(Assessment::targetId).toList());
        SoftAssertions soft = new SoftAssertions();
        for (int i = 0; i < rules.assessments().size(); i++) {
            Assessment expected = rules.assessments().get(i);
            Assessment actual = plain.assessments().get(i);
            String target = expected.targetId() + " (" + expected.kind() + ", as of " + rules.asOf() + ")";
            soft.assertThat(actual.status()).as("status of %s", target).isEqualTo(expected.status());
            soft.assertThat(actual.reason()).as("reason of %s", target).isEqualTo(expected.reason());
            soft.assertThat(close(actual.ratio(), expected.ratio())).as("ratio of %s: %s, rules %s", target, actual.ratio(),
                    expected.ratio()).isTrue();
            soft.assertThat(close(actual.score(), expected.score())).as("score of %s: %s, rules %s", target, actual.score(),
                    expected.score()).isTrue();
            soft.assertThat(rest(actual)).as("the rest of %s", target).isEqualTo(rest(expected));
            // A joint target's members, each the target on one indicator, agree as targets do.
            for (int m = 0; m < Math.min(actual.members().size(), expected.members().size()); m++) {
                Assessment em = expected.members().get(m);
                Assessment am = actual.members().get(m);
                String member = em.targetId() + " (member of " + target + ")";
                soft.assertThat(List.of(String.valueOf(am.status()), String.valueOf(am.reason())))
                        .as("status and reason of %s", member)
                        .isEqualTo(List.of(String.valueOf(em.status()), String.valueOf(em.reason())));
                soft.assertThat(close(am.ratio(), em.ratio()) && close(am.score(), em.score()))
                        .as("ratio and score of %s", member).isTrue();
                soft.assertThat(rest(am)).as("the rest of %s", member).isEqualTo(rest(em));
            }
            Anticipation ea = expected.anticipated();
            Anticipation aa = actual.anticipated();
            soft.assertThat(aa == null).as("whether %s is anticipated", target).isEqualTo(ea == null);
            if (ea != null && aa != null) {
                soft.assertThat(List.of(aa.year(), aa.met(), aa.hasBand())).as("anticipated year, met, band of %s", target)
                        .isEqualTo(List.of(ea.year(), ea.met(), ea.hasBand()));
                // The band's ends are the value less and plus a half-width: an end near 0 is the difference of
                // two larger numbers, so it is held to the precision of the value and the half-width it comes from.
                double scale = scale(ea.value(), ea.low(), ea.high());
                soft.assertThat(close(aa.value(), ea.value()) && close(aa.low(), ea.low(), scale)
                        && close(aa.high(), ea.high(), scale) && close(aa.gap(), ea.gap()))
                        .as("anticipated value, band and gap of %s: %s, rules %s", target, aa, ea).isTrue();
            }
            soft.assertThat(actual.years()).as("years of %s", target).hasSameSizeAs(expected.years());
            for (int y = 0; y < Math.min(actual.years().size(), expected.years().size()); y++) {
                YearResult a = actual.years().get(y);
                YearResult e = expected.years().get(y);
                soft.assertThat(List.of(a.year(), a.status(), a.provisional())).as("year %s of %s", e.year(), target)
                        .isEqualTo(List.of(e.year(), e.status(), e.provisional()));
                soft.assertThat(close(a.value(), e.value())).as("value of year %s of %s: %s, rules %s", e.year(), target,
                        a.value(), e.value()).isTrue();
            }
        }
        soft.assertThat(plain.groups()).extracting(g -> g.kind() + "/" + g.id())
                .containsExactlyElementsOf(rules.groups().stream().map(g -> g.kind() + "/" + g.id()).toList());
        for (int i = 0; i < Math.min(plain.groups().size(), rules.groups().size()); i++) {
            GroupSummary expected = rules.groups().get(i);
            GroupSummary actual = plain.groups().get(i);
            String group = expected.kind() + " " + expected.id();
            soft.assertThat(actual.status()).as("status of %s", group).isEqualTo(expected.status());
            soft.assertThat(actual.counts()).as("counts of %s", group).isEqualTo(expected.counts());
            soft.assertThat(List.of(actual.assessed(), actual.dueOrAhead())).as("coverage of %s", group)
                    .isEqualTo(List.of(expected.assessed(), expected.dueOrAhead()));
            soft.assertThat(close(actual.score(), expected.score())).as("score of %s: %s, rules %s", group, actual.score(),
                    expected.score()).isTrue();
        }
        soft.assertThat(plain.findings().stream().map(Agreement::withoutMessage).toList())
                .as("findings as of %s", rules.asOf())
                .containsExactlyElementsOf(rules.findings().stream().map(Agreement::withoutMessage).toList());
        soft.assertAll();
    }

    /** A finding's code, severity, subject and evidence: all but the wording of its message, which each implementation writes its own way. */
    private static List<Object> withoutMessage(Finding f) {
        return List.of(f.code(), f.severity(), f.subjectKind(), f.subjectId(), f.evidence());
    }

    private static boolean close(Double a, Double b) {
        if (a == null || b == null) {
            return a == b;
        }
        return Math.abs(a - b) <= RELATIVE * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
    }

    private static boolean close(BigDecimal a, BigDecimal b, double scale) {
        if (a == null || b == null) {
            return a == b;
        }
        return Math.abs(a.doubleValue() - b.doubleValue()) <= RELATIVE * Math.max(1.0, scale);
    }

    /** The largest magnitude among some values, the nulls left out. */
    private static double scale(BigDecimal... values) {
        double max = 0;
        for (BigDecimal v : values) {
            max = v == null ? max : Math.max(max, Math.abs(v.doubleValue()));
        }
        return max;
    }

    private static boolean close(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return a == b;
        }
        return close(a.doubleValue(), b.doubleValue());
    }

    /** An assessment's fields that both implementations must give exactly, as one comparable value. */
    private static List<Object> rest(Assessment a) {
        return Arrays.asList(a.subjectId(), a.ownerKind(), a.ownerId(), a.kind(), a.targetYear(), a.method(),
                a.baseSource(), a.baseYear(), a.baseValue(), a.latestYear(), a.latestValue(), a.targetValue(),
                a.tolerance(), a.provisional(), String.valueOf(a.last()), String.valueOf(a.combine()),
                String.valueOf(a.decidedBy()), a.members().stream().map(Assessment::targetId).toList());
    }
}
