/**
 * Who may use the hub's Kafka cluster, and what each may do there: the records of the access model read from
 * {@code deploy/security/access.yaml} ({@link se.oroshub.access.model.AccessModel}), their validation, and
 * {@link se.oroshub.access.model.AccessPlan}, the grants derived from them and from
 * {@link se.oroshub.schemas.topics.Topics} alone. Pure: no Kafka, no Spring, no YAML library, so each access rule is
 * a plain function with a test named after it, {@code AccessPlanTest}; the validation is guarded by
 * {@code AccessModelTest}.
 */
package se.oroshub.access.model;
