package org.cyberprocure.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The published BOM (bom/pom.xml, no parent so that it manages nothing else) gives integrators the versions this
 * build converged on: its version and every version property equal the parent POM's, and it manages every library
 * the core needs at run time.
 */
class BomTest {
    private static final Path ROOT = Path.of("..");

    @Test
    void bomVersions_equalTheBuildsVersions() throws Exception {
        Document bom = read(ROOT.resolve("bom/pom.xml"));
        Document parent = read(ROOT.resolve("pom.xml"));

        assertThat(child(bom.getDocumentElement(), "version")).isEqualTo(child(parent.getDocumentElement(), "version"));
        Map<String, String> parentProperties = properties(parent);
        Map<String, String> bomProperties = properties(bom);
        assertThat(bomProperties).isNotEmpty();
        bomProperties.forEach((name, version) ->
                assertThat(parentProperties).as("parent property " + name).containsEntry(name, version));
    }

    @Test
    void bom_managesEveryRuntimeLibraryOfTheCore() throws Exception {
        List<String> managed = artifactIds(read(ROOT.resolve("bom/pom.xml")), "dependencyManagement");
        Document core = read(ROOT.resolve("core/pom.xml"));
        NodeList dependencies = core.getElementsByTagName("dependency");
        List<String> runtime = new ArrayList<>();
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            String group = child(dependency, "groupId");
            if (!"test".equals(child(dependency, "scope")) && !group.startsWith("org.drools")
                    && !group.startsWith("com.fasterxml.jackson")) { // those two come with imported BOMs
                runtime.add(child(dependency, "artifactId"));
            }
        }
        assertThat(runtime).isNotEmpty();
        assertThat(managed).contains("drools-bom", "jackson-bom", "cyberprocure-core", "cyberprocure-rules")
                .containsAll(runtime);
    }

    private static List<String> artifactIds(Document pom, String section) {
        Element management = (Element) pom.getElementsByTagName(section).item(0);
        NodeList ids = management.getElementsByTagName("artifactId");
        List<String> result = new ArrayList<>();
        for (int i = 0; i < ids.getLength(); i++) {
            result.add(ids.item(i).getTextContent().strip());
        }
        return result;
    }

    private static Map<String, String> properties(Document pom) {
        Map<String, String> result = new LinkedHashMap<>();
        Node properties = pom.getElementsByTagName("properties").item(0);
        for (Node node = properties.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                result.put(element.getTagName(), element.getTextContent().strip());
            }
        }
        return result;
    }

    private static String child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element.getTextContent().strip();
            }
        }
        return "";
    }

    private static Document read(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(pom.toFile());
    }
}
