package se.oroshub.connector.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.digest.ContentDigest;
import se.oroshub.testsupport.KafkaTestEnvironment;

/**
 * The staff pages in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}): sign in, file a
 * report with the keyboard, see the inline error and then the receipt, and see the decision social services shared
 * appear on "Mina anmälningar". Selenium is given both binaries, so it never downloads a browser or a driver.
 */
class SchoolPagesBrowserIT extends RunningSchoolConnector {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");

    private WebDriver browser;
    private WebDriverWait wait;
    private Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new AssertionError("The browser test needs Debian's Chromium at " + CHROMIUM + " and its driver at "
                    + CHROMEDRIVER + ". Install them with: apt-get install -y chromium chromium-driver");
        }
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("school-browser-it");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--lang=sv-SE",
                        "--window-size=1280,1600",
                        "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        // Polling reads elements of a page that may be replaced between finding and reading them.
        wait = new WebDriverWait(browser, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void staffFileAReportSeeTheReceiptAndThenThePermittedDecision(KafkaTestEnvironment kafka) {
        signIn("anna", "anna-demo");

        browser.get(baseUrl() + "/anmalan");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ny orosanmälan");
        assertThat(browser.findElement(By.id("reporterName")).getDomProperty("value"))
                .isEqualTo("Anna Lärare");

        type("childPersonalIdentityNumber", "20150101-0000");
        type("childGivenName", "Saga");
        type("childFamilyName", "Nilsson");
        new Select(browser.findElement(By.id("childMunicipality"))).selectByValue("0180");
        new Select(browser.findElement(By.id("category"))).selectByValue("PHYSICAL_VIOLENCE");
        type("description", "Eleven hade blåmärken på båda underarmarna och ville inte berätta hur hon fått dem.");
        browser.findElement(By.id("immediateDanger1")).sendKeys(Keys.SPACE);
        browser.findElement(By.id("submit-report")).sendKeys(Keys.ENTER);

        WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
        WebElement link = summary.findElement(By.cssSelector("a[href='#childPersonalIdentityNumber']"));
        assertThat(link.getText()).startsWith("Personnumret är inte giltigt");
        WebElement numberField = browser.findElement(By.id("childPersonalIdentityNumber"));
        assertThat(numberField.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(numberField.getDomAttribute("aria-describedby")).contains("childPersonalIdentityNumber-error");
        assertThat(browser.findElement(By.id("description")).getDomProperty("value"))
                .startsWith("Eleven hade blåmärken");

        link.sendKeys(Keys.ENTER);
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getDomAttribute("id")).isEqualTo("childPersonalIdentityNumber");
        focused.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        focused.sendKeys(TestReports.childNumber());
        browser.findElement(By.id("submit-report")).sendKeys(Keys.ENTER);

        String reportId = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt-report-id")))
                .getText();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Anmälan är mottagen");
        assertThat(browser.findElement(By.id("receipt-accepted-at")).getText())
                .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        String digest = browser.findElement(By.id("receipt-digest")).getText();
        assertThat(onIntake(kafka, reportId)).map(ContentDigest::sha256Hex).contains(digest);

        browser.findElement(By.linkText("Till Mina anmälningar")).click();
        By decisionCell = By.cssSelector("#report-" + reportId + " .decision");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(decisionCell))
                        .getText())
                .isEqualTo("Inget besked ännu");

        publishFeedback(
                kafka,
                TestReports.notification(reportId, TestReports.KVARNBACKA, InvestigationDecision.ALREADY_ONGOING));

        wait.pollingEvery(Duration.ofMillis(500)).until(driver -> {
            driver.navigate().refresh();
            return driver.findElement(decisionCell).getText().startsWith("Utredning pågår redan");
        });
        assertThat(browser.findElement(decisionCell).getText()).isEqualTo("Utredning pågår redan (2026-12-01)");
        assertThat(browser.findElement(By.cssSelector("#report-" + reportId)).getText())
                .contains(digest);
    }

    @Test
    void anotherSchoolsStaffNeverSeeTheReport(KafkaTestEnvironment kafka) {
        signIn("anna", "anna-demo");
        browser.get(baseUrl() + "/anmalan");
        type("childPersonalIdentityNumber", TestReports.childNumber());
        new Select(browser.findElement(By.id("category"))).selectByValue("NEGLECT");
        type("description", "Eleven saknar ytterkläder trots kyla.");
        browser.findElement(By.id("submit-report")).sendKeys(Keys.ENTER);
        String reportId = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt-report-id")))
                .getText();
        publishFeedback(
                kafka, TestReports.notification(reportId, TestReports.KVARNBACKA, InvestigationDecision.OPENED));
        browser.findElement(By.cssSelector("form.logout button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("p[role=status]"), "Du är utloggad."));

        signIn("erik", "erik-demo");
        browser.get(baseUrl() + "/mina-anmalningar");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mina anmälningar");
        assertThat(browser.getPageSource()).doesNotContain(reportId);
        browser.get(baseUrl() + "/anmalan/" + reportId + "/kvitto");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sidan finns inte");
    }

    private void signIn(String user, String password) {
        browser.get(baseUrl() + "/mina-anmalningar");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Logga in");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password, Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Mina anmälningar"));
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
