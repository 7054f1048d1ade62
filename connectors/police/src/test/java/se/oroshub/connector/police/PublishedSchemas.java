package se.oroshub.connector.police;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/** Validates the connector's answers against the XSDs it publishes, as a receiving system would. */
public final class PublishedSchemas {

    private PublishedSchemas() {}

    /**
     * Validates {@code xml} against the schema at class-path location {@code schemaResource} (and the schemas it
     * imports from beside it).
     *
     * @throws SAXException when the document is not valid
     */
    public static void validate(String schemaResource, String xml) throws SAXException {
        URL schema = PublishedSchemas.class.getResource(schemaResource);
        if (schema == null) {
            throw new IllegalArgumentException("no schema at " + schemaResource);
        }
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar:file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        try {
            factory.newSchema(schema).newValidator().validate(new StreamSource(new StringReader(xml)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
