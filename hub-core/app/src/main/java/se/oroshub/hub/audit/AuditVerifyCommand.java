package se.oroshub.hub.audit;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;
import se.oroshub.hub.cli.CommandOptions;
import se.oroshub.hub.cli.TopicToEnd;
import se.oroshub.hub.rules.audit.AuditChain;
import se.oroshub.hub.rules.audit.AuditChainVerifier;
import se.oroshub.hub.rules.audit.ChainVerification;
import se.oroshub.schemas.avro.AuditRecord;
import se.oroshub.schemas.serde.SpecificAvroSerde;
import se.oroshub.schemas.topics.Topics;

/**
 * Verifies the audit trail: reads the audit topic from the beginning to its current end (committed records only),
 * verifies each chain with the rules' {@link AuditChainVerifier} and prints, per chain, {@code OK} with the number of
 * records, or the first broken link (sequence, audit id, what is wrong). A record that cannot be decoded at all breaks
 * its chain (the record key) at that point. Exit code 0 when every chain is intact, 1 when one is broken, 2 when the
 * topic could not be read.
 *
 * <p>Run as {@code java -jar hub-core.jar --verify-audit}, or with this class as main class. Options:
 * {@code --spring.kafka.bootstrap-servers=host:port} (default {@code 127.0.0.1:9092}) and
 * {@code --spring.kafka.properties.schema.registry.url=url} (default {@code http://127.0.0.1:8081}), the same
 * properties the hub itself reads.
 */
public final class AuditVerifyCommand {

    /** The flag that selects this command in the hub's main class. */
    public static final String FLAG = "--verify-audit";

    private AuditVerifyCommand() {}

    /** Runs the verification and exits with its code. */
    public static void main(String[] args) {
        if (System.getProperty("org.apache.avro.SERIALIZABLE_PACKAGES") == null) {
            System.setProperty("org.apache.avro.SERIALIZABLE_PACKAGES", "se.oroshub.schemas.avro");
        }
        System.exit(run(args, System.out));
    }

    /** Reads and verifies the audit topic; prints the outcome to {@code out} and returns the exit code. */
    public static int run(String[] args, PrintStream out) {
        CommandOptions.quietKafkaClientLogging();
        CommandOptions options = CommandOptions.parse(args);
        String bootstrap = options.bootstrapServers();
        TopicContents contents;
        try {
            contents = readAll(options);
        } catch (RuntimeException e) {
            out.println("ERROR cannot read " + Topics.AUDIT.name() + " from " + bootstrap + ": " + e.getMessage());
            return 2;
        }
        Map<String, ChainVerification> results = verifyChains(contents.records(), contents.unreadable());
        long owners =
                results.keySet().stream().map(AuditChain::ownerOf).distinct().count();
        out.println("Verified " + contents.records().size() + " audit records in " + results.size() + " chains of "
                + owners + " owners on " + Topics.AUDIT.name());
        boolean intact = true;
        for (Map.Entry<String, ChainVerification> result : results.entrySet()) {
            out.println(describe(result.getKey(), result.getValue()));
            intact &= result.getValue().intact();
        }
        return intact ? 0 : 1;
    }

    /** Verifies each chain on its own, in the order its records were read; chains in order of first appearance. */
    public static Map<String, ChainVerification> verifyChains(List<AuditRecord> records) {
        return verifyChains(records, List.of());
    }

    /**
     * Verifies each chain on its own, as {@link #verifyChains(List)}, where some records could not be decoded. Only the
     * records read before a chain's first unreadable one are verified: if they are intact, the unreadable record is
     * the first broken link.
     */
    public static Map<String, ChainVerification> verifyChains(List<AuditRecord> records, List<Unreadable> unreadable) {
        Map<String, List<AuditRecord>> chains = new LinkedHashMap<>();
        for (AuditRecord record : records) {
            chains.computeIfAbsent(record.getChain(), chain -> new ArrayList<>())
                    .add(record);
        }
        Map<String, Unreadable> firstUnreadable = new LinkedHashMap<>();
        for (Unreadable u : unreadable) {
            firstUnreadable.putIfAbsent(u.chain(), u);
            chains.computeIfAbsent(u.chain(), chain -> new ArrayList<>());
        }
        Map<String, ChainVerification> results = new LinkedHashMap<>();
        chains.forEach((chain, chainRecords) -> {
            Unreadable bad = firstUnreadable.get(chain);
            List<AuditRecord> readable = bad == null ? chainRecords : chainRecords.subList(0, bad.readBefore());
            ChainVerification verification = AuditChainVerifier.verify(readable);
            if (bad != null && verification instanceof ChainVerification.Intact intact) {
                verification = new ChainVerification.Broken(
                        chain,
                        intact.records() + 1,
                        "unknown",
                        ChainVerification.BreakKind.UNREADABLE,
                        bad.where() + " cannot be decoded: " + bad.problem());
            }
            results.put(chain, verification);
        });
        return results;
    }

    /**
     * A record of the audit topic that could not be decoded.
     *
     * @param chain its key, the chain it claims to belong to
     * @param readBefore how many records of that chain were read before it
     * @param where its partition and offset
     * @param problem why it could not be decoded
     */
    public record Unreadable(String chain, int readBefore, String where, String problem) {}

    private record TopicContents(List<AuditRecord> records, List<Unreadable> unreadable) {}

    /** One line per chain: {@code OK} or the first broken link. */
    public static String describe(String chain, ChainVerification verification) {
        if (verification instanceof ChainVerification.Broken broken) {
            return "chain " + chain + ": BROKEN at sequence " + broken.sequence() + " (audit id " + broken.auditId()
                    + "): " + broken.kind() + ", " + broken.detail();
        }
        ChainVerification.Intact intact = (ChainVerification.Intact) verification;
        return "chain " + chain + ": OK (" + intact.records() + " records)";
    }

    private static TopicContents readAll(CommandOptions options) {
        SpecificAvroSerde<AuditRecord> serde = new SpecificAvroSerde<>();
        serde.configure(options.serdeSettings(false), false);
        Deserializer<AuditRecord> values = serde.deserializer();
        List<AuditRecord> records = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        Map<String, Integer> readPerChain = new HashMap<>();
        TopicToEnd.read(options.clientSettings(), Topics.AUDIT.name(), "audit-verify", record -> {
            String chain = String.valueOf(record.key());
            try {
                AuditRecord value = values.deserialize(record.topic(), record.value());
                records.add(value);
                readPerChain.merge(value.getChain(), 1, Integer::sum);
            } catch (RuntimeException e) {
                unreadable.add(new Unreadable(
                        chain,
                        readPerChain.getOrDefault(chain, 0),
                        "partition " + record.partition() + " offset " + record.offset(),
                        e.getMessage()));
            }
        });
        return new TopicContents(records, unreadable);
    }
}
