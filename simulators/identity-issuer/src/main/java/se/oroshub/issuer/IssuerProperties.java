package se.oroshub.issuer;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the issuer ({@code oroshub.issuer}).
 *
 * @param directory the YAML file of people and clients ({@link IssuerDirectory}); required, none is packaged
 * @param keyFile   where the signing key is kept between starts (owner-only permissions); empty: a new key each start
 * @param issuerUri the issuer identifier written into every token; empty: the URL the request came in on
 */
@ConfigurationProperties("oroshub.issuer")
public record IssuerProperties(Path directory, Path keyFile, String issuerUri) {

    public IssuerProperties {
        if (directory == null) {
            throw new IllegalArgumentException("oroshub.issuer.directory must name the file of people and clients, e.g."
                    + " --oroshub.issuer.directory=deploy/data/issuer/directory.yml");
        }
        issuerUri = issuerUri == null || issuerUri.isBlank() ? null : issuerUri;
    }
}
