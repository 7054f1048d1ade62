# The schema registry: a plain jar whose manifest names its dependencies in lib/. Build after `./mvnw package`:
#   docker build -f deploy/production/registry.Dockerfile -t oroshub/schema-registry .
# Configure it as Confluent's image: SCHEMA_REGISTRY_LISTENERS, SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS,
# SCHEMA_REGISTRY_KAFKASTORE_TOPIC_REPLICATION_FACTOR, ...
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 oroshub
WORKDIR /app
COPY schemas/registry-server/target/lib/ /app/lib/
COPY schemas/registry-server/target/schemas-registry-server-0.1.0-SNAPSHOT.jar /app/registry.jar
USER 10001
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8081
ENTRYPOINT ["java", "-jar", "/app/registry.jar"]
