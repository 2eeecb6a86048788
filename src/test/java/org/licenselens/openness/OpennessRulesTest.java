package org.licenselens.openness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The component and license-kind rules of {@code corpus/}: complete, sourced, and refused when not. */
class OpennessRulesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode read(String resource) throws Exception {
        try (InputStream in = OpennessRules.class.getResourceAsStream(resource)) {
            return JSON.readTree(in);
        }
    }

    @Test
    void theMofClassesAskForSixElevenAndFifteenComponents() {
        OpennessRules rules = OpennessRules.defaults();
        List<Integer> counts = List.of(MofClass.CLASS_III, MofClass.CLASS_II, MofClass.CLASS_I).stream()
                .map(c -> (int) rules.components.values().stream()
                        .filter(r -> r.requiredBy() != null && r.requiredBy().ordinal() <= c.ordinal()).count())
                .toList();
        assertEquals(List.of(6, 11, 15), counts, "MOF 1.0's class files list 6, 11 and 15 components");
    }

    @Test
    void rulesMissingAComponentAreRefusedNamingTheCount() throws Exception {
        ObjectNode components = (ObjectNode) read(OpennessRules.COMPONENTS);
        ((ArrayNode) components.get("components")).remove(0);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new OpennessRules(components, read(OpennessRules.KINDS)));
        assertTrue(e.getMessage().contains("16 of the MOF's 17"), e.getMessage());
    }

    @Test
    void aComponentWithoutASourceIsRefused() throws Exception {
        ObjectNode components = (ObjectNode) read(OpennessRules.COMPONENTS);
        ((ObjectNode) components.get("components").get(2)).put("source", "hearsay");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new OpennessRules(components, read(OpennessRules.KINDS)));
        assertTrue(e.getMessage().contains("training-code") && e.getMessage().contains("hearsay"), e.getMessage());
    }
}
