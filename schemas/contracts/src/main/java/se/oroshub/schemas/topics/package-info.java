/**
 * Every topic of the hub with its key and value types, partitions and retention, in one place ({@link
 * se.oroshub.schemas.topics.Topics}); per-owner families such as one topic per municipality are {@link
 * se.oroshub.schemas.topics.TopicFamily TopicFamilies}. Guarded by {@code TopicsTest}.
 */
package se.oroshub.schemas.topics;
