package io.github.planwatch.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a Java Flight Recorder file and prints where the sampled time went: the methods running
 * when sampled (self), and the share of samples in which a method of planwatch or an entry point of
 * Drools was on the stack (inclusive), so that time can be put down to a phase of the evaluation.
 * With {@code alloc} as a third argument it weighs JFR's allocation samples
 * ({@code jdk.ObjectAllocationSample}) by the bytes they stand for instead, by allocating method
 * and by the class allocated, so that allocation can be put down to a phase the same way.
 */
public final class HotMethods {

    /** The frames worth an inclusive line: planwatch's own, and the phases of a Drools session. */
    private static final List<String> PHASES = List.of("io.github.planwatch.", "KieSession", "fireAllRules",
            "NamedEntryPoint.insert", "insertLogical", "LambdaConsequence.evaluate", "PhreakAccumulateNode.doNode",
            "newKieSession", "dispose", "regex.Pattern.compile");

    private HotMethods() {
    }

    /**
     * Prints the hottest methods of a recording.
     *
     * @param args  the .jfr file; optionally how many lines of each list (default 30); and
     *        optionally {@code alloc}, to weigh allocation samples rather than count execution samples
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        boolean alloc = args.length > 2 && args[2].equals("alloc");
        String type = alloc ? "jdk.ObjectAllocationSample" : "jdk.ExecutionSample";
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> inclusive = new HashMap<>();
        Map<String, Long> classes = new HashMap<>();
        long samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals(type) || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            long weight = alloc ? event.getLong("weight") : 1;
            samples += weight;
            self.merge(name(frames.get(0)), weight, Long::sum);
            if (alloc) {
                classes.merge(event.getClass("objectClass").getName(), weight, Long::sum);
            }
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String name = name(frame);
                if (seen.add(name) && PHASES.stream().anyMatch(name::contains)) {
                    inclusive.merge(name, weight, Long::sum);
                }
            }
        }
        System.out.println(samples + (alloc ? " bytes sampled" : " samples"));
        print(alloc ? "allocating method" : "self", self, samples, top);
        if (alloc) {
            print("class allocated", classes, samples, top);
        }
        print("inclusive (planwatch and Drools phases)", inclusive, samples, top);
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static void print(String title, Map<String, Long> counts, long samples, int top) {
        System.out.println("--- " + title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf("%5.1f%%  %s%n", 100.0 * e.getValue() / samples, e.getKey()));
    }
}
