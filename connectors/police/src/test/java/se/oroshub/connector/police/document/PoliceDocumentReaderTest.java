package se.oroshub.connector.police.document;

import static org.assertj.core.api.Assertions.assertThat;
import static se.oroshub.connector.police.Fixtures.CHILD_PNR;
import static se.oroshub.connector.police.Fixtures.bytes;
import static se.oroshub.connector.police.Fixtures.document;
import static se.oroshub.connector.police.Fixtures.replace;
import static se.oroshub.connector.police.Fixtures.validFull;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PoliceDocumentReaderTest {

    private final PoliceDocumentReader reader = new PoliceDocumentReader();

    @Test
    void aCompleteDocumentIsValid() {
        assertThat(reader.read(bytes(validFull()))).isInstanceOf(ReadResult.Valid.class);
    }

    @Test
    void aMinimalDocumentWithANamespacePrefixAndNoIdentityNumberIsValid() {
        assertThat(reader.read(bytes(document("valid-minimal.xml")))).isInstanceOf(ReadResult.Valid.class);
    }

    @Test
    void theShippedExampleDocumentIsValid() throws IOException {
        byte[] example = Files.readAllBytes(Path.of("examples", "concern-report.xml"));

        assertThat(reader.read(example)).isInstanceOf(ReadResult.Valid.class);
    }

    @Test
    void bytesThatAreNotXmlAreNotWellFormed() {
        List<SchemaViolation> violations = violations("this is not xml");

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("not_well_formed");
            assertThat(v.line()).isEqualTo(1);
        });
    }

    @Test
    void anUnclosedElementIsNotWellFormedAtItsLine() {
        String broken = replace(validFull(), "</reportingOfficer>", "");

        assertThat(violations(broken)).last().satisfies(v -> {
            assertThat(v.code()).isEqualTo("not_well_formed");
            assertThat(v.element()).isEqualTo("/concernReport/reportingOfficer");
            assertThat(v.line()).isEqualTo(47);
        });
    }

    @Test
    void anEmptyBodyIsNotWellFormed() {
        assertThat(violations("")).extracting(SchemaViolation::code).containsExactly("not_well_formed");
    }

    @Test
    void aMissingRequiredElementNamesItsParentAndTheExpectedElement() {
        String missingRole = replace(validFull(), "<role>Polisinspektör, ingripandeverksamheten</role>", "");

        assertThat(violations(missingRole)).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("invalid_structure");
            assertThat(v.element()).isEqualTo("/concernReport/reportingOfficer");
            assertThat(v.message()).contains("role");
            assertThat(v.line()).isEqualTo(13);
        });
    }

    @Test
    void anUnknownElementIsAnInvalidStructure() {
        String extra = replace(validFull(), "<role>", "<officerName>Anna Andersson</officerName><role>");

        assertThat(violations(extra)).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("invalid_structure");
            assertThat(v.element()).isEqualTo("/concernReport/reportingOfficer/officerName");
        });
    }

    @Test
    void anUnknownCategoryIsAnInvalidValueAndThePermittedOnesAreListed() {
        String unknown = replace(validFull(), "<category>NEGLECT</category>", "<category>BURGLARY</category>");

        assertThat(violations(unknown)).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("invalid_value");
            assertThat(v.element()).isEqualTo("/concernReport/observations/observation[2]/category");
            assertThat(v.message()).contains("SEXUAL_ABUSE").doesNotContain("BURGLARY");
            assertThat(v.line()).isEqualTo(30);
        });
    }

    @Test
    void aMalformedIdentityNumberIsReportedWithoutItsValue() {
        String malformed = replace(validFull(), CHILD_PNR, "1203159981");

        assertThat(violations(malformed)).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("invalid_value");
            assertThat(v.element()).isEqualTo("/concernReport/child/personalIdentityNumber");
            assertThat(v.message()).doesNotContain("1203159981").doesNotContain("120315");
        });
    }

    @Test
    void anIdentityNumberInTheWrongFieldIsNotEchoedEither() {
        String misplaced =
                replace(validFull(), "<municipalityOfRegistration>0180", "<municipalityOfRegistration>201203159981");

        assertThat(violations(misplaced)).singleElement().satisfies(v -> {
            assertThat(v.element()).isEqualTo("/concernReport/child/municipalityOfRegistration");
            assertThat(v.toString()).doesNotContain("201203159981").doesNotContain("9981");
        });
    }

    @Test
    void bothIdentityNumberAndDateOfBirthIsAnInvalidStructure() {
        String both = replace(validFull(), "<givenName>", "<dateOfBirth>2012-03-15</dateOfBirth><givenName>");

        assertThat(violations(both)).extracting(SchemaViolation::code).containsExactly("invalid_structure");
    }

    @Test
    void aTimestampWithoutAnOffsetIsAnInvalidValue() {
        String local = replace(validFull(), "2026-11-23T17:40:00+01:00", "2026-11-23T17:40:00");

        assertThat(violations(local)).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("invalid_value");
            assertThat(v.element()).isEqualTo("/concernReport/observations/observation[1]/observedAt");
        });
    }

    @Test
    void anAttachmentDigestThatIsNotSha256HexIsAnInvalidValue() {
        String badDigest = replace(
                validFull(), "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "not-a-digest");

        assertThat(violations(badDigest))
                .singleElement()
                .satisfies(v -> assertThat(v.element()).isEqualTo("/concernReport/attachments/attachment[1]/sha256"));
    }

    @Test
    void aNegativeAttachmentSizeIsAnInvalidValue() {
        String negative = replace(validFull(), "<sizeBytes>48213</sizeBytes>", "<sizeBytes>-1</sizeBytes>");

        assertThat(violations(negative)).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("invalid_value");
            assertThat(v.message()).contains("range");
        });
    }

    @Test
    void aPersonalFunctionAddressIsStillAnAddressButANameIsNot() {
        String notAnAddress = replace(validFull(), "orosanmalan.sodermalm@polisen.example", "Anna Andersson");

        assertThat(violations(notAnAddress))
                .singleElement()
                .satisfies(v -> assertThat(v.element()).isEqualTo("/concernReport/sender/functionAddress"));
    }

    @Test
    void aBlankDescriptionIsAnInvalidValue() {
        String blank =
                replace(validFull(), "Bostaden saknade mat och barnet var ensamt tidigare under kvällen.", "   \n  ");

        assertThat(violations(blank))
                .singleElement()
                .satisfies(v ->
                        assertThat(v.element()).isEqualTo("/concernReport/observations/observation[2]/description"));
    }

    @Test
    void aDescriptionOfTheMaximumLengthIsValidAndOneLongerIsNot() {
        String target = "Bostaden saknade mat och barnet var ensamt tidigare under kvällen.";

        assertThat(reader.read(bytes(replace(validFull(), target, "x".repeat(20_000)))))
                .isInstanceOf(ReadResult.Valid.class);
        assertThat(violations(replace(validFull(), target, "x".repeat(20_001))))
                .extracting(SchemaViolation::message)
                .singleElement()
                .asString()
                .contains("too long");
    }

    @Test
    void aDocumentInAnotherNamespaceIsRejected() {
        String otherNamespace = replace(validFull(), "urn:se:oroshub:police:concern-report:1", "urn:example:other");

        assertThat(violations(otherNamespace)).first().satisfies(v -> {
            assertThat(v.code()).isEqualTo("invalid_structure");
            assertThat(v.element()).isEqualTo("/concernReport");
        });
    }

    @Test
    void everyViolationOfADocumentIsReportedNotOnlyTheFirst() {
        String twoProblems = replace(
                replace(validFull(), "<municipalityOfRegistration>0180", "<municipalityOfRegistration>18"),
                "<category>NEGLECT</category>",
                "<category>neglect</category>");

        assertThat(violations(twoProblems))
                .extracting(SchemaViolation::element)
                .containsExactly(
                        "/concernReport/child/municipalityOfRegistration",
                        "/concernReport/observations/observation[2]/category");
    }

    @Test
    void anExternalEntityIsRefusedAndNeverRead() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE concernReport [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                """
                + replace(validFull(), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "")
                        .replace("<role>Polisinspektör, ingripandeverksamheten</role>", "<role>&secret;</role>");

        assertThat(violations(xxe)).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("doctype_not_allowed");
            assertThat(v.line()).isEqualTo(2);
        });
    }

    @Test
    void anEntityExpansionBombIsRefusedBeforeAnyExpansion() {
        String bomb = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [
                  <!ENTITY lol "lol">
                  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                ]>
                <concernReport xmlns="urn:se:oroshub:police:concern-report:1">&lol3;</concernReport>
                """;

        assertThat(violations(bomb)).extracting(SchemaViolation::code).containsExactly("doctype_not_allowed");
    }

    @Test
    void anExternalDtdOrSchemaLocationIsNeverFetched() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            String externalDtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE concernReport SYSTEM \"" + base + "/evil.dtd\">\n"
                    + "<concernReport xmlns=\"urn:se:oroshub:police:concern-report:1\"/>";
            String schemaHint = replace(
                    validFull(),
                    "<concernReport xmlns=\"urn:se:oroshub:police:concern-report:1\">",
                    "<concernReport xmlns=\"urn:se:oroshub:police:concern-report:1\""
                            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                            + " xsi:schemaLocation=\"urn:se:oroshub:police:concern-report:1 " + base + "/evil.xsd\">");

            assertThat(violations(externalDtd))
                    .extracting(SchemaViolation::code)
                    .containsExactly("doctype_not_allowed");
            assertThat(reader.read(bytes(schemaHint))).isInstanceOf(ReadResult.Valid.class);
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anXincludeIsNotProcessed() {
        String xinclude = replace(
                validFull(),
                "<role>Polisinspektör, ingripandeverksamheten</role>",
                "<role><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file:///etc/hostname\" parse=\"text\"/></role>");

        assertThat(violations(xinclude))
                .extracting(SchemaViolation::element)
                .containsOnly("/concernReport/reportingOfficer/role");
    }

    @Test
    void oneReaderServesManyThreadsAtOnce() throws Exception {
        byte[] valid = bytes(validFull());
        byte[] invalid = bytes(replace(validFull(), "<category>NEGLECT</category>", "<category>X</category>"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<ReadResult>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                byte[] document = i % 2 == 0 ? valid : invalid;
                results.add(pool.submit(() -> reader.read(document)));
            }
            for (int i = 0; i < results.size(); i++) {
                ReadResult result = results.get(i).get();
                if (i % 2 == 0) {
                    assertThat(result).isInstanceOf(ReadResult.Valid.class);
                } else {
                    assertThat(((ReadResult.Invalid) result).violations())
                            .extracting(SchemaViolation::element)
                            .containsExactly("/concernReport/observations/observation[2]/category");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private List<SchemaViolation> violations(String document) {
        ReadResult result = reader.read(bytes(document));
        assertThat(result).isInstanceOf(ReadResult.Invalid.class);
        return ((ReadResult.Invalid) result).violations();
    }
}
