package org.cyberprocure.cli.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.Policy;
import org.cyberprocure.cli.serve.AccessControl;
import org.cyberprocure.cli.serve.CyberProcureServer;
import org.cyberprocure.cli.serve.ServeContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench in a real headless Chromium against the real server on a free loopback port: an officer creates a
 * lot, uploads offers (one of them broken), reads a decision and its knock-outs, filters the gap register, downloads
 * the PDF, compares the lot, records an accepted risk, diffs a resubmission and saves the lot; a vendor runs a
 * self-check and downloads the template; a browser without JavaScript does the same upload. With
 * {@code -Dcyberprocure.writeScreenshots=true} it writes docs/images/workbench-*.png (docs/workbench.md).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchBrowserTest {
    static final Path EXAMPLES = Path.of("..", "docs", "examples");
    static final Path IMAGES = Path.of("..", "docs", "images");
    static final boolean SCREENSHOTS = Boolean.getBoolean("cyberprocure.writeScreenshots");

    @TempDir
    static Path temp;

    static CyberProcureServer server;
    static ChromeDriver browser;
    static Path downloads;
    static Path lots;
    static String lotPath;

    @BeforeAll
    static void start() throws IOException {
        downloads = Files.createDirectories(temp.resolve("downloads"));
        browser = Browser.start(downloads, true); // skips (fails in CI) when Chromium is missing
        lots = temp.resolve("saved-lots");
        ServeContext context = new ServeContext(ComplianceChecker.load(), Locale.ENGLISH, Policy.defaults(),
                "built-in", ServeContext.Limits.defaults(), AccessControl.open(), temp)
                .withWorkbenchFolders(lots, null);
        server = CyberProcureServer.start(context, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void anOfficerCreatesALotAndUploadsOffers() throws IOException {
        open("/");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        browser.findElement(By.id("lot-name")).sendKeys("Lot 2: PACS archive <cloud> & co");
        new Select(browser.findElement(By.id("lot-profile"))).selectByValue("cloud-migration");
        browser.findElement(By.id("lot-country")).sendKeys("de");
        setValue(browser.findElement(By.id("lot-contract-end")), "2031-12-31");
        screenshot("home");
        go(By.cssSelector("form[action='/lots'] button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("lot was created");
        // The lot's name is shown as text, never run as markup.
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Lot 2: PACS archive <cloud> & co");
        lotPath = path().replaceAll("\\?.*", "");

        Path broken = temp.resolve("broken-offer.json");
        Files.writeString(broken, "{\"schemaVersion\": \"1\", \"id\": ", StandardCharsets.UTF_8);
        List<Path> offers;
        try (Stream<Path> files = Files.list(EXAMPLES.resolve("lot-pacs"))) {
            offers = Stream.concat(files.sorted(), Stream.of(broken)).toList();
        }
        browser.findElement(By.id("offer-files")).sendKeys(String.join("\n",
                offers.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList()));
        go(By.cssSelector("form[action$='/offers'] button[type=submit]"));
        // The progress page: updated by its script until the batch is done.
        waitFor().until(d -> d.findElement(By.id("job-status")).getText().startsWith("Done"));
        assertThat(browser.findElement(By.id("job-progress")).getAttribute("value")).isEqualTo("5");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("atlantic-imaging.json: Reject",
                "kuvapilvi.json: Accept with conditions", "broken-offer.json: Refused");
        screenshot("progress");
        go(By.id("back-to-lot"));

        List<WebElement> rows = browser.findElements(By.cssSelector("table.offers tbody tr"));
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0).getText()).contains("atlantic-imaging.json", "Atlantic Imaging Cloud Ltd", "Reject",
                "GDPR-44");
        assertThat(rows.get(4).getText()).contains("broken-offer.json", "Refused");
        screenshot("lot");
        assertNoConsoleErrors();
    }

    @Test
    @Order(2)
    void theOfficerReadsADecisionFiltersGapsAndDownloadsThePdf() throws IOException {
        open(lotPath);
        go(By.linkText("broken-offer.json"));
        assertThat(browser.findElement(By.cssSelector("table.problems")).getText())
                .contains("broken-offer.json, line 1, column 30", "MALFORMED_JSON");
        open(lotPath);
        go(By.linkText("atlantic-imaging.json"));
        assertThat(browser.findElement(By.id("decision")).getText()).isEqualTo("Reject");
        assertThat(browser.findElement(By.cssSelector("ul.knockouts")).getText()).contains("GDPR-44");
        int allGaps = registerRows().size();
        assertThat(allGaps).isPositive();
        new Select(browser.findElement(By.id("f-force"))).selectByValue("BINDING_LAW");
        new Select(browser.findElement(By.id("f-severity"))).selectByValue("CRITICAL");
        go(By.cssSelector("#filters button"));
        assertThat(path()).contains("severity=CRITICAL", "force=BINDING_LAW");
        List<WebElement> critical = registerRows();
        assertThat(critical).isNotEmpty().hasSizeLessThan(allGaps)
                .allSatisfy(r -> assertThat(r.getText()).contains("Critical"));
        assertThat(critical.get(0).getText()).contains("GDPR-44");
        screenshot("offer");

        browser.findElement(By.id("download-pdf")).click(); // a download: the page stays
        Path pdf = waitForDownload("atlantic-imaging.pdf");
        try (PdfDocument document = new PdfDocument(new PdfReader(pdf.toFile()))) {
            String firstPages = PdfTextExtractor.getTextFromPage(document.getPage(1))
                    + PdfTextExtractor.getTextFromPage(document.getPage(2));
            assertThat(firstPages).contains("Atlantic Imaging Cloud Ltd");
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
        }
        assertNoConsoleErrors();
    }

    @Test
    @Order(3)
    void theOfficerComparesTheLot() throws IOException {
        open(lotPath);
        go(By.linkText("Compare the offers of this lot"));
        List<WebElement> ranking = browser.findElements(By.cssSelector("#ranking tbody tr"));
        assertThat(ranking).hasSize(4);
        // Hospital country DE: the C5 and § 393 SGB V knock-outs reject two offers; the comparison keeps the decisions.
        assertThat(ranking.get(0).getText()).containsAnyOf("Kuvapilvi Oy", "Radiomed Cloud GmbH");
        assertThat(ranking).filteredOn(r -> r.getText().contains("Atlantic Imaging Cloud Ltd")).singleElement()
                .satisfies(r -> assertThat(r.getText()).contains("Reject", "GDPR-44"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Not ranked", "broken-offer.json");
        assertThat(browser.findElement(By.id("sensitivity-verdict")).getText()).isNotBlank();
        assertThat(browser.findElements(By.cssSelector("table.matrix"))).isNotEmpty();
        screenshot("compare");
        assertNoConsoleErrors();
    }

    @Test
    @Order(4)
    void theOfficerRecordsAnAcceptedRiskAndDiffsAResubmission() throws IOException {
        open(lotPath);
        go(By.linkText("chmura-medyczna.json"));
        new Select(browser.findElement(By.id("f-severity"))).selectByValue("LOW"); // no knock-out: a waiver applies
        go(By.cssSelector("#filters button"));
        WebElement gapLink = browser.findElement(By.partialLinkText("Accept this gap as a risk"));
        String requirement = gapLink.getAttribute("href").replaceAll(".*waiverRequirement=([^&]+).*", "$1");
        clickAndWait(browser, gapLink);
        assertThat(browser.findElement(By.id("w-requirement")).getAttribute("value")).isEqualTo(requirement);
        browser.findElement(By.id("w-reason")).sendKeys("No other offer hosts the archive in the EEA.");
        browser.findElement(By.id("w-control")).sendKeys("Quarterly review by the DPO.");
        browser.findElement(By.id("w-by")).sendKeys("Dr. Anna Nowak, CISO");
        setValue(browser.findElement(By.id("w-on")), "2026-10-01");
        setValue(browser.findElement(By.id("w-until")), "2027-12-31");
        go(By.cssSelector("#waiver-form button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("accepted risk was recorded");
        go(By.linkText("chmura-medyczna.json"));
        new Select(browser.findElement(By.id("f-status"))).selectByValue("RISK_ACCEPTED");
        go(By.cssSelector("#filters button"));
        assertThat(registerRows()).singleElement().satisfies(r -> assertThat(r.getText()).contains(requirement));

        open(lotPath);
        browser.findElement(By.id("offer-files")).sendKeys(EXAMPLES.resolve("resubmission/cloud-vendor-round2.json")
                .toAbsolutePath().normalize().toString());
        go(By.cssSelector("form[action$='/offers'] button[type=submit]"));
        waitFor().until(d -> d.findElement(By.id("job-status")).getText().startsWith("Done"));
        go(By.id("back-to-lot"));
        new Select(browser.findElement(By.id("diff-previous"))).selectByVisibleText("2: chmura-medyczna.json");
        new Select(browser.findElement(By.id("diff-current"))).selectByVisibleText("6: cloud-vendor-round2.json");
        go(By.cssSelector("form[action$='/diff'] button"));
        assertThat(browser.findElement(By.id("diff-changes")).getText()).contains("EHP-GP-M06", "GDPR-33-2-HS");
        screenshot("diff");
        assertNoConsoleErrors();
    }

    @Test
    @Order(5)
    void theOfficerSavesTheLot() {
        open(lotPath);
        go(By.cssSelector("form[action$='/save'] button"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("saved");
        String id = lotPath.substring("/lots/".length());
        assertThat(lots.resolve(id).resolve("lot.json")).isRegularFile();
        assertThat(lots.resolve(id).resolve("waivers.json")).isRegularFile();
    }

    @Test
    @Order(6)
    void aVendorRunsASelfCheckAndDownloadsTheTemplate() throws IOException {
        open("/check");
        new Select(browser.findElement(By.id("t-profile"))).selectByValue("medical-device");
        browser.findElement(By.cssSelector("form[action='/template'] button")).click(); // a download
        assertThat(Files.readString(waitForDownload("questionnaire-template-medical-device.csv"),
                StandardCharsets.UTF_8)).contains("MD-");

        Path bad = temp.resolve("our-answers.json");
        Files.writeString(bad, Files.readString(EXAMPLES.resolve("cloud-vendor.json"), StandardCharsets.UTF_8)
                .replaceFirst("\"value\": \"[^\"]*\"", "\"value\": \"perhaps\""), StandardCharsets.UTF_8);
        browser.findElement(By.id("c-file")).sendKeys(bad.toAbsolutePath().toString());
        go(By.cssSelector("form[action='/check'] button"));
        assertThat(browser.findElement(By.cssSelector("table.problems")).getText())
                .contains("our-answers.json at /answers/0", "'perhaps' is not a valid answer", "INVALID_VALUE");

        browser.findElement(By.id("c-file")).sendKeys(EXAMPLES.resolve("cloud-vendor.json").toAbsolutePath()
                .normalize().toString());
        go(By.cssSelector("form[action='/check'] button"));
        assertThat(browser.findElement(By.id("check-decision")).getText()).isEqualTo("Accept with conditions");
        assertThat(browser.findElements(By.cssSelector("article.gap"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("article.gap table")).getText()).contains("Answer that meets it");
        screenshot("check");
        assertNoConsoleErrors();
    }

    @Test
    @Order(7)
    void thePagesSpeakTheReportLanguages() {
        open(lotPath);
        new Select(browser.findElement(By.id("language-select"))).selectByValue("de");
        go(By.cssSelector("form.language button"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("de");
        assertThat(browser.findElement(By.id("offers-heading")).getText()).isEqualTo("Angebote");
        assertThat(browser.findElement(By.cssSelector("table.offers")).getText()).contains("Ablehnen");
        new Select(browser.findElement(By.id("language-select"))).selectByValue("en");
        go(By.cssSelector("form.language button"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    }

    @Test
    @Order(8)
    void theWorkbenchWorksWithoutJavaScript() throws IOException {
        ChromeDriver plain = Browser.start(Files.createDirectories(temp.resolve("plain")), false);
        try {
            plain.get(server.uri().resolve(lotPath.substring(1)).toString());
            plain.findElement(By.id("offer-files")).sendKeys(EXAMPLES.resolve("cloud-strong.json").toAbsolutePath()
                    .normalize().toString());
            clickAndWait(plain, plain.findElement(By.cssSelector("form[action$='/offers'] button[type=submit]")));
            // Without the script the progress page reloads itself (meta refresh) until the batch is done.
            new WebDriverWait(plain, Duration.ofSeconds(60)).until(d -> d.findElement(By.id("job-status")).getText()
                    .startsWith("Done"));
            clickAndWait(plain, plain.findElement(By.id("back-to-lot")));
            clickAndWait(plain, plain.findElement(By.linkText("cloud-strong.json")));
            assertThat(plain.findElement(By.id("decision")).getText()).isNotBlank();
        } finally {
            plain.quit();
        }
    }

    /** Clicks a link or a form's button and waits for the next page (downloads: the same page stays). */
    private static void go(By target) {
        clickAndWait(browser, browser.findElement(target));
    }

    private static void clickAndWait(ChromeDriver driver, WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        String before = driver.getCurrentUrl();
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
            try {
                page.isDisplayed();
                return false; // still the old page
            } catch (org.openqa.selenium.WebDriverException e) {
                // Stale, or (while the next page is being built) "node does not belong to the document": gone.
                return d.findElements(By.tagName("main")).size() == 1 || !before.equals(d.getCurrentUrl());
            }
        });
    }

    private static List<WebElement> registerRows() {
        return browser.findElements(By.cssSelector("#register tbody tr"));
    }

    private static void open(String path) {
        browser.get(server.uri().resolve(path.startsWith("/") ? path.substring(1) : path).toString());
    }

    private static String path() {
        String url = browser.getCurrentUrl();
        return url.substring(server.uri().toString().length() - 1);
    }

    private static WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    /** Sets an input's value as a date picker would (typing dates depends on the browser's locale). */
    private static void setValue(WebElement input, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input, value);
    }

    private static Path waitForDownload(String name) {
        Path file = downloads.resolve(name);
        waitFor().until(d -> Files.isRegularFile(file) && !Files.exists(downloads.resolve(name + ".crdownload")));
        return file;
    }

    /** No script error and no Content-Security-Policy violation on the page. */
    private static void assertNoConsoleErrors() {
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(errors).as("browser console errors").isEmpty();
    }

    private static void screenshot(String name) throws IOException {
        if (SCREENSHOTS) {
            Files.write(IMAGES.resolve("workbench-" + name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        }
    }
}
