package se.oroshub.access.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.oroshub.access.model.AccessModel;
import se.oroshub.access.model.AccessPlan;
import se.oroshub.access.strimzi.KafkaUsers;
import se.oroshub.access.yaml.AccessFile;
import se.oroshub.access.yaml.AccessFileTest;

class AccessCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine line = AccessCommand.commandLine();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        return line.execute(args);
    }

    @Test
    void renderStrimziWritesTheManifestOfTheFile() throws Exception {
        Path manifest = dir.resolve("users.yaml");
        int exit = run(
                "render-strimzi",
                "--file",
                AccessFileTest.PROJECT_FILE.toString(),
                "--cluster",
                "oroshub",
                "--out",
                manifest.toString());
        assertThat(exit).isZero();
        assertThat(Files.readString(manifest))
                .isEqualTo(KafkaUsers.render(AccessPlan.of(AccessFile.read(AccessFileTest.PROJECT_FILE)), "oroshub"));
    }

    @Test
    void issueCertificatesGivesTheBrokerAndEveryPrincipalAKeystoreAndKeepsThem() throws Exception {
        Path pki = dir.resolve("pki");
        assertThat(run("issue-certificates", "--file", AccessFileTest.PROJECT_FILE.toString(), "--dir", pki.toString()))
                .isZero();
        AccessModel model = AccessFile.read(AccessFileTest.PROJECT_FILE);
        assertThat(pki.resolve(AccessModel.BROKER + ".p12")).exists();
        for (String principal : model.principals()) {
            assertThat(pki.resolve(principal + ".p12")).as(principal).exists();
        }
        byte[] hub = Files.readAllBytes(pki.resolve("oroshub-hub.p12"));
        assertThat(run("issue-certificates", "--file", AccessFileTest.PROJECT_FILE.toString(), "--dir", pki.toString()))
                .isZero();
        assertThat(Files.readAllBytes(pki.resolve("oroshub-hub.p12"))).isEqualTo(hub);
    }

    @Test
    void anInvalidFileIsRefusedWithEveryProblemAndNothingIsWritten() throws Exception {
        Path file = dir.resolve("access.yaml");
        Files.writeString(file, """
                hub: {principal: oroshub-hub, application-id: oroshub-hub}
                registry: {principal: oroshub-registry}
                operator: {principal: oroshub-operator}
                social-services:
                  - {principal: oroshub-social-services-x, connector: social-services, municipalities: ["999"]}
                """);
        Path manifest = dir.resolve("users.yaml");
        int exit =
                run("render-strimzi", "--file", file.toString(), "--cluster", "oroshub", "--out", manifest.toString());
        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("municipality code '999' is not four digits");
        assertThat(manifest).doesNotExist();
    }
}
