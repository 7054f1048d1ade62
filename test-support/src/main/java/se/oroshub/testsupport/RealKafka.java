package se.oroshub.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test class (or method) a real Kafka broker and a schema registry: declare a parameter of type
 * {@link KafkaTestEnvironment} on a test method, lifecycle method or constructor and it is injected.
 *
 * <p>One broker and one registry serve the whole test JVM: started on first use, stopped when the test run ends.
 * The broker is a Testcontainers Kafka container where a Docker engine is available and an in-process KRaft broker
 * otherwise; tests cannot tell which (see {@link KafkaTestEnvironment#BACKEND_PROPERTY} to force one).
 *
 * <pre>{@code
 * @RealKafka
 * class RoutingIT {
 *     @Test
 *     void routes(KafkaTestEnvironment kafka) { kafka.createTopics(Topics.CONNECTOR_INTAKE.of("school")); ... }
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RealKafkaExtension.class)
public @interface RealKafka {}
