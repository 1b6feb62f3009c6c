package io.github.planwatch.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import lombok.Builder;

/**
 * A whole action plan: who issued it and when, its principles and goals, its areas and tasks, its
 * indicators and their targets, its yearly key-work lists, its safeguards, and every unit it names.
 *
 * <p>Build one with {@link #builder()}. Building checks every rule that spans several parts, and
 * reports all broken ones at once in an {@link InvalidInputException}, each with its field path:
 * numbers and ids are unique; every area, category, task and unit that a part refers to exists;
 * indicator ids and target ids, which observations are keyed by, do not collide; key-work items
 * fall inside the plan's period; a joint target names two or more of the plan's indicators, each
 * once, whose terms fit each of them, and its id and its members' ids collide with no other.
 * Immutable and thread-safe.
 *
 * @param id  the plan's stable id, such as {@code shaoxing-internationalization-2020-2022}, not null
 * @param title  the plan's title, not null
 * @param language  the BCP 47 tag of the plan's main language, to which lookups of a text in a language
 *                  it lacks fall back; where null, the title's own language
 * @param issuer  the id of the issuing organisation, not null
 * @param documentNumber  the document number (文号), such as 绍政办发〔2020〕15号, not blank
 * @param issueDate  the date the document was issued, not null
 * @param period  the years the plan covers, not null
 * @param horizonYear  the year of its longer-term outlook, not before the period ends
 * @param guidingIdeology  the plan's guiding ideology (指导思想), not blank
 * @param principles  its guiding principles, not null
 * @param goals  its overall goals, not null
 * @param areas  its areas of work, in order, not null
 * @param categories  its indicator categories, in order, not null
 * @param tasks  its tasks, in order, not null
 * @param indicators  its quantified indicators, in order, not null
 * @param keyWork  the items of its yearly key-work lists, in order, not null
 * @param safeguards  its safeguards, not null
 * @param organisations  every unit the plan names, each once, not null
 * @param preamble  the plan's opening words, before its first part (such as 为加快推进…制定本行动方案), or null
 * @param notice  the notice that issues the plan, or null where it is not recorded
 * @param annexes  the plan's annexes with their titles and notes, in order, not null, may be empty
 * @param jointTargets  the targets the plan states over several indicators at once, in order, not null, may be empty
 */
@Builder(toBuilder = true)
public record ActionPlan(String id, LocalizedText title, String language, String issuer, String documentNumber, LocalDate issueDate,
                         YearSpan period, int horizonYear, String guidingIdeology, List<Principle> principles,
                         List<Goal> goals, List<Area> areas, List<IndicatorCategory> categories, List<Task> tasks,
                         List<Indicator> indicators, List<KeyWorkItem> keyWork, List<Safeguard> safeguards,
                         List<Organisation> organisations, String preamble, Notice notice, List<Annex> annexes,
                         List<JointTarget> jointTargets) {

    /**
     * Checks the parts, then every rule across them, reporting all that fail.
     *
     * @param id  the plan's stable id, such as {@code shaoxing-internationalization-2020-2022}, not null
     * @param title  the plan's title, not null
     * @param language  the BCP 47 tag of the plan's main language; where null, the title's own language
     * @param issuer  the id of the issuing organisation, not null
     * @param documentNumber  the document number (文号), such as 绍政办发〔2020〕15号, not blank
     * @param issueDate  the date the document was issued, not null
     * @param period  the years the plan covers, not null
     * @param horizonYear  the year of its longer-term outlook, not before the period ends
     * @param guidingIdeology  the plan's guiding ideology (指导思想), not blank
     * @param principles  its guiding principles, not null
     * @param goals  its overall goals, not null
     * @param areas  its areas of work, in order, not null
     * @param categories  its indicator categories, in order, not null
     * @param tasks  its tasks, in order, not null
     * @param indicators  its quantified indicators, in order, not null
     * @param keyWork  the items of its yearly key-work lists, in order, not null
     * @param safeguards  its safeguards, not null
     * @param organisations  every unit the plan names, each once, not null
     * @param preamble  the plan's opening words, or null
     * @param notice  the notice that issues the plan, or null
     * @param annexes  the plan's annexes, in order, not null
     * @param jointTargets  the targets stated over several indicators at once, in order, not null
     */
    public ActionPlan {
        Checks.requireId(id, "id");
        Objects.requireNonNull(title, "title");
        language = language == null ? title.language() : LocalizedText.requireTag(language);
        Checks.requireId(issuer, "issuer");
        Checks.requireText(documentNumber, "documentNumber");
        Objects.requireNonNull(issueDate, "issueDate");
        Checks.requireYear(issueDate.getYear(), "issueDate's year");
        Objects.requireNonNull(period, "period");
        Checks.requireText(guidingIdeology, "guidingIdeology");
        principles = Checks.copyList(orEmpty(principles), "principles");
        goals = Checks.copyList(orEmpty(goals), "goals");
        areas = Checks.copyList(orEmpty(areas), "areas");
        categories = Checks.copyList(orEmpty(categories), "categories");
        tasks = Checks.copyList(orEmpty(tasks), "tasks");
        indicators = Checks.copyList(orEmpty(indicators), "indicators");
        keyWork = Checks.copyList(orEmpty(keyWork), "keyWork");
        safeguards = Checks.copyList(orEmpty(safeguards), "safeguards");
        organisations = Checks.copyList(orEmpty(organisations), "organisations");
        if (preamble != null) {
            Checks.requireText(preamble, "preamble");
        }
        annexes = Checks.copyList(orEmpty(annexes), "annexes");
        jointTargets = Checks.copyList(orEmpty(jointTargets), "jointTargets");
        List<Problem> problems = new Consistency(issuer, period, horizonYear, principles, goals, areas, categories,
                tasks, indicators, keyWork, safeguards, organisations, annexes, jointTargets).check();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(Message.ofModel("plan.notConsistent", id), problems);
        }
    }

    /**
     * Returns a builder with no part set yet, to build a plan part by part.
     *
     * @return a new builder, not null
     */
    public static ActionPlanBuilder builder() {
        return new ActionPlanBuilder();
    }

    /**
     * Builds a plan part by part.
     *
     * <p>It has one method per component of the record, named as the component and taking its
     * type, such as {@code id(String)} or {@code tasks(List<Task>)}; each sets that part and returns this builder. {@code build()}
     * then calls the canonical constructor, so it checks every part and every rule across them and throws an {@link InvalidInputException} listing each one that fails; a list never set is empty. A part never set is null (0 or false
     * for a number or a flag). {@code toBuilder()}, an instance method of the record, returns a
     * builder holding every part of {@code this}, to build a copy with some parts changed. A
     * builder is mutable and not thread-safe; the values it builds are immutable.
     *
     * <p>Why the methods are not listed on this page: Lombok's {@code @Builder} writes them at
     * compile time from the record's components, so that the builder can never drift from the
     * record. This class is declared in the source only so that it is documented; Lombok fills it
     * in.
     */
    public static final class ActionPlanBuilder {

        ActionPlanBuilder() {
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /**
     * Returns a text of the plan in a language, else in the plan's main language, else in the text's own.
     *
     * @param text  a text of the plan, not null
     * @param tag  the BCP 47 tag of the language wanted, such as {@code de}, not null
     * @return the text, not null
     */
    public String text(LocalizedText text, String tag) {
        return text.in(tag, language);
    }

    /**
     * Finds an indicator by id.
     *
     * @param indicatorId  the id, not null
     * @return the indicator, or empty
     */
    public Optional<Indicator> indicator(String indicatorId) {
        return indicators.stream().filter(i -> i.id().equals(indicatorId)).findFirst();
    }

    /**
     * Finds a joint target, one stated over several indicators, by id.
     *
     * @param targetId  the joint target's id, not null
     * @return the joint target, or empty
     */
    public Optional<JointTarget> jointTarget(String targetId) {
        return jointTargets.stream().filter(j -> j.id().equals(targetId)).findFirst();
    }

    /**
     * Finds a task by number.
     *
     * @param number  the task's number
     * @return the task, or empty
     */
    public Optional<Task> task(int number) {
        return tasks.stream().filter(t -> t.number() == number).findFirst();
    }

    /**
     * Finds a key-work item by id, such as {@code kw-2020-9}.
     *
     * @param itemId  the id, not null
     * @return the item, or empty
     */
    public Optional<KeyWorkItem> keyWorkItem(String itemId) {
        // An id names its year and number: items are compared by those, without making each item's id.
        int dash = itemId == null ? -1 : itemId.lastIndexOf('-');
        if (dash <= 3 || !itemId.startsWith("kw-")) {
            return Optional.empty();
        }
        int year;
        int number;
        try {
            year = Integer.parseInt(itemId, 3, dash, 10);
            number = Integer.parseInt(itemId, dash + 1, itemId.length(), 10);
        } catch (NumberFormatException ex) {
            return Optional.empty();
        }
        if (!KeyWorkItem.id(year, number).equals(itemId)) {
            return Optional.empty(); // not as an item's id is written, such as kw-2020-09
        }
        return keyWork.stream().filter(k -> k.year() == year && k.number() == number).findFirst();
    }

    /**
     * Finds an organisation by id.
     *
     * @param organisationId  the id, not null
     * @return the organisation, or empty
     */
    public Optional<Organisation> organisation(String organisationId) {
        return organisations.stream().filter(o -> o.id().equals(organisationId)).findFirst();
    }

    /**
     * Finds the organisation that the plan writes in a given way, by its name or an alias.
     *
     * @param written  the name as written, not null
     * @return the organisation, or empty
     */
    public Optional<Organisation> organisationWrittenAs(String written) {
        return organisations.stream().filter(o -> o.isWrittenAs(written)).findFirst();
    }

    /**
     * Returns the tasks of an area, in order.
     *
     * @param areaId  the area's id, not null
     * @return the tasks, not null
     */
    public List<Task> tasksOf(String areaId) {
        return tasks.stream().filter(t -> t.area().equals(areaId)).toList();
    }

    /**
     * Returns the units that answer for an indicator as the plan states them, in this order of
     * precedence: the indicator's own lead units, then its own responsible units, where it names any;
     * otherwise, from the tasks it measures, in their order, each task's lead units, or its
     * responsible units where the task names no lead unit (they carry it out each by its function).
     * Empty where the plan names no one: the indicator names no unit and measures no task that does.
     * Accountabilities stated outside the plan come on top of these.
     *
     * @param indicator  an indicator of the plan, not null
     * @return the ids of the units, each once, not null
     */
    public List<String> ownersOf(Indicator indicator) {
        return ownersOf(indicator, this::task);
    }

    /**
     * Returns the units that answer for each indicator as the plan states them, as
     * {@link #ownersOf(Indicator)} gives them, for all indicators at once: the tasks are looked up by
     * number from one index rather than by a search of the plan for each link, so that this grows
     * with the plan rather than with its square.
     *
     * @return the ids of each indicator's units by the indicator's id, in the plan's order, not null
     */
    public Map<String, List<String>> owners() {
        Map<Integer, Task> byNumber = new HashMap<>();
        tasks.forEach(t -> byNumber.putIfAbsent(t.number(), t));
        Map<String, List<String>> owners = new LinkedHashMap<>();
        for (Indicator indicator : indicators) {
            owners.putIfAbsent(indicator.id(), ownersOf(indicator, number -> Optional.ofNullable(byNumber.get(number))));
        }
        return Collections.unmodifiableMap(owners);
    }

    private static List<String> ownersOf(Indicator indicator, IntFunction<Optional<Task>> task) {
        Set<String> owners = new LinkedHashSet<>();
        if (indicator.namesOwners()) {
            owners.addAll(indicator.leadUnits());
            owners.addAll(indicator.responsibleUnits());
            return List.copyOf(owners);
        }
        for (int number : indicator.tasks()) {
            task.apply(number).ifPresent(t -> owners.addAll(t.hasLeadUnit() ? t.leadUnits() : t.responsibleUnits()));
        }
        return List.copyOf(owners);
    }

    /**
     * Returns the ids of the areas an indicator measures: the areas of the tasks it is linked to, in
     * the order of those tasks, each once.
     *
     * @param indicator  an indicator of the plan, not null
     * @return the area ids, not null
     */
    public List<String> areasOf(Indicator indicator) {
        return indicator.tasks().stream().flatMap(n -> task(n).stream()).map(Task::area).distinct().toList();
    }

    /**
     * Returns the indicators of a category, in order.
     *
     * @param categoryId  the category's id, not null
     * @return the indicators, not null
     */
    public List<Indicator> indicatorsOf(String categoryId) {
        return indicators.stream().filter(i -> i.category().equals(categoryId)).toList();
    }

    /**
     * Returns the quantified targets stated in tasks and key-work items, tasks first, in order.
     *
     * @return the targets, not null
     */
    public List<QuantifiedTarget> quantifiedTargets() {
        return Stream.concat(tasks.stream().flatMap(t -> t.targets().stream()),
                keyWork.stream().flatMap(k -> k.targets().stream())).toList();
    }

    /**
     * Returns the MILESTONE targets stated in tasks and key-work items, in the order of
     * {@link #quantifiedTargets()}. Progress reports name them by their ids, as they name key-work items.
     *
     * @return the milestones, not null
     */
    public List<QuantifiedTarget> milestones() {
        return quantifiedTargets().stream().filter(q -> q.target().isMilestone()).toList();
    }

    /** The cross-part rules, kept apart so that the record's constructor reads as a list of parts. */
    private record Consistency(String issuer, YearSpan period, int horizonYear, List<Principle> principles,
                               List<Goal> goals, List<Area> areas, List<IndicatorCategory> categories,
                               List<Task> tasks, List<Indicator> indicators, List<KeyWorkItem> keyWork,
                               List<Safeguard> safeguards, List<Organisation> organisations, List<Annex> annexes,
                               List<JointTarget> jointTargets) {

        List<Problem> check() {
            List<Problem> problems = new ArrayList<>();
            if (horizonYear < period.last()) {
                problems.add(Problem.at("horizonYear", Message.ofModel("plan.horizonBeforePeriodEnds", period.last(),
                        horizonYear)));
            }
            unique(problems, "principles", principles, Principle::number, "number");
            unique(problems, "areas", areas, Area::id, "id");
            unique(problems, "areas", areas, Area::number, "number");
            unique(problems, "categories", categories, IndicatorCategory::id, "id");
            unique(problems, "tasks", tasks, Task::number, "number");
            // An indicator's id is checked with the target ids it shares a namespace with (uniqueObservationKeys).
            unique(problems, "indicators", indicators, Indicator::number, "number");
            unique(problems, "keyWork", keyWork, KeyWorkItem::id, "id");
            unique(problems, "safeguards", safeguards, Safeguard::number, "number");
            unique(problems, "organisations", organisations, Organisation::id, "id");
            unique(problems, "annexes", annexes, Annex::number, "number");
            uniqueWrittenNames(problems);

            Set<String> orgIds = ids(organisations, Organisation::id);
            Set<String> areaIds = ids(areas, Area::id);
            Set<String> categoryIds = ids(categories, IndicatorCategory::id);
            Set<Integer> taskNumbers = ids(tasks, Task::number);
            resolve(problems, "issuer", issuer, orgIds, "organisation");
            for (int i = 0; i < goals.size(); i++) {
                int year = goals.get(i).year();
                if (year < period.first()) {
                    problems.add(Problem.at("goals[" + i + "].year", Message.ofModel("plan.goalBeforePeriod",
                            period.first(), year)));
                }
            }
            for (int i = 0; i < tasks.size(); i++) {
                Task task = tasks.get(i);
                String path = "tasks[" + i + "]";
                resolve(problems, path + ".area", task.area(), areaIds, "area");
                resolveAll(problems, path + ".leadUnits", task.leadUnits(), orgIds);
                resolveAll(problems, path + ".responsibleUnits", task.responsibleUnits(), orgIds);
            }
            for (int i = 0; i < indicators.size(); i++) {
                Indicator indicator = indicators.get(i);
                String path = "indicators[" + i + "]";
                resolve(problems, path + ".category", indicator.category(), categoryIds, "category");
                for (int j = 0; j < indicator.tasks().size(); j++) {
                    resolve(problems, path + ".tasks[" + j + "]", indicator.tasks().get(j), taskNumbers, "task");
                }
                resolveAll(problems, path + ".leadUnits", indicator.leadUnits(), orgIds);
                resolveAll(problems, path + ".responsibleUnits", indicator.responsibleUnits(), orgIds);
            }
            for (int i = 0; i < keyWork.size(); i++) {
                KeyWorkItem item = keyWork.get(i);
                String path = "keyWork[" + i + "]";
                if (!period.contains(item.year())) {
                    problems.add(Problem.at(path + ".year", Message.ofModel("plan.keyWorkOutsidePeriod", period,
                            item.year())));
                }
                resolveAll(problems, path + ".leadUnits", item.leadUnits(), orgIds);
                resolveAll(problems, path + ".responsibleUnits", item.responsibleUnits(), orgIds);
                for (int j = 0; j < item.tasks().size(); j++) {
                    resolve(problems, path + ".tasks[" + j + "]", item.tasks().get(j), taskNumbers, "task");
                }
                servedTasks(problems, path, item.targets(), Set.copyOf(item.tasks()),
                        ", which is not one of the item's tasks " + item.tasks());
            }
            for (int i = 0; i < tasks.size(); i++) {
                servedTasks(problems, "tasks[" + i + "]", tasks.get(i).targets(), Set.of(),
                        ": a target stated in a task serves that task, and only a key-work item's target names tasks");
            }
            JointTargetChecks.check(problems, uniqueObservationKeys(problems), indicators, jointTargets);
            return problems;
        }

        /** A target's own tasks are some of its key-work item's: it serves the item's work, not other work. */
        private static void servedTasks(List<Problem> problems, String path, List<QuantifiedTarget> targets,
                                        Set<Integer> allowed, String why) {
            for (int j = 0; j < targets.size(); j++) {
                List<Integer> served = targets.get(j).tasks();
                for (int k = 0; k < served.size(); k++) {
                    if (!allowed.contains(served.get(k))) {
                        problems.add(Problem.at(path + ".targets[" + j + "].tasks[" + k + "]", "names task "
                                + served.get(k) + why));
                    }
                }
            }
        }

        /** Indicator ids and target ids share one namespace: observations are keyed by either. */
        private Map<String, String> uniqueObservationKeys(List<Problem> problems) {
            Map<String, String> seen = new HashMap<>();
            for (int i = 0; i < indicators.size(); i++) {
                Indicator indicator = indicators.get(i);
                claim(problems, seen, indicator.id(), "indicators[" + i + "].id");
                for (int j = 0; j < indicator.targets().size(); j++) {
                    claim(problems, seen, indicator.targets().get(j).id(), "indicators[" + i + "].targets[" + j + "].id");
                }
            }
            for (int i = 0; i < tasks.size(); i++) {
                List<QuantifiedTarget> targets = tasks.get(i).targets();
                for (int j = 0; j < targets.size(); j++) {
                    claim(problems, seen, targets.get(j).id(), "tasks[" + i + "].targets[" + j + "].target.id");
                }
            }
            for (int i = 0; i < keyWork.size(); i++) {
                List<QuantifiedTarget> targets = keyWork.get(i).targets();
                for (int j = 0; j < targets.size(); j++) {
                    claim(problems, seen, targets.get(j).id(), "keyWork[" + i + "].targets[" + j + "].target.id");
                }
            }
            return seen;
        }

        private static void claim(List<Problem> problems, Map<String, String> seen, String key, String path) {
            String first = seen.putIfAbsent(key, path);
            if (first != null) {
                problems.add(Problem.at(path, Message.ofModel("plan.idUsed", Message.quoted(key), first)));
            }
        }

        private void uniqueWrittenNames(List<Problem> problems) {
            Map<String, String> seen = new HashMap<>();
            for (int i = 0; i < organisations.size(); i++) {
                Organisation org = organisations.get(i);
                List<String> written = new ArrayList<>();
                written.add(org.name().zh());
                written.addAll(org.aliases());
                for (String name : written) {
                    String first = seen.putIfAbsent(name, org.id());
                    if (first != null && !first.equals(org.id())) {
                        problems.add(Problem.at("organisations[" + i + "]", Message.ofModel("plan.nameUsed",
                                Message.quoted(name), first)));
                    }
                }
            }
        }

        private static <T, K> void unique(List<Problem> problems, String list, List<T> items, Function<T, K> key,
                                          String field) {
            Map<K, Integer> seen = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                K k = key.apply(items.get(i));
                Integer first = seen.putIfAbsent(k, i);
                if (first != null) {
                    problems.add(Problem.at(list + "[" + i + "]." + field, Message.ofModel(field.equals("id")
                            ? "plan.idUsedBy" : "plan.numberUsed", k, list + "[" + first + "]")));
                }
            }
        }

        private static <T, K> Set<K> ids(List<T> items, Function<T, K> key) {
            Set<K> ids = new HashSet<>();
            items.forEach(item -> ids.add(key.apply(item)));
            return ids;
        }

        private static <K> void resolve(List<Problem> problems, String path, K ref, Set<K> known, String what) {
            if (!known.contains(ref)) {
                Object hint = ref instanceof String written
                        ? Problem.closest(written, known.stream().map(String::valueOf).toList())
                                .<Object>map(best -> Message.ofModel("didYouMean", Message.quoted(best))).orElse("")
                        : "";
                problems.add(Problem.at(path, Message.ofModel("plan.namesNo." + what, Message.quoted(String.valueOf(ref)),
                        hint)));
            }
        }

        private static void resolveAll(List<Problem> problems, String path, List<String> refs, Set<String> known) {
            for (int j = 0; j < refs.size(); j++) {
                resolve(problems, path + "[" + j + "]", refs.get(j), known, "organisation");
            }
        }
    }
}
