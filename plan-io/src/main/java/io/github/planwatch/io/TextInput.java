package io.github.planwatch.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import io.github.planwatch.model.PlanwatchException;
import io.github.planwatch.model.Problem;

/**
 * The text of a file as every planwatch reader takes it: UTF-8, with or without a byte-order mark,
 * and no control characters but tab and line breaks. A file in another encoding, a byte that is not
 * UTF-8, a control character, or more bytes than the limit ends the read with a {@link Refusal}
 * that says in words what was found and where, by the line and column of the text before it.
 *
 * <p>The parsers planwatch uses each decode and report encodings their own way, in terms of their
 * own internals; deciding here gives one rule and one wording for every format. Not thread-safe.
 */
final class TextInput extends Reader {

    /** What ends a read of a file's text, carrying the problem; parsers pass it on as their cause. */
    static final class Refusal extends IOException {

        private static final long serialVersionUID = 1L;

        private final transient Problem problem;

        Refusal(Problem problem) {
            super(problem.message());
            this.problem = problem;
        }

        Problem problem() {
            return problem;
        }
    }

    /** What ends a read where the stream itself fails, as distinct from what it holds. */
    static final class ReadFailure extends IOException {

        private static final long serialVersionUID = 1L;

        ReadFailure(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /**
     * Says that a file could not be read, where a failure of its stream is among the causes of what a
     * parser threw; a failure to read is the system's, not a problem of the document. Null where the
     * stream did not fail.
     */
    static PlanwatchException readFailure(Throwable thrown, String source) {
        ReadFailure failure = DocumentTree.findCause(thrown, ReadFailure.class);
        return failure == null ? null
                : new PlanwatchException("cannot read " + source + ": " + failure.getMessage(), failure.getCause());
    }

    private static final int CHUNK = 8192;

    private final InputStream in;
    private final String source;
    private final long maxBytes;
    private final int maxLineChars;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
    private final CharBuffer chars = CharBuffer.allocate(CHUNK);
    private long bytesRead;
    private boolean started;
    private boolean ended;
    private int line = 1;
    private int column = 1;
    private boolean afterCarriageReturn;

    /**
     * Reads a file's bytes as text. YAML's lines have a limit: its parser takes time that grows
     * faster than the length of a line, and no value of a planwatch YAML document needs a line
     * longer than the longest text ({@link Integer#MAX_VALUE} for no limit). The bytes are not closed here.
     */
    TextInput(InputStream in, String source, long maxBytes, int maxLineChars) {
        this.in = in;
        this.source = source;
        this.maxBytes = maxBytes;
        this.maxLineChars = maxLineChars;
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (ended) {
                return -1;
            }
            decodeMore();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    @Override
    public void close() {
        // The stream is the caller's to close.
    }

    private void decodeMore() throws IOException {
        bytes.compact();
        int read = fill();
        bytes.flip();
        if (!started) {
            started = true;
            checkStart();
        }
        boolean last = read < 0;
        chars.clear();
        CoderResult result = decoder.decode(bytes, chars, last);
        if (last && !result.isError()) {
            result = decoder.flush(chars);
            ended = true;
        }
        chars.flip();
        check();
        if (result.isError()) {
            throw refuse(Messages.of("text.notUtf8", hex(bytes.get(bytes.position()))));
        }
        if (bytesRead > maxBytes) {
            // What lies within the limit has been decoded, so that the problem stands where the limit is passed.
            throw refuse(Messages.of("text.tooLarge", maxBytes, maxBytes == DocumentTree.maxDocumentBytes()
                    ? Messages.of("text.largerLimit", DocumentTree.MAX_DOCUMENT_BYTES_SETTING) : ""));
        }
    }

    /** Reads more bytes into the buffer, those past the limit left out; returns -1 at the end of the file. */
    private int fill() throws IOException {
        int n;
        try {
            n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        } catch (IOException ex) {
            throw new ReadFailure(ex);
        }
        if (n > 0) {
            bytesRead += n;
            bytes.position(bytes.position() + n - (int) Math.max(0, bytesRead - maxBytes));
        }
        return n;
    }

    /** Names an encoding other than UTF-8 from the first bytes; drops a UTF-8 byte-order mark. */
    private void checkStart() throws Refusal {
        int n = bytes.remaining();
        int b0 = n > 0 ? bytes.get(0) & 0xff : -1;
        int b1 = n > 1 ? bytes.get(1) & 0xff : -1;
        int b2 = n > 2 ? bytes.get(2) & 0xff : -1;
        int b3 = n > 3 ? bytes.get(3) & 0xff : -1;
        if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF || b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
            throw refuse(Messages.of("text.utf32Mark"));
        }
        if (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE) {
            throw refuse(Messages.of("text.utf16Mark"));
        }
        if (n >= 4 && (b0 == 0 && b1 == 0 && b2 == 0 && b3 != 0 || b0 != 0 && b1 == 0 && b2 == 0 && b3 == 0)) {
            throw refuse(Messages.of("text.utf32"));
        }
        if (n >= 4 && (b0 == 0) != (b1 == 0) && (b2 == 0) != (b3 == 0) && (b0 == 0) == (b2 == 0)) {
            throw refuse(Messages.of("text.utf16"));
        }
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            bytes.position(3);
        }
    }

    /** Counts lines and columns over the characters just decoded, refusing a control character. */
    private void check() throws Refusal {
        // The buffer's own array, read directly: this runs over every character of every document.
        char[] decoded = chars.array();
        int offset = chars.arrayOffset();
        int limit = chars.limit();
        for (int i = 0; i < limit; i++) {
            char c = decoded[offset + i];
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                throw refuse(Messages.of("text.control", String.format("U+%04X", (int) c),
                        c == 0 ? Messages.of("text.zeroByte") : ""));
            }
            advance(c);
            if (column > maxLineChars) {
                throw refuse(Messages.of("text.lineTooLong", maxLineChars));
            }
        }
    }

    private void advance(char c) {
        if (c == '\n') {
            if (!afterCarriageReturn) {
                line++;
            }
            column = 1;
        } else if (c == '\r') {
            line++;
            column = 1;
        } else {
            column++;
        }
        afterCarriageReturn = c == '\r';
    }

    private Refusal refuse(io.github.planwatch.model.Message message) {
        return new Refusal(new Problem(source, line, column, "", message));
    }

    private static String hex(byte b) {
        return String.format("0x%02X", b & 0xff);
    }
}
