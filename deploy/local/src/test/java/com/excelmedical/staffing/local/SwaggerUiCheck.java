package com.excelmedical.staffing.local;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The gateway's Swagger UI in a real headless browser (Debian's chromium and chromium-driver): every
 * service's API is listed and its document renders. Skipped, not failed, on a machine without them.
 */
final class SwaggerUiCheck {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private SwaggerUiCheck() {
    }

    static void run(URI gateway, List<String> services, Path screenshots) {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Swagger UI check skipped: " + CHROMIUM + " and " + CHROMEDRIVER
                        + " are needed (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1024");
        ChromeDriverService driverService = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        WebDriver browser = new ChromeDriver(driverService, options);
        try {
            browser.get(gateway + "/swagger-ui.html");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            By select = By.cssSelector(".topbar select");
            // the definition list is disabled while a document loads
            Select definitions = new Select(wait.until(ExpectedConditions.elementToBeClickable(select)));
            assertThat(definitions.getOptions()).extracting(WebElement::getText).containsAll(services);
            for (String service : services) {
                new Select(wait.until(ExpectedConditions.elementToBeClickable(select))).selectByVisibleText(service);
                // each document's title is its service's name
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".information-container .title"), service));
                wait.until(ExpectedConditions.elementToBeClickable(select));
                assertThat(browser.findElements(By.cssSelector(".errors-wrapper"))).as(service + " has no load error").isEmpty();
                save(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE), screenshots.resolve("swagger-ui-" + service + ".png"));
            }
        } finally {
            browser.quit();
        }
    }

    private static void save(File screenshot, Path to) {
        try {
            Files.copy(screenshot.toPath(), to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("could not save " + to, e);
        }
    }
}
