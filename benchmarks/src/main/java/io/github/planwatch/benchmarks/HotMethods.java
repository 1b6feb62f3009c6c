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
     * @param args  the .jfr file, and optionally how many lines of each list (default 30)
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String name = name(frame);
                if (seen.add(name) && PHASES.stream().anyMatch(name::contains)) {
                    inclusive.merge(name, 1, Integer::sum);
                }
            }
        }
        System.out.println(samples + " samples");
        print("self", self, samples, top);
        print("inclusive (planwatch and Drools phases)", inclusive, samples, top);
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int top) {
        System.out.println("--- " + title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf("%5.1f%%  %s%n", 100.0 * e.getValue() / samples, e.getKey()));
    }
}
