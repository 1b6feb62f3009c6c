package io.github.planwatch.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.Problem;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The law of a unit's bounds where observations are read, in every format: a value inside them is
 * never refused for being out of bounds, and one outside them is always refused, at its value. The
 * bundled Shaoxing plan bounds its R&D share of GDP, in percent, to 0-100.
 */
class ObservationBoundsProperties {

    private static final ActionPlan PLAN = PlanDocuments.shaoxing();

    @Property(tries = 200)
    void aShareFrom0To100_isRead(@ForAll("inside") BigDecimal value, @ForAll DataFormat format) {
        List<Observation> written = List.of(Observation.of("rd-intensity", 2021, value));

        List<Observation> read = DataDocuments.OBSERVATIONS.read(new ByteArrayInputStream(
                DataDocuments.OBSERVATIONS.toBytes(written, format)), format, "o", PLAN);

        assertThat(read).isEqualTo(written);
    }

    @Property(tries = 200)
    void aShareOutside0To100_isRefusedAtItsValue(@ForAll("outside") BigDecimal value) {
        String csv = "indicator,year,value\nrd-intensity,2021," + value.toPlainString() + "\n";

        DocumentException thrown = catchThrowableOfType(DocumentException.class, () -> DataDocuments.OBSERVATIONS.read(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), DataFormat.CSV, "o", PLAN));

        assertThat(thrown).isNotNull();
        assertThat(thrown.problems()).extracting(Problem::line, Problem::column, Problem::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 19, "observations[0].value"));
        assertThat(thrown.problems().get(0).message()).contains("from 0 to 100");
    }

    @Provide
    Arbitrary<BigDecimal> inside() {
        return Arbitraries.oneOf(Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(4),
                Arbitraries.of(BigDecimal.ZERO, new BigDecimal("100")));
    }

    @Provide
    Arbitrary<BigDecimal> outside() {
        // Above 100 only: a negative share is refused by the sign of the unit first, with its own words.
        return Arbitraries.bigDecimals().between(new BigDecimal("100.0001"), new BigDecimal("1000000")).ofScale(4);
    }
}
