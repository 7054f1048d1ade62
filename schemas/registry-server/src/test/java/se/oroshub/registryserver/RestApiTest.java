package se.oroshub.registryserver;

import static org.assertj.core.api.Assertions.assertThat;
import static se.oroshub.registryserver.RegistryHttp.schemaBody;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.oroshub.registryserver.RegistryHttp.Reply;
import se.oroshub.registryserver.store.InMemorySchemaStore;
import se.oroshub.registryserver.store.SchemaStore;
import se.oroshub.registryserver.store.StoreException;
import se.oroshub.registryserver.store.StoreRecord;

/** The Confluent REST API over real HTTP, on an in-memory store. */
class RestApiTest {

    private final ControllableStore store = new ControllableStore();
    private SchemaRegistryServer server;
    private RegistryHttp http;

    @BeforeEach
    void start() {
        server = SchemaRegistryServer.start(
                RegistryConfig.fromProperties(
                        Map.of("listeners", "http://127.0.0.1:0", "authentication.method", "NONE")),
                store);
        http = new RegistryHttp(server.url());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Nested
    class Registering {

        @Test
        void theFirstSchemaGetsIdOneAndVersionOne() {
            Reply reply = http.post("/subjects/visits-value/versions", schemaBody(TestSchemas.V1));

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.contentType()).isEqualTo("application/vnd.schemaregistry.v1+json");
            assertThat(reply.json().get("id").asInt()).isEqualTo(1);
            assertThat(http.get("/subjects/visits-value/versions").body()).isEqualTo("[1]");
        }

        @Test
        void registeringTheSameSchemaAgainIsIdempotent() {
            int first = http.register("visits-value", TestSchemas.V1);
            int again = http.register("visits-value", TestSchemas.V1.replace("\n", " "));

            assertThat(again).isEqualTo(first);
            assertThat(http.get("/subjects/visits-value/versions").body()).isEqualTo("[1]");
        }

        @Test
        void theSameSchemaUnderAnotherSubjectKeepsItsGlobalId() {
            int inVisits = http.register("visits-value", TestSchemas.V1);
            int other = http.register("others-value", TestSchemas.OTHER);
            int inArchive = http.register("archive-value", TestSchemas.V1);

            assertThat(inArchive).isEqualTo(inVisits);
            assertThat(other).isEqualTo(inVisits + 1);
            assertThat(http.get("/schemas/ids/" + inVisits + "/versions").json().toString())
                    .isEqualTo("[{\"subject\":\"archive-value\",\"version\":1},"
                            + "{\"subject\":\"visits-value\",\"version\":1}]");
        }

        @Test
        void aCompatibleEvolutionBecomesTheNextVersionWithTheNextId() {
            http.register("visits-value", TestSchemas.V1);
            int id = http.register("visits-value", TestSchemas.V2_OPTIONAL_FIELD);

            Reply latest = http.get("/subjects/visits-value/versions/latest");
            assertThat(latest.json().get("version").asInt()).isEqualTo(2);
            assertThat(latest.json().get("id").asInt()).isEqualTo(id).isEqualTo(2);
            assertThat(latest.json().get("subject").asText()).isEqualTo("visits-value");
        }

        @Test
        void acceptsEveryContentTypeConfluentClientsSend() {
            for (String type : new String[] {
                "application/vnd.schemaregistry.v1+json", "application/vnd.schemaregistry+json", "application/json"
            }) {
                Reply reply = http.send("POST", "/subjects/visits-value/versions", schemaBody(TestSchemas.V1), type);
                assertThat(reply.status()).as(type).isEqualTo(200);
            }
        }

        @Test
        void anExplicitAvroSchemaTypeIsAccepted() {
            Reply reply = http.post(
                    "/subjects/visits-value/versions",
                    "{\"schemaType\":\"AVRO\",\"schema\":" + quoted(TestSchemas.V1) + "}");

            assertThat(reply.status()).isEqualTo(200);
        }
    }

    @Nested
    class Reading {

        @Test
        void rootAnswersWithAnEmptyObject() {
            assertThat(http.get("/").body()).isEqualTo("{}");
        }

        @Test
        void listsSubjectsAndTypes() {
            http.register("b-value", TestSchemas.V1);
            http.register("a-value", TestSchemas.OTHER);

            assertThat(http.get("/subjects").body()).isEqualTo("[\"a-value\",\"b-value\"]");
            assertThat(http.get("/schemas/types").body()).isEqualTo("[\"AVRO\"]");
        }

        @Test
        void returnsASchemaByIdWrappedAndRaw() {
            int id = http.register("visits-value", TestSchemas.V1);

            String wrapped = http.get("/schemas/ids/" + id).json().get("schema").asText();
            String raw = http.get("/schemas/ids/" + id + "/schema").body();

            assertThat(wrapped).isEqualTo(raw).contains("\"name\":\"Visit\"");
        }

        @Test
        void returnsAVersionAndItsRawSchema() {
            http.register("visits-value", TestSchemas.V1);

            Reply version = http.get("/subjects/visits-value/versions/1");
            Reply schema = http.get("/subjects/visits-value/versions/1/schema");

            assertThat(version.json().get("schema").asText()).isEqualTo(schema.body());
            assertThat(version.json().has("schemaType")).isFalse();
        }

        @Test
        void looksUpWhichVersionASchemaIs() {
            http.register("visits-value", TestSchemas.V1);
            http.register("visits-value", TestSchemas.V2_OPTIONAL_FIELD);

            Reply reply = http.post("/subjects/visits-value", schemaBody(TestSchemas.V1));

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json().get("version").asInt()).isEqualTo(1);
            assertThat(reply.json().get("id").asInt()).isEqualTo(1);
        }

        @Test
        void subjectNamesAreDecodedFromThePath() {
            http.register("oroshub.intake%2Bx-value", TestSchemas.V1);

            assertThat(http.get("/subjects").body()).isEqualTo("[\"oroshub.intake+x-value\"]");
        }
    }

    @Nested
    class Compatibility {

        @Test
        void aCompatibleSchemaIsReportedCompatible() {
            http.register("visits-value", TestSchemas.V1);

            Reply reply = http.post(
                    "/compatibility/subjects/visits-value/versions/latest", schemaBody(TestSchemas.V2_OPTIONAL_FIELD));

            assertThat(reply.json().get("is_compatible").asBoolean()).isTrue();
        }

        @Test
        void verboseIncompatibilityNamesTheField() {
            http.register("visits-value", TestSchemas.V1);

            Reply reply = http.post(
                    "/compatibility/subjects/visits-value/versions/1?verbose=true",
                    schemaBody(TestSchemas.V2_REQUIRED_FIELD));

            assertThat(reply.json().get("is_compatible").asBoolean()).isFalse();
            assertThat(reply.json().get("messages").get(0).asText())
                    .contains("READER_FIELD_MISSING_DEFAULT_VALUE")
                    .contains("'unit'");
        }

        @Test
        void withoutVerboseThereAreNoMessages() {
            http.register("visits-value", TestSchemas.V1);

            Reply reply = http.post(
                    "/compatibility/subjects/visits-value/versions/latest", schemaBody(TestSchemas.V2_REQUIRED_FIELD));

            assertThat(reply.json().toString()).isEqualTo("{\"is_compatible\":false}");
        }

        @Test
        void theGlobalLevelDefaultsToBackwardAndCanBeChanged() {
            assertThat(http.get("/config").json().get("compatibilityLevel").asText())
                    .isEqualTo("BACKWARD");

            Reply put = http.put("/config", "{\"compatibility\":\"full_transitive\"}");

            assertThat(put.json().toString()).isEqualTo("{\"compatibility\":\"FULL_TRANSITIVE\"}");
            assertThat(http.get("/config").json().get("compatibilityLevel").asText())
                    .isEqualTo("FULL_TRANSITIVE");
        }

        @Test
        void aSubjectLevelOverridesTheGlobalOne() {
            http.register("visits-value", TestSchemas.V1);
            http.put("/config/visits-value", "{\"compatibility\":\"NONE\"}");

            int id = http.register("visits-value", TestSchemas.V2_ID_AS_INT);

            assertThat(id).isEqualTo(2);
            assertThat(http.get("/config/visits-value")
                            .json()
                            .get("compatibilityLevel")
                            .asText())
                    .isEqualTo("NONE");
        }

        @Test
        void aSubjectWithoutItsOwnLevelFallsBackToGlobalOnlyWhenAsked() {
            Reply fallback = http.get("/config/visits-value?defaultToGlobal=true");

            assertThat(fallback.json().get("compatibilityLevel").asText()).isEqualTo("BACKWARD");
        }

        @Test
        void deletingASubjectLevelReturnsThePreviousOne() {
            http.put("/config/visits-value", "{\"compatibility\":\"FORWARD\"}");

            Reply deleted = http.delete("/config/visits-value");

            assertThat(deleted.json().get("compatibilityLevel").asText()).isEqualTo("FORWARD");
            assertThat(http.get("/config/visits-value").errorCode()).isEqualTo(40408);
        }
    }

    @Nested
    class Deleting {

        @Test
        void aSoftDeletedVersionDisappearsFromListingsButItsIdStillResolves() {
            int id = http.register("visits-value", TestSchemas.V1);
            http.register("visits-value", TestSchemas.V2_OPTIONAL_FIELD);

            assertThat(http.delete("/subjects/visits-value/versions/1").body()).isEqualTo("1");

            assertThat(http.get("/subjects/visits-value/versions").body()).isEqualTo("[2]");
            assertThat(http.get("/subjects/visits-value/versions?deleted=true").body())
                    .isEqualTo("[1,2]");
            assertThat(http.get("/schemas/ids/" + id).status()).isEqualTo(200);
        }

        @Test
        void deletingASubjectReturnsItsVersionsAndReRegisteringKeepsTheId() {
            int id = http.register("visits-value", TestSchemas.V1);
            http.register("visits-value", TestSchemas.V2_OPTIONAL_FIELD);

            assertThat(http.delete("/subjects/visits-value").body()).isEqualTo("[1,2]");
            assertThat(http.get("/subjects").body()).isEqualTo("[]");

            assertThat(http.register("visits-value", TestSchemas.V1)).isEqualTo(id);
            assertThat(http.get("/subjects/visits-value/versions").body()).isEqualTo("[3]");
        }

        @Test
        void aPermanentDeleteAfterASoftOneRemovesTheSubject() {
            http.register("visits-value", TestSchemas.V1);
            http.delete("/subjects/visits-value");

            assertThat(http.delete("/subjects/visits-value?permanent=true").body())
                    .isEqualTo("[1]");

            assertThat(http.get("/subjects?deleted=true").body()).isEqualTo("[]");
            assertThat(http.get("/schemas/ids/1").errorCode()).isEqualTo(40403);
        }
    }

    @Nested
    class Errors {

        @Test
        void unknownSubjectIs40401() {
            Reply reply = http.get("/subjects/nobody-value/versions");

            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.json().toString())
                    .isEqualTo("{\"error_code\":40401,\"message\":\"Subject 'nobody-value' not found.\"}");
        }

        @Test
        void unknownVersionIs40402() {
            http.register("visits-value", TestSchemas.V1);

            Reply reply = http.get("/subjects/visits-value/versions/7");

            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.errorCode()).isEqualTo(40402);
            assertThat(reply.message()).contains("Version 7").contains("visits-value");
        }

        @Test
        void unknownSchemaIdIs40403() {
            Reply reply = http.get("/schemas/ids/4711");

            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.json().toString())
                    .isEqualTo("{\"error_code\":40403,\"message\":\"Schema 4711 not found\"}");
        }

        @Test
        void lookingUpAnUnregisteredSchemaIs40403() {
            http.register("visits-value", TestSchemas.V1);

            assertThat(http.post("/subjects/visits-value", schemaBody(TestSchemas.OTHER))
                            .errorCode())
                    .isEqualTo(40403);
        }

        @Test
        void softDeletingASubjectTwiceIs40404() {
            http.register("visits-value", TestSchemas.V1);
            http.delete("/subjects/visits-value");

            Reply reply = http.delete("/subjects/visits-value");

            assertThat(reply.errorCode()).isEqualTo(40404);
            assertThat(reply.message()).contains("permanent=true");
        }

        @Test
        void permanentlyDeletingALiveSubjectIs40405() {
            http.register("visits-value", TestSchemas.V1);

            assertThat(http.delete("/subjects/visits-value?permanent=true").errorCode())
                    .isEqualTo(40405);
        }

        @Test
        void softDeletingAVersionTwiceIs40406() {
            http.register("visits-value", TestSchemas.V1);
            http.register("visits-value", TestSchemas.V2_OPTIONAL_FIELD);
            http.delete("/subjects/visits-value/versions/1");

            Reply reply = http.delete("/subjects/visits-value/versions/1");

            assertThat(reply.errorCode()).isEqualTo(40406);
            assertThat(reply.message()).contains("Version 1 was soft deleted");
        }

        @Test
        void permanentlyDeletingALiveVersionIs40407() {
            http.register("visits-value", TestSchemas.V1);

            Reply reply = http.delete("/subjects/visits-value/versions/1?permanent=true");

            assertThat(reply.errorCode()).isEqualTo(40407);
            assertThat(reply.message()).contains("was not deleted first");
        }

        @Test
        void aSubjectWithoutItsOwnLevelIs40408() {
            assertThat(http.get("/config/visits-value").errorCode()).isEqualTo(40408);
        }

        @Test
        void anIncompatibleChangeIs409NamingTheFieldAndTheReason() {
            http.register("visits-value", TestSchemas.V1);

            Reply reply = http.post("/subjects/visits-value/versions", schemaBody(TestSchemas.V2_REQUIRED_FIELD));

            assertThat(reply.status()).isEqualTo(409);
            assertThat(reply.errorCode()).isEqualTo(409);
            assertThat(reply.message())
                    .contains("incompatible")
                    .contains("'unit'")
                    .contains("has no default value")
                    .contains("BACKWARD");
        }

        @Test
        void aChangedFieldTypeIs409NamingTheField() {
            http.register("visits-value", TestSchemas.V1);

            Reply reply = http.post("/subjects/visits-value/versions", schemaBody(TestSchemas.V2_ID_AS_INT));

            assertThat(reply.errorCode()).isEqualTo(409);
            assertThat(reply.message()).contains("TYPE_MISMATCH").contains("field 'id'");
        }

        @Test
        void invalidAvroIs42201WithTheParsersMessage() {
            Reply reply = http.post(
                    "/subjects/visits-value/versions",
                    schemaBody(
                            "{\"type\":\"record\",\"name\":\"Visit\",\"fields\":[{\"name\":\"id\",\"type\":\"strng\"}]}"));

            assertThat(reply.status()).isEqualTo(422);
            assertThat(reply.errorCode()).isEqualTo(42201);
            assertThat(reply.message()).startsWith("Invalid Avro schema: ").contains("strng");
        }

        @Test
        void aDefaultOfTheWrongTypeIs42201() {
            Reply reply = http.post("/subjects/visits-value/versions", schemaBody("""
                    {"type":"record","name":"Visit","fields":[{"name":"n","type":"int","default":"seven"}]}"""));

            assertThat(reply.errorCode()).isEqualTo(42201);
            assertThat(reply.message()).contains("default");
        }

        @Test
        void otherSchemaTypesAre42201() {
            Reply reply = http.post(
                    "/subjects/visits-value/versions",
                    "{\"schemaType\":\"PROTOBUF\",\"schema\":\"syntax = \\\"proto3\\\";\"}");

            assertThat(reply.errorCode()).isEqualTo(42201);
            assertThat(reply.message()).contains("PROTOBUF").contains("AVRO only");
        }

        @Test
        void schemaReferencesAre42201() {
            Reply reply = http.post(
                    "/subjects/visits-value/versions",
                    "{\"schema\":" + quoted(TestSchemas.V1)
                            + ",\"references\":[{\"name\":\"x\",\"subject\":\"y\",\"version\":1}]}");

            assertThat(reply.errorCode()).isEqualTo(42201);
            assertThat(reply.message()).contains("references");
        }

        @Test
        void aMissingSchemaIs42201() {
            assertThat(http.post("/subjects/visits-value/versions", "{}").errorCode())
                    .isEqualTo(42201);
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "-2", "two", "2147483648"})
        void anInvalidVersionIs42202(String version) {
            http.register("visits-value", TestSchemas.V1);

            Reply reply = http.get("/subjects/visits-value/versions/" + version);

            assertThat(reply.status()).isEqualTo(422);
            assertThat(reply.errorCode()).isEqualTo(42202);
            assertThat(reply.message()).contains("'" + version + "'").contains("latest");
        }

        @Test
        void anInvalidCompatibilityLevelIs42203() {
            Reply reply = http.put("/config", "{\"compatibility\":\"SIDEWAYS\"}");

            assertThat(reply.status()).isEqualTo(422);
            assertThat(reply.errorCode()).isEqualTo(42203);
            assertThat(reply.message()).contains("SIDEWAYS").contains("backward_transitive");
        }

        @Test
        void aStoreFailureIs50001() {
            store.failNextWrite(StoreException.Kind.BACKEND);

            Reply reply = http.post("/subjects/visits-value/versions", schemaBody(TestSchemas.V1));

            assertThat(reply.status()).isEqualTo(500);
            assertThat(reply.errorCode()).isEqualTo(50001);
            assertThat(reply.message()).contains("backend data store");
            assertThat(http.get("/subjects").body()).isEqualTo("[]");
        }

        @Test
        void aStoreTimeoutIs50002() {
            store.failNextWrite(StoreException.Kind.TIMEOUT);

            Reply reply = http.put("/config", "{\"compatibility\":\"FULL\"}");

            assertThat(reply.errorCode()).isEqualTo(50002);
            assertThat(reply.message()).contains("timed out");
        }

        @Test
        void anUnavailableStoreIs50003() {
            store.failNextWrite(StoreException.Kind.UNAVAILABLE);

            Reply reply = http.post("/subjects/visits-value/versions", schemaBody(TestSchemas.V1));

            assertThat(reply.errorCode()).isEqualTo(50003);
            assertThat(reply.message()).contains("cannot write");
        }

        @Test
        void anUnknownPathIs404() {
            Reply reply = http.get("/nothing/here");

            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.errorCode()).isEqualTo(404);
        }

        @Test
        void anUnsupportedMethodIs405NamingTheAllowedOnes() {
            Reply reply = http.put("/subjects", "{}");

            assertThat(reply.status()).isEqualTo(405);
            assertThat(reply.errorCode()).isEqualTo(405);
            assertThat(reply.message()).contains("GET");
        }

        @Test
        void anUnsupportedContentTypeIs415() {
            Reply reply =
                    http.send("POST", "/subjects/visits-value/versions", schemaBody(TestSchemas.V1), "text/plain");

            assertThat(reply.status()).isEqualTo(415);
            assertThat(reply.message()).contains("text/plain");
        }

        @Test
        void malformedJsonIs400() {
            Reply reply = http.post("/subjects/visits-value/versions", "{\"schema\":");

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.errorCode()).isEqualTo(400);
            assertThat(reply.message()).contains("not valid JSON");
        }
    }

    @Test
    void concurrentRegistrationsOfDifferentSchemasGetDistinctConsecutiveIds() throws Exception {
        int count = 16;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String subject = "s" + i + "-value";
                String schema = "{\"type\":\"fixed\",\"name\":\"F" + i + "\",\"size\":" + (i + 1) + "}";
                ids.add(pool.submit(() -> http.register(subject, schema)));
            }
            Set<Integer> distinct = new TreeSet<>();
            for (Future<Integer> id : ids) {
                distinct.add(id.get());
            }
            assertThat(distinct).hasSize(count).first().isEqualTo(1);
            assertThat(distinct).last().isEqualTo(count);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRegistryStartedOnTheSameStoreKeepsEveryIdAndContinuesAfterTheHighest() {
        http.register("visits-value", TestSchemas.V1);
        http.register("visits-value", TestSchemas.V2_OPTIONAL_FIELD);
        http.put("/config/visits-value", "{\"compatibility\":\"FULL\"}");
        server.close();

        server = SchemaRegistryServer.start(
                RegistryConfig.fromProperties(
                        Map.of("listeners", "http://127.0.0.1:0", "authentication.method", "NONE")),
                store);
        http = new RegistryHttp(server.url());

        assertThat(http.get("/subjects/visits-value/versions/2")
                        .json()
                        .get("id")
                        .asInt())
                .isEqualTo(2);
        assertThat(http.get("/config/visits-value")
                        .json()
                        .get("compatibilityLevel")
                        .asText())
                .isEqualTo("FULL");
        assertThat(http.register("others-value", TestSchemas.OTHER)).isEqualTo(3);
    }

    private static String quoted(String text) {
        return new TextNode(text).toString();
    }

    /** The in-memory store, with a switch that makes the next write fail the way a broker can. */
    private static final class ControllableStore implements SchemaStore {
        private final InMemorySchemaStore delegate = new InMemorySchemaStore();
        private StoreException.Kind nextFailure;

        void failNextWrite(StoreException.Kind kind) {
            nextFailure = kind;
        }

        @Override
        public void start(Consumer<StoreRecord> sink) {
            delegate.start(sink);
        }

        @Override
        public void append(StoreRecord record) throws StoreException {
            StoreException.Kind failure = nextFailure;
            nextFailure = null;
            if (failure != null) {
                throw new StoreException(failure, "simulated " + failure.name().toLowerCase() + " failure");
            }
            delegate.append(record);
        }

        @Override
        public String describe() {
            return delegate.describe();
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
