package io.github.planwatch.io;

import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.planwatch.model.Message;

/**
 * Says how to write a number that is spelt in a way planwatch refuses. A figure means one value in
 * every format: JSON and CSV know only decimal digits, while YAML 1.1 also reads {@code 0600} as
 * octal 384, {@code 0x7e6} as 2022, {@code 0b11} as 3, {@code 1_000} as 1000 and {@code 1:30} as
 * 90, and YAML 1.2 reads {@code 0600} as 600. So only the decimal spelling is taken.
 */
final class Numbers {

    private static final Pattern HEX = Pattern.compile("([-+]?)0x([0-9a-fA-F_]+)");
    private static final Pattern OCTAL = Pattern.compile("([-+]?)0o?([0-7_]+)");
    private static final Pattern BINARY = Pattern.compile("([-+]?)0b([01_]+)");
    private static final Pattern SEXAGESIMAL = Pattern.compile("([-+]?)([0-9]+(?::[0-5]?[0-9])+)(\\.[0-9_]*)?");

    private Numbers() {
    }

    /** Says why a number as written is refused and how to write it. */
    static Message howToWrite(String text) {
        Message found = Messages.of("number.found", Words.quote(text));
        Matcher m;
        if ((m = HEX.matcher(text)).matches()) {
            return Messages.of("number.hex", found, value(m, 16));
        }
        if ((m = BINARY.matcher(text)).matches()) {
            return Messages.of("number.binary", found, value(m, 2));
        }
        if ((m = OCTAL.matcher(text)).matches() && !text.contains("_")) {
            String decimal = m.group(1) + new BigInteger(m.group(2));
            return Messages.of("number.octal", found, value(m, 8), decimal);
        }
        if ((m = SEXAGESIMAL.matcher(text)).matches()) {
            BigInteger total = BigInteger.ZERO;
            for (String part : m.group(2).split(":")) {
                total = total.multiply(BigInteger.valueOf(60)).add(new BigInteger(part));
            }
            return Messages.of("number.sexagesimal", found, m.group(1) + total);
        }
        if (text.contains("_")) {
            return Messages.of("number.underscores", found, Words.quote(text.replace("_", "")));
        }
        return Messages.of("number.digits", found);
    }

    private static String value(Matcher m, int radix) {
        return m.group(1).replace("+", "") + new BigInteger(m.group(2).replace("_", ""), radix);
    }
}
