package io.github.planwatch.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import io.github.planwatch.io.PlanDocuments;
import io.github.planwatch.model.Observation;
import io.github.planwatch.rules.EvaluationInput;

/**
 * The Shaoxing plan with the observations found in public sources, as one evaluation's input.
 *
 * <p>The observations are a copy of {@code shaoxing-observations-sourced.csv} (columns indicator,
 * year, value, provisional, source, note), kept in this module's resources as
 * {@value #OBSERVATIONS}.
 */
public final class ShaoxingInputs {

    /** The class-path resource of the sourced observations. */
    public static final String OBSERVATIONS = "observations/shaoxing-sourced.csv";
    /** The as-of year of the benchmarks: the last year of the plan's period. */
    public static final int AS_OF = 2022;

    private ShaoxingInputs() {
    }

    /**
     * Reads the sourced observations.
     *
     * @return the observations, in the file's order, not null
     * @throws UncheckedIOException if the resource cannot be read
     */
    public static List<Observation> observations() {
        CsvSchema header = CsvSchema.emptySchema().withHeader();
        try (InputStream in = ShaoxingInputs.class.getClassLoader().getResourceAsStream(OBSERVATIONS)) {
            if (in == null) {
                throw new IllegalStateException(OBSERVATIONS + " is not on the class path");
            }
            List<Observation> observations = new ArrayList<>();
            try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class).with(header)
                    .readValues(in)) {
                while (rows.hasNext()) {
                    Map<String, String> row = rows.next();
                    observations.add(new Observation(row.get("indicator"), Integer.parseInt(row.get("year")),
                            new BigDecimal(row.get("value")), Boolean.parseBoolean(row.get("provisional")),
                            row.get("source"), row.get("note")));
                }
            }
            return observations;
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + OBSERVATIONS, ex);
        }
    }

    /**
     * Returns the input that the benchmarks evaluate: the bundled Shaoxing plan and the sourced
     * observations, as of {@value #AS_OF}.
     *
     * @return the input, not null
     */
    public static EvaluationInput input() {
        return EvaluationInput.of(PlanDocuments.shaoxing(), observations(), AS_OF);
    }
}
