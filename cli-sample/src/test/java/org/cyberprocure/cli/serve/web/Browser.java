package org.cyberprocure.cli.serve.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium driven through the OS's chromedriver (Debian: {@code apt-get install chromium
 * chromium-driver}; {@code .ci/run} installs them where missing). Where either is absent the browser tests are
 * skipped with a message saying what to install; in CI ({@code CI=true}) they fail instead, so a missing install
 * step never passes unseen. Selenium Manager is never asked to download anything: the driver is named explicitly.
 */
final class Browser {
    private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome");

    private Browser() {
    }

    /** The browser and its driver, or the test is skipped (failed in CI) with what is missing. */
    static ChromeDriver start(Path downloads, boolean javascript) {
        Optional<Path> driver = onPath(List.of("chromedriver"));
        Optional<Path> browser = onPath(BROWSERS);
        if (driver.isEmpty() || browser.isEmpty()) {
            String missing = "browser tests need Chromium and its chromedriver on the PATH (Debian/Ubuntu: apt-get "
                    + "install -y chromium chromium-driver); missing: " + (browser.isEmpty() ? "chromium " : "")
                    + (driver.isEmpty() ? "chromedriver" : "");
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(missing + " (CI installs them in .ci/run)");
            }
            Assumptions.abort(missing);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--lang=en-GB", "--force-device-scale-factor=1");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false,
                "profile.managed_default_content_settings.javascript", javascript ? 1 : 2));
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static Optional<Path> onPath(List<String> names) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            for (String name : names) {
                Path candidate = Path.of(dir).resolve(name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
