package io.github.planwatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The report in a real browser: Debian's Chromium, headless, driven through chromedriver, at a
 * desktop's 1280 px and a phone's 390 px in both languages, and printed to A4. Nothing is wider
 * than the viewport, no table cell clips its text, the off-track block is on the first screen,
 * and print gives A4 pages with every folded section unfolded and a running header on each. The screenshots and the PDFs are
 * kept in target/shots.
 *
 * <p>Needs {@code /usr/bin/chromium}, {@code /usr/bin/chromedriver} and {@code /usr/bin/pdftotext}
 * (Debian's chromium, chromium-driver and poppler-utils packages, which .ci/run installs); {@code -Dplanwatch.browser=skip} leaves the
 * test out on a machine without them.
 */
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path PDFTOTEXT = Path.of("/usr/bin/pdftotext");

    static ChromeDriver browser;
    static Path profile;
    static Path shots;
    static Map<String, Path> pages = new HashMap<>();

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeFalse("skip".equals(System.getProperty("planwatch.browser")), "browser tests left out on request");
        assertThat(CHROMIUM).as("Chromium (apt-get install chromium chromium-driver)").exists();
        assertThat(DRIVER).as("chromedriver (apt-get install chromium-driver)").exists();
        shots = Path.of(System.getProperty("planwatch.shots", "target/shots"));
        Files.createDirectories(shots);
        ReportInputs inputs = Shaoxing.withHistory();
        for (String lang : List.of("zh", "en")) {
            Path page = shots.resolve("browser-" + lang + ".html");
            Files.writeString(page, PlanReports.html(inputs, lang.equals("zh") ? Locale.CHINA : Locale.ENGLISH));
            pages.put(lang, page);
        }
        ReportInputs illustrative = Illustrative.inputs();
        for (String lang : List.of("zh", "en")) {
            Path page = shots.resolve("browser-illustrative-" + lang + ".html");
            Files.writeString(page, PlanReports.html(illustrative, lang.equals("zh") ? Locale.CHINA : Locale.ENGLISH));
            pages.put("illustrative-" + lang, page);
        }
        ReportInputs joint = JointIllustrative.inputs();
        for (String lang : List.of("zh", "en")) {
            Path page = shots.resolve("browser-joint-" + lang + ".html");
            Files.writeString(page, PlanReports.html(joint, lang.equals("zh") ? Locale.CHINA : Locale.ENGLISH));
            pages.put("joint-" + lang, page);
        }
        profile = Files.createTempDirectory("planwatch-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,900", "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void open(String lang, int width, int height, String media) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
        browser.get(pages.get(lang).toUri().toString());
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"zh, 1280, 800", "en, 1280, 800", "zh, 390, 844", "en, 390, 844"})
    void onScreen_nothingIsWiderThanTheViewport_noCellClips_andWhatIsOffTrackIsOnTheFirstScreen(String lang, int width,
                                                                                                 int height) throws IOException {
        open(lang, width, height, "screen");
        assertLaidOut(width);
        Map<?, ?> block = (Map<?, ?>) browser.executeScript(
                "const r=document.querySelector('#offtrack h2').getBoundingClientRect();"
                        + "const row=document.querySelector('#offtrack tbody tr');"
                        + "return {top:r.top, row: row ? row.getBoundingClientRect().bottom : r.bottom, h: innerHeight};");
        assertThat(((Number) block.get("top")).doubleValue()).as("the off-track heading").isLessThan(height * 0.5);
        assertThat(((Number) block.get("row")).doubleValue()).as("its first row").isLessThan(height);
        Files.write(shots.resolve("report-" + lang + "-" + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    /**
     * On the illustrative plan, whose targets state their own paths and whose task and key-work item
     * state milestones: every point of a path is drawn, inside its chart, on the dashed path, and
     * every milestone's row is shown under its item, at a desktop's and a phone's width.
     */
    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"zh, 1280, 800", "en, 1280, 800", "zh, 390, 844", "en, 390, 844"})
    void planPathsAndMilestones_areDrawnAndShown(String lang, int width, int height) throws IOException {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "screen"));
        browser.get(pages.get("illustrative-" + lang).toUri().toString());
        assertLaidOut(width);
        List<?> points = (List<?>) browser.executeScript(
                "return [...document.querySelectorAll('svg.chart path.waypoint')].map(p=>{"
                        + "const b=p.getBoundingClientRect(), c=p.closest('svg').getBoundingClientRect();"
                        + "const path=p.closest('svg').querySelector('path.path');"
                        + "const m=p.getAttribute('d').match(/M([\\d.]+) ([\\d.]+)L[\\d.]+ ([\\d.]+)/);"
                        + "const at=new DOMPoint(+m[1], +m[3]);"
                        + "return {w:b.width, inside: b.left>=c.left && b.right<=c.right && b.top>=c.top && b.bottom<=c.bottom,"
                        + " onPath: path.isPointInStroke(at) || path.isPointInFill(at) || [...Array(60).keys()].some(k=>{"
                        + "const q=path.getPointAtLength(path.getTotalLength()*k/59);return Math.hypot(q.x-at.x,q.y-at.y)<1.2;})};});");
        assertThat(points).as("the points of the plans' own paths").hasSize(4).allSatisfy(p -> {
            Map<?, ?> point = (Map<?, ?>) p;
            assertThat(((Number) point.get("w")).doubleValue()).as("drawn").isPositive();
            assertThat(point.get("inside")).as("inside its chart").isEqualTo(true);
            assertThat(point.get("onPath")).as("on the required path").isEqualTo(true);
        });
        Object milestones = browser.executeScript(
                "return [...document.querySelectorAll('.ledger tr.milestone')].filter(r=>r.getBoundingClientRect().height>0"
                        + " && r.querySelector('.pill')).length;");
        assertThat(((Number) milestones).intValue()).as("milestone rows shown with their status").isEqualTo(3);
        Files.write(shots.resolve("illustrative-" + lang + "-" + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    /**
     * On the illustrative plan with joint targets: each joint target's card is shown within the page
     * with every member, and exactly one member, the one that decided, is marked in words, visibly, at
     * a desktop's and a phone's width.
     */
    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"zh, 1280, 800, 决定状态", "en, 1280, 800, decides", "zh, 390, 844, 决定状态", "en, 390, 844, decides"})
    void jointTargets_showEveryMember_andMarkTheDecidingOneInWords(String lang, int width, int height, String decides)
            throws IOException {
        open("joint-" + lang, width, height, "screen");
        assertLaidOut(width);
        List<?> cards = (List<?>) browser.executeScript(
                "return [...document.querySelectorAll('#joint article.joint')].map(c=>{const b=c.getBoundingClientRect();"
                        + "const rows=[...c.querySelectorAll('tbody tr')].filter(r=>r.getBoundingClientRect().height>0);"
                        + "const marks=rows.map(r=>r.querySelector('.decides-mark')).filter(m=>m && m.getBoundingClientRect().height>0);"
                        + "return {w:b.width, members:rows.length, marks:marks.map(m=>m.innerText.trim()),"
                        + " marked:rows.filter(r=>r.classList.contains('decides')).length};});");
        assertThat(cards).as("the joint targets' cards").hasSize(2).allSatisfy(c -> {
            Map<?, ?> card = (Map<?, ?>) c;
            assertThat(((Number) card.get("w")).doubleValue()).as("drawn").isPositive();
            assertThat(((Number) card.get("members")).intValue()).as("members shown").isEqualTo(2);
            assertThat(((Number) card.get("marked")).intValue()).as("members marked as deciding").isEqualTo(1);
            assertThat((List<?>) card.get("marks")).as("the deciding member's mark, in words").hasSize(1)
                    .allSatisfy(m -> assertThat(m.toString()).contains(decides));
        });
        Files.write(shots.resolve("joint-" + lang + "-" + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @ParameterizedTest(name = "{0} printed")
    @ValueSource(strings = {"zh", "en"})
    void inPrint_pagesAreA4_theDesktopLayoutIsKept_andFoldedSectionsAreUnfolded(String lang) throws IOException {
        // A4 less the page's margins of 12 mm each side: 186 mm, 703 px at 96 px to the inch.
        open(lang, 703, 1000, "print");
        assertLaidOut(703);
        Object folded = browser.executeScript(
                "return [...document.querySelectorAll('details:not([open]) li')].filter(li => li.getClientRects().length === 0).length;");
        assertThat(((Number) folded).intValue()).as("list items of folded sections left hidden in print").isZero();
        Object columns = browser.executeScript(
                "const c=[...document.querySelectorAll('.card')].slice(0,2).map(e=>e.getBoundingClientRect().top);"
                        + "return c.length === 2 && Math.abs(c[0]-c[1]) < 1;");
        assertThat(columns).as("two cards a row, as on a desktop").isEqualTo(true);
        Map<String, Object> print = new HashMap<>();
        print.put("preferCSSPageSize", true);
        print.put("printBackground", true);
        print.put("displayHeaderFooter", false);
        Map<String, Object> pdf = browser.executeCdpCommand("Page.printToPDF", print);
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
        Files.write(shots.resolve("report-" + lang + ".pdf"), bytes);
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        Matcher box = Pattern.compile("/MediaBox\\s*\\[\\s*0\\s+0\\s+([\\d.]+)\\s+([\\d.]+)\\s*\\]").matcher(text);
        int pagesFound = 0;
        while (box.find()) {
            pagesFound++;
            // A4 is 595.28 by 841.89 points.
            assertThat(Double.parseDouble(box.group(1))).isBetween(594.0, 596.5);
            assertThat(Double.parseDouble(box.group(2))).isBetween(841.0, 843.0);
        }
        System.out.println(lang + " PDF: " + pagesFound + " A4 pages");
        assertThat(pagesFound).isPositive();
        String header = lang.equals("zh") ? "绍兴市加快推进城市国际化行动方案 · 评估年份 2022"
                : "Action Plan of Shaoxing for Accelerating the City's Internationalisation · As of 2022";
        for (int page = 1; page <= pagesFound; page++) {
            assertThat(pageText(shots.resolve("report-" + lang + ".pdf"), page)).as("the running header of page " + page)
                    .contains(header);
        }
    }

    /** The text of a page of a PDF, as poppler's pdftotext reads it. */
    private static String pageText(Path pdf, int page) throws IOException {
        assertThat(PDFTOTEXT).as("pdftotext (apt-get install poppler-utils)").exists();
        Process p = new ProcessBuilder(PDFTOTEXT.toString(), "-f", Integer.toString(page), "-l", Integer.toString(page),
                pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            assertThat(p.waitFor()).as("pdftotext's exit status: " + text).isZero();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IOException(ex);
        }
        return text;
    }

    /** No element reaches past the viewport (but inside a scrolling box) and no table cell clips its text. */
    private static void assertLaidOut(int width) {
        Object wide = browser.executeScript(
                "const w=document.documentElement.clientWidth;"
                        + "return [...document.querySelectorAll('body *')].filter(e=>!e.closest('.scroll')"
                        + " && e.getClientRects().length && e.getBoundingClientRect().right > w + 1)"
                        + ".slice(0,5).map(e=>e.tagName+'.'+e.className+' '+Math.round(e.getBoundingClientRect().right));");
        assertThat((List<?>) wide).as("elements wider than the %d px viewport", width).isEmpty();
        Object page = browser.executeScript("return document.documentElement.scrollWidth;");
        assertThat(((Number) page).intValue()).as("the page's width").isLessThanOrEqualTo(width);
        Object clipped = browser.executeScript(
                "return [...document.querySelectorAll('td, th')].filter(c=>c.getClientRects().length"
                        + " && c.scrollWidth > c.clientWidth + 1).slice(0,5).map(c=>c.textContent.slice(0,40));");
        assertThat((List<?>) clipped).as("table cells whose text is clipped").isEmpty();
    }
}
