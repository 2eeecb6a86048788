package org.licenselens.scan;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads the licenses package manifests declare: {@code pom.xml}, {@code package.json}, {@code pyproject.toml},
 * {@code Cargo.toml}, {@code *.gemspec} and {@code setup.cfg}.
 *
 * <p>A manifest that cannot be parsed gives one declaration with its {@code problem}; it never fails the scan.
 */
final class Manifests {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper TOML = new TomlMapper();
    private static final Pattern GEMSPEC_LICENSE = Pattern.compile(
            "\\.licen[cs]es?\\s*=\\s*(\\[[^\\]]*\\]|%w[\\[(][^\\])]*[\\])]|\"[^\"]*\"|'[^']*')");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"|'([^']*)'");
    private static final Pattern SEE_LICENSE_IN = Pattern.compile("(?i)^SEE LICEN[CS]E IN\\s+(.+)$");

    private Manifests() {}

    /** Returns the declarations of the manifest named {@code name}. */
    static List<Declaration> declarations(String name, String path, String text, Resolver resolver) {
        String lower = name.toLowerCase(Locale.ROOT);
        try {
            return switch (lower) {
                case "pom.xml" -> pom(path, text, resolver);
                case "package.json" -> packageJson(path, text, resolver);
                case "pyproject.toml" -> pyproject(path, text, resolver);
                case "cargo.toml" -> cargo(path, text, resolver);
                case "setup.cfg" -> setupCfg(path, text, resolver);
                default -> lower.endsWith(".gemspec") ? gemspec(path, text, resolver) : List.of();
            };
        } catch (JacksonException e) {
            String why = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
            return List.of(problem(path, name, "not valid " + format(lower) + ": " + firstLine(why)));
        } catch (IOException | SAXException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return List.of(problem(path, name, "not valid XML: " + firstLine(why)));
        }
    }

    private static Declaration problem(String path, String source, String why) {
        return new Declaration(path, 1, source, "license", "", "", null, why);
    }

    private static String format(String lower) {
        return lower.endsWith(".json") ? "JSON" : lower.endsWith(".toml") ? "TOML" : lower;
    }

    private static String firstLine(String s) {
        return s.lines().findFirst().orElse(s);
    }

    // --- pom.xml ---------------------------------------------------------------------------------------

    /**
     * A parser that refuses any DOCTYPE: no DTD, no entities, so no external entity can read a local file or
     * reach the network (XXE), and no entity expansion can blow up. A pom.xml has no use for a DOCTYPE.
     */
    static DocumentBuilder safeXmlParser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not read: " + systemId);
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be made safe", e);
        }
    }

    private static List<Declaration> pom(String path, String text, Resolver resolver) throws IOException, SAXException {
        if (Pattern.compile("<!DOCTYPE", Pattern.CASE_INSENSITIVE).matcher(text).find()) {
            return List.of(new Declaration(path, TextLines.lineOf(text, "<!DOCTYPE"), "pom.xml", "licenses", "", "",
                    null, "pom.xml has a DOCTYPE; it is not parsed, so that no entity can read files (XXE)"));
        }
        Document doc = safeXmlParser().parse(new InputSource(new StringReader(text)));
        Element project = doc.getDocumentElement();
        List<Declaration> found = new ArrayList<>();
        int from = 0;
        for (Element licenses : children(project, "licenses")) {
            for (Element license : children(licenses, "license")) {
                String name = childText(license, "name");
                String url = childText(license, "url");
                int at = Math.max(0, text.indexOf("<license>", from));
                from = at + 1;
                String value = name != null ? name : url != null ? url : "";
                String expression = name == null ? "" : resolver.any(name);
                if (expression.isEmpty() && url != null) {
                    expression = resolver.text(url);
                }
                found.add(new Declaration(path, TextLines.lineAt(text, at), "pom.xml",
                        name != null ? "licenses/license/name" : "licenses/license/url", value, expression, null, null));
            }
        }
        return found;
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                found.add(e);
            }
        }
        return found;
    }

    private static String childText(Element parent, String tag) {
        List<Element> found = children(parent, tag);
        if (found.isEmpty()) {
            return null;
        }
        String value = found.getFirst().getTextContent().strip();
        return value.isEmpty() ? null : value;
    }

    // --- package.json ----------------------------------------------------------------------------------

    private static List<Declaration> packageJson(String path, String text, Resolver resolver) throws IOException {
        JsonNode root = JSON.readTree(text);
        List<Declaration> found = new ArrayList<>();
        if (root == null || !root.isObject()) {
            return found;
        }
        int line = TextLines.lineOf(text, Pattern.compile("\"licen[cs]es?\"\\s*:"), 0);
        JsonNode license = root.get("license");
        if (license != null) {
            String value = license.isObject() ? license.path("type").asText("") : license.asText("");
            found.add(npm(path, line, "license", value, resolver));
        }
        JsonNode licenses = root.get("licenses");
        if (licenses != null && licenses.isArray()) {
            int i = 0;
            for (JsonNode entry : licenses) {
                String value = entry.isObject() ? entry.path("type").asText("") : entry.asText("");
                found.add(npm(path, line, "licenses[" + i++ + "]", value, resolver));
            }
        }
        return found;
    }

    private static Declaration npm(String path, int line, String field, String value, Resolver resolver) {
        Matcher see = SEE_LICENSE_IN.matcher(value.strip());
        if (see.matches()) {
            return new Declaration(path, line, "package.json", field, value, "", see.group(1).strip(), null);
        }
        // UNLICENSED: npm's word for "no license granted"; it names no license, so nothing resolves.
        String expression = value.equalsIgnoreCase("UNLICENSED") ? "" : resolver.any(value);
        return new Declaration(path, line, "package.json", field, value, expression, null, null);
    }

    // --- pyproject.toml, Cargo.toml ---------------------------------------------------------------------

    private static List<Declaration> pyproject(String path, String text, Resolver resolver) throws IOException {
        JsonNode root = TOML.readTree(text);
        List<Declaration> found = new ArrayList<>();
        String source = "pyproject.toml";
        JsonNode project = root.path("project");
        JsonNode license = project.get("license");
        int line = TextLines.lineOf(text, Pattern.compile("(?m)^\\s*license\\s*="), 0);
        if (license != null) {
            if (license.isTextual()) {
                found.add(new Declaration(path, line, source, "project.license", license.asText(),
                        resolver.any(license.asText()), null, null));
            } else if (license.has("file")) {
                found.add(new Declaration(path, line, source, "project.license.file", license.get("file").asText(), "",
                        license.get("file").asText(), null));
            } else if (license.has("text")) {
                String value = license.get("text").asText();
                found.add(new Declaration(path, line, source, "project.license.text", value, resolver.any(value),
                        null, null));
            }
        }
        JsonNode files = project.get("license-files");
        if (files != null) {
            int filesLine = TextLines.lineOf(text, Pattern.compile("(?m)^\\s*license-files\\s*="), 0);
            for (JsonNode glob : files.isArray() ? files : JSON.createArrayNode()) {
                String value = glob.asText();
                // A plain path (no wildcard) names one file; globs only say which files to ship.
                String linked = value.matches("[^*?\\[\\]{}]+") ? value : null;
                found.add(new Declaration(path, filesLine, source, "project.license-files", value, "", linked, null));
            }
        }
        classifiers(path, text, source, "project.classifiers", project.get("classifiers"), resolver, found);
        JsonNode poetry = root.path("tool").path("poetry").get("license");
        if (poetry != null && poetry.isTextual()) {
            found.add(new Declaration(path, line, source, "tool.poetry.license", poetry.asText(),
                    resolver.any(poetry.asText()), null, null));
        }
        return found;
    }

    private static void classifiers(String path, String text, String source, String field, JsonNode classifiers,
                                    Resolver resolver, List<Declaration> into) {
        if (classifiers == null || !classifiers.isArray()) {
            return;
        }
        for (JsonNode c : classifiers) {
            addClassifier(path, text, source, field, c.asText(), resolver, into);
        }
    }

    private static void addClassifier(String path, String text, String source, String field, String classifier,
                                      Resolver resolver, List<Declaration> into) {
        if (classifier.startsWith("License ::")) {
            into.add(new Declaration(path, TextLines.lineOf(text, classifier), source, field, classifier,
                    resolver.text(classifier), null, null));
        }
    }

    private static List<Declaration> cargo(String path, String text, Resolver resolver) throws IOException {
        JsonNode root = TOML.readTree(text);
        List<Declaration> found = new ArrayList<>();
        JsonNode pkg = root.path("package");
        JsonNode license = pkg.get("license");
        if (license == null) {
            license = root.path("workspace").path("package").get("license");
        }
        if (license != null && license.isTextual()) {
            found.add(new Declaration(path, TextLines.lineOf(text, Pattern.compile("(?m)^\\s*license\\s*="), 0),
                    "Cargo.toml", "package.license", license.asText(), resolver.any(license.asText()), null, null));
        }
        JsonNode file = pkg.get("license-file");
        if (file != null && file.isTextual()) {
            found.add(new Declaration(path, TextLines.lineOf(text, Pattern.compile("(?m)^\\s*license-file\\s*="), 0),
                    "Cargo.toml", "package.license-file", file.asText(), "", file.asText(), null));
        }
        return found;
    }

    // --- *.gemspec, setup.cfg ---------------------------------------------------------------------------

    private static List<Declaration> gemspec(String path, String text, Resolver resolver) {
        List<Declaration> found = new ArrayList<>();
        Matcher m = GEMSPEC_LICENSE.matcher(text);
        while (m.find()) {
            int line = TextLines.lineAt(text, m.start());
            String literal = m.group(1);
            List<String> values = new ArrayList<>();
            if (literal.startsWith("%w")) {
                for (String word : literal.substring(3, literal.length() - 1).trim().split("\\s+")) {
                    if (!word.isEmpty()) {
                        values.add(word);
                    }
                }
            } else {
                Matcher q = QUOTED.matcher(literal);
                while (q.find()) {
                    values.add(q.group(1) != null ? q.group(1) : q.group(2));
                }
            }
            for (String value : values) {
                found.add(new Declaration(path, line, "gemspec", "license", value, resolver.any(value), null, null));
            }
        }
        return found;
    }

    private static List<Declaration> setupCfg(String path, String text, Resolver resolver) {
        List<Declaration> found = new ArrayList<>();
        String section = "";
        String key = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replace("\r", "");
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith(";")) {
                continue;
            }
            if (stripped.startsWith("[") && stripped.endsWith("]")) {
                section = stripped.substring(1, stripped.length() - 1).strip();
                key = null;
                continue;
            }
            if (!section.equals("metadata")) {
                continue;
            }
            boolean continuation = Character.isWhitespace(line.charAt(0));
            String value;
            if (continuation && key != null) {
                value = stripped;
            } else {
                int eq = indexOfSeparator(line);
                if (eq < 0) {
                    continue;
                }
                key = line.substring(0, eq).strip().toLowerCase(Locale.ROOT).replace('-', '_');
                value = line.substring(eq + 1).strip();
            }
            if (value.isEmpty()) {
                continue;
            }
            switch (key) {
                case "license" -> found.add(new Declaration(path, i + 1, "setup.cfg", "metadata.license", value,
                        resolver.any(value), null, null));
                case "license_file", "license_files" -> {
                    for (String file : value.split("[,\\s]+")) {
                        if (!file.isBlank()) {
                            String linked = file.matches("[^*?\\[\\]{}]+") ? file : null;
                            found.add(new Declaration(path, i + 1, "setup.cfg", "metadata." + key, file, "", linked, null));
                        }
                    }
                }
                case "classifiers" -> addClassifier(path, text, "setup.cfg", "metadata.classifiers", value, resolver,
                        found);
                default -> { }
            }
        }
        return found;
    }

    private static int indexOfSeparator(String line) {
        int eq = line.indexOf('=');
        int colon = line.indexOf(':');
        if (eq < 0) {
            return colon;
        }
        return colon < 0 ? eq : Math.min(eq, colon);
    }
}
