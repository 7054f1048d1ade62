package se.oroshub.registryserver;

/** Avro schemas for the tests: a record and its compatible and incompatible evolutions. */
final class TestSchemas {

    static final String V1 = """
            {"type":"record","name":"Visit","namespace":"se.oroshub.test","fields":[
              {"name":"id","type":"string"}]}""";

    /** V1 plus an optional field with a default: compatible in every direction. */
    static final String V2_OPTIONAL_FIELD = """
            {"type":"record","name":"Visit","namespace":"se.oroshub.test","fields":[
              {"name":"id","type":"string"},
              {"name":"note","type":["null","string"],"default":null}]}""";

    /** V1 plus a required field without default: new readers cannot read old data (not BACKWARD). */
    static final String V2_REQUIRED_FIELD = """
            {"type":"record","name":"Visit","namespace":"se.oroshub.test","fields":[
              {"name":"id","type":"string"},
              {"name":"unit","type":"string"}]}""";

    /** V1 with the id's type changed from string to int. */
    static final String V2_ID_AS_INT = """
            {"type":"record","name":"Visit","namespace":"se.oroshub.test","fields":[
              {"name":"id","type":"int"}]}""";

    /** Another record altogether. */
    static final String OTHER = """
            {"type":"record","name":"Other","namespace":"se.oroshub.test","fields":[
              {"name":"value","type":"long"}]}""";

    private TestSchemas() {}
}
