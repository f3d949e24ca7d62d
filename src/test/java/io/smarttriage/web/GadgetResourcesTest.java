package io.smarttriage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Checks that the gadget's scripts and styles load nothing from the internet. */
class GadgetResourcesTest {
    private static final Pattern URL = Pattern.compile("(?:https?:)?//[a-zA-Z0-9.-]+\\.[a-z]{2,}");
    private static final String SVG_NAMESPACE = "http://www.w3.org";

    @Test
    void givenGadgetScriptsAndStyles_urls_areOnlyTheSvgNamespace() throws IOException {
        List<Path> files = files("src/main/resources/js", "src/main/resources/css");

        List<String> urls = new ArrayList<>();
        for (Path file : files) {
            Matcher m = URL.matcher(Files.readString(file));
            while (m.find()) {
                urls.add(file.getFileName() + ": " + m.group());
            }
        }

        assertThat(files).hasSizeGreaterThanOrEqualTo(3);
        assertThat(urls).allMatch(u -> u.endsWith(SVG_NAMESPACE));
    }

    private static List<Path> files(String... dirs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : dirs) {
            try (Stream<Path> walk = Files.walk(Path.of(dir))) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        return files;
    }
}
