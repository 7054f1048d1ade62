package se.oroshub.connector.socialservices.statusapi;

import java.util.Collection;
import java.util.Set;

/**
 * The municipalities this connector serves, INTEGRATED and INBOX alike: the only ones whose status events it
 * accepts.
 *
 * @param codes the official four-digit municipality codes
 */
public record ServedMunicipalities(Set<String> codes) {

    public ServedMunicipalities {
        codes = Set.copyOf(codes);
    }

    /** The municipalities with these codes. */
    public static ServedMunicipalities of(Collection<String> codes) {
        return new ServedMunicipalities(Set.copyOf(codes));
    }

    /** Whether {@code municipalityCode} is one of them. */
    public boolean contains(String municipalityCode) {
        return codes.contains(municipalityCode);
    }
}
