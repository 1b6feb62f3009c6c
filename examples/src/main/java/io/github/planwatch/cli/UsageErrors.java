package io.github.planwatch.cli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages of a misused command line in Chinese: picocli's that a user meets (an unknown
 * option, a missing or bad value, a missing subcommand), since picocli has no bundle of its own for
 * them, and the command's own about its options and files; each by the shape of its English text.
 * A message of another shape, such as a problem found in an input file, stays in English.
 */
final class UsageErrors {

    private record Shape(Pattern english, String chinese) {
    }

    private static final List<Shape> SHAPES = List.of(
            new Shape(Pattern.compile("Unknown options?: (.+)"), "未知选项：$1"),
            new Shape(Pattern.compile("Unmatched arguments? from index \\d+: (.+)"), "多余的参数：$1"),
            new Shape(Pattern.compile("Unmatched arguments? at index \\d+: (.+)"), "多余的参数：$1"),
            new Shape(Pattern.compile("Missing required options?: (.+)"), "缺少必需的选项：$1"),
            new Shape(Pattern.compile("Missing required parameter for option '(.+?)' \\((.+)\\)"), "选项 '$1' 缺少取值（$2）"),
            new Shape(Pattern.compile("Missing required parameters?: (.+)"), "缺少必需的参数：$1"),
            new Shape(Pattern.compile("Missing required subcommand"), "缺少子命令"),
            new Shape(Pattern.compile("Invalid value for option '(.+?)': expected one of \\[(.+)\\] \\(case-insensitive\\) but was '(.*)'"),
                    "选项 '$1' 的取值无效：应为 $2 之一（不区分大小写），实为 '$3'"),
            new Shape(Pattern.compile("Invalid value for option '(.+?)': '(.*)' is not an int"), "选项 '$1' 的取值无效：'$2' 不是整数"),
            new Shape(Pattern.compile("Invalid value for option '(.+?)': (.+)"), "选项 '$1' 的取值无效：$2"),
            new Shape(Pattern.compile("Invalid value for positional parameter at index \\d+ \\((.+?)\\): expected one of \\[(.+)\\]"
                    + " \\(case-insensitive\\) but was '(.*)'"), "参数 $1 的取值无效：应为 $2 之一（不区分大小写），实为 '$3'"),
            new Shape(Pattern.compile("option '(.+?)' \\((.+?)\\) should be specified only once"), "选项 '$1'（$2）只能给出一次"),
            new Shape(Pattern.compile("cannot read (.+): no such file(?: or directory)?"), "无法读取 $1：文件不存在"),
            new Shape(Pattern.compile("cannot read (.+): not a readable file"), "无法读取 $1：不是可读的文件"),
            new Shape(Pattern.compile("cannot read (.+): (?i:is a directory)"), "无法读取 $1：这是一个目录，不是文件"),
            new Shape(Pattern.compile("cannot read (.+): (?i:permission denied)"), "无法读取 $1：没有读取权限"),
            new Shape(Pattern.compile("--rules (.+): no such file or directory"), "--rules $1：文件或目录不存在"),
            new Shape(Pattern.compile("--as-of: expected a year between 1900 and 2200, found (.+)"),
                    "--as-of：应为1900至2200之间的年份，实为 $1"),
            new Shape(Pattern.compile("--timeout: expected a whole number of seconds, at least 1, found (.+)"),
                    "--timeout：应为至少1的整秒数，实为 $1"),
            new Shape(Pattern.compile("cannot write to standard output: (.+)"), "无法写入标准输出：$1"));

    /** A file of no known format: its list of endings is joined as Chinese joins a list. */
    private static final Pattern FORMAT =
            Pattern.compile("cannot tell the format of (.+): expected a name ending (.+) or (\\.[a-z]+)");

    private UsageErrors() {
    }

    /**
     * Puts picocli's message in Chinese where its shape is known.
     *
     * @param english  the message, not null
     * @return the message in Chinese, or the English one of an unknown shape
     */
    static String chinese(String english) {
        Matcher format = FORMAT.matcher(english);
        if (format.matches()) {
            return "无法判断 " + format.group(1) + " 的格式：文件名应以" + format.group(2).replace(", ", "、") + "或"
                    + format.group(3) + "结尾";
        }
        for (Shape s : SHAPES) {
            Matcher m = s.english().matcher(english);
            if (m.matches()) {
                return m.replaceAll(s.chinese());
            }
        }
        return english;
    }
}
