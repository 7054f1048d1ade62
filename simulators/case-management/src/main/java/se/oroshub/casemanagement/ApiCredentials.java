package se.oroshub.casemanagement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.springframework.stereotype.Component;

/** Checks the {@code Authorization} header of an API call against the configured credentials. */
@Component
class ApiCredentials {

    private final SimulatorProperties.Api api;

    ApiCredentials(SimulatorProperties properties) {
        this.api = properties.api();
    }

    boolean accepts(String authorization) {
        if (api.open()) {
            return true;
        }
        if (authorization == null) {
            return false;
        }
        if (!SimulatorProperties.isBlank(api.bearerToken()) && authorization.startsWith("Bearer ")) {
            return same(authorization.substring("Bearer ".length()).trim(), api.bearerToken());
        }
        if (!SimulatorProperties.isBlank(api.username()) && authorization.startsWith("Basic ")) {
            String expected = Base64.getEncoder().encodeToString(
                    (api.username() + ":" + (api.password() == null ? "" : api.password()))
                            .getBytes(StandardCharsets.UTF_8));
            return same(authorization.substring("Basic ".length()).trim(), expected);
        }
        return false;
    }

    private static boolean same(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
