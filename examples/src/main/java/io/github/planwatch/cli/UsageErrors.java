package io.github.planwatch.cli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages of a misused command line in Chinese: picocli's that a user meets (an unknown
 * option, a missing or bad value, a missing subcommand), since picocli has no bundle of its own for
 * them, and the command's own about its options and files; each by the shape of its English text.
 * A list of allowed values is joined as Chinese joins a list (、). The reason a file could not be
 * read or written is said in Chinese where it is one the operating system commonly gives, and
 * otherwise quoted as the system gave it, inside a Chinese sentence. A message of another shape
 * stays in English.
 */
final class UsageErrors {

    private record Shape(Pattern english, String chinese) {
    }

    /** A reason the operating system (or planwatch, for a file) gives why a file could not be used. */
    private record Reason(Pattern english, String chinese) {
        Reason(String english, String chinese) {
            this(Pattern.compile(english, Pattern.CASE_INSENSITIVE), chinese);
        }
    }

    /**
     * The reasons, as java.nio and the C library say them: most are strerror's words, which the JDK
     * passes on as a {@code FileSystemException}'s reason.
     */
    private static final List<Reason> REASONS = List.of(
            new Reason("no such file", "文件不存在"),
            new Reason("no such file or directory", "文件或目录不存在"),
            new Reason("not a readable file", "不是可读的文件"),
            new Reason("(?:it )?is a directory", "这是一个目录，不是文件"),
            new Reason("not a directory", "路径中有一段不是目录"),
            new Reason("permission denied to create a file in the directory (.+)", "没有在目录 $1 中创建文件的权限"),
            new Reason("the directory (.+) does not exist", "目录 $1 不存在"),
            new Reason("the file is read-only; make it writable to have it replaced", "文件为只读；请先将其设为可写，才能替换"),
            new Reason("a file of that name already exists", "已有同名文件"),
            new Reason("directory not empty", "目录不为空"),
            new Reason("no space left on device", "磁盘空间已满"),
            new Reason("disk quota exceeded", "超出磁盘配额"),
            new Reason("read-only file system", "文件系统为只读"),
            new Reason("file name too long", "文件名过长"),
            new Reason("too many levels of symbolic links(?: or unable to access attributes of symbolic link)?",
                    "符号链接层数过多（链接可能构成了循环）"),
            new Reason("a loop of symbolic links", "符号链接构成了循环"),
            new Reason("input/output error", "输入输出错误"),
            new Reason("device or resource busy", "设备或资源正忙"),
            new Reason("text file busy", "文件正被使用"),
            new Reason("operation not permitted", "不允许此操作"),
            new Reason("no such device or address", "设备或地址不存在"),
            new Reason("stale file handle", "文件句柄已失效"),
            new Reason("file too large", "文件过大"),
            new Reason("too many open files", "打开的文件过多"),
            new Reason("the write failed", "写入失败"),
            new Reason("an unexpected failure", "意外失败"));

    /** Standard output that could not be written, before the reason why. */
    private static final String STANDARD_OUTPUT = "cannot write to standard output: ";

    /** A file that could not be read or written, and why; {@link #reasonAfterFile} tells the file from the reason. */
    private static final Pattern FILE_FAILED = Pattern.compile("cannot (read|write) (.+?): (.+)");

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
            new Shape(Pattern.compile("cannot read (.+): (?i:permission denied)"), "无法读取 $1：没有读取权限"),
            new Shape(Pattern.compile("cannot write (.+): (?i:permission denied)"), "无法写入 $1：没有写入权限"),
            new Shape(Pattern.compile("--output (.+): expected a name ending \\.xlsx or \\.csv"),
                    "--output $1：文件名应以.xlsx或.csv结尾"),
            new Shape(Pattern.compile("--output (.+): expected a name ending (\\.[a-z]+) for --format ([a-z]+)"),
                    "--output $1：--format $3 的文件名应以$2结尾"),
            new Shape(Pattern.compile("--rules (.+): no such file or directory"), "--rules $1：文件或目录不存在"),
            new Shape(Pattern.compile("--as-of: expected a year between 1900 and 2200, found (.+)"),
                    "--as-of：应为1900至2200之间的年份，实为 $1"),
            new Shape(Pattern.compile("--timeout: expected a whole number of seconds, at least 1, found (.+)"),
                    "--timeout：应为至少1的整秒数，实为 $1"));

    /** The shapes whose second group is a list of allowed values, picocli's {@code [ZH, EN]}. */
    private static final int LIST_GROUP = 2;

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
                String list = s.chinese().contains("之一") ? m.group(LIST_GROUP) : null;
                String said = m.replaceAll(s.chinese());
                return list == null ? said : said.replace(list, list.replace(", ", "、"));
            }
        }
        if (english.startsWith(STANDARD_OUTPUT)) {
            return "无法写入标准输出：" + reason(english.substring(STANDARD_OUTPUT.length()));
        }
        Matcher file = FILE_FAILED.matcher(english);
        if (file.matches()) {
            return ("read".equals(file.group(1)) ? "无法读取 " : "无法写入 ") + reasonAfterFile(file.group(2) + ": " + file.group(3));
        }
        return english;
    }

    /**
     * Says in Chinese what follows "cannot read" or "cannot write": the file, then why. The reason is
     * the longest known one the text ends with; where none is known, it is what follows the first
     * {@code ": "}, quoted.
     */
    private static String reasonAfterFile(String text) {
        for (int at = text.indexOf(": "); at >= 0; at = text.indexOf(": ", at + 1)) {
            String why = text.substring(at + 2);
            if (known(why) != null) {
                return text.substring(0, at) + "：" + known(why);
            }
        }
        int at = text.indexOf(": ");
        return text.substring(0, at) + "：" + reason(text.substring(at + 2));
    }

    /**
     * Says why a file could not be used in Chinese: the reason's own words where it is known, else
     * a sentence quoting the system's words.
     *
     * @param english  the reason, such as {@code No space left on device}, not null
     * @return the reason in Chinese, not null
     */
    static String reason(String english) {
        String said = known(english);
        return said != null ? said : "系统给出的原因为“" + english + "”";
    }

    private static String known(String english) {
        for (Reason r : REASONS) {
            Matcher m = r.english().matcher(english.strip());
            if (m.matches()) {
                return m.replaceAll(r.chinese());
            }
        }
        return null;
    }
}
