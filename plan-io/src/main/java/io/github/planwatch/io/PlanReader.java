package io.github.planwatch.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.github.planwatch.io.DocNode.Field;
import io.github.planwatch.io.DocNode.ListNode;
import io.github.planwatch.io.DocNode.MapNode;
import io.github.planwatch.io.DocNode.Scalar;
import io.github.planwatch.io.DocNode.ScalarKind;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Area;
import io.github.planwatch.model.Baseline;
import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.Goal;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.IndicatorCategory;
import io.github.planwatch.model.InvalidInputException;
import io.github.planwatch.model.KeyWorkItem;
import io.github.planwatch.model.LocalizedText;
import io.github.planwatch.model.Organisation;
import io.github.planwatch.model.OrganisationKind;
import io.github.planwatch.model.Principle;
import io.github.planwatch.model.Problem;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.QuantifiedTarget;
import io.github.planwatch.model.Safeguard;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.TargetKind;
import io.github.planwatch.model.Task;
import io.github.planwatch.model.Tolerance;
import io.github.planwatch.model.ToleranceKind;
import io.github.planwatch.model.Unit;
import io.github.planwatch.model.YearSpan;

/**
 * Maps a parsed document tree to an {@link ActionPlan}, collecting every problem with its place.
 *
 * <p>Each part is read field by field; a field that is missing, unknown or of the wrong type is a
 * problem at that field, and the part is not built. A part whose fields all read is built with the
 * model's constructor, and a rule the constructor enforces becomes a problem at the part (or at the
 * field its message names). References between parts (a task's area, a unit's organisation) are
 * resolved against the ids the document declares, so that they are reported together with every
 * other problem. Once every part is built, the plan's own constructor checks the rules across parts
 * and each problem it reports is placed at the node its field path leads to.
 *
 * <p>One instance reads one document; not thread-safe.
 */
final class PlanReader extends TreeReader {

    /** The version of the plan document format that this reader reads and the writer writes. */
    static final int SCHEMA_VERSION = 1;
    /** The ids the document declares, or null where a list could not be read whole to know them. */
    private Set<String> organisationIds;
    private Set<String> areaIds;
    private Set<String> categoryIds;
    private Set<String> taskNumbers;

    private final Kind<YearSpan> yearSpan = new Kind<>("a year such as 2022 or a span such as 2020-2022",
            this::readYearSpan);
    private final Kind<Unit> unit = new Kind<>("a unit, {zh: ..., en: ..., negativeAllowed: ...}", this::readUnit);
    private final Kind<Tolerance> tolerance = new Kind<>("a tolerance, {kind: RELATIVE or ABSOLUTE, value: ...}",
            this::readTolerance);
    private final Kind<Baseline> baseline = new Kind<>("a baseline, {year: ..., value: ...}", this::readBaseline);
    private final Kind<Target> target = new Kind<>("a target", this::readTarget);
    private final Kind<QuantifiedTarget> quantifiedTarget = new Kind<>("a quantified target",
            this::readQuantifiedTarget);
    private final Kind<String> organisationRef = reference("organisations", () -> organisationIds);
    private final Kind<String> areaRef = reference("areas", () -> areaIds);
    private final Kind<String> categoryRef = reference("categories", () -> categoryIds);
    private final Kind<Integer> taskRef = new Kind<>("the number of one of the plan's tasks", this::readTaskRef);

    private PlanReader(String source) {
        super(source);
    }

    /**
     * Reads a plan from a parsed document.
     *
     * @param parsed  the parsed document and the problems the parser found, not null
     * @param source  the document's name, not null
     * @return the plan, not null
     * @throws DocumentException listing every problem, the parser's included, if there is any
     */
    static ActionPlan read(DocumentParser.Parsed parsed, String source) {
        PlanReader reader = new PlanReader(source);
        return reader.finish(parsed, reader.readPlan(parsed.root()), "the plan");
    }

    // ---------------------------------------------------------------- the parts of a plan

    private ActionPlan readPlan(DocNode root) {
        List<String> fields = Stream.concat(Stream.of(SCHEMA_VERSION_FIELD), fieldsOf(ActionPlan.class).stream())
                .toList();
        Obj o = object(root, "", "a plan", fields);
        if (o == null) {
            return null;
        }
        organisationIds = declared(o.node, "organisations", "id");
        areaIds = declared(o.node, "areas", "id");
        categoryIds = declared(o.node, "categories", "id");
        taskNumbers = declared(o.node, "tasks", "number");

        schemaVersion(o, SCHEMA_VERSION);
        String id = o.required("id", text);
        LocalizedText title = o.required("title", localized);
        String issuer = o.required("issuer", organisationRef);
        String documentNumber = o.required("documentNumber", text);
        LocalDate issueDate = o.required("issueDate", date);
        YearSpan period = o.required("period", yearSpan);
        Integer horizonYear = o.required("horizonYear", integer);
        String guidingIdeology = o.required("guidingIdeology", text);
        List<Principle> principles = o.list("principles", kind("a principle", this::readPrinciple));
        List<Goal> goals = o.list("goals", kind("a goal", this::readGoal));
        List<Area> areas = o.list("areas", kind("an area", this::readArea));
        List<IndicatorCategory> categories = o.list("categories", kind("an indicator category", this::readCategory));
        List<Task> tasks = o.list("tasks", kind("a task", this::readTask));
        List<Indicator> indicators = o.list("indicators", kind("an indicator", this::readIndicator));
        List<KeyWorkItem> keyWork = o.list("keyWork", kind("a key-work item", this::readKeyWorkItem));
        List<Safeguard> safeguards = o.list("safeguards", kind("a safeguard", this::readSafeguard));
        List<Organisation> organisations = o.list("organisations", kind("an organisation", this::readOrganisation));
        if (o.failed) {
            return null;
        }
        try {
            return new ActionPlan(id, title, issuer, documentNumber, issueDate, period, horizonYear, guidingIdeology,
                    principles, goals, areas, categories, tasks, indicators, keyWork, safeguards, organisations);
        } catch (InvalidInputException ex) {
            for (Problem p : ex.problems()) {
                DocNode at = nodeAt(o.node, p.path());
                problem(at, p.path(), p.message());
            }
        } catch (IllegalArgumentException | NullPointerException ex) {
            reportBroken(o, ex);
        }
        return null;
    }

    private Principle readPrinciple(DocNode node, String path) {
        Obj o = object(node, path, "a principle", fieldsOf(Principle.class));
        if (o == null) {
            return null;
        }
        Integer n = o.required("number", integer);
        LocalizedText title = o.required("title", localized);
        String body = o.required("text", text);
        return build(o, () -> new Principle(n, title, body));
    }

    private Goal readGoal(DocNode node, String path) {
        Obj o = object(node, path, "a goal", fieldsOf(Goal.class));
        if (o == null) {
            return null;
        }
        Integer year = o.required("year", integer);
        String body = o.required("text", text);
        String summary = o.required("summary", text);
        return build(o, () -> new Goal(year, body, summary));
    }

    private Area readArea(DocNode node, String path) {
        Obj o = object(node, path, "an area", fieldsOf(Area.class));
        if (o == null) {
            return null;
        }
        String id = o.required("id", text);
        Integer n = o.required("number", integer);
        LocalizedText name = o.required("name", localized);
        LocalizedText heading = o.required("heading", localized);
        return build(o, () -> new Area(id, n, name, heading));
    }

    private IndicatorCategory readCategory(DocNode node, String path) {
        Obj o = object(node, path, "an indicator category", fieldsOf(IndicatorCategory.class));
        if (o == null) {
            return null;
        }
        String id = o.required("id", text);
        LocalizedText name = o.required("name", localized);
        return build(o, () -> new IndicatorCategory(id, name));
    }

    private Task readTask(DocNode node, String path) {
        Obj o = object(node, path, "a task", fieldsOf(Task.class));
        if (o == null) {
            return null;
        }
        Integer n = o.required("number", integer);
        String area = o.required("area", areaRef);
        LocalizedText title = o.required("title", localized);
        String body = o.required("text", text);
        List<String> lead = o.list("leadUnits", organisationRef);
        List<String> responsible = o.list("responsibleUnits", organisationRef);
        List<QuantifiedTarget> targets = o.list("targets", quantifiedTarget);
        return build(o, () -> new Task(n, area, title, body, lead, responsible, targets));
    }

    private Indicator readIndicator(DocNode node, String path) {
        Obj o = object(node, path, "an indicator", fieldsOf(Indicator.class));
        if (o == null) {
            return null;
        }
        String id = o.required("id", text);
        Integer n = o.required("number", integer);
        String category = o.required("category", categoryRef);
        LocalizedText name = o.required("name", localized);
        Unit u = o.required("unit", unit);
        Direction direction = o.required("direction", enumKind(Direction.class));
        ProgressMethod method = o.required("method", enumKind(ProgressMethod.class));
        Baseline base = o.optional("baseline", baseline);
        List<Target> targets = o.list("targets", target);
        return build(o, () -> new Indicator(id, n, category, name, u, direction, method, base, targets));
    }

    private KeyWorkItem readKeyWorkItem(DocNode node, String path) {
        Obj o = object(node, path, "a key-work item", fieldsOf(KeyWorkItem.class));
        if (o == null) {
            return null;
        }
        Integer year = o.required("year", integer);
        Integer n = o.required("number", integer);
        LocalizedText theme = o.required("theme", localized);
        String body = o.required("text", text);
        List<String> lead = o.list("leadUnits", organisationRef);
        List<String> responsible = o.list("responsibleUnits", organisationRef);
        List<Integer> tasks = o.list("tasks", taskRef);
        List<QuantifiedTarget> targets = o.list("targets", quantifiedTarget);
        return build(o, () -> new KeyWorkItem(year, n, theme, body, lead, responsible, tasks, targets));
    }

    private Safeguard readSafeguard(DocNode node, String path) {
        Obj o = object(node, path, "a safeguard", fieldsOf(Safeguard.class));
        if (o == null) {
            return null;
        }
        Integer n = o.required("number", integer);
        LocalizedText title = o.required("title", localized);
        String body = o.required("text", text);
        return build(o, () -> new Safeguard(n, title, body));
    }

    private Organisation readOrganisation(DocNode node, String path) {
        Obj o = object(node, path, "an organisation", fieldsOf(Organisation.class));
        if (o == null) {
            return null;
        }
        String id = o.required("id", text);
        LocalizedText name = o.required("name", localized);
        OrganisationKind kind = o.required("kind", enumKind(OrganisationKind.class));
        List<String> aliases = o.list("aliases", text);
        return build(o, () -> new Organisation(id, name, kind, aliases));
    }

    private QuantifiedTarget readQuantifiedTarget(DocNode node, String path) {
        Obj o = object(node, path, quantifiedTarget.expected(), fieldsOf(QuantifiedTarget.class));
        if (o == null) {
            return null;
        }
        LocalizedText measure = o.required("measure", localized);
        Unit u = o.required("unit", unit);
        Direction direction = o.required("direction", enumKind(Direction.class));
        ProgressMethod method = o.required("method", enumKind(ProgressMethod.class));
        Baseline base = o.optional("baseline", baseline);
        Target t = o.required("target", target);
        return build(o, () -> new QuantifiedTarget(measure, u, direction, method, base, t));
    }

    private Target readTarget(DocNode node, String path) {
        Obj o = object(node, path, target.expected(), fieldsOf(Target.class));
        if (o == null) {
            return null;
        }
        String id = o.required("id", text);
        TargetKind kind = o.required("kind", enumKind(TargetKind.class));
        YearSpan years = o.required("years", yearSpan);
        Comparison comparison = o.required("comparison", enumKind(Comparison.class));
        BigDecimal value = o.required("value", number);
        Tolerance band = o.optional("tolerance", tolerance);
        String wording = o.optional("wording", text);
        return build(o, () -> new Target(id, kind, years, comparison, value, band, wording));
    }

    private Unit readUnit(DocNode node, String path) {
        Obj o = object(node, path, unit.expected(), fieldsOf(Unit.class));
        if (o == null) {
            return null;
        }
        String zh = o.required("zh", text);
        String en = o.required("en", text);
        Boolean negativeAllowed = o.optional("negativeAllowed", bool);
        return build(o, () -> new Unit(zh, en, Boolean.TRUE.equals(negativeAllowed)));
    }

    private Tolerance readTolerance(DocNode node, String path) {
        Obj o = object(node, path, tolerance.expected(), fieldsOf(Tolerance.class));
        if (o == null) {
            return null;
        }
        ToleranceKind kind = o.required("kind", enumKind(ToleranceKind.class));
        BigDecimal value = o.required("value", number);
        return build(o, () -> new Tolerance(kind, value));
    }

    private Baseline readBaseline(DocNode node, String path) {
        Obj o = object(node, path, baseline.expected(), fieldsOf(Baseline.class));
        if (o == null) {
            return null;
        }
        Integer year = o.required("year", integer);
        BigDecimal value = o.required("value", number);
        return build(o, () -> new Baseline(year, value));
    }

    // ---------------------------------------------------------------- scalars

    private YearSpan readYearSpan(DocNode node, String path) {
        if (node instanceof Scalar s && (s.kind() == ScalarKind.TEXT || s.kind() == ScalarKind.INTEGER)) {
            try {
                return s.kind() == ScalarKind.TEXT ? YearSpan.parse(s.text()) : YearSpan.ofYear(s.number().intValueExact());
            } catch (IllegalArgumentException | ArithmeticException ex) {
                problem(node, path, "expected " + yearSpan.expected() + ", found " + s.describe() + " ("
                        + ex.getMessage() + ")");
                return null;
            }
        }
        wrongType(node, path, yearSpan.expected());
        return null;
    }

    private Kind<String> reference(String list, Supplier<Set<String>> known) {
        String expected = "the id of one of the plan's " + list;
        return new Kind<>(expected, (node, path) -> {
            String id = text.read(node, path);
            if (id == null) {
                return null;
            }
            Set<String> ids = known.get();
            if (ids != null && !ids.contains(id)) {
                problem(node, path, "expected " + expected + ", found " + DocNode.quote(id) + Suggestions.didYouMean(id, ids));
                return null;
            }
            return id;
        });
    }

    private Integer readTaskRef(DocNode node, String path) {
        Integer n = integer.read(node, path);
        if (n == null) {
            return null;
        }
        if (taskNumbers != null && !taskNumbers.contains(n.toString())) {
            problem(node, path, "expected " + taskRef.expected() + ", found " + n);
            return null;
        }
        return n;
    }

    /** Collects the ids (or numbers) that the items of a top-level list declare; null if one cannot be read. */
    private static Set<String> declared(MapNode root, String list, String field) {
        Field f = root.fields().get(list);
        if (f == null || isNull(f.value())) {
            return Set.of();
        }
        if (!(f.value() instanceof ListNode items)) {
            return null;
        }
        Set<String> ids = new HashSet<>();
        for (DocNode item : items.items()) {
            Field id = item instanceof MapNode m ? m.fields().get(field) : null;
            if (id != null && id.value() instanceof Scalar s
                    && (s.kind() == ScalarKind.TEXT || s.kind() == ScalarKind.INTEGER)) {
                ids.add(s.kind() == ScalarKind.INTEGER ? s.number().toString() : s.text());
            } else {
                return null;
            }
        }
        return ids;
    }
}
