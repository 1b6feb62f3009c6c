package io.github.planwatch.io;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The source texts that ship in the repository's {@code sources/} folder, found from wherever the
 * tests run: Maven runs them from the module's folder, an IDE often from the repository's root.
 */
final class ShippedSources {

    /** The Shaoxing plan's folder inside {@code sources/}. */
    private static final Path SHAOXING = Path.of("sources", "shaoxing-2020-2022");
    /** The Europe 2020 plan's folder inside {@code sources/}. */
    private static final Path EUROPE_2020 = Path.of("sources", "europe-2020");

    /** The published text of the Shaoxing plan, as extracted, page breaks and all. */
    static final Path SHAOXING_PLAN_TEXT = shaoxing("shaoxing-internationalization-action-plan-2020-2022.txt");
    /** The Shaoxing observations found in public sources, as received; the bundled resource is a copy. */
    static final Path SHAOXING_OBSERVATIONS = shaoxing("observations-sourced.csv");
    /** The passages of the Europe 2020 plan that were read, each under the copy it was read from. */
    static final Path EUROPE_2020_TEXT = find(EUROPE_2020).resolve("plan-text-excerpts.md");
    /** The Europe 2020 observations found in public sources, as received; the bundled resource is a copy. */
    static final Path EUROPE_2020_OBSERVATIONS = find(EUROPE_2020).resolve("observations-sourced.csv");

    private ShippedSources() {
    }

    private static Path shaoxing(String file) {
        return find(SHAOXING).resolve(file);
    }

    private static Path find(Path folder) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(folder))) {
                return dir.resolve(folder);
            }
        }
        throw new IllegalStateException("no " + folder + " folder in " + Path.of("").toAbsolutePath()
                + " or a folder above it");
    }
}
