package se.oroshub.connector.socialservices.delivery;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code /actuator/health} component {@code caseManagementDelivery}: per integrated municipality the reports delivery
 * is stuck on, each with the time the connector first tried it, and the reports under alarm. DOWN while any report
 * is under alarm, so the alarm is seen where operators already look. Report ids only, never content.
 */
public final class DeliveryHealthIndicator implements HealthIndicator {

    private final DeliveryStatus status;

    public DeliveryHealthIndicator(DeliveryStatus status) {
        this.status = status;
    }

    @Override
    public Health health() {
        Map<String, DeliveryStatus.Snapshot> snapshot = status.snapshot();
        boolean alarm = snapshot.values().stream().anyMatch(s -> !s.alarms().isEmpty());
        Map<String, Object> details = new LinkedHashMap<>();
        snapshot.forEach((code, s) -> {
            Map<String, Object> municipality = new LinkedHashMap<>();
            municipality.put("delivered", s.delivered());
            municipality.put(
                    "lastDeliveredAt",
                    s.lastDeliveredAt() == null ? "" : s.lastDeliveredAt().toString());
            municipality.put(
                    "pending",
                    s.pending().stream().map(DeliveryHealthIndicator::pending).toList());
            municipality.put("lastError", s.lastError() == null ? "" : s.lastError());
            municipality.put("alarms", s.alarms());
            details.put(code, municipality);
        });
        return (alarm ? Health.down() : Health.up()).withDetails(details).build();
    }

    private static Map<String, Object> pending(DeliveryStatus.Pending pending) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("reportId", pending.reportId());
        report.put("unacknowledgedSince", pending.unacknowledgedSince().toString());
        report.put("failedAttempts", pending.failedAttempts());
        return report;
    }
}
