package io.github.planwatch.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;

import io.github.planwatch.model.Accountability;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.KeyWorkUpdate;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.PlanArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Observations, key-work updates and accountabilities written in any format read back against their plan as the
 * same records in the same order, and a file read and written again is the same text.
 */
class DataDocumentsRoundTripProperties {

    /** A plan and records valid against it. */
    record Case<T>(ActionPlan plan, List<T> records) {
    }

    @Provide
    Arbitrary<Case<Observation>> observations() {
        return PlanArbitraries.actionPlans().flatMap(plan -> DataArbitraries.observations(plan, 12)
                .map(list -> new Case<>(plan, list)));
    }

    @Provide
    Arbitrary<Case<KeyWorkUpdate>> updates() {
        return PlanArbitraries.actionPlans().flatMap(plan -> DataArbitraries.updates(plan, 12)
                .map(list -> new Case<>(plan, list)));
    }

    @Provide
    Arbitrary<Case<Accountability>> accountabilities() {
        return PlanArbitraries.actionPlans().flatMap(plan -> DataArbitraries.accountabilities(plan, 12)
                .map(list -> new Case<>(plan, list)));
    }

    @Provide
    Arbitrary<Case<Observation>> shaoxingObservations() {
        ActionPlan plan = PlanDocuments.shaoxing();
        return Combinators.combine(DataArbitraries.observations(plan, 30), net.jqwik.api.Arbitraries.just(plan))
                .as((list, p) -> new Case<>(p, list));
    }

    @Property(tries = 150)
    void observations_readBackAsWritten(@ForAll("observations") Case<Observation> c, @ForAll DataFormat format) {
        byte[] file = DataDocuments.OBSERVATIONS.toBytes(c.records(), format);

        List<Observation> read = DataDocuments.OBSERVATIONS.read(new ByteArrayInputStream(file), format, "o", c.plan());

        assertThat(read).isEqualTo(c.records());
        if (format != DataFormat.XLSX) { // a workbook holds the time it was written
            assertThat(DataDocuments.OBSERVATIONS.toBytes(read, format)).isEqualTo(file);
        }
    }

    @Property(tries = 150)
    void shaoxingObservations_readBackAsWritten(@ForAll("shaoxingObservations") Case<Observation> c,
                                                @ForAll DataFormat format) {
        byte[] file = DataDocuments.OBSERVATIONS.toBytes(c.records(), format);

        assertThat(DataDocuments.OBSERVATIONS.read(new ByteArrayInputStream(file), format, "o", c.plan()))
                .isEqualTo(c.records());
    }

    @Property(tries = 150)
    void updates_readBackAsWritten(@ForAll("updates") Case<KeyWorkUpdate> c, @ForAll DataFormat format) {
        byte[] file = DataDocuments.KEY_WORK_UPDATES.toBytes(c.records(), format);

        List<KeyWorkUpdate> read = DataDocuments.KEY_WORK_UPDATES.read(new ByteArrayInputStream(file), format, "u", c.plan());

        assertThat(read).isEqualTo(c.records());
        if (format != DataFormat.XLSX) { // a workbook holds the time it was written
            assertThat(DataDocuments.KEY_WORK_UPDATES.toBytes(read, format)).isEqualTo(file);
        }
    }

    @Property(tries = 150)
    void accountabilities_readBackAsWritten(@ForAll("accountabilities") Case<Accountability> c,
                                            @ForAll DataFormat format) {
        byte[] file = DataDocuments.ACCOUNTABILITIES.toBytes(c.records(), format);

        List<Accountability> read = DataDocuments.ACCOUNTABILITIES.read(new ByteArrayInputStream(file), format, "a",
                c.plan());

        assertThat(read).isEqualTo(c.records());
        if (format != DataFormat.XLSX) { // a workbook holds the time it was written
            assertThat(DataDocuments.ACCOUNTABILITIES.toBytes(read, format)).isEqualTo(file);
        }
    }
}
