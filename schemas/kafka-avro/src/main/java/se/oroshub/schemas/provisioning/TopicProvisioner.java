package se.oroshub.schemas.provisioning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.oroshub.schemas.topics.TopicSpec;

/**
 * Creates topics explicitly from their {@link TopicSpec}s, because broker auto-creation stays off: partition count,
 * retention, cleanup policy, replication factor and {@code min.insync.replicas} are always decided, never defaulted.
 * Idempotent and safe to call from several processes at once: a topic that already exists is left as it is.
 */
public final class TopicProvisioner {

    private static final Logger log = LoggerFactory.getLogger(TopicProvisioner.class);

    private final Admin admin;
    private final short replicationFactor;
    private final Optional<Integer> minInsyncReplicas;
    private final long timeoutMillis;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    /**
     * @param admin             the admin client (owned by the caller)
     * @param replicationFactor replicas per partition (1 on a single local broker, 3 in production)
     * @param minInsyncReplicas replicas that must acknowledge an {@code acks=all} write (2 in production); empty to
     *                          leave the broker's default
     * @param timeoutMillis     how long to wait for the brokers
     */
    public TopicProvisioner(
            Admin admin, short replicationFactor, Optional<Integer> minInsyncReplicas, long timeoutMillis) {
        this.admin = Objects.requireNonNull(admin, "admin");
        this.replicationFactor = replicationFactor;
        this.minInsyncReplicas = Objects.requireNonNull(minInsyncReplicas, "minInsyncReplicas");
        this.timeoutMillis = timeoutMillis;
        if (replicationFactor < 1) {
            throw new IllegalArgumentException("replication factor must be at least 1");
        }
    }

    /** Ensures the topic exists; returns at once for a topic this provisioner has already seen. */
    public void ensure(TopicSpec<?, ?> spec) {
        ensureAll(List.of(spec));
    }

    /** Ensures every topic exists, creating the missing ones in one request. */
    public void ensureAll(Collection<? extends TopicSpec<?, ?>> specs) {
        List<NewTopic> missing = new ArrayList<>();
        for (TopicSpec<?, ?> spec : specs) {
            if (!known.contains(spec.name())) {
                Map<String, String> config = new HashMap<>(spec.topicConfig());
                minInsyncReplicas.ifPresent(n -> config.put("min.insync.replicas", Integer.toString(n)));
                missing.add(new NewTopic(spec.name(), spec.partitions(), replicationFactor).configs(config));
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        var result = admin.createTopics(missing);
        for (NewTopic topic : missing) {
            try {
                result.values().get(topic.name()).get(timeoutMillis, TimeUnit.MILLISECONDS);
                log.info(
                        "Created topic {} ({} partitions, replication {})",
                        topic.name(),
                        topic.numPartitions(),
                        topic.replicationFactor());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException(
                            "cannot create topic " + topic.name() + ": "
                                    + e.getCause().getMessage(),
                            e.getCause());
                }
            } catch (TimeoutException e) {
                throw new IllegalStateException("timed out creating topic " + topic.name(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while creating topic " + topic.name(), e);
            }
            known.add(topic.name());
        }
    }
}
