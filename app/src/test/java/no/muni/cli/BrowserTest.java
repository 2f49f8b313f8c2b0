package no.muni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import no.muni.index.DocumentIndex;
import no.muni.ingest.RunHistory;
import no.muni.serve.MuniServer;

/**
 * The web UI in Debian's headless Chromium (installed by .ci/run) against a real server on the sample
 * corpus. Screenshots go to target/screenshots/. Skipped, with a message, only on a developer machine
 * without Chromium; in CI (CI set) a missing browser fails the test.
 */
class BrowserTest {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    static MuniServer server;
    static WebDriver driver;
    static WebDriverWait wait;
    static Path profile;

    /**
     * Without Chromium every test reports itself skipped with this reason. (An abort in {@code @BeforeAll}
     * would hide the class instead: Maven would print "Tests run: 0".)
     */
    @BeforeEach
    void needsChromium() {
        Assumptions.assumeTrue(driver != null,
                "skipped: Chromium is not installed (apt-get install -y chromium chromium-driver; .ci/run does it)");
    }

    @BeforeAll
    static void start() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && System.getenv("CI") == null) {
            return;
        }
        assertTrue(present, "CI must have " + CHROMIUM + " and " + CHROMEDRIVER + " (.ci/run installs them)");
        DocumentIndex index = DocumentIndex.at(SampleIndex.dir());
        RunHistory history = RunHistory.of(index);
        server = MuniServer.start(index, history.exportHeader(), history.roots(), "127.0.0.1", 0);
        // the browser profile lives in the build folder, so test runs leave nothing behind in /tmp
        profile = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--user-data-dir=" + profile);
        // The browser's console, to see content security policy violations
        options.setCapability("goog:loggingPrefs", java.util.Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    static String base() {
        return "http://127.0.0.1:" + server.port() + "/";
    }

    static void search(String query) {
        WebElement box = driver.findElement(By.id("q"));
        box.clear();
        box.sendKeys(query);
        driver.findElement(By.id("search-button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
    }

    static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void searchFacetDocumentAndOrganisation() throws IOException {
        driver.get(base());
        search("koordinator");
        wait.until(d -> !d.findElements(By.cssSelector(".hit")).isEmpty());
        assertTrue(driver.findElement(By.id("total")).getText().matches("\\d+ dokumenter.*"));
        assertFalse(driver.findElements(By.cssSelector("#facets ul[data-facet=docType] a.facet")).isEmpty());
        assertFalse(driver.findElements(By.cssSelector(".snippet mark")).isEmpty(), "matches are highlighted");
        screenshot("search-koordinator");

        driver.findElement(By.cssSelector("#facets ul[data-facet=docType] a.facet[data-value=policy]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.facet.active[data-value=policy]")));
        List<WebElement> metas = driver.findElements(By.cssSelector(".hit .meta"));
        assertFalse(metas.isEmpty());
        metas.forEach(m -> assertTrue(m.getText().startsWith("policy"), m.getText()));

        driver.findElement(By.cssSelector(".hit-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("doc-title")));
        assertTrue(driver.findElement(By.id("doc-title")).getText().contains("plattform"));
        assertTrue(driver.findElement(By.id("document")).getText().contains("Tiltak"));
        List<WebElement> renditions = driver.findElements(By.cssSelector("#renditions li"));
        assertEquals(2, renditions.size(), "the platform as PDF and as text: one work, two renditions");
        screenshot("document-platform");

        search("Rode Kors");
        driver.findElement(By.cssSelector(".hit-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("document")));
        driver.findElement(By.xpath("//a[@class='entity' and text()='Drammen Røde Kors']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("org-name")));
        assertEquals("Drammen Røde Kors", driver.findElement(By.id("org-name")).getText());
        assertTrue(driver.findElement(By.id("organisation")).getText().contains("Dialogmøte"));
        screenshot("organisation-drammen-rode-kors");
    }

    @Test
    void markupInADocumentShowsAsText() throws IOException {
        driver.get(base() + "#/search?q=hostiletestword");
        // the hits of the search before may still be shown: click this search's own (the page shows the title
        // as text: "Fiendtlig <script>…"), again if the list was drawn anew between finding the link and the click
        By hostile = By.xpath("//a[contains(@class, 'hit-link') and starts-with(., 'Fiendtlig')]");
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(hostile).click();
            return true;
        });
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("document")));
        assertTrue(driver.findElement(By.id("document")).getText().contains("<script>window.pwned=2</script>"));
        assertEquals(null, ((JavascriptExecutor) driver).executeScript("return window.pwned === undefined ? null : window.pwned;"));
        screenshot("hostile-document");
    }

    @Test
    void anOlderSearchAnsweredLateDoesNotDrawOverANewerOne() {
        driver.get(base() + "#/search?q=frivillighet");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
        try {
            // The page's own fetch, with the answer to the search for "koordinator" held back until the test lets
            // it through; window.lateAnswerRead is set once the page has read that answer and done what it does with it.
            script("""
                    const fetchNow = window.fetch;
                    window.fetch = (url, options) => {
                      const answer = fetchNow(url, options);
                      if (!String(url).includes('q=koordinator')) return answer;
                      return new Promise(resolve => { window.releaseLateAnswer = () => resolve(answer.then(response => {
                        const json = response.json.bind(response);
                        response.json = () => json().then(body => { setTimeout(() => { window.lateAnswerRead = true; }); return body; });
                        return response;
                      })); });
                    };""");
            script("location.hash = '#/search?q=koordinator';");
            wait.until(d -> script("return typeof window.releaseLateAnswer === 'function';").equals(Boolean.TRUE));
            script("location.hash = '#/search?q=hostiletestword';");
            By newer = By.xpath("//a[contains(@class, 'hit-link') and starts-with(., 'Fiendtlig')]");
            wait.until(ExpectedConditions.presenceOfElementLocated(newer));

            script("window.releaseLateAnswer();");
            wait.until(d -> script("return window.lateAnswerRead === true;").equals(Boolean.TRUE));
            // read in one script: a redraw between reads of single elements would make them stale
            assertEquals(List.of("hostiletestword", "1 dokumenter", "Fiendtlig"), script("""
                    return [document.getElementById('q').value, document.getElementById('total').textContent,
                      ...[...document.querySelectorAll('.hit-link')].map(a => a.textContent.split(' ')[0])];"""),
                    "the newer search's query, total and one hit, still shown");
        } finally {
            driver.navigate().refresh(); // the page's own fetch again for the tests after this one
        }
    }

    @Test
    void aCaseIsFollowedFromADocumentPageThroughBothBodies() throws IOException {
        DocumentIndex cases = DocumentIndex.at(CaseIndex.dir());
        try (MuniServer caseServer = MuniServer.start(cases, RunHistory.of(cases).exportHeader(), "127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + caseServer.port() + "/";
            driver.get(base + "#/search?q=frivilligsentral&type=minutes&body=Formannskapet");
            wait.until(d -> !d.findElements(By.cssSelector(".hit-link")).isEmpty());
            driver.findElement(By.cssSelector(".hit-link")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("doc-cases")));
            driver.findElement(By.xpath("//a[@class='case-link' and contains(text(), '23/858')]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-title")));
            assertTrue(driver.findElement(By.id("case-title")).getText().startsWith("Sak 2023/00858"));
            List<WebElement> steps = driver.findElements(By.cssSelector("#case-steps .case-step[data-body]:not([data-body=''])"));
            assertEquals(List.of("Formannskapet", "Kommunestyret", "Kommunestyret"),
                    steps.stream().map(s -> s.getAttribute("data-body")).toList(), "the meetings in time order");
            assertEquals(List.of("2023-08-28"), driver.findElements(By.cssSelector("#case-steps .case-step[data-body='']")).stream()
                    .map(s -> s.findElement(By.tagName("h3")).getText()).toList(), "the saksframlegg comes first, dated");
            assertEquals(List.of("Formannskapet · 2023-09-12 · 45/23", "Kommunestyret · 2023-09-26 · 78/23"),
                    driver.findElements(By.cssSelector("#case-route li")).stream().map(WebElement::getText).toList());
            WebElement formannskap = steps.get(0);
            assertTrue(part(formannskap, "proposal").contains("650 000 kroner") && !part(formannskap, "proposal").contains("eget styre"),
                    formannskap.getText());
            assertEquals("Votering: 5 for 1 mot (H)", part(formannskap, "votes"));
            assertTrue(part(formannskap, "decision").contains("4. Frivilligsentralen skal ha et eget styre"), formannskap.getText());
            WebElement notice = steps.get(1);
            assertTrue(notice.findElements(By.cssSelector(".votes, .decision")).isEmpty(), "a notice holds no vote: " + notice.getText());
            WebElement kommunestyre = steps.get(2);
            assertTrue(part(kommunestyre, "proposal").contains("eget styre"), kommunestyre.getText());
            assertTrue(part(kommunestyre, "handling").contains("450 000 kroner"), kommunestyre.getText());
            assertEquals("Votering: 21 for 6 mot (H)", part(kommunestyre, "votes"));
            assertTrue(part(kommunestyre, "decision").contains("650 000 kroner årlig"), kommunestyre.getText());
            screenshot("case-2023-00858");

            driver.get(base + "#/cases?body=Kommunestyret");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-table")));
            assertEquals(4, driver.findElements(By.cssSelector("#case-table tr")).size(), "a header and three cases");
            screenshot("cases-kommunestyret");
            driver.findElement(By.linkText("2023/00858")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-steps")));
        }
    }

    /** The text of one labelled part of a case step ("proposal", "votes", "decision"). */
    private static String part(WebElement step, String part) {
        return step.findElement(By.cssSelector(".case-part." + part)).getText();
    }

    @Test
    void dashboardDrawsItsCharts() throws IOException {
        driver.get(base());
        driver.findElement(By.id("dashboard-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("organisation-select")));
        for (String chart : List.of("chart-years", "chart-organisations", "chart-organisation", "chart-measures")) {
            assertTrue(chartTotal(chart) > 0, chart + " has data");
            assertTrue(painted(chart), chart + " is drawn");
        }
        assertTrue(driver.findElement(By.id("summary")).getText().matches("\\d+ dokumenter · indeksert .*"));

        Select organisation = new Select(driver.findElement(By.id("organisation-select")));
        assertTrue(organisation.getOptions().size() > 1, "a choice of organisations");
        organisation.selectByIndex(1);
        String chosen = organisation.getFirstSelectedOption().getAttribute("value");
        assertEquals(chosen, script("return Chart.getChart(arguments[0]).data.datasets[0].label;", "chart-organisation"));
        assertTrue(chartTotal("chart-organisation") > 0, chosen + " is in some document");
        screenshot("dashboard");
        List<String> refused = driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy")).toList();
        assertEquals(List.of(), refused, "the vendored chart library works under the pages' CSP");
    }

    @Test
    void homePageShowsWhatTheIndexHoldsAndLeadsToIt() throws IOException {
        driver.get(base());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("home")));
        assertTrue(driver.findElement(By.id("home-summary")).getText().matches("\\d+ dokumenter .*"));
        assertFalse(driver.findElements(By.cssSelector("#latest li a")).isEmpty(), "latest documents");
        screenshot("home");
        driver.findElement(By.xpath("//section[h2='Etter type']//a[text()='minutes']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
        driver.findElements(By.cssSelector(".hit .meta")).forEach(m -> assertTrue(m.getText().startsWith("minutes"), m.getText()));
    }

    @Test
    void minutesPageShowsItsStructureOnceAndTheOriginal() throws Exception {
        driver.get(base() + "#/doc/corpus/001_bc4781144e6a4c71.docx");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("document")));
        String content = driver.findElement(By.id("content")).getText();
        assertEquals(1, occurrences(content, "Får assosiasjon til Oslo"), "a section does not repeat its subsections' text");
        assertFalse(driver.findElements(By.cssSelector("#participants dt")).isEmpty(), "participants by group");
        List<WebElement> renditions = driver.findElements(By.cssSelector("#renditions li"));
        assertFalse(renditions.isEmpty(), "the DOCX and its transcription");
        renditions.forEach(r -> assertTrue(r.getText().matches("(?s).* · [\\d,]+ (B|kB|MB)$"), "with its file size: " + r.getText()));
        screenshot("minutes");
        String href = driver.findElement(By.id("original")).getAttribute("href");
        var original = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(href)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, original.statusCode(), href);
        assertTrue(original.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals(Files.size(TestPaths.corpus().resolve("001_bc4781144e6a4c71.docx")), original.body().length);
    }

    @Test
    void anEmailPageShowsItsEnvelopeAndThread() throws IOException {
        DocumentIndex mail = DocumentIndex.at(MailIndex.dir());
        try (MuniServer mailServer = MuniServer.start(mail, RunHistory.of(mail).exportHeader(), "127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + mailServer.port() + "/";
            driver.get(base + "#/search?q=lokaler&from=" + java.net.URLEncoder.encode("Per Hansen", java.nio.charset.StandardCharsets.UTF_8));
            wait.until(d -> !d.findElements(By.cssSelector(".hit-link")).isEmpty());
            assertEquals(1, driver.findElements(By.cssSelector(".hit")).size(), "the one message Per Hansen sent");
            assertFalse(driver.findElements(By.cssSelector("#facets ul[data-facet=to] a.facet")).isEmpty(), "recipients as a facet");
            driver.findElement(By.cssSelector(".hit-link")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("email")));
            assertTrue(driver.findElement(By.id("doc-title")).getText().startsWith("SV: Innspill til budsjett 2026"));
            assertTrue(driver.findElement(By.id("email-from")).getText().contains("per.hansen@eikvik.kommune.no"));
            assertTrue(driver.findElement(By.id("email-cc")).getText().contains("Solveig Sæther"));
            List<WebElement> thread = driver.findElements(By.cssSelector("#thread li"));
            assertEquals(4, thread.size(), "the first message, two replies and a forward");
            assertTrue(thread.get(1).findElement(By.tagName("strong")).getText().startsWith("SV:"), "this message, second sent");
            assertTrue(driver.findElement(By.id("document")).getText().contains("Rådmannen tar behovet"), "the body as text");
            screenshot("email");
            thread.get(0).findElement(By.tagName("a")).click();
            wait.until(ExpectedConditions.textMatches(By.id("doc-title"), java.util.regex.Pattern.compile("^Innspill.*")));
            driver.findElement(By.cssSelector("#email-from a")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.facet.active[data-value='kari.nordmann@eikvik.kommune.no']")));
            org.openqa.selenium.Dimension wide = driver.manage().window().getSize();
            try {
                driver.manage().window().setSize(new org.openqa.selenium.Dimension(360, 780));
                driver.get(base + "#/doc/mail/02-svar.eml");
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("thread")));
                long scroll = ((Number) script("return document.documentElement.scrollWidth;")).longValue();
                long viewport = ((Number) script("return document.documentElement.clientWidth;")).longValue();
                assertTrue(scroll <= viewport, "the e-mail page is " + scroll + " px wide in a " + viewport + " px window");
                screenshot("email-narrow");
            } finally {
                driver.manage().window().setSize(wide);
            }
        }
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    @Test
    void aMisspellingSuggestsTheWordOfTheIndexAndFacetsShowMore() throws IOException {
        driver.get(base() + "#/search?q=frivilighet");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("did-you-mean")));
        assertTrue(driver.findElement(By.id("total")).getText().startsWith("0 "));
        driver.findElement(By.cssSelector("#did-you-mean a")).click();
        wait.until(d -> !d.findElements(By.cssSelector(".hit")).isEmpty());
        assertEquals("frivillighet", driver.findElement(By.id("q")).getAttribute("value"));

        driver.get(base() + "#/search?q=frivillighet&facets=1");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.facet-more[data-facet=docType]")));
        assertEquals(1, driver.findElements(By.cssSelector("ul[data-facet=docType] li")).size());
        driver.findElement(By.cssSelector("a.facet-more[data-facet=docType]")).click();
        wait.until(d -> d.findElements(By.cssSelector("ul[data-facet=docType] li")).size() > 1);
    }

    @Test
    void aQueryMistakeIsExplained() {
        driver.get(base() + "#/search?q=" + java.net.URLEncoder.encode("\"frivillig arbeid", java.nio.charset.StandardCharsets.UTF_8));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error")));
        // in Norwegian, as the rest of the UI (the API's "melding" beside its English "error")
        assertTrue(driver.findElement(By.id("error")).getText().contains("aldri lukkes"), driver.findElement(By.id("error")).getText());
        assertTrue(driver.findElement(By.id("error-box")).getText().contains("Søketips"));
    }

    @Test
    void aDashboardBarLeadsToTheSearchItCounts() {
        driver.get(base() + "dashboard");
        wait.until(d -> chartTotal("chart-organisations") > 0);
        String first = (String) script("return Chart.getChart('chart-organisations').data.labels[0];");
        // click the middle of the first bar, where Chart.js drew it
        Number x = (Number) script("const b = Chart.getChart('chart-organisations').getDatasetMeta(0).data[0]; return (b.base + b.x) / 2;");
        Number y = (Number) script("return Chart.getChart('chart-organisations').getDatasetMeta(0).data[0].y;");
        WebElement canvas = driver.findElement(By.id("chart-organisations"));
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(canvas,
                x.intValue() - canvas.getRect().getWidth() / 2, y.intValue() - canvas.getRect().getHeight() / 2).click().perform();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
        assertTrue(driver.findElement(By.cssSelector("a.facet.active[data-value='" + first + "']")).isDisplayed(),
                "the search is filtered by " + first);
    }

    @Test
    void aNarrowWindowHasNoSidewaysScrolling() throws IOException {
        org.openqa.selenium.Dimension wide = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(360, 780));
            int viewport = ((Number) script("return document.documentElement.clientWidth;")).intValue();
            for (String page : List.of("#/search?q=frivillighet", "#/doc/corpus/001_bc4781144e6a4c71.docx", "#/")) {
                driver.get(base() + page);
                wait.until(d -> !d.findElement(By.id("main")).getText().isBlank());
                long scroll = ((Number) script("return document.documentElement.scrollWidth;")).longValue();
                assertTrue(scroll <= viewport, page + " is " + scroll + " px wide in a " + viewport + " px window");
            }
            driver.get(base() + "#/search?q=frivillighet");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
            screenshot("narrow-search");
        } finally {
            driver.manage().window().setSize(wide);
        }
    }

    /** The sum of every value a chart shows, as Chart.js holds them; -1 without a chart on the canvas. */
    static long chartTotal(String canvasId) {
        Object total = script("const chart = Chart.getChart(arguments[0]);"
                + "return chart ? chart.data.datasets.flatMap(d => d.data).reduce((a, b) => a + b, 0) : -1;", canvasId);
        return ((Number) total).longValue();
    }

    /** Whether anything was drawn on the canvas: some pixel is not transparent. */
    static boolean painted(String canvasId) {
        return (Boolean) script("const c = document.getElementById(arguments[0]);"
                + "const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + "for (let i = 3; i < px.length; i += 4) { if (px[i] !== 0) return true; } return false;", canvasId);
    }

    static Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }
}
