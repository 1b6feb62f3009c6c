package io.github.planwatch.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Annex;
import io.github.planwatch.model.Area;
import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.Goal;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.IndicatorCategory;
import io.github.planwatch.model.KeyWorkItem;
import io.github.planwatch.model.LocalizedText;
import io.github.planwatch.model.Notice;
import io.github.planwatch.model.Organisation;
import io.github.planwatch.model.OrganisationKind;
import io.github.planwatch.model.Principle;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.QuantifiedTarget;
import io.github.planwatch.model.Safeguard;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.TargetKind;
import io.github.planwatch.model.TargetNature;
import io.github.planwatch.model.Task;
import io.github.planwatch.model.YearSpan;

/**
 * Checks the canonical Shaoxing plan document against the seed text it was taken from.
 *
 * <p>Every expectation is read from the seed file itself: Annex 1's tab-separated rows, each task's
 * （牵头单位：…；责任单位：…） parenthesis, Annex 2's unit column with its △ marks, and the running text
 * of principles, goals, tasks and safeguards. The seed is an extraction with page breaks and stray
 * spaces, so texts are compared with all whitespace removed; the plan's own Chinese text must contain
 * none.
 */
class ShaoxingPlanFidelityTest {

    private static final Path SEED_FILE = ShippedSources.SHAOXING_PLAN_TEXT;

    /** Units are listed with 、 and ，; 各区、县（市）政府 (also written with 〔〕) is one unit despite its 、. */
    private static final Pattern UNIT_SEPARATOR = Pattern.compile("(?<!各区)[、，]");

    /** A task: number, title up to the first 。, its text, then the parenthesis naming its units. */
    private static final Pattern TASK = Pattern.compile(
            "(\\d+)\\.\\s*([^。]+)。(.*?)（((?:牵头单位|责任单位)：[^）]*)）", Pattern.DOTALL);

    /** A numbered heading such as （一）推进产业国际化，强化产业全球竞争实力. */
    private static final Pattern HEADING = Pattern.compile("^（[一二三四五六七八九十]+）(.+)$");

    /** A safeguard: （一）title。text, up to the next one. */
    private static final Pattern SAFEGUARD = Pattern.compile("（[一二三四五六七八九十]+）([^。]+)。(.*?)(?=（[一二三四五六七八九十]+）|$)",
            Pattern.DOTALL);

    /** A count or rate that a text commits to: 13%左右, 20家以上, 领军型团队10个. */
    private static final Pattern QUANTITY = Pattern.compile("\\d+(?:\\.\\d+)?(?:%|家|项|个|名|人)");

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    /** The unit of a quantified target whose unit the plan does not state. */
    private static final String UNSTATED_UNIT = "未载明";

    private static ActionPlan plan;
    private static List<String> lines;
    private static String compactSeed;

    @BeforeAll
    static void load() throws IOException {
        plan = PlanDocuments.shaoxing();
        lines = Files.readAllLines(SEED_FILE, UTF_8);
        compactSeed = compact(String.join("", lines));
    }

    // ---------------------------------------------------------------- counts

    @Test
    void plan_hasThePartsTheSeedHas() {
        assertThat(plan.principles()).hasSize(3);
        assertThat(plan.goals()).hasSize(2);
        assertThat(plan.areas()).hasSize(6);
        assertThat(plan.tasks()).hasSize(25);
        assertThat(plan.categories()).hasSize(5);
        assertThat(plan.indicators()).hasSize(20);
        assertThat(plan.keyWork()).hasSize(23);
        assertThat(plan.safeguards()).hasSize(4);

        assertThat(plan.tasks()).hasSameSizeAs(seedTasks());
        assertThat(plan.indicators()).hasSameSizeAs(annex1Rows());
        assertThat(plan.keyWork()).hasSameSizeAs(annex2Rows());
        assertThat(plan.areas()).hasSameSizeAs(areaHeadings());
        assertThat(plan.safeguards()).hasSameSizeAs(seedSafeguards());
    }

    @Test
    void header_matchesTheSeed() {
        assertThat(plan.id()).isEqualTo("shaoxing-internationalization-2020-2022");
        assertThat(compactSeed).contains(compact(plan.documentNumber()));
        String signed = plan.issueDate().getYear() + "年" + plan.issueDate().getMonthValue() + "月"
                + plan.issueDate().getDayOfMonth() + "日";
        assertThat(lines).as("the signature date").contains(signed);
        assertThat(lines).as("the issuer signs the notice").contains(issuer().name().zh());

        Matcher span = Pattern.compile("（(\\d{4})—(\\d{4})年）").matcher(compact(plan.title().zh()));
        assertThat(span.find()).isTrue();
        assertThat(plan.period()).isEqualTo(YearSpan.of(Integer.parseInt(span.group(1)), Integer.parseInt(span.group(2))));
        assertThat(compactSeed).contains(compact(plan.title().zh()));
        assertThat(compact(section("（一）指导思想", "（二）基本原则"))).isEqualTo(plan.guidingIdeology());
    }

    @Test
    void notice_preambleAndAnnexTitles_areTheSeeds() {
        Notice notice = plan.notice();
        assertThat(notice).isNotNull();
        assertThat(lines.stream().map(ShaoxingPlanFidelityTest::compact)).as("the notice's title line")
                .contains(notice.title());
        assertThat(lines).as("the addressees' line").contains(notice.addressees() + ":");
        assertThat(compact(String.join("", lines.subList(0, lines.indexOf(issuer().name().zh())))))
                .as("the notice's text, joined across its line break").contains(notice.text());
        assertThat(lines).as("the publication note").contains("(" + notice.publication() + ")");
        String copied = compact(String.join("", lines.subList(indexStarting("抄送："), indexStarting("抄送：") + 2)));
        assertThat(copied).isEqualTo("抄送：" + String.join("，", notice.copiedTo()) + "。");
        assertThat(lines).as("the printing date").contains(notice.printingDate().getYear() + "年"
                + notice.printingDate().getMonthValue() + "月" + notice.printingDate().getDayOfMonth() + "日印发");
        assertThat(notice.printingDate()).isEqualTo(LocalDate.of(2020, 5, 9));

        assertThat(compact(section("（2020—2022年）", "一、总体要求"))).isEqualTo(plan.preamble());

        assertThat(plan.annexes()).extracting(Annex::number).containsExactly(1, 2);
        for (Annex annex : plan.annexes()) {
            // The list of annexes at the end of the plan, and the annex's own heading, both give its title.
            assertThat(compact(lines.get(indexStarting("附件 " + annex.number()) + 2))).isEqualTo(annex.title().zh());
            assertThat(compactSeed).contains(annex.number() + "." + compact(annex.title().zh()));
        }
        assertThat(plan.annexes().get(0).note()).isNull();
        assertThat(lines).as("Annex 2's note, both halves").contains("注：" + plan.annexes().get(1).note());
        assertThat(plan.annexes().get(1).note()).endsWith("责任单位中无牵头单位的，按单位职能分别落实。");
    }

    // ------------------------------------------------------- principles, goals

    @Test
    void principles_areTheSeedsInOrder() {
        String[] seedPrinciples = compact(section("（二）基本原则", "（三）总体目标")).split("——");
        List<String> expected = Stream.of(seedPrinciples).filter(s -> !s.isEmpty()).toList();
        assertThat(plan.principles()).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            Principle principle = plan.principles().get(i);
            assertThat(principle.number()).isEqualTo(i + 1);
            assertThat(principle.title().zh() + "。" + principle.text()).isEqualTo(expected.get(i));
        }
    }

    @Test
    void goals_areTheSeedsWithTheirYears() {
        String goals = compact(section("（三）总体目标", "二、重点任务"));
        for (Goal goal : plan.goals()) {
            assertThat(goals).contains(goal.text());
            assertThat(goal.text()).as("a goal names its year").contains(goal.year() + "年");
        }
        assertThat(plan.goals()).extracting(Goal::year).containsExactly(plan.period().last(), plan.horizonYear());
    }

    // ----------------------------------------------------------------- areas

    @Test
    void areas_areTheSeedsHeadingsInOrder() {
        List<String> headings = areaHeadings();
        for (int i = 0; i < headings.size(); i++) {
            Area area = plan.areas().get(i);
            assertThat(area.number()).isEqualTo(i + 1);
            assertThat(area.heading().zh()).isEqualTo(headings.get(i));
            assertThat(area.heading().zh()).as("the area's name is in its heading").contains(area.name().zh());
        }
        assertThat(plan.areas()).extracting(Area::id)
                .containsExactly("industry", "market", "platform", "function", "culture", "business-environment");
    }

    // ----------------------------------------------------------------- tasks

    @Test
    void tasks_haveTheSeedsNumbersTitlesTextsAndAreas() {
        List<SeedTask> seedTasks = seedTasks();
        for (int i = 0; i < seedTasks.size(); i++) {
            SeedTask expected = seedTasks.get(i);
            Task task = plan.tasks().get(i);
            assertThat(task.number()).isEqualTo(expected.number());
            assertThat(task.title().zh()).isEqualTo(expected.title());
            assertThat(task.text()).as("text of task %d", task.number()).isEqualTo(expected.text());
            assertThat(task.area()).as("area of task %d", task.number())
                    .isEqualTo(plan.areas().get(expected.area() - 1).id());
        }
    }

    @Test
    void tasks_textAppearsInTheSeedOncePageBreaksAreRemoved() {
        for (Task task : plan.tasks()) {
            assertThat(compactSeed).contains(task.title().zh() + "。" + task.text());
            assertThat(occurrences(compactSeed, task.text())).as("task %d", task.number()).isEqualTo(1);
        }
    }

    @Test
    void tasks_haveExactlyTheSeedsUnitsInOrder() {
        for (SeedTask expected : seedTasks()) {
            Task task = plan.task(expected.number()).orElseThrow();
            assertThat(task.leadUnits()).as("lead units of task %d", expected.number())
                    .containsExactlyElementsOf(resolve(expected.lead()));
            assertThat(task.responsibleUnits()).as("responsible units of task %d", expected.number())
                    .containsExactlyElementsOf(resolve(expected.responsible()));
        }
    }

    @Test
    void tasks17And23_haveNoLeadUnit() {
        assertThat(plan.task(17).orElseThrow().hasLeadUnit()).isFalse();
        assertThat(plan.task(23).orElseThrow().hasLeadUnit()).isFalse();
        assertThat(plan.tasks().stream().filter(t -> !t.hasLeadUnit()).map(Task::number))
                .containsExactlyElementsOf(seedTasks().stream().filter(t -> t.lead().isEmpty()).map(SeedTask::number).toList());
    }

    // ------------------------------------------------------------ indicators

    @Test
    void indicators_haveTheIdsOfTheIssueInAnnex1Order() {
        assertThat(plan.indicators()).extracting(Indicator::id).containsExactly(
                "gdp", "gdp-per-capita", "services-trade", "fdi-share-of-gdp", "cross-border-ecommerce-exports",
                "fortune-global-500-firms", "rd-intensity", "talent-pool", "overseas-talent-recruits",
                "pct-applications", "sister-cities", "inbound-overnight-visitors", "foreign-residents",
                "public-green-space-per-capita", "pm25", "mobile-5g-penetration", "international-schools",
                "international-hospitals", "metro-km", "business-environment-index");
    }

    @Test
    void indicators_matchEveryCellOfAnnex1() {
        List<String> header = annex1Header();
        int baseYear = year(header.get(4));
        int[] targetYears = {year(header.get(5)), year(header.get(6))};
        List<List<String>> rows = annex1Rows();
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            Indicator indicator = plan.indicators().get(i);
            String what = "indicator " + indicator.id();
            assertThat(indicator.number()).as(what).isEqualTo(Integer.parseInt(row.get(0).trim()));
            assertThat(indicator.name().zh()).as(what).isEqualTo(compact(row.get(2)));
            assertThat(indicator.unit().zh()).as(what).isEqualTo(compact(row.get(3)));

            String base = row.get(4).trim();
            if (base.equals("--")) {
                assertThat(indicator.baseline()).as(what + " has no baseline").isNull();
            } else {
                assertThat(indicator.baseline()).as(what).isNotNull();
                assertThat(indicator.baseline().year()).as(what).isEqualTo(baseYear);
                assertThat(indicator.baseline().value()).as(what).isEqualByComparingTo(new BigDecimal(base));
            }

            assertThat(indicator.targets()).as(what).hasSize(2);
            for (int j = 0; j < 2; j++) {
                String cell = row.get(5 + j).trim();
                Target target = indicator.targetFor(targetYears[j]).orElseThrow();
                String whatTarget = what + " in " + targetYears[j];
                assertThat(target.id()).as(whatTarget).isEqualTo(indicator.id() + "-" + targetYears[j]);
                assertThat(target.kind()).as(whatTarget).isEqualTo(TargetKind.LEVEL);
                assertThat(target.years()).as(whatTarget).isEqualTo(YearSpan.ofYear(targetYears[j]));
                assertThat(target.wording()).as(whatTarget).isEqualTo(cell);
                // The column's heading says which: 2022 年目标值 (a binding target), 2025 年预期值 (an expected value).
                String heading = header.get(5 + j);
                assertThat(heading).as("the heading of Annex 1's column " + (5 + j)).containsAnyOf("目标值", "预期值");
                assertThat(target.nature()).as(whatTarget + " under " + heading)
                        .isEqualTo(heading.contains("预期值") ? TargetNature.EXPECTED : TargetNature.BINDING);
                Cell expected = Cell.parse(cell);
                if (expected.comparison() == Comparison.ABOUT) {
                    assertThat(target.tolerance()).as(whatTarget + ": the band read into 左右 is stated").isNotNull();
                } else {
                    assertThat(target.tolerance()).as(whatTarget + ": only 左右 has a band").isNull();
                }
                assertThat(target.comparison()).as(whatTarget).isEqualTo(expected.comparison());
                assertThat(target.value()).as(whatTarget).isEqualByComparingTo(expected.value());
                if (expected.bare()) {
                    assertThat(indicator.direction()).as(whatTarget + ": a bare number is a floor")
                            .isEqualTo(Direction.HIGHER_IS_BETTER);
                }
                if (expected.comparison() == Comparison.BELOW) {
                    assertThat(indicator.direction()).as(whatTarget).isEqualTo(Direction.LOWER_IS_BETTER);
                }
            }
        }
    }

    @Test
    void indicators_areEachLinkedToTheTasksTheyMeasure_eachQuotedLinkInTheTasksText() throws IOException {
        Map<String, String> comments = linkComments();
        assertThat(comments.keySet()).as("one commented link per indicator")
                .containsExactlyElementsOf(plan.indicators().stream().map(Indicator::id).toList());
        for (Indicator indicator : plan.indicators()) {
            String comment = comments.get(indicator.id());
            assertThat(indicator.tasks()).as(indicator.id()).isNotEmpty();
            List<Integer> quoted = new ArrayList<>();
            Matcher link = QUOTED_LINK.matcher(comment);
            while (link.find()) {
                int number = Integer.parseInt(link.group(1));
                quoted.add(number);
                String text = plan.task(number).orElseThrow().text();
                int from = 0;
                for (String part : link.group(2).split("…")) {
                    int at = text.indexOf(part, from);
                    assertThat(at).as(indicator.id() + ": task " + number + " says " + part).isNotNegative();
                    from = at + part.length();
                }
            }
            if (!quoted.containsAll(indicator.tasks())) {
                assertThat(comment).as(indicator.id() + ": a link the text does not spell out is a reading")
                        .contains("a reading");
            }
            assertThat(quoted).as(indicator.id()).isSubsetOf(indicator.tasks());
        }
    }

    @Test
    void indicators_areAnsweredForByTheUnitsOfTheirTasks_annex1NamingNone() {
        assertThat(plan.indicators()).allSatisfy(indicator -> {
            assertThat(indicator.namesOwners()).as(indicator.id() + " names no unit, as Annex 1 names none").isFalse();
            assertThat(plan.ownersOf(indicator)).as(indicator.id()).isNotEmpty();
        });
        assertThat(plan.ownersOf(plan.indicator("business-environment-index").orElseThrow()))
                .as("task 23 has no lead unit: its responsible units answer, then task 24's leads")
                .containsExactly("sx-development-reform-commission", "sx-justice-bureau", "sx-investment-promotion-centre",
                        "sx-commerce-bureau");
        assertThat(plan.areas()).allSatisfy(area -> assertThat(plan.indicators().stream()
                .filter(i -> plan.areasOf(i).contains(area.id())).flatMap(i -> i.targets().stream()))
                .as("targets of indicators measuring area " + area.id()).isNotEmpty());
    }

    @Test
    void keyWorkItem5_carriesOutTask24Too() {
        assertThat(plan.keyWorkItem(KeyWorkItem.id(2020, 5)).orElseThrow().tasks()).contains(5, 6, 24);
    }

    @Test
    void indicators_fallIntoTheCategoriesOfAnnex1() {
        List<List<String>> rows = annex1Rows();
        // Consecutive rows of one category; the category cells of a run, joined, spell its name
        // (the seed splits 经济实力 over two rows and writes 投资 贸易 in one cell).
        List<String> runCategories = new ArrayList<>();
        List<StringBuilder> runCells = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String category = plan.indicators().get(i).category();
            String cell = compact(rows.get(i).get(1));
            if (runCategories.isEmpty() || !runCategories.get(runCategories.size() - 1).equals(category)) {
                assertThat(cell).as("row %d starts a category", i + 1).isNotEmpty();
                runCategories.add(category);
                runCells.add(new StringBuilder());
            }
            runCells.get(runCells.size() - 1).append(cell);
        }
        assertThat(runCategories).as("each category is one run of rows")
                .doesNotHaveDuplicates()
                .containsExactlyElementsOf(plan.categories().stream().map(IndicatorCategory::id).toList());
        for (int i = 0; i < runCategories.size(); i++) {
            assertThat(plan.categories().get(i).name().zh()).isEqualTo(runCells.get(i).toString());
        }
    }

    // -------------------------------------------------------------- key work

    @Test
    void keyWork_matchesEveryRowOfAnnex2() {
        List<List<String>> rows = annex2Rows();
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            KeyWorkItem item = plan.keyWork().get(i);
            String what = "key-work item " + row.get(0);
            assertThat(item.year()).as(what).isEqualTo(annex2Year());
            assertThat(item.number()).as(what).isEqualTo(Integer.parseInt(row.get(0).trim()));
            assertThat(item.theme().zh()).as(what).isEqualTo(compact(row.get(1)));
            assertThat(item.text()).as(what).isEqualTo(compact(row.get(2)));

            List<String> lead = new ArrayList<>();
            List<String> responsible = new ArrayList<>();
            for (String unit : splitUnits(row.get(3))) {
                if (unit.startsWith("△")) {
                    lead.add(unit.substring(1));
                } else {
                    responsible.add(unit);
                }
            }
            assertThat(item.leadUnits()).as(what + ": the units marked △").containsExactlyElementsOf(resolve(lead));
            assertThat(item.responsibleUnits()).as(what).containsExactlyElementsOf(resolve(responsible));
            assertThat(item.tasks()).as(what + " carries out some task").isNotEmpty();
        }
    }

    // ------------------------------------------------------------ safeguards

    @Test
    void safeguards_areTheSeedsInOrder() {
        List<String[]> expected = seedSafeguards();
        for (int i = 0; i < expected.size(); i++) {
            Safeguard safeguard = plan.safeguards().get(i);
            assertThat(safeguard.number()).isEqualTo(i + 1);
            assertThat(safeguard.title().zh()).isEqualTo(expected.get(i)[0]);
            assertThat(safeguard.text()).isEqualTo(expected.get(i)[1]);
        }
    }

    // --------------------------------------------------------- organisations

    @Test
    void organisations_includeEveryUnitTheSeedNames() {
        Set<String> named = new HashSet<>();
        seedTasks().forEach(t -> {
            named.addAll(t.lead());
            named.addAll(t.responsible());
        });
        annex2Rows().forEach(r -> splitUnits(r.get(3)).forEach(u -> named.add(u.replace("△", ""))));
        for (String name : named) {
            assertThat(plan.organisationWrittenAs(name)).as("unit %s", name).isPresent();
        }

        Matcher committee = Pattern.compile("绍兴市?城市国际化推进工作专门委员会").matcher(compact(section("三、保障措施", "- 附件")));
        Set<String> committees = new HashSet<>();
        while (committee.find()) {
            Organisation org = plan.organisationWrittenAs(committee.group()).orElseThrow();
            assertThat(org.kind()).isEqualTo(OrganisationKind.COMMITTEE);
            committees.add(org.id());
        }
        assertThat(committees).as("the safeguards' committee, however spelled").hasSize(1);
        assertThat(issuer().kind()).isEqualTo(OrganisationKind.GOVERNMENT_OFFICE);
    }

    @Test
    void organisations_areOnlyThoseTheSeedNames() {
        for (Organisation org : plan.organisations()) {
            assertThat(compactSeed).as("organisation %s", org.id()).contains(compact(org.name().zh()));
            org.aliases().forEach(alias -> assertThat(compactSeed).as("alias of %s", org.id()).contains(compact(alias)));
        }
        Set<String> used = new HashSet<>();
        used.add(plan.issuer());
        plan.tasks().forEach(t -> {
            used.addAll(t.leadUnits());
            used.addAll(t.responsibleUnits());
        });
        plan.keyWork().forEach(k -> {
            used.addAll(k.leadUnits());
            used.addAll(k.responsibleUnits());
        });
        plan.organisations().stream().filter(o -> o.kind() == OrganisationKind.COMMITTEE).forEach(o -> used.add(o.id()));
        assertThat(plan.organisations()).extracting(Organisation::id).containsExactlyInAnyOrderElementsOf(used);
        assertThat(plan.organisations()).allSatisfy(o -> assertThat(o.id()).startsWith("sx-"));
    }

    @Test
    void organisations_allDistrictsAndCountiesAreOneOrganisationHoweverWritten() {
        Organisation all = plan.organisationWrittenAs("各区、县（市）政府").orElseThrow();
        assertThat(plan.organisationWrittenAs("各区、县〔市〕政府")).contains(all);
        assertThat(all.kind()).isEqualTo(OrganisationKind.ALL_DISTRICT_AND_COUNTY_GOVERNMENTS);
    }

    // ------------------------------------------------------ quantified targets

    @Test
    void quantifiedTargets_quoteTheirTextAndItsNumber() {
        Map<String, String> texts = new LinkedHashMap<>();
        plan.tasks().forEach(t -> t.targets().forEach(q -> texts.put(q.id(), t.text())));
        plan.keyWork().forEach(k -> k.targets().forEach(q -> texts.put(q.id(), k.text())));
        for (QuantifiedTarget quantified : quantities()) {
            Target target = quantified.target();
            String what = "target " + target.id();
            assertThat(target.wording()).as(what).isNotNull();
            assertThat(texts.get(target.id())).as(what).contains(target.wording());
            Matcher number = QUANTITY.matcher(target.wording());
            assertThat(number.find()).as(what).isTrue();
            assertThat(new BigDecimal(number.group().replaceAll("[^0-9.]", ""))).as(what)
                    .isEqualByComparingTo(target.value());
            String after = target.wording().substring(number.end());
            Comparison comparison = after.startsWith("左右") ? Comparison.ABOUT : Comparison.AT_LEAST;
            assertThat(target.comparison()).as(what).isEqualTo(comparison);
        }
    }

    @Test
    void quantifiedTargets_coverEveryQuantityStatedInTasksAndKeyWork() {
        for (Task task : plan.tasks()) {
            assertCovered("task " + task.number(), task.text(), task.targets());
        }
        for (KeyWorkItem item : plan.keyWork()) {
            assertCovered(item.id(), item.text(), item.targets(), restatedTaskTargets(item));
        }
    }

    @Test
    void quantifiedTargets_countEachCommitmentOnce() {
        // Two targets of one measure whose years overlap would judge one commitment twice.
        List<QuantifiedTarget> all = quantities();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                QuantifiedTarget a = all.get(i);
                QuantifiedTarget b = all.get(j);
                boolean overlap = a.target().years().first() <= b.target().years().last()
                        && b.target().years().first() <= a.target().years().last();
                assertThat(a.measure().zh().equals(b.measure().zh()) && overlap)
                        .as("%s and %s type one commitment", a.id(), b.id()).isFalse();
            }
        }
    }

    @Test
    void quantifiedTargets_keyWorkItem6RestatesTask7ForItsYear() {
        KeyWorkItem six = plan.keyWorkItem("kw-2020-6").orElseThrow();
        assertThat(six.targets()).as("typed once, in task 7").isEmpty();
        assertThat(six.tasks()).contains(7);
        assertThat(restatedTaskTargets(six)).extracting(QuantifiedTarget::id)
                .containsExactly("task-7-utilised-foreign-capital-growth");
    }

    @Test
    void quantifiedTargets_haveOnlyUnitsTheTextStates() {
        Map<String, String> texts = new LinkedHashMap<>();
        plan.tasks().forEach(t -> t.targets().forEach(q -> texts.put(q.id(), t.text())));
        plan.keyWork().forEach(k -> k.targets().forEach(q -> texts.put(q.id(), k.text())));
        for (QuantifiedTarget quantified : quantities()) {
            String unit = quantified.unit().zh();
            if (!unit.equals(UNSTATED_UNIT)) {
                assertThat(texts.get(quantified.id())).as("unit of %s", quantified.id()).contains(unit);
            }
        }
        QuantifiedTarget capital = plan.task(7).orElseThrow().targets().get(0);
        assertThat(capital.unit().zh()).as("the plan names no currency for utilised foreign capital")
                .isEqualTo(UNSTATED_UNIT);
        assertThat(compactSeed).doesNotContain("美元");
    }

    @Test
    void aboutTargets_stateTheirBand() {
        List<Target> about = new ArrayList<>();
        plan.indicators().forEach(i -> i.targets().stream().filter(t -> t.comparison() == Comparison.ABOUT).forEach(about::add));
        quantities().stream().map(QuantifiedTarget::target).filter(t -> t.comparison() == Comparison.ABOUT)
                .forEach(about::add);
        assertThat(about).extracting(Target::id).containsExactlyInAnyOrder("task-5-export-share", "mobile-5g-penetration-2022");
        assertThat(about).allSatisfy(t -> {
            assertThat(t.wording()).as(t.id()).contains("左右");
            assertThat(t.tolerance()).as("the band %s reads into 左右", t.id()).isNotNull();
        });
    }

    @Test
    void rankTarget_isTheTop30AmbitionOfTheGuidingIdeology() {
        List<QuantifiedTarget> ranks = plan.task(1).orElseThrow().targets().stream()
                .filter(q -> q.target().kind() == TargetKind.RANK).toList();
        assertThat(ranks).hasSize(1);
        QuantifiedTarget rank = ranks.get(0);
        Target target = rank.target();
        assertThat(target.id()).isEqualTo("economic-strength-top-30-2022");
        assertThat(target.ranking()).isEqualTo("全国城市综合经济实力");
        assertThat(target.comparison()).isEqualTo(Comparison.AT_MOST);
        assertThat(target.value()).isEqualByComparingTo("30");
        assertThat(target.years()).isEqualTo(YearSpan.ofYear(2022));
        assertThat(rank.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(rank.method()).isEqualTo(ProgressMethod.LINEAR);
        assertThat(plan.guidingIdeology()).contains(target.wording());
        assertThat(compactSeed).contains(target.wording());
        assertThat(plan.quantifiedTargets()).filteredOn(q -> q.target().kind() == TargetKind.RANK).hasSize(1);
    }

    @Test
    void milestones_quoteTheTextOfTheTaskOrItemThatStatesThem() {
        Map<String, String> texts = new LinkedHashMap<>();
        plan.tasks().forEach(t -> t.targets().forEach(q -> texts.put(q.id(), t.text())));
        plan.keyWork().forEach(k -> k.targets().forEach(q -> texts.put(q.id(), k.text())));
        List<QuantifiedTarget> milestones = plan.milestones();
        assertThat(milestones).hasSizeGreaterThanOrEqualTo(17);
        for (QuantifiedTarget milestone : milestones) {
            Target target = milestone.target();
            assertThat(target.wording()).as(target.id()).isNotBlank();
            assertThat(compactSeed).as(target.id()).contains(target.wording());
            assertThat(texts.get(target.id())).as(target.id()).contains(target.wording());
            assertThat(target.due()).as(target.id()).isNotNull();
            assertThat(target.due().getYear()).as(target.id()).isEqualTo(target.years().last());
        }
        assertThat(milestones).extracting(QuantifiedTarget::id).doesNotHaveDuplicates();
        assertThat(milestones).extracting(q -> q.target().wording()).doesNotHaveDuplicates();
    }

    @Test
    void milestones_areLinkedToTheTasksTheyCarryOut() {
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        expected.put("task-11-ip-model-city", List.of(11));
        expected.put("task-14-5g-full-coverage", List.of(14));
        expected.put("task-18-zero-waste-city-pilot", List.of(18));
        expected.put("task-22-asian-games-events", List.of(22));
        expected.put("kw-2020-1-world-cloth-merchants-conference", List.of(5));
        expected.put("kw-2020-2-huangjiu-festival", List.of(3));
        expected.put("kw-2020-5-market-procurement-pilot", List.of(6));
        expected.put("kw-2020-8-bonded-zone-approval", List.of(12));
        expected.put("kw-2020-8-ftz-linked-zone-application", List.of(12));
        expected.put("kw-2020-13-hongqiao-international-school", List.of(16));
        expected.put("kw-2020-16-culture-city-of-east-asia", List.of(19));
        expected.put("kw-2020-19-theme-halls", List.of(20));
        expected.put("kw-2020-20-third-sister-cities-conference", List.of(21));
        expected.put("kw-2020-20-friendship-cities-conference-bid", List.of(21));
        expected.put("kw-2020-21-cefco-bid", List.of(22));
        expected.put("kw-2020-21-import-expo-extension", List.of(5));
        expected.put("kw-2020-22-asian-games-framework-agreement", List.of(22));
        Map<String, List<Integer>> actual = new LinkedHashMap<>();
        for (Task task : plan.tasks()) {
            task.targets().stream().filter(q -> q.target().isMilestone())
                    .forEach(q -> actual.put(q.id(), List.of(task.number())));
        }
        for (KeyWorkItem item : plan.keyWork()) {
            item.targets().stream().filter(q -> q.target().isMilestone())
                    .forEach(q -> actual.put(q.id(), q.tasks().isEmpty() ? item.tasks() : q.tasks()));
        }
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void quantifiedTargets_haveTheKindsTheirWordsSay() {
        assertKind(5, "task-5-export-share", TargetKind.HOLD_BAND, YearSpan.of(2020, 2022), Direction.NONE);
        assertKind(7, "task-7-utilised-foreign-capital-growth", TargetKind.YEARLY_GROWTH, YearSpan.of(2020, 2022),
                Direction.HIGHER_IS_BETTER);
        assertKind(11, "task-11-international-cooperation-bases", TargetKind.CUMULATIVE, YearSpan.of(2020, 2022),
                Direction.HIGHER_IS_BETTER);
        assertKind(22, "task-22-international-a-class-events", TargetKind.YEARLY_COUNT, YearSpan.of(2020, 2022),
                Direction.HIGHER_IS_BETTER);
        assertThat(plan.keyWorkItem("kw-2020-9").orElseThrow().targets()).singleElement()
                .satisfies(q -> assertThat(q.target().years()).isEqualTo(YearSpan.ofYear(2020)));
        assertThat(plan.keyWorkItem("kw-2020-23").orElseThrow().targets()).hasSize(4)
                .allSatisfy(q -> assertThat(q.target().years()).isEqualTo(YearSpan.ofYear(2020)));
    }

    // ---------------------------------------------------------------- English

    @Test
    void everyNamedPart_hasAnEnglishName() {
        List<String> english = new ArrayList<>();
        plan.areas().forEach(a -> {
            english.add(a.name().en());
            english.add(a.heading().en());
        });
        plan.tasks().forEach(t -> english.add(t.title().en()));
        plan.indicators().forEach(i -> {
            english.add(i.name().en());
            english.add(i.unit().en());
        });
        plan.categories().forEach(c -> english.add(c.name().en()));
        plan.keyWork().forEach(k -> english.add(k.theme().en()));
        plan.organisations().forEach(o -> english.add(o.name().en()));
        plan.principles().forEach(p -> english.add(p.title().en()));
        plan.safeguards().forEach(s -> english.add(s.title().en()));
        plan.goals().forEach(g -> english.add(g.summary()));
        plan.quantifiedTargets().forEach(q -> english.add(q.measure().en()));
        english.add(plan.title().en());
        assertThat(english).allSatisfy(en -> {
            assertThat(en).isNotBlank();
            assertThat(HAN.matcher(en).find()).as("'%s' has no Chinese characters", en).isFalse();
        });
    }

    @Test
    void english_rendersEachTermOneWayThroughout() {
        Map<String, String> renderings = Map.of(
                "人文", "cultural and people-to-people",
                "功能国际化", "urban functions");
        List<LocalizedText> named = new ArrayList<>();
        plan.areas().forEach(a -> {
            named.add(a.name());
            named.add(a.heading());
        });
        plan.tasks().forEach(t -> named.add(t.title()));
        plan.indicators().forEach(i -> named.add(i.name()));
        plan.categories().forEach(c -> named.add(c.name()));
        plan.keyWork().forEach(k -> named.add(k.theme()));
        plan.organisations().forEach(o -> named.add(o.name()));
        plan.principles().forEach(p -> named.add(p.title()));
        plan.safeguards().forEach(s -> named.add(s.title()));
        plan.goals().forEach(g -> named.add(new LocalizedText(g.text(), g.summary())));
        renderings.forEach((term, english) -> {
            List<LocalizedText> using = named.stream().filter(t -> t.zh().contains(term)).toList();
            assertThat(using).as("parts that name %s", term).isNotEmpty();
            assertThat(using).allSatisfy(t -> assertThat(t.en().toLowerCase(Locale.ROOT))
                    .as("%s in '%s'", term, t.zh()).contains(english.toLowerCase(Locale.ROOT)));
        });
    }

    @Test
    void chineseText_hasNoExtractionArtifactsLeft() {
        List<String> texts = new ArrayList<>();
        texts.add(plan.guidingIdeology());
        plan.principles().forEach(p -> texts.add(p.text()));
        plan.goals().forEach(g -> texts.add(g.text()));
        plan.tasks().forEach(t -> {
            texts.add(t.title().zh());
            texts.add(t.text());
        });
        plan.keyWork().forEach(k -> {
            texts.add(k.theme().zh());
            texts.add(k.text());
        });
        plan.safeguards().forEach(s -> texts.add(s.text()));
        plan.indicators().forEach(i -> {
            texts.add(i.name().zh());
            texts.add(i.unit().zh());
        });
        assertThat(texts).allSatisfy(t -> assertThat(t).doesNotContainPattern("\\s"));
    }

    // ------------------------------------------------------------- helpers

    private static void assertKind(int task, String id, TargetKind kind, YearSpan years, Direction direction) {
        assertThat(plan.task(task).orElseThrow().targets()).as("targets of task %d", task)
                .filteredOn(q -> q.id().equals(id)).singleElement().satisfies(q -> {
                    assertThat(q.target().kind()).as(id).isEqualTo(kind);
                    assertThat(q.target().years()).as(id).isEqualTo(years);
                    assertThat(q.direction()).as(id).isEqualTo(direction);
                });
    }

    private static void assertCovered(String what, String text, List<QuantifiedTarget> targets) {
        assertCovered(what, text, targets, List.of());
    }

    /**
     * Checks that every quantity a text states is typed: by a target of its own whose wording spans
     * it, or by one of {@code restated}, the targets of another part that the text repeats.
     */
    private static void assertCovered(String what, String text, List<QuantifiedTarget> targets,
                                      List<QuantifiedTarget> restated) {
        Matcher quantity = QUANTITY.matcher(text);
        while (quantity.find()) {
            int at = quantity.start();
            boolean covered = targets.stream().map(q -> q.target().wording()).anyMatch(wording -> {
                int from = text.indexOf(wording);
                return from >= 0 && from <= at && at < from + wording.length();
            });
            String stated = quantity.group();
            boolean restatement = restated.stream().anyMatch(q -> QUANTITY.matcher(q.target().wording()).results()
                    .anyMatch(r -> r.group().equals(stated)));
            assertThat(covered || restatement).as("%s states '%s', which no target types", what, stated).isTrue();
        }
    }

    /**
     * The targets of the tasks a key-work item carries out that are due in the item's year and have
     * a measure the item's text names: the item restates them, and they count once, in the task.
     */
    /** The targets of tasks and key work that state a quantity: all but the milestones and the ranking. */
    private static List<QuantifiedTarget> quantities() {
        return plan.quantifiedTargets().stream()
                .filter(q -> q.target().kind() != TargetKind.MILESTONE && q.target().kind() != TargetKind.RANK)
                .toList();
    }

    private static List<QuantifiedTarget> restatedTaskTargets(KeyWorkItem item) {
        return item.tasks().stream().map(n -> plan.task(n).orElseThrow()).flatMap(t -> t.targets().stream())
                .filter(q -> q.target().years().first() <= item.year() && item.year() <= q.target().years().last())
                .filter(q -> item.text().contains(q.measure().zh()))
                .toList();
    }

    private static Organisation issuer() {
        return plan.organisation(plan.issuer()).orElseThrow();
    }

    private static List<String> resolve(List<String> names) {
        return names.stream().map(name -> plan.organisationWrittenAs(name)
                .map(Organisation::id)
                .orElseThrow(() -> new AssertionError("no organisation is written as '" + name + "'"))).toList();
    }

    private static List<String> splitUnits(String list) {
        return Stream.of(UNIT_SEPARATOR.split(compact(list))).filter(s -> !s.isEmpty()).toList();
    }

    /** A link a comment quotes: {@code task 7: 实际利用外资…增长}, the words up to a space or parenthesis. */
    private static final Pattern QUOTED_LINK = Pattern.compile("task (\\d+): ([^ (;]+)");

    /** The comment on each indicator's {@code tasks:} line of the plan document, by indicator id. */
    private static Map<String, String> linkComments() throws IOException {
        Map<String, String> comments = new LinkedHashMap<>();
        String id = null;
        boolean inIndicators = false;
        try (var in = PlanDocuments.class.getClassLoader().getResourceAsStream(PlanDocuments.SHAOXING_RESOURCE)) {
            for (String line : new String(in.readAllBytes(), UTF_8).split("\n")) {
                if (!line.startsWith(" ") && !line.startsWith("#") && !line.isEmpty()) {
                    inIndicators = line.startsWith("indicators:");
                } else if (inIndicators && line.startsWith("  - id: ")) {
                    id = line.substring("  - id: ".length()).strip();
                } else if (inIndicators && line.startsWith("    tasks: ") && line.contains("#")) {
                    comments.put(id, line.substring(line.indexOf('#') + 1).strip());
                }
            }
        }
        return comments;
    }

    private static int indexStarting(String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("the seed has no line starting " + prefix);
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static int year(String headerCell) {
        Matcher m = Pattern.compile("\\d{4}").matcher(headerCell);
        assertThat(m.find()).as("a year in '%s'", headerCell).isTrue();
        return Integer.parseInt(m.group());
    }

    /** The index of the first line at or after {@code from} that starts with {@code prefix}. */
    private static int lineStarting(String prefix, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("the seed has no line starting with '" + prefix + "'");
    }

    /** The lines strictly between the line starting with {@code start} and the next starting with {@code end}. */
    private static List<String> linesBetween(String start, String end) {
        int first = lineStarting(start, 0) + 1;
        return lines.subList(first, lineStarting(end, first));
    }

    /** The text between two headings, its lines joined, so that a sentence split by a page break is whole. */
    private static String section(String start, String end) {
        return String.join("", linesBetween(start, end));
    }

    private static List<String> areaHeadings() {
        List<String> headings = new ArrayList<>();
        for (String line : linesBetween("二、重点任务", "三、保障措施")) {
            Matcher m = HEADING.matcher(line.trim());
            if (m.matches()) {
                headings.add(compact(m.group(1)));
            }
        }
        return headings;
    }

    private static List<SeedTask> seedTasks() {
        List<SeedTask> tasks = new ArrayList<>();
        int area = 0;
        StringBuilder pending = new StringBuilder();
        List<String[]> parts = new ArrayList<>();
        for (String line : linesBetween("二、重点任务", "三、保障措施")) {
            if (HEADING.matcher(line.trim()).matches()) {
                parts.add(new String[] {Integer.toString(area), pending.toString()});
                pending.setLength(0);
                area++;
            } else {
                pending.append(line);
            }
        }
        parts.add(new String[] {Integer.toString(area), pending.toString()});
        for (String[] part : parts) {
            Matcher m = TASK.matcher(part[1]);
            while (m.find()) {
                List<String> lead = new ArrayList<>();
                List<String> responsible = new ArrayList<>();
                for (String role : m.group(4).split("；")) {
                    String[] kv = role.split("：", 2);
                    (kv[0].equals("牵头单位") ? lead : responsible).addAll(splitUnits(kv[1]));
                }
                tasks.add(new SeedTask(Integer.parseInt(m.group(1)), Integer.parseInt(part[0]), compact(m.group(2)),
                        compact(m.group(3)), lead, responsible));
            }
        }
        return tasks;
    }

    private static List<String[]> seedSafeguards() {
        List<String[]> safeguards = new ArrayList<>();
        Matcher m = SAFEGUARD.matcher(compact(section("三、保障措施", "- 附件")));
        while (m.find()) {
            safeguards.add(new String[] {m.group(1), m.group(2)});
        }
        return safeguards;
    }

    private static List<String> annex1Header() {
        return List.of(lines.get(lineStarting("序号\t一级指标", 0)).split("\t"));
    }

    private static List<List<String>> annex1Rows() {
        return tableRows(lineStarting("序号\t一级指标", 0) + 1, 7);
    }

    private static int annex2Year() {
        return year(lines.get(lineStarting("序号\t主要内容", 0) - 2));
    }

    private static List<List<String>> annex2Rows() {
        return tableRows(lineStarting("序号\t主要内容", 0) + 1, 4);
    }

    /** The rows of a table from a line on, up to its note or the next annex; blank lines are page breaks. */
    private static List<List<String>> tableRows(int first, int columns) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = first; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (!Character.isDigit(line.charAt(0))) {
                break;
            }
            List<String> cells = List.of(line.split("\t", -1));
            assertThat(cells).as("seed line %d", i + 1).hasSize(columns);
            rows.add(cells);
        }
        return rows;
    }

    /** A task as the seed writes it; area counts the seed's headings from 1. */
    private record SeedTask(int number, int area, String title, String text, List<String> lead,
                            List<String> responsible) {
    }

    /** An Annex 1 target cell: 6800 以上, 55 左右, <34 or a bare number. */
    private record Cell(Comparison comparison, BigDecimal value, boolean bare) {

        static Cell parse(String cell) {
            String c = compact(cell);
            if (c.endsWith("以上")) {
                return new Cell(Comparison.AT_LEAST, new BigDecimal(c.substring(0, c.length() - 2)), false);
            }
            if (c.endsWith("左右")) {
                return new Cell(Comparison.ABOUT, new BigDecimal(c.substring(0, c.length() - 2)), false);
            }
            if (c.startsWith("<")) {
                return new Cell(Comparison.BELOW, new BigDecimal(c.substring(1)), false);
            }
            return new Cell(Comparison.AT_LEAST, new BigDecimal(c), true);
        }
    }
}
