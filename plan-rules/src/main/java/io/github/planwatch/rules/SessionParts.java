package io.github.planwatch.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.planwatch.model.Accountability;
import io.github.planwatch.model.Indicator;

/**
 * Splits the facts of an evaluation with the built-in rules alone among several rule sessions, each
 * holding the facts of a run of subjects, so that the session's indexes and the partial matches it
 * keeps alive stay the size of a part, not of the plan: a plan of 20,000 indicators in one session
 * kept about 235 MB of Drools' tuples live, and its hash indexes out of the processor's caches.
 *
 * <p>Sound because every built-in rule that joins two facts joins facts of one subject: a
 * {@link Subject} with its {@link TargetMeasures} and their assessments, or an indicator with the
 * accountabilities that name it. Each such fact goes to the part of its subject; every other fact
 * (the milestones, the key work and its reports, the tasks, the units' leads, indicators without a
 * target and what names them) is matched by rules of one pattern and goes to the last part, which
 * goes on to judge the joint targets and the groups. Rules of one's own may join anything, so an
 * evaluator with them keeps one session ({@code SessionPartsProperties} checks that the parts give
 * the evaluation of one session).
 */
final class SessionParts {

    /**
     * Subjects per session. On the synthetic plan of 20,000 indicators (JMH ScalingBenchmark, 6 s
     * iterations, alternating runs) 256 took an evaluation from about 1.55 s to 0.78 s; at 200 and
     * 2,000 indicators 64, 256 and one session were within the runs' spread. A plan of up to 256
     * subjects, such as every plan of a city, is evaluated in one session as before.
     */
    static final int SUBJECTS_PER_SESSION = 256;

    private SessionParts() {
    }

    /**
     * The facts of each session, in the order given within each; one part where the subjects fit one session.
     *
     * @param facts  the facts of the evaluation
     * @param subjectIndex  the index of each subject's id among the plan's subjects
     * @param subjectsPerSession  the most subjects in one session, at least 1
     */
    static List<List<Object>> of(List<Object> facts, Map<String, Integer> subjectIndex, int subjectsPerSession) {
        int count = subjectIndex.isEmpty() ? 1 : (subjectIndex.size() - 1) / subjectsPerSession + 1;
        if (count <= 1) {
            return List.of(facts);
        }
        List<List<Object>> parts = new ArrayList<>(count);
        int expected = facts.size() / count + 1;
        for (int i = 0; i < count; i++) {
            parts.add(new ArrayList<>(expected));
        }
        for (Object fact : facts) {
            Integer subject = subjectIndex.get(subjectOf(fact));
            parts.get(subject == null ? count - 1 : subject / subjectsPerSession).add(fact);
        }
        return parts;
    }

    /** The id of the subject whose facts a fact may be joined with, or null for a fact that no rule joins. */
    private static String subjectOf(Object fact) {
        if (fact instanceof TargetMeasures m) {
            return m.subjectId();
        } else if (fact instanceof Subject s) {
            return s.id();
        } else if (fact instanceof Indicator i) {
            return i.id();
        } else if (fact instanceof Accountability a) {
            return a.indicator();
        }
        return null;
    }
}
