package io.github.planwatch.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.JointTarget;
import io.github.planwatch.model.KeyWorkItem;
import io.github.planwatch.model.KeyWorkStatus;
import io.github.planwatch.model.QuantifiedTarget;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.Task;
import io.github.planwatch.model.TrajectoryPoint;
import io.github.planwatch.model.Unit;

/**
 * The report's prose about a plan: names in place of ids, targets in a few words, and Chinese
 * typography (full-width punctuation beside Chinese text, ‘’ inside “”).
 */
final class Texts {

    private static final Pattern CJK_HALF = Pattern.compile("(?<=[\\p{IsHan}）”])\\s*([,;:!?()])\\s*|\\s*([,;:!?()])\\s*(?=[\\p{IsHan}“（])");
    /** An id, with the indicator's id after a dot where it names a joint target's member ({@code rates-2022.employment}). */
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)+(?:\\.[a-z][a-z0-9]*(?:-[a-z0-9]+)*)?");
    /** A constant's name, as a rule's message may carry one (a report's state, a status). */
    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z]+(?:_[A-Z]+)*\\b");

    private final Terms terms;
    private final ActionPlan plan;
    /** Every id the plan gives, longest first so that an id is never replaced inside a longer one. */
    private final Map<String, String> names = new LinkedHashMap<>();

    Texts(ActionPlan plan, Terms terms) {
        this.plan = plan;
        this.terms = terms;
        Map<String, String> found = new LinkedHashMap<>();
        for (Indicator i : plan.indicators()) {
            found.put(i.id(), terms.of(i.name()));
            for (Target t : i.targets()) {
                found.put(t.id(), targetName(terms.of(i.name()), t.year()));
            }
        }
        for (Task task : plan.tasks()) {
            for (QuantifiedTarget q : task.targets()) {
                found.put(q.id(), workTargetName(q));
            }
        }
        for (KeyWorkItem item : plan.keyWork()) {
            found.put(item.id(), itemName(item));
            for (QuantifiedTarget q : item.targets()) {
                found.put(q.id(), workTargetName(q));
            }
        }
        for (JointTarget joint : plan.jointTargets()) {
            found.put(joint.id(), jointName(joint));
            for (String i : joint.indicators()) {
                found.put(joint.memberId(i), memberName(joint, i));
            }
        }
        plan.organisations().forEach(o -> found.put(o.id(), terms.of(o.name())));
        found.entrySet().stream().sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()))
                .forEach(e -> names.put(e.getKey(), e.getValue()));
    }

    /** A target of a task or key-work item by what it measures: a milestone as 里程碑“measure”, another by its year. */
    private String workTargetName(QuantifiedTarget q) {
        if (q.target().isMilestone()) {
            return terms.zh() ? nestQuotes("里程碑“" + terms.of(q.measure()) + "”") : "the milestone “" + terms.of(q.measure()) + "”";
        }
        return targetName(terms.of(q.measure()), q.target().year());
    }

    /**
     * A joint target by its year, how it combines and its indicators: 2022年联合目标（全部达到：就业率、劳动参与率）,
     * the 2022 joint target (all of: Employment rate, Participation rate).
     */
    String jointName(JointTarget joint) {
        String over = terms.combination(joint.combine()) + terms.colon().strip() + (terms.zh() ? "" : " ")
                + String.join(terms.zh() ? "、" : ", ", joint.indicators().stream().map(this::indicatorName).toList());
        return terms.zh() ? joint.target().year() + "年联合目标（" + over + "）" : "the " + joint.target().year() + " joint target (" + over + ")";
    }

    /** A joint target's member by its indicator: 2022年联合目标在“就业率”上的成员, the 2022 joint target on Employment rate. */
    private String memberName(JointTarget joint, String indicatorId) {
        return terms.zh() ? nestQuotes(joint.target().year() + "年联合目标在“" + indicatorName(indicatorId) + "”上的成员")
                : "the " + joint.target().year() + " joint target on " + indicatorName(indicatorId);
    }

    /** An indicator's name, or its id where the plan has no such indicator. */
    String indicatorName(String id) {
        return plan.indicator(id).map(i -> terms.of(i.name())).orElse(id);
    }

    private String targetName(String measure, int year) {
        return terms.zh() ? nestQuotes("“" + measure + "”") + year + "年目标" : "the " + year + " target for " + measure;
    }

    /** A key-work item as {@code 重点工作2020-9“theme”}. */
    String itemName(KeyWorkItem item) {
        return terms.zh() ? nestQuotes("重点工作" + item.year() + "-" + item.number() + "“" + terms.of(item.theme()) + "”")
                : "key work " + item.year() + "-" + item.number() + " (" + terms.of(item.theme()) + ")";
    }

    /** A task as {@code 任务5“title”}. */
    String taskName(Task task) {
        return terms.zh() ? nestQuotes("任务" + task.number() + "“" + terms.of(task.title()) + "”")
                : "task " + task.number() + " (" + terms.of(task.title()) + ")";
    }

    /** The name of what an id names, or the id where the plan has no such thing. */
    String name(String id) {
        return names.getOrDefault(id, id);
    }

    /** Our prose about the plan, with names for the ids in it and the language's typography. */
    String prose(String text) {
        Matcher m = ID.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String id = m.group();
            // A sentence may end on an id, and the next word follow the dot without a space.
            String name = names.containsKey(id) || id.indexOf('.') < 0 ? names.getOrDefault(id, id)
                    : names.getOrDefault(id.substring(0, id.indexOf('.')), id.substring(0, id.indexOf('.'))) + id.substring(id.indexOf('.'));
            m.appendReplacement(sb, Matcher.quoteReplacement(name));
        }
        m.appendTail(sb);
        Matcher c = CONSTANT.matcher(sb.toString());
        StringBuilder out = new StringBuilder();
        while (c.find()) {
            c.appendReplacement(out, Matcher.quoteReplacement(constant(c.group())));
        }
        c.appendTail(out);
        return terms.zh() ? chinese(out.toString()) : out.toString();
    }

    /** The label of a status or a report's state named by its constant; any other word as it is. */
    private String constant(String name) {
        for (KeyWorkStatus s : KeyWorkStatus.values()) {
            if (s.name().equals(name)) {
                return terms.keyWorkStatus(s);
            }
        }
        for (Status s : Status.values()) {
            if (s.name().equals(name)) {
                return terms.status(s);
            }
        }
        return name;
    }

    /**
     * Chinese typography: half-width punctuation beside Chinese text becomes full-width, and a
     * quotation inside a quotation takes single quotes (“打造‘全球时尚纺织之都’”).
     */
    static String chinese(String text) {
        Matcher m = CJK_HALF.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String p = m.group(1) != null ? m.group(1) : m.group(2);
            String full = switch (p) {
                case "," -> "，";
                case ";" -> "；";
                case ":" -> "：";
                case "!" -> "！";
                case "?" -> "？";
                case "(" -> "（";
                default -> "）";
            };
            m.appendReplacement(sb, full);
        }
        m.appendTail(sb);
        return nestQuotes(sb.toString());
    }

    /** Turns the second level of “” quotation into ‘’. */
    static String nestQuotes(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (c == '“') {
                sb.append(depth % 2 == 1 ? '‘' : '“');
                depth++;
            } else if (c == '”' && depth > 0) {
                depth--;
                sb.append(depth % 2 == 1 ? '’' : '”');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The unit as written in the language. */
    String unit(Unit unit) {
        return terms.of(unit.name());
    }

    /** A text with its first letter in upper case, to begin a label; Chinese stays as it is. */
    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A number as written, without exponent. */
    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** An estimate (an anticipated value, its gap) to one decimal: its further digits are noise. */
    static BigDecimal estimate(BigDecimal value) {
        return value.setScale(1, java.math.RoundingMode.HALF_UP);
    }

    /** A score or ratio with two decimals, or a dash. */
    static String decimal(Double value) {
        return value == null ? "–" : String.format(java.util.Locale.ROOT, "%.2f", value);
    }

    /** A target in a few words: the plan's own in Chinese where it has them, else a sign and a value. */
    String describe(Target target) {
        return terms.describe(target, true);
    }

    /**
     * The plan's own path to a target in words, its points in year order: "Plan's own path: 2020: 5950;
     * 2021: 6300", 方案分年度目标：2020年5950，2021年6300; empty where the target has none.
     */
    String planPath(Target target) {
        if (!target.hasTrajectory()) {
            return "";
        }
        List<String> points = new ArrayList<>();
        for (TrajectoryPoint p : target.trajectory()) {
            points.add(terms.zh() ? p.year() + "年" + number(p.value()) : p.year() + ": " + number(p.value()));
        }
        return terms.planPath() + terms.colon() + String.join(terms.zh() ? "，" : "; ", points);
    }

    /**
     * How far a value falls short of a target, in the subject's unit: positive where it falls short,
     * zero or less where it meets; null for a comparison that has no side to fall short of.
     */
    static BigDecimal shortfall(Target t, Assessment a, BigDecimal value) {
        // A target stated relative to the baseline falls short of the level it resolves to.
        BigDecimal level = a.targetLevel() != null ? a.targetLevel() : t.value();
        return switch (t.comparison()) {
            case AT_LEAST, ABOVE -> level.subtract(value);
            case AT_MOST, BELOW -> value.subtract(level);
            case ABOUT -> {
                BigDecimal off = value.subtract(level).abs();
                yield a.tolerance() == null ? off : off.subtract(a.tolerance());
            }
        };
    }

    /** The names of units, joined in the language. */
    String units(List<String> ids) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            out.add(plan.organisation(id).map(o -> terms.of(o.name())).orElse(id));
        }
        return String.join(terms.zh() ? "、" : ", ", out);
    }
}
