package se.oroshub.connector.socialservices.delivery;

import java.net.URI;
import java.util.Objects;

/**
 * Where a municipality's case-management system is reached, and the credentials the connector presents to it: HTTP
 * Basic (username and password) or a bearer token.
 *
 * @param baseUrl     the base URL; the contract's paths ({@code /api/v1/concern-reports}) are appended
 * @param username    Basic username
 * @param password    Basic password
 * @param bearerToken bearer token, instead of Basic
 */
public record CaseSystemEndpoint(URI baseUrl, String username, String password, String bearerToken) {

    public CaseSystemEndpoint {
        Objects.requireNonNull(baseUrl, "case-system.base-url");
        boolean basic = username != null && !username.isBlank();
        boolean bearer = bearerToken != null && !bearerToken.isBlank();
        if (basic == bearer) {
            throw new IllegalArgumentException(
                    "case-system needs exactly one of username/password (Basic) or bearer-token");
        }
    }

    @Override
    public String toString() {
        return "CaseSystemEndpoint[baseUrl=" + baseUrl + ", auth=" + (bearerToken != null ? "bearer" : "basic") + "]";
    }
}
