package io.github.planwatch.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.planwatch.model.Accountability;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.KeyWorkItem;
import io.github.planwatch.model.KeyWorkUpdate;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.Organisation;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A valid file of observations, key-work updates or accountabilities, in CSV, YAML or JSON, changed at random (bytes
 * flipped, dropped or put in, lines cut, doubled or swapped, fields swapped, the file cut short)
 * either still loads, and then holds only records valid against the plan, or fails with a
 * {@link DocumentException} whose every problem is located in the file; never anything else.
 *
 * <p>The tries add up to 10,500 mutated files a run, with {@code EvaluationMutationProperties}
 * (1,500) 12,000.
 */
class DataDocumentMutationProperties {

    private static final ActionPlan PLAN = PlanDocuments.shaoxing();

    @Provide
    Arbitrary<List<Observation>> observations() {
        return DataArbitraries.observations(PLAN, 8);
    }

    @Provide
    Arbitrary<List<KeyWorkUpdate>> updates() {
        return DataArbitraries.updates(PLAN, 8);
    }

    @Provide
    Arbitrary<List<Accountability>> accountabilities() {
        return DataArbitraries.accountabilities(PLAN, 8);
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Mutation.series();
    }

    @Property(tries = 2500)
    void observationsCsv(@ForAll("observations") List<Observation> records, @ForAll("mutations") List<Mutation> m) {
        checkObservations(records, DataFormat.CSV, m);
    }

    @Property(tries = 1500)
    void observationsJson(@ForAll("observations") List<Observation> records, @ForAll("mutations") List<Mutation> m) {
        checkObservations(records, DataFormat.JSON, m);
    }

    @Property(tries = 1500)
    void observationsYaml(@ForAll("observations") List<Observation> records, @ForAll("mutations") List<Mutation> m) {
        checkObservations(records, DataFormat.YAML, m);
    }

    @Property(tries = 1500)
    void updatesCsv(@ForAll("updates") List<KeyWorkUpdate> records, @ForAll("mutations") List<Mutation> m) {
        checkUpdates(records, DataFormat.CSV, m);
    }

    @Property(tries = 1000)
    void updatesJson(@ForAll("updates") List<KeyWorkUpdate> records, @ForAll("mutations") List<Mutation> m) {
        checkUpdates(records, DataFormat.JSON, m);
    }

    @Property(tries = 1000)
    void updatesYaml(@ForAll("updates") List<KeyWorkUpdate> records, @ForAll("mutations") List<Mutation> m) {
        checkUpdates(records, DataFormat.YAML, m);
    }

    @Property(tries = 700)
    void accountabilitiesCsv(@ForAll("accountabilities") List<Accountability> records,
                             @ForAll("mutations") List<Mutation> m) {
        checkAccountabilities(records, DataFormat.CSV, m);
    }

    @Property(tries = 400)
    void accountabilitiesJson(@ForAll("accountabilities") List<Accountability> records,
                              @ForAll("mutations") List<Mutation> m) {
        checkAccountabilities(records, DataFormat.JSON, m);
    }

    @Property(tries = 400)
    void accountabilitiesYaml(@ForAll("accountabilities") List<Accountability> records,
                              @ForAll("mutations") List<Mutation> m) {
        checkAccountabilities(records, DataFormat.YAML, m);
    }

    private static void checkObservations(List<Observation> records, DataFormat format, List<Mutation> mutations) {
        byte[] file = Mutation.applyAll(DataDocuments.OBSERVATIONS.toText(records, format).getBytes(StandardCharsets.UTF_8),
                mutations);
        Set<String> subjects = DataArbitraries.subjects(PLAN).stream().map(DataArbitraries.Subject::id)
                .collect(Collectors.toSet());

        List<Observation> loaded = loadsOrFailsLocated(format, in -> DataDocuments.OBSERVATIONS.read(in, format, "mutated", PLAN),
                file);

        if (loaded != null) {
            assertThat(loaded).allSatisfy(o -> assertThat(subjects).contains(o.subject()));
            assertThat(loaded).doesNotHaveDuplicates().extracting(o -> o.subject() + " " + o.year()).doesNotHaveDuplicates();
        }
    }

    private static void checkUpdates(List<KeyWorkUpdate> records, DataFormat format, List<Mutation> mutations) {
        byte[] file = Mutation.applyAll(DataDocuments.KEY_WORK_UPDATES.toText(records, format).getBytes(StandardCharsets.UTF_8),
                mutations);
        Set<String> items = PLAN.keyWork().stream().map(KeyWorkItem::id).collect(Collectors.toSet());

        List<KeyWorkUpdate> loaded = loadsOrFailsLocated(format,
                in -> DataDocuments.KEY_WORK_UPDATES.read(in, format, "mutated", PLAN), file);

        if (loaded != null) {
            assertThat(loaded).allSatisfy(u -> assertThat(items).contains(u.item()));
            assertThat(loaded).extracting(u -> u.item() + " " + u.date()).doesNotHaveDuplicates();
        }
    }

    private static void checkAccountabilities(List<Accountability> records, DataFormat format, List<Mutation> mutations) {
        byte[] file = Mutation.applyAll(DataDocuments.ACCOUNTABILITIES.toText(records, format)
                .getBytes(StandardCharsets.UTF_8), mutations);
        Set<String> indicators = PLAN.indicators().stream().map(Indicator::id).collect(Collectors.toSet());
        Set<String> units = PLAN.organisations().stream().map(Organisation::id).collect(Collectors.toSet());

        List<Accountability> loaded = loadsOrFailsLocated(format,
                in -> DataDocuments.ACCOUNTABILITIES.read(in, format, "mutated", PLAN), file);

        if (loaded != null) {
            assertThat(loaded).allSatisfy(a -> {
                assertThat(indicators).contains(a.indicator());
                assertThat(units).contains(a.unit());
            });
            assertThat(loaded).doesNotHaveDuplicates();
        }
    }

    /** Reads a file; returns what loaded, or null after checking that the failure is located. */
    static <T> T loadsOrFailsLocated(DataFormat format, Function<ByteArrayInputStream, T> read, byte[] file) {
        Object[] loaded = new Object[1];
        Throwable thrown = catchThrowable(() -> loaded[0] = read.apply(new ByteArrayInputStream(file)));
        if (thrown == null) {
            @SuppressWarnings("unchecked")
            T result = (T) loaded[0];
            assertThat(result).isNotNull();
            return result;
        }
        assertThat(thrown).as("%s: %s", format, thrown).isExactlyInstanceOf(DocumentException.class);
        assertThat(((DocumentException) thrown).problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.source()).isEqualTo("mutated");
            assertThat(p.line()).isPositive();
            assertThat(p.column()).isPositive();
            assertThat(p.message()).isNotBlank();
        });
        return null;
    }
}
