package se.oroshub.connector.police.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.oroshub.schemas.avro.ConcernCategory;

class SchemaAndContractAgreeTest {

    @Test
    void theSchemasCategoriesAreExactlyTheContracts() throws Exception {
        assertThat(enumeration("ConcernCategory"))
                .containsExactlyElementsOf(
                        Arrays.stream(ConcernCategory.values()).map(Enum::name).toList());
    }

    private static List<String> enumeration(String simpleType) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream xsd = PoliceDocumentReader.class.getResourceAsStream(PoliceDocumentReader.SCHEMA_RESOURCE)) {
            NodeList types = factory.newDocumentBuilder()
                    .parse(xsd)
                    .getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "simpleType");
            for (int i = 0; i < types.getLength(); i++) {
                Element type = (Element) types.item(i);
                if (simpleType.equals(type.getAttribute("name"))) {
                    NodeList values = type.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "enumeration");
                    List<String> result = new ArrayList<>();
                    for (int j = 0; j < values.getLength(); j++) {
                        result.add(((Element) values.item(j)).getAttribute("value"));
                    }
                    return result;
                }
            }
        }
        throw new AssertionError("no simple type " + simpleType + " in the schema");
    }
}
