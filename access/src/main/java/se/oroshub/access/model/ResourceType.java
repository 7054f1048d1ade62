package se.oroshub.access.model;

/** What a grant is on, as the broker's access control lists name it. */
public enum ResourceType {
    TOPIC,
    GROUP,
    TRANSACTIONAL_ID,
    CLUSTER
}
