package se.oroshub.access.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.oroshub.access.kafka.KafkaAcls;
import se.oroshub.access.model.AccessModel;
import se.oroshub.access.model.AccessPlan;
import se.oroshub.access.pki.LocalCertificateAuthority;
import se.oroshub.access.strimzi.KafkaUsers;
import se.oroshub.access.yaml.AccessFile;

/** Who may read and write what on the hub's broker, from {@code deploy/security/access.yaml}. */
@Command(
        name = "access",
        mixinStandardHelpOptions = true,
        description = "Who may read and write what on the hub's Kafka cluster, from one access file.",
        subcommands = {
            AccessCommand.Apply.class,
            AccessCommand.RenderStrimzi.class,
            AccessCommand.IssueCertificates.class
        })
public final class AccessCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line, for {@link #main} and the tests. */
    public static CommandLine commandLine() {
        CommandLine line = new CommandLine(new AccessCommand());
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("access " + cmd.getCommandName() + ": " + e.getMessage());
            return 1;
        });
        return line;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }

    @Command(
            name = "apply",
            mixinStandardHelpOptions = true,
            description = "Make the cluster's ACLs of every principal the file manages exactly the file's: creates what"
                    + " is missing, deletes what is stale (also of a principal no longer in the file); prints each"
                    + " change.")
    static final class Apply implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--file", required = true, description = "the access file")
        Path file;

        @Option(names = "--bootstrap-server", required = true, description = "HOST:PORT of the cluster")
        String bootstrapServer;

        @Option(
                names = "--command-config",
                description = "Kafka client properties of an administrator (security.protocol, ssl.*), as Kafka's own"
                        + " tools take them")
        Path commandConfig;

        @Override
        public Integer call() throws IOException {
            AccessPlan plan = AccessPlan.of(AccessFile.read(file));
            Properties properties = new Properties();
            if (commandConfig != null) {
                try (InputStream in = Files.newInputStream(commandConfig)) {
                    properties.load(in);
                }
            }
            properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServer);
            properties.putIfAbsent(CommonClientConfigs.CLIENT_ID_CONFIG, "oroshub-access-apply");
            PrintWriter out = spec.commandLine().getOut();
            try (Admin admin = Admin.create(properties)) {
                KafkaAcls.Changes changes = KafkaAcls.apply(admin, plan);
                KafkaAcls.describe(changes).forEach(out::println);
                out.println(
                        changes.none()
                                ? "The ACLs of " + plan.principals().size() + " principals were up to date ("
                                        + plan.grants().size() + " ACLs)."
                                : "Created " + changes.created().size() + " and deleted "
                                        + changes.deleted().size() + " ACLs; "
                                        + plan.principals().size()
                                        + " principals now hold "
                                        + plan.grants().size() + " ACLs.");
                out.flush();
                admin.close(Duration.ofSeconds(5));
            }
            return 0;
        }
    }

    @Command(
            name = "render-strimzi",
            mixinStandardHelpOptions = true,
            description = "Render one Strimzi KafkaUser (TLS authentication, simple authorization) per principal.")
    static final class RenderStrimzi implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--file", required = true, description = "the access file")
        Path file;

        @Option(names = "--cluster", required = true, description = "the Strimzi Kafka cluster's name")
        String cluster;

        @Option(names = "--out", description = "write the manifest here instead of to standard output")
        Path out;

        @Override
        public Integer call() throws IOException {
            String manifest = KafkaUsers.render(AccessPlan.of(AccessFile.read(file)), cluster);
            if (out == null) {
                spec.commandLine().getOut().print(manifest);
                spec.commandLine().getOut().flush();
            } else {
                Files.writeString(out, manifest, StandardCharsets.UTF_8);
                spec.commandLine().getOut().println("Wrote " + out);
            }
            return 0;
        }
    }

    @Command(
            name = "issue-certificates",
            mixinStandardHelpOptions = true,
            description = "Create a local CA in DIR (if it has none) and a PKCS#12 keystore for the broker and for each"
                    + " principal of the file that has none; passwords are random, in owner-only files next to them.")
    static final class IssueCertificates implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--file", required = true, description = "the access file")
        Path file;

        @Option(names = "--dir", required = true, description = "the directory of the CA and the keystores")
        Path dir;

        @Override
        public Integer call() throws IOException {
            AccessModel model = AccessFile.read(file);
            LocalCertificateAuthority ca = LocalCertificateAuthority.open(dir);
            PrintWriter out = spec.commandLine().getOut();
            ca.issue(AccessModel.BROKER);
            for (String principal : model.principals()) {
                ca.issue(principal);
            }
            out.println("Keystores of " + AccessModel.BROKER + " and "
                    + model.principals().size() + " principals, and the truststore, are in " + dir);
            out.flush();
            return 0;
        }
    }
}
