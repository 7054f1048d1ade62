package se.oroshub.connector.police.document;

/** Writes a schema-valid personal identity number in the hub's 12-digit form. */
final class PersonalIdentityNumbers {

    private PersonalIdentityNumbers() {}

    static String normalise(String value) {
        return value.replace("-", "");
    }
}
