package io.github.planwatch.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Anticipation;
import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.Finding;
import io.github.planwatch.model.GroupKind;
import io.github.planwatch.model.GroupSummary;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.JointTarget;
import io.github.planwatch.model.KeyWorkItem;
import io.github.planwatch.model.KeyWorkUpdate;
import io.github.planwatch.model.Language;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.Organisation;
import io.github.planwatch.model.QuantifiedTarget;
import io.github.planwatch.model.Severity;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.SubjectKind;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.Task;

/**
 * Everything a report shows, worked out and worded, for the templates to lay out: they choose no
 * words and compute nothing. One view serves the HTML page and the Markdown document alike.
 *
 * @param terms  the words of the report's language
 * @param title  the plan's title
 * @param documentNumber  the plan's document number
 * @param asOf  the as-of year
 * @param referenceDate  the day key-work reports were read up to
 * @param sources  where the figures came from, or empty
 * @param css  the page's style sheet
 * @param score  the plan's score
 * @param scoredNote  how many targets were scored
 * @param counts  how many targets have each status
 * @param natures  binding targets and expected values summed up apart, one line each, or empty
 *        where the plan states targets of one nature only
 * @param offTrack  what is missed, deteriorating, anticipated to miss or overdue
 * @param ledger  every task and key-work item
 * @param cards  every indicator
 * @param jointTargets  the targets stated over several indicators at once, each with its members
 * @param workTargets  the targets stated in tasks and key work
 * @param changesHeading  what the changes are measured against, or empty without history
 * @param changes  every change of status since the latest earlier evaluation
 * @param timeline  each target's status in every evaluation, or null without history
 * @param findings  the findings by code, most severe first
 * @param units  every unit with its duties
 * @param legend  every status with its look
 * @param planPaths  whether an indicator's target has a path of the plan's own, whose points the legend then names
 */
record ReportView(Terms terms, String title, String documentNumber, int asOf, String referenceDate, String sources,
                  String css, String score, String scoredNote, List<Count> counts, List<String> natures, List<OffTrack> offTrack,
                  List<LedgerRow> ledger, List<Card> cards, List<JointRow> jointTargets, List<TargetRow> workTargets,
                  String changesHeading,
                  List<Change> changes, Timeline timeline, List<FindingGroup> findings, List<UnitRow> units,
                  List<Badge> legend, boolean planPaths) {

    /**
     * The running header of a printed page, the short title and the as-of year, as a CSS string for
     * the page's top margin box.
     */
    String runningHeader() {
        return cssString(shortTitle(title) + " · " + terms.asOf() + " " + asOf);
    }

    /**
     * A plan's title without its period in brackets at the end, as a running header names it:
     * 绍兴市加快推进城市国际化行动方案 for 绍兴市加快推进城市国际化行动方案（2020—2022年）.
     */
    static String shortTitle(String title) {
        String shorter = title.replaceFirst("\\s*[（(][^（()）]*[0-9]{4}[^（()）]*[）)]\\s*$", "");
        return shorter.isBlank() ? title : shorter;
    }

    /**
     * A text as a quoted CSS string: every character but an ASCII letter or digit as a CSS escape, so
     * that no text can end the string, the rule or the style element it stands in.
     */
    static String cssString(String text) {
        StringBuilder sb = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            if (cp < 128 && Character.isLetterOrDigit(cp)) {
                sb.appendCodePoint(cp);
            } else {
                sb.append('\\').append(Integer.toHexString(cp)).append(' ');
            }
        });
        return sb.append('"').toString();
    }

    /** A status as shown: class, glyph, label. */
    record Badge(String css, String glyph, String label) {
        static Badge of(Status s, Terms terms) {
            return new Badge(Palette.cssClass(s), Palette.glyph(s), terms.status(s));
        }
    }

    /** How many targets have a status. */
    record Count(Badge status, int n) {
    }

    /** Something off track, with who leads it and how far it is off. */
    record OffTrack(String anchor, String kind, String what, String lead, String value, String target, String gap,
                    Badge status, String why) {
    }

    /** One target in a table; {@code path} the plan's own path to it in words, or empty. */
    record TargetRow(String owner, String years, String target, String path, String judged, String score, Badge status,
                     String why) {
    }

    /** A task or key-work item in the ledger, with the milestones it states. */
    record LedgerRow(String anchor, String label, String title, String leads, String responsible, String lastReport,
                     String note, String completion, String paceCss, String paceGlyph, String pace,
                     List<MilestoneRow> milestones) {
    }

    /**
     * A milestone of a task or key-work item in the ledger: what it is, its day, the report its
     * status rests on and that report's evidence, its status and why, and its pace.
     */
    record MilestoneRow(String name, String due, String report, String evidence, Badge status, String why, String paceCss,
                        String paceGlyph, String pace) {
    }

    /**
     * An indicator's card; {@code joints} says, a line each, of which joint targets the indicator is
     * a member and whether it decided.
     */
    record Card(String anchor, int number, String name, String unit, String sub, Chart chart, List<TargetRow> targets,
                List<String> joints, List<String> notes, List<FindingLine> findings) {
    }

    /**
     * A target stated over several indicators: its name, which says how it combines them, the target,
     * its status, and each member.
     */
    record JointRow(String anchor, String name, String combination, String unit, String years, String target, String judged,
                    String score, Badge status, String why, List<MemberRow> members) {
    }

    /**
     * A joint target's member: the indicator, with a link to its card, the value it was judged on, its
     * status, and whether it decided the joint target's status.
     */
    record MemberRow(String anchor, String indicator, String judged, String score, Badge status, String why, boolean decides) {
    }

    /** A finding as a line. */
    record FindingLine(String severityCss, String severity, String title, String subject, String message) {
    }

    /** The findings of one code. */
    record FindingGroup(String severityCss, String severity, String title, boolean open, List<FindingLine> items) {
    }

    /** A change of a target's status between two evaluations, and why. */
    record Change(String what, Badge from, Badge to, String why) {
    }

    /** Each target's status in each evaluation. */
    record Timeline(List<String> columns, List<TimelineRow> rows) {
    }

    /** One target's statuses, null where an evaluation did not assess it. */
    record TimelineRow(String what, List<Badge> statuses) {
    }

    /** A unit with its duties. */
    record UnitRow(String anchor, String name, long leads, long shares, long critical, List<Duty> duties) {
    }

    /** A task or item that a unit leads or shares. */
    record Duty(String roleCss, String role, String name, Badge worst, String report) {
    }

    /** Groups of findings with more members than this start folded on screen (print unfolds them). */
    private static final int OPEN_UP_TO = 6;

    /** Builds the view of a report. */
    static ReportView of(ReportInputs in, Language language) {
        return new Builder(in, new Terms(language).forPlan(in.plan())).build();
    }

    /** Works out one view. */
    private static final class Builder {
        private final ReportInputs in;
        private final ActionPlan plan;
        private final Evaluation e;
        private final Terms terms;
        private final Texts texts;
        /** Where each target is anticipated to be: as the evaluation judged, or as the inputs give it. */
        private final Map<String, Anticipation> anticipations = new LinkedHashMap<>();

        Builder(ReportInputs in, Terms terms) {
            this.in = in;
            this.plan = in.plan();
            this.e = in.evaluation();
            this.terms = terms;
            this.texts = new Texts(plan, terms);
            for (Assessment a : e.assessments()) {
                if (a.anticipated() != null) {
                    anticipations.put(a.targetId(), a.anticipated());
                }
            }
            anticipations.putAll(in.anticipations());
        }

        ReportView build() {
            GroupSummary summary = e.planSummary();
            List<Count> counts = new ArrayList<>();
            List<Badge> legend = new ArrayList<>();
            for (Status s : order()) {
                counts.add(new Count(Badge.of(s, terms), summary.count(s)));
                legend.add(Badge.of(s, terms));
            }
            Evaluation previous = in.earlier().isEmpty() ? null : in.earlier().get(in.earlier().size() - 1);
            return new ReportView(terms, terms.of(plan.title()), plan.documentNumber(), e.asOf(), e.referenceDate().toString(),
                    in.sources(), styleSheet(), Texts.decimal(summary.score()),
                    terms.scored(summary.members() - summary.unscored(), summary.members()), counts, natures(), offTrack(), ledger(),
                    cards(), jointTargets(), workTargets(), previous == null ? "" : terms.changesSince(previous.asOf(), previous.referenceDate().toString()),
                    previous == null ? List.of() : changes(previous), timeline(), findings(), units(), legend,
                    plan.indicators().stream().flatMap(i -> i.targets().stream()).anyMatch(Target::hasTrajectory));
        }

        /** Each nature's summary in a line: its name, score and status, how many were scored, and its counts. */
        private List<String> natures() {
            List<String> lines = new ArrayList<>();
            for (GroupSummary g : e.groups(GroupKind.NATURE)) {
                StringBuilder line = new StringBuilder(terms.natureName(g.id())).append(terms.colon())
                        .append(Texts.decimal(g.score())).append(terms.parenthesised(terms.status(g.status()))).append(" · ")
                        .append(terms.scored(g.members() - g.unscored(), g.members()));
                for (Status s : order()) {
                    if (g.count(s) > 0) {
                        line.append(" · ").append(terms.status(s)).append(' ').append(g.count(s));
                    }
                }
                lines.add(line.toString());
            }
            return lines;
        }

        /** The statuses from best to worst, missing data last. */
        static List<Status> order() {
            return List.of(Status.ACHIEVED, Status.ON_TRACK, Status.ACCELERATION_NEEDED, Status.LIMITED_PROGRESS,
                    Status.DETERIORATION, Status.MISSED, Status.INSUFFICIENT_DATA);
        }

        // ------------------------------------------------------------ what a target is and whose

        private String targetName(Assessment a) {
            return texts.name(a.targetId());
        }

        private Target target(Assessment a) {
            return switch (a.ownerKind()) {
                case INDICATOR -> plan.indicator(a.ownerId()).flatMap(i -> i.targets().stream()
                        .filter(t -> t.id().equals(a.targetId())).findFirst()).orElseThrow();
                case PLAN -> joint(a).target();
                default -> plan.quantifiedTargets().stream().filter(q -> q.id().equals(a.targetId())).map(QuantifiedTarget::target)
                        .findFirst().orElseThrow();
            };
        }

        private String unitOf(Assessment a) {
            return switch (a.ownerKind()) {
                case INDICATOR -> plan.indicator(a.ownerId()).map(i -> texts.unit(i.unit())).orElse("");
                case PLAN -> plan.indicator(joint(a).indicators().get(0)).map(i -> texts.unit(i.unit())).orElse("");
                default -> plan.quantifiedTargets().stream().filter(q -> q.id().equals(a.targetId()))
                        .map(q -> texts.unit(q.unit())).findFirst().orElse("");
            };
        }

        /** The lead units of what a target belongs to, by name; "not named" where the plan names none. */
        private String leadOf(Assessment a) {
            List<String> leads = switch (a.ownerKind()) {
                case TASK -> plan.task(Integer.parseInt(a.ownerId())).map(Task::leadUnits).orElse(List.of());
                case KEY_WORK_ITEM -> plan.keyWorkItem(a.ownerId()).map(KeyWorkItem::leadUnits).orElse(List.of());
                case PLAN -> joint(a).indicators().stream().flatMap(i -> indicatorLeads(i).stream()).distinct().toList();
                default -> indicatorLeads(a.ownerId());
            };
            return leads.isEmpty() ? terms.noLeadUnit() : texts.units(leads);
        }

        /**
         * The units that answer for an indicator: those the plan names (its own units, or those of the
         * tasks it measures), then those the inputs' accountabilities add, each once.
         */
        private List<String> indicatorLeads(String indicatorId) {
            Set<String> leads = new LinkedHashSet<>();
            plan.indicator(indicatorId).ifPresent(i -> leads.addAll(plan.ownersOf(i)));
            in.owners().stream().filter(o -> o.indicator().equals(indicatorId)).forEach(o -> leads.add(o.unit()));
            return List.copyOf(leads);
        }

        private String ownerName(Assessment a) {
            return switch (a.ownerKind()) {
                case INDICATOR -> plan.indicator(a.ownerId()).map(i -> terms.of(i.name())).orElse(a.ownerId());
                case TASK -> plan.task(Integer.parseInt(a.ownerId())).map(texts::taskName).orElse(a.ownerId());
                case KEY_WORK_ITEM -> plan.keyWorkItem(a.ownerId()).map(texts::itemName).orElse(a.ownerId());
                // A joint target belongs to the plan and reads as the indicators it is stated over.
                case PLAN -> joint(a).indicators().stream().map(i -> plan.indicator(i).map(x -> terms.of(x.name())).orElse(i))
                        .collect(java.util.stream.Collectors.joining(terms.zh() ? "、" : ", "));
                default -> a.ownerId();
            };
        }

        /** The joint target, stated over several indicators, that an assessment owned by the plan judges. */
        private JointTarget joint(Assessment a) {
            return plan.jointTarget(a.targetId()).orElseThrow();
        }

        private String judged(Assessment a) {
            if (!a.years().isEmpty()) {
                return terms.yearsMet(a.yearsWith(Status.ACHIEVED), a.yearsWith(Status.MISSED), a.years().size());
            }
            if (a.latestValue() == null) {
                return "–";
            }
            return Texts.number(a.latestValue()) + (terms.zh() ? "（" + a.latestYear() + "年）" : " (" + a.latestYear() + ")")
                    + (a.provisional() ? "*" : "");
        }

        private String why(Assessment a) {
            if (a.last() != null) {
                return terms.reason(a.reason()) + (terms.zh() ? "；" : "; ") + terms.lastStatus(a.last());
            }
            if (a.reason() != null) {
                return terms.reason(a.reason());
            }
            if (a.status() == Status.MISSED) {
                return terms.zh() ? "目标年份已过，数值未达到目标" : "target year passed; the value falls short";
            }
            if (a.ratio() != null && a.status() != Status.ACHIEVED) {
                return terms.zh() ? "进度比R=" + Texts.decimal(a.ratio()) : "ratio R = " + Texts.decimal(a.ratio());
            }
            return "";
        }

        /** What a milestone commits to: the plan's own words in Chinese where it has them, else what it measures. */
        private String milestoneWords(Assessment a, Target t) {
            if (terms.zh() && t.wording() != null && !t.wording().isBlank()) {
                return t.wording();
            }
            return plan.quantifiedTargets().stream().filter(q -> q.id().equals(a.targetId())).map(q -> terms.of(q.measure()))
                    .findFirst().orElse(texts.describe(t));
        }

        private TargetRow row(Assessment a) {
            Target t = target(a);
            if (t.isMilestone()) {
                String evidence = terms.evidence(a.report());
                return new TargetRow(ownerName(a), t.years().toString(), milestoneWords(a, t) + terms.parenthesised(terms.dueBy(t.due())),
                        "", terms.report(a.report()) + (evidence.isEmpty() ? "" : terms.zh() ? "，" + evidence : "; " + evidence),
                        Texts.decimal(a.score()), Badge.of(a.status(), terms), terms.milestoneWhy(a));
            }
            return new TargetRow(ownerName(a), t.years().toString(), texts.describe(t), texts.planPath(t), judged(a),
                    Texts.decimal(a.score()), Badge.of(a.status(), terms), why(a));
        }

        // ------------------------------------------------------------ off track

        private List<OffTrack> offTrack() {
            List<OffTrack> rows = new ArrayList<>();
            for (Assessment a : e.assessments()) {
                Anticipation ant = anticipations.get(a.targetId());
                boolean lost = a.status() == Status.MISSED || a.status() == Status.DETERIORATION;
                boolean anticipatedMiss = !lost && ant != null && !ant.met() && a.status() != Status.ACHIEVED;
                if (!lost && !anticipatedMiss) {
                    continue;
                }
                Target t = target(a);
                if (t.isMilestone()) {
                    String evidence = terms.evidence(a.report());
                    rows.add(new OffTrack(anchor(a), terms.milestoneOff(a), targetName(a), leadOf(a),
                            terms.report(a.report()) + (evidence.isEmpty() ? "" : terms.parenthesised(evidence)), terms.dueBy(t.due()),
                            "–", Badge.of(a.status(), terms), terms.milestoneWhy(a)));
                    continue;
                }
                String unit = unitOf(a);
                BigDecimal value = anticipatedMiss ? Texts.estimate(ant.value()) : a.latestValue();
                String valueText = value == null ? "–" : Texts.number(value) + " " + unit
                        + (anticipatedMiss ? (terms.zh() ? "（预计" + ant.year() + "年）" : " (anticipated for " + ant.year() + ")")
                        : terms.zh() ? "（" + a.latestYear() + "年）" : " (" + a.latestYear() + ")");
                BigDecimal gap = anticipatedMiss ? Texts.estimate(ant.gap()) : value == null ? null : Texts.shortfall(t, a, value);
                String gapText = gap == null || gap.signum() <= 0 ? "–" : Texts.number(gap) + " " + unit;
                String kind = anticipatedMiss ? terms.anticipatedMiss() : terms.status(a.status());
                String why = anticipatedMiss ? terms.anticipatedMiss() : why(a);
                if (a.isJoint()) {
                    // The value and the gap are those of the member that decided.
                    String decided = terms.decidedBy(texts.indicatorName(a.decidedBy()));
                    why = why.isEmpty() ? decided : why + (terms.zh() ? "；" : "; ") + decided;
                }
                rows.add(new OffTrack(anchor(a), kind, targetName(a), leadOf(a), valueText, texts.describe(t), gapText,
                        Badge.of(a.status(), terms), why));
            }
            List<Finding> overdue = new ArrayList<>(e.findings("KEY_WORK_OVERDUE"));
            List<String> itemOrder = plan.keyWork().stream().map(KeyWorkItem::id).toList();
            overdue.sort(Comparator.comparingInt(f -> itemOrder.indexOf(f.subjectId())));
            for (Finding f : overdue) {
                Optional<KeyWorkItem> item = plan.keyWorkItem(f.subjectId());
                KeyWorkUpdate last = item.map(k -> lastReport(k.id())).orElse(null);
                rows.add(new OffTrack("kw-" + f.subjectId(), terms.overdue(), texts.name(f.subjectId()),
                        item.map(k -> k.leadUnits().isEmpty() ? terms.noLeadUnit() : texts.units(k.leadUnits())).orElse(terms.noLeadUnit()),
                        last == null ? terms.noReport() : terms.keyWorkStatus(last.status()) + (terms.zh() ? "（" + last.date() + "）" : " (" + last.date() + ")"),
                        item.map(k -> terms.zh() ? k.year() + "年内完成" : "done within " + k.year()).orElse("–"), "–",
                        Badge.of(Status.MISSED, terms), texts.prose(f.message().in(terms.language()))));
            }
            return rows;
        }

        private static String anchor(Assessment a) {
            return switch (a.ownerKind()) {
                case INDICATOR -> "ind-" + a.ownerId();
                case TASK -> "task-" + a.ownerId();
                case PLAN -> "joint-" + a.targetId();
                default -> "kw-" + a.ownerId();
            };
        }

        // ------------------------------------------------------------ ledger

        private KeyWorkUpdate lastReport(String itemId) {
            return in.updates().stream().filter(u -> u.item().equals(itemId))
                    .filter(u -> !u.date().isAfter(e.referenceDate()))
                    .max(Comparator.comparing(KeyWorkUpdate::date)).orElse(null);
        }

        private List<Assessment> ownedBy(SubjectKind kind, String id) {
            return e.assessments().stream().filter(a -> a.ownerKind() == kind && a.ownerId().equals(id)).toList();
        }

        private String completion(List<Assessment> targets) {
            if (targets.isEmpty()) {
                return terms.noTargets();
            }
            Map<Status, Integer> by = new LinkedHashMap<>();
            targets.forEach(a -> by.merge(a.status(), 1, Integer::sum));
            List<String> parts = new ArrayList<>();
            for (Status s : order()) {
                if (by.containsKey(s)) {
                    parts.add(terms.status(s) + " " + by.get(s));
                }
            }
            return (terms.zh() ? "目标" + targets.size() + "项：" : targets.size() + (targets.size() == 1 ? " target: " : " targets: "))
                    + String.join(terms.zh() ? "，" : ", ", parts);
        }

        private List<LedgerRow> ledger() {
            List<LedgerRow> rows = new ArrayList<>();
            for (Task task : plan.tasks()) {
                String id = Integer.toString(task.number());
                List<Assessment> targets = ownedBy(SubjectKind.TASK, id);
                Pace pace = Pace.ofTargets(targets, e.asOf());
                List<String> items = new ArrayList<>();
                for (KeyWorkItem item : plan.keyWork()) {
                    if (item.tasks().contains(task.number())) {
                        KeyWorkUpdate last = lastReport(item.id());
                        pace = Pace.worse(pace, Pace.ofItem(item.year(), last, e.referenceDate(),
                                ownedBy(SubjectKind.KEY_WORK_ITEM, item.id()), e.asOf()));
                        items.add(item.year() + "-" + item.number());
                    }
                }
                String completion = completion(targets) + (items.isEmpty() ? ""
                        : (terms.zh() ? "；重点工作" : "; key work ") + String.join(terms.zh() ? "、" : ", ", items));
                rows.add(new LedgerRow("task-" + id, terms.task() + (terms.zh() ? "" : " ") + task.number(), terms.of(task.title()),
                        task.leadUnits().isEmpty() ? terms.noLeadUnit() : texts.units(task.leadUnits()),
                        texts.units(task.responsibleUnits()), "–", "", completion, pace.cssClass(), pace.glyph(),
                        terms.paceLabel(pace), milestones(targets)));
            }
            for (KeyWorkItem item : plan.keyWork()) {
                List<Assessment> targets = ownedBy(SubjectKind.KEY_WORK_ITEM, item.id());
                KeyWorkUpdate last = lastReport(item.id());
                Pace pace = Pace.ofItem(item.year(), last, e.referenceDate(), targets, e.asOf());
                String report = last == null ? terms.noReport() : last.date() + " " + terms.keyWorkStatus(last.status());
                String completion = (last == null ? "" : terms.keyWorkStatus(last.status()) + (terms.zh() ? "；" : "; "))
                        + completion(targets);
                rows.add(new LedgerRow("kw-" + item.id(), terms.keyWork() + (terms.zh() ? "" : " ") + item.year() + "-" + item.number(),
                        terms.of(item.theme()), item.leadUnits().isEmpty() ? terms.noLeadUnit() : texts.units(item.leadUnits()),
                        texts.units(item.responsibleUnits()), report, last == null ? "" : last.note(), completion,
                        pace.cssClass(), pace.glyph(), terms.paceLabel(pace), milestones(targets)));
            }
            return rows;
        }

        /** The milestones among the targets of a task or key-work item, each with its day, report, evidence, status and pace. */
        private List<MilestoneRow> milestones(List<Assessment> targets) {
            List<MilestoneRow> rows = new ArrayList<>();
            for (Assessment a : targets) {
                if (a.due() == null) {
                    continue;
                }
                Pace pace = Pace.ofTargets(List.of(a), e.asOf());
                rows.add(new MilestoneRow(targetName(a), terms.dueBy(a.due()), terms.report(a.report()), terms.evidence(a.report()),
                        Badge.of(a.status(), terms), terms.milestoneWhy(a), pace.cssClass(), pace.glyph(), terms.paceLabel(pace)));
            }
            return rows;
        }

        // ------------------------------------------------------------ indicators

        private List<Card> cards() {
            List<Card> cards = new ArrayList<>();
            for (Indicator i : plan.indicators()) {
                List<Assessment> assessments = i.targets().stream().map(t -> e.assessment(t.id()).orElseThrow()).toList();
                List<Observation> observed = in.observations().stream().filter(o -> o.subject().equals(i.id()))
                        .filter(o -> o.year() <= e.asOf()).sorted(Comparator.comparingInt(Observation::year)).toList();
                String category = plan.categories().stream().filter(c -> c.id().equals(i.category()))
                        .map(c -> terms.of(c.name())).findFirst().orElse("");
                String base = i.baseline() == null ? terms.noBaseline()
                        : terms.baseline() + " " + Texts.number(i.baseline().value())
                        + (terms.zh() ? "（" + i.baseline().year() + "年）" : " (" + i.baseline().year() + ")");
                cards.add(new Card("ind-" + i.id(), i.number(), terms.of(i.name()), texts.unit(i.unit()),
                        category + " · " + base, Chart.of(i, assessments, jointMembers(i), observed, e.asOf(), anticipations,
                                terms, texts),
                        assessments.stream().map(this::row).toList(), jointLines(i), notes(observed), findingLines(findingsOf(i))));
            }
            return cards;
        }

        /** The sources of an indicator's figures, each once with the years it gave, and every note. */
        private List<String> notes(List<Observation> observed) {
            Map<String, List<Integer>> bySource = new LinkedHashMap<>();
            List<String> notes = new ArrayList<>();
            for (Observation o : observed) {
                if (!o.source().isBlank()) {
                    bySource.computeIfAbsent(o.source(), k -> new ArrayList<>()).add(o.year());
                }
                if (!o.note().isBlank()) {
                    notes.add(terms.note() + " " + o.year() + (terms.zh() ? "年：" : ": ") + o.note());
                }
            }
            List<String> lines = new ArrayList<>();
            bySource.forEach((source, years) -> lines.add(terms.sources() + " " + years(years) + (terms.zh() ? "：" : ": ") + source));
            lines.addAll(notes);
            return lines;
        }

        private String years(List<Integer> years) {
            List<String> parts = new ArrayList<>();
            int start = years.get(0);
            int prev = start;
            for (int k = 1; k <= years.size(); k++) {
                if (k < years.size() && years.get(k) == prev + 1) {
                    prev = years.get(k);
                    continue;
                }
                parts.add(start == prev ? Integer.toString(start) : start + "–" + prev);
                if (k < years.size()) {
                    start = years.get(k);
                    prev = start;
                }
            }
            return String.join(terms.zh() ? "、" : ", ", parts);
        }

        private List<Finding> findingsOf(Indicator indicator) {
            List<Finding> found = new ArrayList<>(e.findingsAbout(SubjectKind.INDICATOR, indicator.id()));
            for (Target t : indicator.targets()) {
                found.addAll(e.findingsAbout(SubjectKind.TARGET, t.id()));
            }
            // A joint target's member on the indicator is judged as the indicator's target.
            for (JointTarget joint : plan.jointTargets()) {
                if (joint.indicators().contains(indicator.id())) {
                    found.addAll(e.findingsAbout(SubjectKind.TARGET, joint.memberId(indicator.id())));
                }
            }
            found.sort(Comparator.comparing(Finding::severity, Comparator.reverseOrder()));
            return found;
        }

        private List<FindingLine> findingLines(List<Finding> found) {
            return found.stream().map(this::line).toList();
        }

        private FindingLine line(Finding f) {
            return new FindingLine(severityCss(f.severity()), terms.severity(f.severity()), terms.findingTitle(f.code()),
                    subjectName(f), texts.prose(f.message().in(terms.language())));
        }

        private static String severityCss(Severity s) {
            return "sev-" + s.name().toLowerCase(Locale.ROOT);
        }

        private String subjectName(Finding f) {
            return switch (f.subjectKind()) {
                case PLAN -> terms.of(plan.title());
                case TASK -> plan.task(Integer.parseInt(f.subjectId())).map(texts::taskName).orElse(f.subjectId());
                default -> texts.name(f.subjectId());
            };
        }

        private List<TargetRow> workTargets() {
            return e.assessments().stream().filter(a -> a.ownerKind() != SubjectKind.INDICATOR && !a.isJoint()).map(this::row)
                    .toList();
        }

        /** Each joint target with its members, in the plan's order, the member that decided marked. */
        private List<JointRow> jointTargets() {
            List<JointRow> rows = new ArrayList<>();
            for (JointTarget joint : plan.jointTargets()) {
                Assessment a = e.assessment(joint.id()).orElseThrow();
                TargetRow row = row(a);
                List<MemberRow> members = new ArrayList<>();
                for (Assessment m : a.members()) {
                    members.add(new MemberRow("ind-" + m.subjectId(), texts.indicatorName(m.subjectId()), judged(m),
                            Texts.decimal(m.score()), Badge.of(m.status(), terms), why(m), m.subjectId().equals(a.decidedBy())));
                }
                // The target in full: its year, its terms and the indicators' unit, 2021年 ≥ 70 %.
                String target = row.years() + (terms.zh() ? "年 " : " ") + row.target() + " " + unitOf(a);
                String name = targetName(a);
                // A heading begins with a capital: "The 2022 joint target (any of: …)".
                name = name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
                rows.add(new JointRow("joint-" + joint.id(), name, terms.combination(joint.combine()), unitOf(a),
                        row.years(), target, row.judged(), row.score(), row.status(), row.why(), members));
            }
            return rows;
        }

        /** What an indicator's card says of each joint target the indicator is a member of. */
        /** The members on an indicator of the joint targets stated over it, each named as its joint target. */
        private List<Chart.Drawn> jointMembers(Indicator indicator) {
            List<Chart.Drawn> members = new ArrayList<>();
            for (JointTarget joint : plan.jointTargets()) {
                if (joint.indicators().contains(indicator.id())) {
                    Assessment a = e.assessment(joint.id()).orElseThrow();
                    a.members().stream().filter(m -> m.subjectId().equals(indicator.id())).findFirst()
                            .ifPresent(m -> members.add(new Chart.Drawn(joint.memberOn(indicator.id()), m,
                                    Texts.capitalised(texts.jointName(joint)))));
                }
            }
            return members;
        }

        private List<String> jointLines(Indicator indicator) {
            List<String> lines = new ArrayList<>();
            for (JointTarget joint : plan.jointTargets()) {
                if (joint.indicators().contains(indicator.id())) {
                    Assessment a = e.assessment(joint.id()).orElseThrow();
                    lines.add(terms.memberOf(targetName(a), indicator.id().equals(a.decidedBy())));
                }
            }
            return lines;
        }

        // ------------------------------------------------------------ history

        private List<Change> changes(Evaluation previous) {
            List<Change> changes = new ArrayList<>();
            for (Assessment now : e.assessments()) {
                Optional<Assessment> was = previous.assessment(now.targetId());
                if (was.isEmpty() || was.get().status() == now.status()) {
                    continue;
                }
                changes.add(new Change(targetName(now), Badge.of(was.get().status(), terms), Badge.of(now.status(), terms),
                        changeReason(was.get(), now, previous)));
            }
            return changes;
        }

        /**
         * Why a status changed: the reason of a status without judgement, a passed target year, or new
         * figures; for a milestone, the report its status rests on and why.
         */
        private String changeReason(Assessment was, Assessment now, Evaluation previous) {
            if (now.due() != null) {
                // A milestone changes on its reports and its day, never on a figure.
                String why = terms.milestoneWhy(now);
                String report = terms.report(now.report());
                return why.isEmpty() ? report : report + (terms.zh() ? "；" : "; ") + why;
            }
            List<String> why = new ArrayList<>();
            if (now.reason() != null) {
                why.add(terms.reason(now.reason()) + (now.last() == null ? "" : (terms.zh() ? "，" : ", ") + terms.lastStatus(now.last())));
            } else if (now.status() == Status.MISSED || now.status() == Status.ACHIEVED && now.targetYear() <= e.asOf()
                    && was.targetYear() > previous.asOf()) {
                why.add(terms.zh() ? "目标年份已过" : "the target year passed");
            }
            if (now.latestYear() != null && !now.latestYear().equals(was.latestYear())) {
                why.add(terms.zh() ? "新数据：" + Texts.number(now.latestValue()) + "（" + now.latestYear() + "年）"
                        : "new figure: " + Texts.number(now.latestValue()) + " (" + now.latestYear() + ")");
            } else if (now.latestValue() != null && was.latestValue() != null && now.latestValue().compareTo(was.latestValue()) != 0) {
                why.add(terms.zh() ? "数据修订：" + Texts.number(was.latestValue()) + "→" + Texts.number(now.latestValue())
                        : "figure revised: " + Texts.number(was.latestValue()) + " → " + Texts.number(now.latestValue()));
            }
            if (why.isEmpty() && previous.asOf() != e.asOf()) {
                why.add(terms.zh() ? "评估年份由" + previous.asOf() + "年变为" + e.asOf() + "年"
                        : "as of " + e.asOf() + " instead of " + previous.asOf());
            }
            if (why.isEmpty() && now.ratio() != null) {
                why.add(terms.zh() ? "进度比R=" + Texts.decimal(now.ratio()) : "ratio R = " + Texts.decimal(now.ratio()));
            }
            return String.join(terms.zh() ? "；" : "; ", why);
        }

        private Timeline timeline() {
            if (in.earlier().isEmpty()) {
                return null;
            }
            List<Evaluation> all = new ArrayList<>(in.earlier());
            all.add(e);
            List<String> columns = all.stream().map(x -> x.asOf() + (terms.zh() ? "年" : "")).toList();
            List<TimelineRow> rows = new ArrayList<>();
            for (Assessment a : e.assessments()) {
                List<Badge> statuses = new ArrayList<>();
                for (Evaluation x : all) {
                    statuses.add(x.assessment(a.targetId()).map(y -> Badge.of(y.status(), terms)).orElse(null));
                }
                rows.add(new TimelineRow(targetName(a), statuses));
            }
            return new Timeline(columns, rows);
        }

        // ------------------------------------------------------------ findings and units

        private List<FindingGroup> findings() {
            Map<String, List<Finding>> byCode = new LinkedHashMap<>();
            e.findings().forEach(f -> byCode.computeIfAbsent(f.code(), k -> new ArrayList<>()).add(f));
            List<FindingGroup> groups = new ArrayList<>();
            byCode.forEach((code, found) -> {
                Severity s = found.get(0).severity();
                boolean open = s == Severity.CRITICAL && found.size() <= OPEN_UP_TO || found.size() <= 2;
                groups.add(new FindingGroup(severityCss(s), terms.severity(s), terms.findingTitle(code), open, findingLines(found)));
            });
            return groups;
        }

        private List<UnitRow> units() {
            List<UnitRow> rows = new ArrayList<>();
            for (Organisation org : plan.organisations()) {
                List<Duty> duties = new ArrayList<>();
                long leads = 0;
                long shares = 0;
                long critical = e.findingsAbout(SubjectKind.UNIT, org.id()).stream().filter(f -> f.severity() == Severity.CRITICAL).count();
                for (Task task : plan.tasks()) {
                    boolean lead = task.leadUnits().contains(org.id());
                    if (lead || task.responsibleUnits().contains(org.id())) {
                        String id = Integer.toString(task.number());
                        duties.add(duty(lead, texts.taskName(task), ownedBy(SubjectKind.TASK, id), ""));
                        critical += e.findingsAbout(SubjectKind.TASK, id).stream().filter(f -> f.severity() == Severity.CRITICAL).count();
                        leads += lead ? 1 : 0;
                        shares += lead ? 0 : 1;
                    }
                }
                for (KeyWorkItem item : plan.keyWork()) {
                    boolean lead = item.leadUnits().contains(org.id());
                    if (lead || item.responsibleUnits().contains(org.id())) {
                        KeyWorkUpdate last = lastReport(item.id());
                        duties.add(duty(lead, texts.itemName(item), ownedBy(SubjectKind.KEY_WORK_ITEM, item.id()),
                                last == null ? terms.noReport() : terms.lastReport() + " " + last.date() + " " + terms.keyWorkStatus(last.status())));
                        critical += e.findingsAbout(SubjectKind.KEY_WORK_ITEM, item.id()).stream()
                                .filter(f -> f.severity() == Severity.CRITICAL).count();
                        leads += lead ? 1 : 0;
                        shares += lead ? 0 : 1;
                    }
                }
                if (!duties.isEmpty()) {
                    rows.add(new UnitRow("unit-" + org.id(), terms.of(org.name()), leads, shares, critical, duties));
                }
            }
            rows.sort(Comparator.comparingLong((UnitRow u) -> -u.critical()).thenComparingLong(u -> -u.leads()));
            return rows;
        }

        private Duty duty(boolean lead, String name, List<Assessment> targets, String report) {
            Badge worst = targets.stream().map(Assessment::status).min(Comparator.comparingInt(Status::rank))
                    .map(s -> Badge.of(s, terms)).orElse(null);
            return new Duty(lead ? "lead" : "resp", lead ? terms.roleLead() : terms.roleResponsible(), name, worst, report);
        }
    }

    private static String styleSheet() {
        try (InputStream in = ReportView.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("the report's style sheet report.css is missing from the class path");
            }
            StringBuilder css = new StringBuilder(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            css.append("\n:root{");
            for (Status s : Builder.order()) {
                String name = Palette.cssClass(s).substring(3);
                css.append("--").append(name).append(':').append(Palette.colour(s)).append(";--").append(name).append("-text:")
                        .append(Palette.textOn(s)).append(';');
            }
            return css.append("}\n").toString();
        } catch (IOException ex) {
            throw new UncheckedIOException("could not read the report's style sheet", ex);
        }
    }
}
