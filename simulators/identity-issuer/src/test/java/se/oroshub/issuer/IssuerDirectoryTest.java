package se.oroshub.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssuerDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void directoryIsReadFromItsFile() {
        IssuerDirectory directory = IssuerDirectory.load(Path.of("src/test/resources/issuer-directory-test.yml"));

        assertThat(directory.person("anna")).hasValueSatisfying(anna -> {
            assertThat(anna.organisation()).isEqualTo("SCHOOL_UNIT_CODE:29837461");
            assertThat(anna.roles()).containsExactly("reporter");
            assertThat(anna.title()).isEqualTo("Klasslärare");
        });
        assertThat(directory.client("case-system-0180")).hasValueSatisfying(client -> {
            assertThat(client.signsPeopleIn()).isFalse();
            assertThat(client.audiences()).containsExactly("connector-social-services");
        });
        assertThat(directory.client("connector-school"))
                .hasValueSatisfying(client -> assertThat(client.signsPeopleIn()).isTrue());
    }

    @Test
    void personWithoutSchemedOrganisationIsRefused() {
        assertThatThrownBy(() -> new IssuerDirectory.Person("x", "{noop}x", null, null, List.of(), "29837461"))
                .hasMessageContaining("SCHEME:value");
    }

    @Test
    void machineClientWithoutAudienceIsRefused() {
        assertThatThrownBy(() -> new IssuerDirectory.Client(
                        "m", "{noop}x", List.of(), null, List.of("case-system"), "MUNICIPALITY_CODE:0180", List.of()))
                .hasMessageContaining("audiences");
    }

    @Test
    void missingDirectoryFileIsNamed() throws Exception {
        Path missing = dir.resolve("missing.yml");
        assertThatThrownBy(() -> IssuerDirectory.load(missing)).hasMessageContaining("oroshub.issuer.directory");
        Files.writeString(dir.resolve("empty.yml"), "people: []\n");
        assertThat(IssuerDirectory.load(dir.resolve("empty.yml")).people()).isEmpty();
    }

    @Test
    void signingKeyIsKeptInItsFileAcrossStarts() {
        Path file = dir.resolve("keys/signing-key.json");
        String first = SigningKey.loadOrCreate(file).getKeyID();

        assertThat(SigningKey.loadOrCreate(file).getKeyID()).isEqualTo(first);
        assertThat(file.toFile().canRead()).isTrue();
    }
}
