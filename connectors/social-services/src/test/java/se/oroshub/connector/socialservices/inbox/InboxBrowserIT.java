package se.oroshub.connector.socialservices.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.oroshub.connector.socialservices.events.StatusEvents;
import se.oroshub.connector.socialservices.support.ConnectorIntegrationTest;
import se.oroshub.connector.socialservices.support.TestReports;
import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.EarlierReports;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.avro.InvestigationDecisionMade;
import se.oroshub.schemas.avro.ProtectiveAssessmentMade;
import se.oroshub.schemas.avro.RoutedReport;
import se.oroshub.schemas.topics.Topics;
import se.oroshub.testsupport.KafkaTestEnvironment;

/**
 * The inbox end to end in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}): a case
 * officer signs in, finds the acute report first with its countdown, records the protective assessment and the
 * decision (with and without feedback to the reporter), follows a link to an earlier report, and what was recorded is
 * on the status events topic, once, however often the form is sent.
 */
class InboxBrowserIT extends ConnectorIntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private WebDriver browser;
    private Path profile;

    @BeforeAll
    static void browserInstalled() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The inbox browser test needs Debian's Chromium at " + CHROMIUM
                    + " and its driver at " + CHROMEDRIVER + ": apt-get install -y chromium chromium-driver");
        }
    }

    @BeforeEach
    void openBrowser() throws IOException {
        profile = Files.createTempDirectory("inbox-browser-it");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile,
                "--lang=sv-SE",
                "--window-size=1280,1024");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    @Test
    void aCaseOfficerSeesTheAcuteReportFirstAndRecordsThatAnInvestigationIsOpened(KafkaTestEnvironment kafka) {
        TestReports reports = new TestReports(System.nanoTime());
        RoutedReport calm = reports.routed("0180", false);
        RoutedReport acute = reports.routed("0180", true);
        route(kafka, calm);
        route(kafka, acute);

        WebDriverWait wait = signIn();
        awaitInInbox(wait, acute, calm);
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Inkorg");

        List<WebElement> rows = browser.findElements(By.cssSelector("#reports tbody tr"));
        List<String> order =
                rows.stream().map(row -> row.getAttribute("data-report-id")).toList();
        assertThat(order.indexOf(acute.getReportId())).isLessThan(order.indexOf(calm.getReportId()));
        WebElement acuteRow = browser.findElement(rowOf(acute));
        assertThat(acuteRow.getText()).contains("Akut");
        assertThat(acuteRow.findElements(By.cssSelector("td.countdown .left"))
                        .get(0)
                        .getText())
                .matches("om \\d+ h \\d+ min");
        assertThat(rows.get(0).getAttribute("data-report-id")).isEqualTo(order.get(0));
        assertThat(rows.get(0).getText()).contains("Akut");

        acuteRow.findElement(By.partialLinkText("Öppna anmälan")).click();
        wait.until(driver -> driver.findElement(By.tagName("h1")).getText().contains("Anmälan om"));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains(acute.getReport().getObservations().get(0).getDescription())
                .contains("1 tidigare anmälningar");
        assertThat(unlabelledFields()).isEmpty();
        assertThat(browser.findElement(By.cssSelector("label[for=decision-opened]"))
                        .getText())
                .isEqualTo("Utredning inleds");
        assertThat(browser.findElement(By.cssSelector("label[for=withholdFeedback]"))
                        .getText())
                .isEqualTo("Lämna inte återkoppling till anmälaren");
        browser.findElement(By.id("decision-opened")).sendKeys(Keys.SPACE);
        assertThat(browser.findElement(By.id("decision-opened")).isSelected()).isTrue();
        browser.findElement(By.id("record-decision")).sendKeys(Keys.ENTER);

        wait.until(driver -> driver.findElements(By.cssSelector("p.message")).stream()
                .anyMatch(message -> message.getText().equals("Beslutet är registrerat.")));
        assertThat(browser.findElement(By.id("decision-recorded")).getText()).contains("Utredning inleds");
        assertThat(browser.findElements(By.id("record-decision"))).isEmpty();

        CaseStatusEvent decision = awaitRecords(
                        kafka,
                        Topics.MUNICIPALITY_STATUS_EVENTS.of("0180"),
                        e -> e.getReportId().equals(acute.getReportId())
                                && e.getPayload() instanceof InvestigationDecisionMade)
                .get(0);
        InvestigationDecisionMade payload = (InvestigationDecisionMade) decision.getPayload();
        assertThat(decision.getMunicipalityCode()).isEqualTo("0180");
        assertThat(payload.getDecision()).isEqualTo(InvestigationDecision.OPENED);
        assertThat(payload.getWithholdFeedback()).isFalse();
    }

    @Test
    void aCaseOfficerRecordsTheProtectiveAssessmentAndADecisionWithoutFeedbackAndFollowsAnEarlierReport(
            KafkaTestEnvironment kafka) {
        TestReports reports = new TestReports(System.nanoTime());
        RoutedReport earlier = reports.routed("0180", false);
        RoutedReport routed = reports.routed("0180", true);
        RoutedReport report = RoutedReport.newBuilder(routed)
                .setEarlierReports(EarlierReports.newBuilder()
                        .setCount(1)
                        .setReportIds(List.of(earlier.getReportId()))
                        .setWindowDays(365)
                        .build())
                .build();
        route(kafka, earlier);
        route(kafka, report);

        WebDriverWait wait = signIn();
        awaitInInbox(wait, report, earlier);
        browser.findElement(rowOf(report))
                .findElement(By.partialLinkText("Öppna anmälan"))
                .click();
        wait.until(driver -> driver.findElement(By.tagName("h1")).getText().contains("Anmälan om"));
        assertThat(unlabelledFields()).isEmpty();

        assertThat(browser.findElement(By.cssSelector("label[for=immediateProtectionNeeded]"))
                        .getText())
                .isEqualTo("Barnet behöver omedelbart skydd");
        browser.findElement(By.id("immediateProtectionNeeded")).sendKeys(Keys.SPACE);
        assertThat(browser.findElement(By.id("immediateProtectionNeeded")).isSelected())
                .isTrue();
        browser.findElement(By.id("record-protective-assessment")).sendKeys(Keys.ENTER);

        wait.until(driver -> driver.findElements(By.cssSelector("p.message")).stream()
                .anyMatch(message -> message.getText().equals("Skyddsbedömningen är registrerad.")));
        assertThat(browser.findElement(By.id("protective-assessment-recorded")).getText())
                .contains("Registrerad")
                .contains("barnet behöver omedelbart skydd");
        assertThat(browser.findElements(By.id("record-protective-assessment"))).isEmpty();
        CaseStatusEvent assessment = awaitRecords(
                        kafka,
                        Topics.MUNICIPALITY_STATUS_EVENTS.of("0180"),
                        e -> e.getReportId().equals(report.getReportId())
                                && e.getPayload() instanceof ProtectiveAssessmentMade)
                .get(0);
        assertThat(assessment.getEventId()).isEqualTo(StatusEvents.protectiveAssessmentEventId(report.getReportId()));
        assertThat(((ProtectiveAssessmentMade) assessment.getPayload()).getImmediateProtectionNeeded())
                .isTrue();

        assertThat(unlabelledFields()).isEmpty();
        browser.findElement(By.id("decision-not-opened")).sendKeys(Keys.SPACE);
        browser.findElement(By.id("withholdFeedback")).sendKeys(Keys.SPACE);
        assertThat(browser.findElement(By.id("decision-not-opened")).isSelected())
                .isTrue();
        assertThat(browser.findElement(By.id("withholdFeedback")).isSelected()).isTrue();
        browser.findElement(By.id("record-decision")).sendKeys(Keys.ENTER);

        wait.until(driver -> driver.findElements(By.cssSelector("p.message")).stream()
                .anyMatch(message -> message.getText().equals("Beslutet är registrerat.")));
        assertThat(browser.findElement(By.id("decision-recorded")).getText())
                .contains("Utredning inleds inte")
                .contains("Registrerat")
                .contains("Ingen återkoppling");
        assertThat(browser.findElements(By.id("record-decision"))).isEmpty();
        CaseStatusEvent decision = awaitRecords(
                        kafka,
                        Topics.MUNICIPALITY_STATUS_EVENTS.of("0180"),
                        e -> e.getReportId().equals(report.getReportId())
                                && e.getPayload() instanceof InvestigationDecisionMade)
                .get(0);
        InvestigationDecisionMade payload = (InvestigationDecisionMade) decision.getPayload();
        assertThat(decision.getMunicipalityCode()).isEqualTo("0180");
        assertThat(decision.getEventId()).isEqualTo(StatusEvents.decisionEventId(report.getReportId()));
        assertThat(payload.getDecision()).isEqualTo(InvestigationDecision.NOT_OPENED);
        assertThat(payload.getWithholdFeedback()).isTrue();

        WebElement earlierLink = browser.findElement(By.cssSelector("section[aria-labelledby=h-earlier]"))
                .findElement(By.linkText(earlier.getReportId()));
        earlierLink.sendKeys(Keys.ENTER);
        wait.until(driver -> driver.getCurrentUrl().endsWith("/inbox/" + earlier.getReportId()));
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Anmälan om " + earlier.getReport().getChild().getGivenName() + " "
                        + earlier.getReport().getChild().getFamilyName());
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains(earlier.getReport().getObservations().get(0).getDescription());
        assertThat(browser.findElements(By.id("record-decision"))).hasSize(1);
    }

    @Test
    void aDecisionSentTwiceAtOnceOrAgainFromAStalePageIsPublishedOnce(KafkaTestEnvironment kafka) {
        RoutedReport report = new TestReports(System.nanoTime()).routed("0180", false);
        route(kafka, report);
        String page = "http://127.0.0.1:" + port + "/inbox/" + report.getReportId();

        WebDriverWait wait = signIn();
        awaitInInbox(wait, report);
        browser.get(page);
        String stalePage = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        browser.get(page);
        browser.manage().timeouts().scriptTimeout(GENEROUS);

        Object statuses = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById('record-decision').form;
                document.getElementById('decision-opened').checked = true;
                const send = () => fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form)),
                    credentials: 'same-origin'}).then(r => r.status);
                Promise.all([send(), send()]).then(done, e => done(String(e)));""");
        assertThat(statuses).isEqualTo(List.of(200L, 200L));

        browser.switchTo().window(stalePage);
        browser.findElement(By.id("decision-not-opened")).sendKeys(Keys.SPACE);
        browser.findElement(By.id("record-decision")).sendKeys(Keys.ENTER);

        wait.until(driver -> !driver.findElements(By.cssSelector("p.error")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("p.error")).getText())
                .isEqualTo(
                        "Ett beslut om utredning är"
                                + " redan registrerat för den här anmälan och kan inte ändras här. Ditt nya beslut har inte sparats.");
        assertThat(browser.findElement(By.id("decision-recorded")).getText()).contains("Utredning inleds,");
        assertThat(browser.findElements(By.id("record-decision"))).isEmpty();
        List<CaseStatusEvent> decisions = allRecords(
                kafka,
                Topics.MUNICIPALITY_STATUS_EVENTS.of("0180"),
                e -> e.getReportId().equals(report.getReportId())
                        && e.getPayload() instanceof InvestigationDecisionMade);
        assertThat(decisions)
                .singleElement()
                .satisfies(decision -> assertThat(((InvestigationDecisionMade) decision.getPayload()).getDecision())
                        .isEqualTo(InvestigationDecision.OPENED));
    }

    private WebDriverWait signIn() {
        browser.get("http://127.0.0.1:" + port + "/inbox");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Logga in");
        assertThat(unlabelledFields()).isEmpty();
        browser.findElement(By.id("username")).sendKeys("handlaggare");
        browser.findElement(By.id("password")).sendKeys("inbox-secret");
        browser.findElement(By.cssSelector("form.login button[type=submit]")).click();
        // Polling reads elements of a page that may be replaced between finding and reading them.
        WebDriverWait wait = new WebDriverWait(browser, GENEROUS, Duration.ofMillis(500));
        wait.ignoring(StaleElementReferenceException.class);
        wait.until(driver -> driver.findElement(By.tagName("h1")).getText().startsWith("Inkorg"));
        return wait;
    }

    private void awaitInInbox(WebDriverWait wait, RoutedReport... reports) {
        wait.until(driver -> {
            driver.navigate().refresh();
            return Arrays.stream(reports)
                    .noneMatch(report -> driver.findElements(rowOf(report)).isEmpty());
        });
    }

    /** Form fields a screen reader could not name: every input, select and textarea needs a label. */
    @SuppressWarnings("unchecked")
    private List<String> unlabelledFields() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                return Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))
                    .filter(e => !e.labels || e.labels.length === 0)
                    .map(e => e.name || e.id);""");
    }

    private static By rowOf(RoutedReport report) {
        return By.cssSelector("#reports tbody tr[data-report-id='" + report.getReportId() + "']");
    }
}
