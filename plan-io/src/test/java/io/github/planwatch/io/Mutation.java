package io.github.planwatch.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * One random change to the bytes of a file: a byte flipped, dropped or put in, a line cut, doubled
 * or swapped with another, two fields of a line swapped, the file cut short. The positions are
 * taken modulo the length of the file, so that any mutation applies to any file.
 *
 * @param kind  what is changed
 * @param at  where, before taking it modulo the length
 * @param other  a second position, or the byte put in
 */
record Mutation(Kind kind, int at, int other) {

    /** The kinds of change. */
    enum Kind {
        FLIP_BIT, SET_BYTE, DROP_BYTE, INSERT_BYTE, CUT_LINE, DOUBLE_LINE, SWAP_LINES, SWAP_FIELDS, TRUNCATE
    }

    /** Bytes that mean something to a CSV, YAML or JSON reader, and some that are not UTF-8 on their own. */
    private static final byte[] SPECIAL = ",\"'\n\r{}[]:-#&*!|>%@` \t0.9eE+".getBytes(StandardCharsets.US_ASCII);

    /**
     * Generates mutations.
     *
     * @return the arbitrary, not null
     */
    static Arbitrary<Mutation> mutations() {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.integers().between(0, Integer.MAX_VALUE)).as(Mutation::new);
    }

    /**
     * Generates one to three mutations to apply in turn.
     *
     * @return the arbitrary, not null
     */
    static Arbitrary<List<Mutation>> series() {
        return mutations().list().ofMinSize(1).ofMaxSize(3);
    }

    /**
     * Applies mutations in turn.
     *
     * @param file  the file, not null, not changed
     * @param mutations  the mutations, not null
     * @return the changed file, not null
     */
    static byte[] applyAll(byte[] file, List<Mutation> mutations) {
        byte[] result = file;
        for (Mutation m : mutations) {
            result = m.apply(result);
        }
        return result;
    }

    /**
     * Applies the mutation.
     *
     * @param file  the file, not null, not changed
     * @return the changed file, not null
     */
    byte[] apply(byte[] file) {
        if (file.length == 0) {
            return kind == Kind.INSERT_BYTE ? new byte[] {special()} : file;
        }
        int i = at % file.length;
        byte[] copy = file.clone();
        switch (kind) {
            case FLIP_BIT -> {
                copy[i] ^= (byte) (1 << (other % 8));
                return copy;
            }
            case SET_BYTE -> {
                copy[i] = other % 3 == 0 ? (byte) other : special();
                return copy;
            }
            case DROP_BYTE -> {
                return concat(Arrays.copyOfRange(file, 0, i), Arrays.copyOfRange(file, i + 1, file.length));
            }
            case INSERT_BYTE -> {
                return concat(Arrays.copyOfRange(file, 0, i), new byte[] {other % 3 == 0 ? (byte) other : special()},
                        Arrays.copyOfRange(file, i, file.length));
            }
            case TRUNCATE -> {
                return Arrays.copyOfRange(file, 0, i);
            }
            default -> {
                return lines(file);
            }
        }
    }

    private byte special() {
        return SPECIAL[other % SPECIAL.length];
    }

    /** The line changes, on the file split at each {@code \n} (each line keeps its line break). */
    private byte[] lines(byte[] file) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int j = 0; j < file.length; j++) {
            if (file[j] == '\n') {
                lines.add(Arrays.copyOfRange(file, start, j + 1));
                start = j + 1;
            }
        }
        if (start < file.length) {
            lines.add(Arrays.copyOfRange(file, start, file.length));
        }
        int i = at % lines.size();
        int j = other % lines.size();
        switch (kind) {
            case CUT_LINE -> lines.remove(i);
            case DOUBLE_LINE -> lines.add(i, lines.get(i));
            case SWAP_LINES -> {
                byte[] line = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, line);
            }
            default -> lines.set(i, swapFields(lines.get(i)));
        }
        return concat(lines.toArray(byte[][]::new));
    }

    /** Swaps two of the comma-separated parts of a line, quotes or not. */
    private byte[] swapFields(byte[] line) {
        String text = new String(line, StandardCharsets.UTF_8);
        String[] parts = text.split(",", -1);
        if (parts.length < 2) {
            return line;
        }
        int i = at % parts.length;
        int j = other % parts.length;
        String part = parts[i];
        parts[i] = parts[j];
        parts[j] = part;
        return String.join(",", parts).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
