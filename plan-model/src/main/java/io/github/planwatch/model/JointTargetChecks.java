package io.github.planwatch.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan's rules for its joint targets, kept beside its other cross-part rules: a joint target
 * names two or more of the plan's indicators, each once, in one unit; its terms fit each of them as
 * a target of that indicator would have to; its id, and each member's id, is used by nothing else.
 */
final class JointTargetChecks {

    private JointTargetChecks() {
    }

    /**
     * Adds a problem, at its field, for every rule that a joint target breaks.
     *
     * @param problems  where the problems go
     * @param seen  the ids already used (indicators' and targets'), each with the field that uses it; joint
     *              targets' ids and their members' are added
     * @param indicators  the plan's indicators
     * @param jointTargets  the plan's joint targets
     */
    static void check(List<Problem> problems, Map<String, String> seen, List<Indicator> indicators,
                      List<JointTarget> jointTargets) {
        Map<String, Indicator> byId = new HashMap<>();
        indicators.forEach(i -> byId.putIfAbsent(i.id(), i));
        for (int i = 0; i < jointTargets.size(); i++) {
            JointTarget joint = jointTargets.get(i);
            String path = "jointTargets[" + i + "]";
            // A joint target whose id is taken has members whose ids are taken too: that is said once, at the id.
            boolean ownId = claim(problems, seen, joint.id(), path + ".target.id", "plan.idUsed");
            List<String> named = joint.indicators();
            if (named.size() < 2) {
                problems.add(Problem.at(path + ".indicators", Message.ofModel("plan.joint.fewIndicators", named.size())));
            }
            Map<String, Integer> first = new HashMap<>();
            Indicator unitOf = null;
            for (int j = 0; j < named.size(); j++) {
                String id = named.get(j);
                String at = path + ".indicators[" + j + "]";
                Integer earlier = first.putIfAbsent(id, j);
                if (earlier != null) {
                    problems.add(Problem.at(at, Message.ofModel("plan.joint.indicatorTwice", Message.quoted(id),
                            path + ".indicators[" + earlier + "]")));
                    continue;
                }
                Indicator indicator = byId.get(id);
                if (indicator == null) {
                    Object hint = Problem.closest(id, byId.keySet())
                            .<Object>map(best -> Message.ofModel("didYouMean", Message.quoted(best))).orElse("");
                    problems.add(Problem.at(at, Message.ofModel("plan.namesNo.indicator", Message.quoted(id), hint)));
                    continue;
                }
                if (unitOf == null) {
                    unitOf = indicator;
                } else if (!unitOf.unit().equals(indicator.unit())) {
                    problems.add(Problem.at(at, Message.ofModel("plan.joint.unitDiffers", Message.quoted(id),
                            named(indicator.unit()), Message.quoted(unitOf.id()), named(unitOf.unit()))));
                }
                if (ownId) {
                    claim(problems, seen, joint.memberId(id), at, "plan.joint.memberIdUsed");
                }
                fits(problems, joint, indicator, path, at);
            }
        }
    }

    /** The terms as a target of the indicator: after its base year, with a baseline if relative, within its unit. */
    private static void fits(List<Problem> problems, JointTarget joint, Indicator indicator, String path, String at) {
        Target member = joint.memberOn(indicator.id());
        List<Target> targets = List.of(member);
        try {
            Indicator.checkTargets(indicator.id(), indicator.baseline(), targets, k -> path + ".target");
            Indicator.checkBasis(at, indicator.id(), indicator.baseline(), member);
            Indicator.checkBounds(indicator.id(), indicator.unit(), indicator.baseline(), targets, k -> path + ".target");
            Indicator.checkSigns(indicator.id(), indicator.unit(), indicator.baseline(), targets);
        } catch (InvalidInputException e) {
            // The same terms out of the same unit's bounds are one problem, however many indicators share it.
            e.problems().stream().filter(p -> !problems.contains(p)).forEach(problems::add);
        } catch (BrokenRuleException e) {
            // At the indicator, as the terms do not fit it; keyed, so said in the reader's language.
            e.problems().stream().map(p -> Problem.at(at, p.text())).filter(p -> !problems.contains(p))
                    .forEach(problems::add);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            problems.add(Problem.at(at, message.startsWith(at + ": ") ? message.substring(at.length() + 2) : message));
        }
    }

    private static Message named(Unit unit) {
        return unit.described();
    }

    /** Claims an id for a field; where another field has it, says so and returns false. */
    private static boolean claim(List<Problem> problems, Map<String, String> seen, String key, String path,
                                 String messageKey) {
        String first = seen.putIfAbsent(key, path);
        if (first != null) {
            problems.add(Problem.at(path, Message.ofModel(messageKey, Message.quoted(key), first)));
        }
        return first == null;
    }
}
