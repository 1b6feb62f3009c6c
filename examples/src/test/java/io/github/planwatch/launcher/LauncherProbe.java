package io.github.planwatch.launcher;

/** Stands in for the command in {@link LauncherArchiveTest}: prints its arguments and exits. */
public final class LauncherProbe {

    private LauncherProbe() {
    }

    /**
     * Prints {@code probe} and the arguments on one line.
     *
     * @param args  the arguments
     */
    public static void main(String[] args) {
        System.out.println("probe " + String.join(" ", args));
    }
}
