package se.oroshub.casemanagement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/** Checks the {@code Authorization} header of a delivery against the configured credentials. */
public final class ApiCredentials {

    private final SimulatorProperties.Api api;

    /** @param api the credentials a delivery must carry; none configured means every delivery is let in */
    public ApiCredentials(SimulatorProperties.Api api) {
        this.api = api;
    }

    /** Whether a request with this {@code Authorization} header (or none) may deliver. */
    public boolean accepts(String authorization) {
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
            String expected = Base64.getEncoder()
                    .encodeToString((api.username() + ":" + (api.password() == null ? "" : api.password()))
                            .getBytes(StandardCharsets.UTF_8));
            return same(authorization.substring("Basic ".length()).trim(), expected);
        }
        return false;
    }

    private static boolean same(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
