package io.github.planwatch.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Area;
import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.LocalizedText;
import io.github.planwatch.model.Organisation;
import io.github.planwatch.model.OrganisationKind;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.Task;

/**
 * Checks the bundled Europe 2020 plan against the passages of the plan that were read
 * ({@code sources/europe-2020/plan-text-excerpts.md}), and its sourced observations against the
 * file they were received in: every text of the plan is one of the passages, every target's value
 * follows from its words, and every observed value is the figure its note quotes.
 */
class Europe2020PlanTest {

    static final String PLAN_RESOURCE = "plans/europe-2020.yaml";
    static final String OBSERVATIONS_RESOURCE = "observations/europe-2020-sourced.csv";

    /** "24% below 1990 levels" read as an index: {@code index = 100 - 24}. */
    private static final Pattern INDEX_FROM_REDUCTION = Pattern.compile("index = 100 - (\\d+(?:\\.\\d+)?)");

    private static ActionPlan plan;
    private static String excerpts;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = resource(PLAN_RESOURCE)) {
            plan = PlanDocuments.readYaml(in, PLAN_RESOURCE);
        }
        excerpts = prose(Files.readString(ShippedSources.EUROPE_2020_TEXT, UTF_8));
    }

    @Test
    void plan_hasThePartsThePassagesGive() {
        assertThat(plan.areas()).extracting(Area::id).containsExactly("smart-growth", "sustainable-growth", "inclusive-growth");
        assertThat(plan.tasks()).hasSize(4);
        assertThat(plan.indicators()).hasSize(8);
        assertThat(plan.categories()).hasSize(5);
        assertThat(plan.documentNumber()).isEqualTo("COM(2010) 2020 final");
        assertThat(plan.period().last()).isEqualTo(2020);
        assertThat(plan.indicators()).allSatisfy(i -> assertThat(i.targets()).singleElement()
                .satisfies(t -> assertThat(t.years().last()).isEqualTo(2020)));
    }

    @Test
    void everyNameOfThePlan_isInEnglishOnly_itsMainLanguage() {
        List<LocalizedText> names = new ArrayList<>();
        names.add(plan.title());
        plan.areas().forEach(a -> names.addAll(List.of(a.name(), a.heading())));
        plan.categories().forEach(c -> names.add(c.name()));
        plan.tasks().forEach(t -> names.add(t.title()));
        plan.indicators().forEach(i -> names.addAll(List.of(i.name(), i.unit().name())));
        plan.organisations().forEach(o -> names.add(o.name()));

        assertThat(plan.language()).isEqualTo("en");
        assertThat(names).allSatisfy(name -> assertThat(name.languages()).containsExactly("en"));
    }

    @Test
    void theCommissionAndTheCouncil_areSupranationalBodies() {
        assertThat(plan.organisations()).extracting(Organisation::id, Organisation::kind).containsExactly(
                tuple("european-commission", OrganisationKind.SUPRANATIONAL_BODY),
                tuple("european-council", OrganisationKind.SUPRANATIONAL_BODY));
    }

    @Test
    void everyTextOfThePlan_isOneOfThePassagesRead() {
        List<String> texts = new ArrayList<>();
        texts.add(plan.guidingIdeology());
        plan.goals().forEach(g -> texts.add(g.text()));
        plan.areas().forEach(a -> texts.add(a.heading().en()));
        plan.tasks().forEach(t -> texts.add(t.text()));
        plan.tasks().forEach(t -> texts.add("\"" + t.title().en() + "\""));
        plan.indicators().forEach(i -> i.targets().forEach(t -> texts.add(t.wording())));
        assertThat(texts).allSatisfy(text -> assertThat(excerpts).as("the passages").contains(prose(text)));
    }

    @Test
    void targets_haveTheValuesTheirWordsGive() {
        Map<String, BigDecimal> stated = Map.of(
                "employment-rate-2020", new BigDecimal("75"),
                "rd-intensity-2020", new BigDecimal("3"),
                "renewables-share-2020", new BigDecimal("20"),
                "early-leavers-2020", new BigDecimal("10"),
                "tertiary-attainment-2020", new BigDecimal("40"));
        stated.forEach((id, value) -> {
            Target target = target(id);
            assertThat(target.value()).as(id).isEqualByComparingTo(value);
            assertThat(target.wording()).as(id).contains(value.toPlainString() + "%");
        });
        // Relative to a base year: 20% below 1990 (index 100), 20 million fewer than in 2008.
        Indicator ghg = indicator("ghg-emissions-index");
        assertThat(ghg.baseline().year()).isEqualTo(1990);
        assertThat(target("ghg-emissions-index-2020").value())
                .isEqualByComparingTo(ghg.baseline().value().multiply(new BigDecimal("0.80")));
        Indicator arope = indicator("arope");
        assertThat(arope.baseline().year()).isEqualTo(2008);
        assertThat(target("arope-2020").value()).isEqualByComparingTo(arope.baseline().value().subtract(new BigDecimal("20")));
        assertThat(target("arope-2020").wording()).contains("20 million");
    }

    @Test
    void targets_compareAsTheirWordsSay() {
        assertThat(target("early-leavers-2020").comparison()).as("less than 10%: strictly").isEqualTo(Comparison.BELOW);
        assertThat(target("ghg-emissions-index-2020").comparison()).isEqualTo(Comparison.AT_MOST);
        assertThat(target("primary-energy-consumption-2020").comparison()).isEqualTo(Comparison.AT_MOST);
        assertThat(target("arope-2020").comparison()).isEqualTo(Comparison.AT_MOST);
        assertThat(List.of("employment-rate-2020", "rd-intensity-2020", "renewables-share-2020", "tertiary-attainment-2020"))
                .allSatisfy(id -> assertThat(target(id).comparison()).as(id).isEqualTo(Comparison.AT_LEAST));
    }

    @Test
    void tasks_eachBelongToTheirPriority() {
        assertThat(plan.tasks()).extracting(Task::area)
                .containsExactly("smart-growth", "smart-growth", "sustainable-growth", "inclusive-growth");
    }

    @Test
    void bundledObservations_areACopyOfTheSourcedFile() throws IOException {
        try (InputStream in = resource(OBSERVATIONS_RESOURCE)) {
            assertThat(new String(in.readAllBytes(), UTF_8))
                    .isEqualTo(Files.readString(ShippedSources.EUROPE_2020_OBSERVATIONS, UTF_8));
        }
    }

    @Test
    void everySourcedValue_isTheFigureItsNoteQuotes() throws IOException {
        List<Observation> observations;
        try (InputStream in = resource(OBSERVATIONS_RESOURCE)) {
            observations = DataDocuments.OBSERVATIONS.read(in, DataFormat.CSV, OBSERVATIONS_RESOURCE, plan);
        }
        assertThat(observations).hasSize(25);
        assertThat(observations).allSatisfy(o -> {
            String what = o.subject() + " " + o.year();
            assertThat(o.source()).as(what).isNotBlank();
            String note = o.note().replaceAll("(\\d) (\\d)", "$1$2");   // 1 537 Mtoe
            Matcher index = INDEX_FROM_REDUCTION.matcher(note);
            if (index.find()) {
                assertThat(new BigDecimal("100").subtract(new BigDecimal(index.group(1)))).as(what)
                        .isEqualByComparingTo(o.value());
            } else {
                assertThat(note).as(what).contains(o.value().toPlainString());
            }
        });
        assertThat(observations).extracting(Observation::subject).allSatisfy(s -> assertThat(plan.indicator(s)).isPresent());
    }

    private static Target target(String id) {
        return plan.indicators().stream().flatMap(i -> i.targets().stream()).filter(t -> t.id().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no target " + id));
    }

    private static Indicator indicator(String id) {
        return plan.indicator(id).orElseThrow();
    }

    /** The passages' words only: no quotation marks of Markdown, no list dashes, one space between words. */
    private static String prose(String text) {
        return text.replaceAll("(?m)^>\\s?", "").replaceAll("(?m)^\\s*[–-]\\s+", "").replaceAll("\\s+", " ").strip();
    }

    private static InputStream resource(String name) {
        InputStream in = Europe2020PlanTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as("the classpath resource %s", name).isNotNull();
        return in;
    }
}
