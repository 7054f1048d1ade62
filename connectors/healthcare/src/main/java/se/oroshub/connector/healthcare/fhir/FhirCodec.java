package se.oroshub.connector.healthcare.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.ErrorHandlerAdapter;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue.ScalarType;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * Reads and writes FHIR resources. Reading is strict: every unknown element, wrongly typed value or invalid primitive
 * becomes an {@link Issue} instead of being skipped silently, and all of them are collected rather than only the
 * first. Parser messages are never passed through, because they may quote the submitted content.
 */
public final class FhirCodec {

    private static final Pattern LINE_AND_COLUMN = Pattern.compile("line: (\\d+), column: (\\d+)");

    private final FhirContext context;

    public FhirCodec(FhirContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    /** The outcome of reading a body: the resource if it could be read at all, and every structural problem found. */
    public record Parsed(Optional<IBaseResource> resource, List<Issue> issues) {
        public Parsed {
            issues = List.copyOf(issues);
        }
    }

    /** Reads one resource of any type from the body. */
    public Parsed parse(String body, FhirFormat format) {
        if (body == null || body.isBlank()) {
            return new Parsed(
                    Optional.empty(),
                    List.of(Issue.ofBody(
                            "empty_body", IssueType.STRUCTURE, "The request body is empty; send one FHIR resource.")));
        }
        CollectingErrorHandler handler = new CollectingErrorHandler();
        IParser parser = parser(format).setParserErrorHandler(handler);
        try {
            IBaseResource resource = parser.parseResource(body);
            return new Parsed(Optional.of(resource), handler.issues);
        } catch (DataFormatException e) {
            return new Parsed(Optional.empty(), List.of(malformed(format, e)));
        }
    }

    /** Writes a resource in the given format. */
    public String encode(IBaseResource resource, FhirFormat format) {
        return parser(format).setPrettyPrint(true).encodeResourceToString(resource);
    }

    private IParser parser(FhirFormat format) {
        return switch (format) {
            case JSON -> context.newJsonParser();
            case XML -> context.newXmlParser();
        };
    }

    private static Issue malformed(FhirFormat format, DataFormatException e) {
        String message = Objects.toString(e.getMessage(), "");
        if (message.contains("Unknown resource name")
                || message.contains("Unknown resource type")
                || message.contains("resourceType")) {
            return Issue.ofBody(
                    "unknown_resource_type",
                    IssueType.STRUCTURE,
                    "The body does not name a known FHIR R4 resource type in 'resourceType'.");
        }
        Matcher where = LINE_AND_COLUMN.matcher(message);
        String position = where.find() ? " (near line " + where.group(1) + ", column " + where.group(2) + ")" : "";
        return Issue.ofBody(
                "malformed_content",
                IssueType.STRUCTURE,
                "The body is not well-formed " + format.name() + position + "; it could not be read as FHIR.");
    }

    private static final class CollectingErrorHandler extends ErrorHandlerAdapter {

        private final List<Issue> issues = new ArrayList<>();

        @Override
        public void unknownElement(IParseLocation location, String elementName) {
            issues.add(Issue.at(
                    path(location, elementName),
                    "unknown_element",
                    IssueType.STRUCTURE,
                    "'" + elementName + "' is not an element of FHIR R4 here."));
        }

        @Override
        public void unknownAttribute(IParseLocation location, String attributeName) {
            issues.add(Issue.at(
                    path(location, attributeName),
                    "unknown_element",
                    IssueType.STRUCTURE,
                    "'" + attributeName + "' is not an attribute of FHIR R4 here."));
        }

        @Override
        public void unexpectedRepeatingElement(IParseLocation location, String elementName) {
            issues.add(Issue.at(
                    path(location, elementName),
                    "unexpected_repetition",
                    IssueType.STRUCTURE,
                    "'" + elementName + "' may occur only once."));
        }

        @Override
        public void incorrectJsonType(
                IParseLocation location,
                String elementName,
                ValueType expected,
                ScalarType expectedScalar,
                ValueType found,
                ScalarType foundScalar) {
            issues.add(Issue.at(
                    path(location, elementName),
                    "wrong_json_type",
                    IssueType.STRUCTURE,
                    "'" + elementName + "' must be a JSON " + describe(expected, expectedScalar) + ", not a "
                            + describe(found, foundScalar) + "."));
        }

        @Override
        public void invalidValue(IParseLocation location, String value, String error) {
            issues.add(Issue.at(
                    path(location, null),
                    "invalid_value",
                    IssueType.STRUCTURE,
                    "A value does not have the form its FHIR data type requires."));
        }

        @Override
        public void missingRequiredElement(IParseLocation location, String elementName) {
            issues.add(Issue.at(
                    path(location, elementName),
                    "missing_required_element",
                    IssueType.REQUIRED,
                    "'" + elementName + "' is required."));
        }

        @Override
        public void extensionContainsValueAndNestedExtensions(IParseLocation location) {
            issues.add(Issue.at(
                    path(location, "extension"),
                    "invalid_extension",
                    IssueType.STRUCTURE,
                    "An extension has both a value and nested extensions."));
        }

        @Override
        public void containedResourceWithNoId(IParseLocation location) {
            issues.add(Issue.at(
                    path(location, "contained"),
                    "contained_resource_without_id",
                    IssueType.STRUCTURE,
                    "A contained resource has no id, so nothing can refer to it."));
        }

        private static String describe(ValueType type, ScalarType scalar) {
            if (type == ValueType.SCALAR && scalar != null) {
                return scalar.name().toLowerCase(java.util.Locale.ROOT);
            }
            return type == null ? "value" : type.name().toLowerCase(java.util.Locale.ROOT);
        }

        private static String path(IParseLocation location, String elementName) {
            String parent = location == null ? null : location.getParentElementName();
            if (parent == null || parent.isBlank()) {
                return elementName == null ? "" : elementName;
            }
            return elementName == null ? parent : parent + "." + elementName;
        }
    }
}
