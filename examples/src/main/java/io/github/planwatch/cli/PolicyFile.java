package io.github.planwatch.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import io.github.planwatch.io.SettingsDocuments;
import io.github.planwatch.io.Settings;
import io.github.planwatch.model.Problem;
import io.github.planwatch.rules.EvaluationPolicy;

/**
 * Reads an {@link EvaluationPolicy} from a policy file: a YAML or JSON document of settings named
 * after the policy's components, each optional, the others keeping their defaults.
 *
 * <pre>
 * schemaVersion: 1
 * onTrackRatio: 0.9        # the least progress ratio R for ON_TRACK
 * staleYears: 3
 * </pre>
 *
 * <p>Every problem is reported at once with its line and column: an unknown setting, a value of the
 * wrong type, a value out of range, and thresholds out of order. The format is documented in
 * {@code docs/cli.md}.
 */
final class PolicyFile {

    /** The version of the policy format that this class reads. */
    static final int SCHEMA_VERSION = 1;

    private enum Kind { RATIO, WHOLE, DECIMAL }

    /**
     * One setting: its name (the policy component's), its kind, how it is set on a builder, and
     * whether it is one of a set of thresholds that must be in order (checked together, not alone).
     */
    private record Entry(String name, Kind kind, BiConsumer<EvaluationPolicy.Builder, Object> setter, boolean ordered) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("onTrackRatio", Kind.RATIO, (b, v) -> b.onTrackRatio((Double) v), true),
            new Entry("accelerationNeededRatio", Kind.RATIO, (b, v) -> b.accelerationNeededRatio((Double) v), true),
            new Entry("limitedProgressRatio", Kind.RATIO, (b, v) -> b.limitedProgressRatio((Double) v), true),
            new Entry("defaultRelativeTolerance", Kind.DECIMAL, (b, v) -> b.defaultRelativeTolerance((BigDecimal) v), false),
            new Entry("zeroReplacement", Kind.DECIMAL, (b, v) -> b.zeroReplacement((BigDecimal) v), false),
            new Entry("staleYears", Kind.WHOLE, (b, v) -> b.staleYears((Integer) v), false),
            new Entry("leadUnitOverloadLimit", Kind.WHOLE, (b, v) -> b.leadUnitOverloadLimit((Integer) v), false),
            new Entry("keyWorkNoUpdateDays", Kind.WHOLE, (b, v) -> b.keyWorkNoUpdateDays((Integer) v), false),
            new Entry("suspiciousJumpBound", Kind.DECIMAL, (b, v) -> b.suspiciousJumpBound((BigDecimal) v), false),
            new Entry("groupOnTrackScore", Kind.RATIO, (b, v) -> b.groupOnTrackScore((Double) v), true),
            new Entry("groupAccelerationNeededScore", Kind.RATIO, (b, v) -> b.groupAccelerationNeededScore((Double) v), true),
            new Entry("groupLimitedProgressScore", Kind.RATIO, (b, v) -> b.groupLimitedProgressScore((Double) v), true),
            new Entry("suspiciousJumpPoints", Kind.DECIMAL, (b, v) -> b.suspiciousJumpPoints((BigDecimal) v), false),
            new Entry("minimumCoverage", Kind.RATIO, (b, v) -> b.minimumCoverage((Double) v), false));

    private PolicyFile() {
    }

    /** The names of the settings, in the order of the policy's components. */
    static List<String> names() {
        return ENTRIES.stream().map(Entry::name).toList();
    }

    /**
     * Reads a policy file.
     *
     * @param file  the file, {@code .yaml}, {@code .yml} or {@code .json}, not null
     * @return the policy: the defaults with the file's settings, not null
     * @throws io.github.planwatch.io.DocumentException listing every problem of the file
     * @throws io.github.planwatch.model.PlanwatchException if the file cannot be read
     */
    static EvaluationPolicy read(Path file) {
        return SettingsDocuments.read(file, SCHEMA_VERSION, names(), PolicyFile::map);
    }

    private static EvaluationPolicy map(Settings settings) {
        EvaluationPolicy.Builder all = EvaluationPolicy.builder();
        boolean valid = true;
        for (Entry e : ENTRIES) {
            Optional<?> value = switch (e.kind()) {
                case RATIO -> settings.number(e.name()).map(BigDecimal::doubleValue);
                case WHOLE -> settings.wholeNumber(e.name());
                case DECIMAL -> settings.number(e.name());
            };
            if (value.isEmpty()) {
                valid &= !settings.names().contains(e.name());
                continue;
            }
            e.setter().accept(all, value.get());
        }
        // Every value out of range at its own setting; a set of thresholds out of order at the first
        // of its settings that the file gives.
        List<Problem> problems = all.problems();
        for (Problem p : problems) {
            boolean ordered = ENTRIES.stream().anyMatch(e -> e.ordered() && e.name().equals(p.path()));
            settings.reject(ordered ? firstGiven(settings, p.path().startsWith("group")) : p.path(), p.text());
        }
        return valid && problems.isEmpty() ? all.build() : null;
    }

    private static String firstGiven(Settings settings, boolean group) {
        return settings.names().stream().filter(n -> ENTRIES.stream().anyMatch(e -> e.ordered() && e.name().equals(n)))
                .filter(n -> n.startsWith("group") == group).findFirst().orElse("schemaVersion");
    }
}
