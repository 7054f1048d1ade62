package se.oroshub.connector.police.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.sax.SAXTransformerFactory;
import javax.xml.transform.sax.TransformerHandler;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.w3c.dom.Document;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Reads a police concern-report document and validates it against the shipped XSD in one streaming pass, reporting
 * every violation with its line, column and element.
 *
 * <p>Hardened against XML attacks: a DOCTYPE is refused outright (so no internal or external entity, no DTD and no
 * entity expansion can occur), no external resource is ever fetched (also not an {@code xsi:schemaLocation} hint),
 * and the JDK's secure-processing limits apply. Only the JDK's own XML implementation is used, never one found on the
 * class path. Messages never repeat a value from the document, because values may be personal identity numbers.
 *
 * <p>Thread-safe: the compiled schema is shared, the parsers are made per call.
 */
public final class PoliceDocumentReader {

    /** Target namespace of version 1 of the police concern-report schema. */
    public static final String NAMESPACE = "urn:se:oroshub:police:concern-report:1";

    /** Class-path location of the schema. */
    public static final String SCHEMA_RESOURCE = "/se/oroshub/connector/police/xml/police-concern-report-1.xsd";

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    private static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";
    private static final String EXTERNAL_GENERAL_ENTITIES = "http://xml.org/sax/features/external-general-entities";
    private static final String EXTERNAL_PARAMETER_ENTITIES = "http://xml.org/sax/features/external-parameter-entities";
    private static final String XERCES_LOCALE = "http://apache.org/xml/properties/locale";

    private static final Set<String> REPEATABLE_ELEMENTS = Set.of("observation", "attachment");
    private static final Pattern CONSTRAINT_KEY = Pattern.compile("^(cvc-[A-Za-z0-9.-]+?):");
    private static final Pattern ENUMERATION = Pattern.compile("enumeration '(\\[[A-Z0-9_, ]*])'");
    private static final Pattern DIGIT_RUNS = Pattern.compile("\\d{6,8}[-+]?\\d{4}|\\d{5,}");
    private static final Set<String> SUMMARY_KEYS = Set.of("cvc-type.3.1.3", "cvc-attribute.3", "cvc-elt.5.2.2.2.2");

    private final Schema schema;
    private final SAXParserFactory parserFactory;
    private final SAXTransformerFactory transformerFactory;

    public PoliceDocumentReader() {
        this.schema = compileSchema();
        this.parserFactory = secureParserFactory();
        this.transformerFactory = secureTransformerFactory();
    }

    /** Reads {@code bytes}; never throws for bad input, which always becomes a {@link ReadResult.Invalid}. */
    public ReadResult read(byte[] bytes) {
        Collector collector = new Collector();
        DOMResult dom = new DOMResult();
        try {
            TransformerHandler domBuilder = newDomBuilder();
            domBuilder.setResult(dom);

            ValidatorHandler validator = schema.newValidatorHandler();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            setQuietly(validator, XERCES_LOCALE, Locale.ENGLISH);
            validator.setErrorHandler(collector);
            validator.setContentHandler(domBuilder);

            SAXParser parser = newParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            XMLReader reader = parser.getXMLReader();
            setQuietly(reader, XERCES_LOCALE, Locale.ENGLISH);
            reader.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not resolved");
            });

            ElementTracker tracker = new ElementTracker(reader, collector);
            tracker.setContentHandler(validator);
            tracker.setErrorHandler(collector);
            tracker.parse(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (SAXParseException alreadyCollected) {
            collector.fatal(alreadyCollected);
        } catch (SAXException e) {
            collector.add(new SchemaViolation(
                    -1,
                    -1,
                    collector.currentElement(),
                    SchemaViolationCode.NOT_WELL_FORMED.code(),
                    scrub(e.getMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | TransformerConfigurationException e) {
            throw new IllegalStateException("the JDK's XML implementation lacks a required feature", e);
        }
        List<SchemaViolation> violations = collector.violations();
        return violations.isEmpty()
                ? new ReadResult.Valid((Document) dom.getNode())
                : new ReadResult.Invalid(violations);
    }

    /** JAXP factories are not thread-safe; the parsers they make are used by one thread each. */
    private SAXParser newParser() throws ParserConfigurationException, SAXException {
        synchronized (parserFactory) {
            return parserFactory.newSAXParser();
        }
    }

    private TransformerHandler newDomBuilder() throws TransformerConfigurationException {
        synchronized (transformerFactory) {
            return transformerFactory.newTransformerHandler();
        }
    }

    private static Schema compileSchema() {
        URL xsd = PoliceDocumentReader.class.getResource(SCHEMA_RESOURCE);
        if (xsd == null) {
            throw new IllegalStateException("schema not on the class path: " + SCHEMA_RESOURCE);
        }
        try {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("the shipped schema does not compile", e);
        }
    }

    private static SAXParserFactory secureParserFactory() {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature(DISALLOW_DOCTYPE, true);
            factory.setFeature(LOAD_EXTERNAL_DTD, false);
            factory.setFeature(EXTERNAL_GENERAL_ENTITIES, false);
            factory.setFeature(EXTERNAL_PARAMETER_ENTITIES, false);
            return factory;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required security feature", e);
        }
    }

    private static SAXTransformerFactory secureTransformerFactory() {
        TransformerFactory factory = TransformerFactory.newDefaultInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (TransformerConfigurationException e) {
            throw new IllegalStateException("the JDK's transformer lacks secure processing", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        return (SAXTransformerFactory) factory;
    }

    private static void setQuietly(XMLReader reader, String property, Object value) {
        try {
            reader.setProperty(property, value);
        } catch (SAXNotRecognizedException | SAXNotSupportedException ignored) {
            // the locale is a nicety: messages stay correct in the platform's language
        }
    }

    private static void setQuietly(ValidatorHandler validator, String property, Object value) {
        try {
            validator.setProperty(property, value);
        } catch (SAXNotRecognizedException | SAXNotSupportedException ignored) {
            // as above
        }
    }

    /** Removes anything that could be a personal identity number (or another long number) from a parser message. */
    static String scrub(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable document";
        }
        return DIGIT_RUNS.matcher(message).replaceAll("[number]");
    }

    /** Collects violations; keeps track of the element each one concerns. */
    private static final class Collector implements ErrorHandler {

        private record Entry(SchemaViolation violation, boolean summary) {}

        private final List<Entry> entries = new ArrayList<>();
        private ElementTracker tracker;
        private SAXParseException fatalSeen;

        String currentElement() {
            return tracker == null ? "" : tracker.path();
        }

        void add(SchemaViolation violation) {
            entries.add(new Entry(violation, false));
        }

        @Override
        public void warning(SAXParseException e) {
            // warnings do not make a document invalid
        }

        @Override
        public void error(SAXParseException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            Matcher key = CONSTRAINT_KEY.matcher(message);
            String constraint = key.find() ? key.group(1) : "";
            boolean structural = constraint.isEmpty()
                    || constraint.startsWith("cvc-complex-type")
                    || constraint.startsWith("cvc-elt.1")
                    || constraint.startsWith("cvc-elt.2")
                    || constraint.startsWith("cvc-elt.3")
                    || constraint.startsWith("cvc-elt.4")
                    || constraint.startsWith("cvc-id");
            SchemaViolation violation = structural
                    ? new SchemaViolation(
                            e.getLineNumber(),
                            e.getColumnNumber(),
                            currentElement(),
                            SchemaViolationCode.INVALID_STRUCTURE.code(),
                            scrub(message))
                    : new SchemaViolation(
                            e.getLineNumber(),
                            e.getColumnNumber(),
                            currentElement(),
                            SchemaViolationCode.INVALID_VALUE.code(),
                            valueMessage(constraint, message));
            entries.add(new Entry(violation, SUMMARY_KEYS.contains(constraint)));
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            fatal(e);
            throw e;
        }

        void fatal(SAXParseException e) {
            if (e == fatalSeen) {
                return;
            }
            fatalSeen = e;
            String message = e.getMessage() == null ? "" : e.getMessage();
            boolean doctype = message.contains("DOCTYPE");
            add(new SchemaViolation(
                    e.getLineNumber(),
                    e.getColumnNumber(),
                    currentElement(),
                    doctype
                            ? SchemaViolationCode.DOCTYPE_NOT_ALLOWED.code()
                            : SchemaViolationCode.NOT_WELL_FORMED.code(),
                    doctype
                            ? "a DOCTYPE is not allowed: documents may not declare a DTD or entities"
                            : scrub(message)));
        }

        /**
         * The violations, without the summary errors the validator adds after a specific one for the same element
         * (e.g. "the value of element X is not valid" after the pattern that failed).
         */
        List<SchemaViolation> violations() {
            Set<String> specific = new HashSet<>();
            entries.stream()
                    .filter(entry -> !entry.summary())
                    .forEach(entry -> specific.add(entry.violation().element()));
            return entries.stream()
                    .filter(entry -> !entry.summary()
                            || !specific.contains(entry.violation().element()))
                    .map(Entry::violation)
                    .toList();
        }

        private static String valueMessage(String constraint, String message) {
            String rule;
            if (constraint.startsWith("cvc-pattern-valid")) {
                rule = "does not have the required format";
            } else if (constraint.startsWith("cvc-enumeration-valid")) {
                Matcher allowed = ENUMERATION.matcher(message);
                rule = allowed.find() ? "is not one of " + allowed.group(1) : "is not one of the permitted values";
            } else if (constraint.startsWith("cvc-minLength-valid")) {
                rule = "is empty or too short";
            } else if (constraint.startsWith("cvc-maxLength-valid")) {
                rule = "is too long";
            } else if (constraint.startsWith("cvc-length-valid")) {
                rule = "does not have the required length";
            } else if (constraint.matches("cvc-(min|max)(In|Ex)clusive-valid")) {
                rule = "is out of the permitted range";
            } else if (constraint.startsWith("cvc-datatype-valid")) {
                rule = "is not of the required type";
            } else {
                rule = "is not valid";
            }
            return "the value " + rule + " (" + constraint + ")";
        }
    }

    /** Tracks the path of the current element and hands every event on to the validator. */
    private static final class ElementTracker extends XMLFilterImpl {

        private final Deque<String> path = new ArrayDeque<>();
        private final Deque<Map<String, Integer>> siblingCounts = new ArrayDeque<>();

        ElementTracker(XMLReader parent, Collector collector) {
            super(parent);
            collector.tracker = this;
            siblingCounts.push(new HashMap<>());
        }

        String path() {
            if (path.isEmpty()) {
                return "";
            }
            StringBuilder out = new StringBuilder();
            path.descendingIterator().forEachRemaining(step -> out.append('/').append(step));
            return out.toString();
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            int index = siblingCounts.peek().merge(localName, 1, Integer::sum);
            path.push(REPEATABLE_ELEMENTS.contains(localName) ? localName + "[" + index + "]" : localName);
            siblingCounts.push(new HashMap<>());
            super.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            super.endElement(uri, localName, qName);
            path.pop();
            siblingCounts.pop();
        }
    }
}
