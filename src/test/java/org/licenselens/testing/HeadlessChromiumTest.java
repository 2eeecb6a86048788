package org.licenselens.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("slow") // starts headless Chromium
class HeadlessChromiumTest {
    @TempDir
    Path dir;

    @Test
    void rendersAPageAndReturnsTheDomTheBrowserBuilt() throws IOException {
        Path page = Files.writeString(dir.resolve("p.html"),
                "<!DOCTYPE html><title>t</title><table><tr><td>a<td>b</table>");
        Document dom = HeadlessChromium.render(page);
        assertEquals("t", dom.title());
        assertEquals(1, dom.select("table > tbody > tr").size(), "the browser adds the implied tbody");
        assertEquals(2, dom.select("td").size());
    }

    @Test
    void aMissingBrowserFailsWithAMessageInsteadOfSkipping() throws IOException {
        Path page = Files.writeString(dir.resolve("p.html"), "<!DOCTYPE html><title>t</title>");
        String saved = System.getProperty("licenselens.chromium");
        System.setProperty("licenselens.chromium", dir.resolve("no-such-chromium").toString());
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> HeadlessChromium.dumpDom(page, Duration.ofSeconds(5)));
            assertTrue(e.getMessage().contains("apt-get install -y chromium"), e.getMessage());
        } finally {
            if (saved == null) {
                System.clearProperty("licenselens.chromium");
            } else {
                System.setProperty("licenselens.chromium", saved);
            }
        }
    }
}
