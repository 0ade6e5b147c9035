package nl.inburgering.portal.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, with the flags that work as root on a closed network
 * (../shared/STACK.md). Screenshots go to target/screenshots.
 */
final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String base;
    private final WebDriverWait wait;

    Browser(URL base) {
        this.base = base.toString().replaceAll("/$", "");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1000", "--lang=nl-NL");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")).toFile())
                .build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    WebElement byId(String id) {
        return find(By.id(id));
    }

    void type(String id, String text) {
        WebElement e = byId(id);
        e.clear();
        e.sendKeys(text);
    }

    void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    /**
     * Waits until the page shows the text. Chromium now and then answers "Node with given id does not belong to
     * the document" while an ajax update replaces the page's nodes; that is a moment, not an answer, so it waits on.
     */
    void waitForText(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    /** Waits until the condition holds, through ajax updates as {@link #waitForText} does. */
    void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(WebDriverException.class).until(condition);
    }

    void waitForUrlContaining(String part) {
        wait.until(ExpectedConditions.urlContains(part));
    }

    /** The page's text, read again when the page is being replaced at that moment (see {@link #waitForText}). */
    String pageText() {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                .until(d -> d.findElement(By.tagName("body")).getText());
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    WebDriver driver() {
        return driver;
    }

    /** Logs in as the user, first ending whatever session the browser has. */
    void login(String username, String password) {
        logout();
        open("/login.xhtml");
        type("login:gebruikersnaam", username);
        type("login:wachtwoord", password);
        click("login:inloggen");
        waitForUrlContaining("/app/");
    }

    /**
     * Logs in as the user and creates an API token on the tokens page, as a person does: the token is
     * shown once, in the dialog, and returned here.
     */
    String createApiToken(String username, String password, String tokenName) {
        login(username, password);
        open("/app/tokens.xhtml");
        type("tokens:naam", tokenName);
        click("tokens:aanmaken");
        String token = byId("tokenGetoond:token").getAttribute("value");
        if (token == null || !token.startsWith("ikp_")) {
            throw new AssertionError("no token shown once for " + username + ": " + token);
        }
        return token;
    }

    void logout() {
        driver.manage().deleteAllCookies();
    }

    /** Saves a screenshot as target/screenshots/NAME.png and returns its path. */
    Path screenshot(String name) {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Path shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
