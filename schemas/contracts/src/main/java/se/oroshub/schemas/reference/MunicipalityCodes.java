package se.oroshub.schemas.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The directory of Sweden's 290 municipalities with their official four-digit codes (kommunkoder, as published by
 * Statistics Sweden), loaded from data bundled with the contracts rather than typed into code.
 */
public final class MunicipalityCodes {

    private static final String RESOURCE = "swedish-municipalities.csv";
    private static final String HEADER = "municipality_code,municipality_name,county_code,county_name";

    private final Map<String, Municipality> byCode;

    private MunicipalityCodes(Map<String, Municipality> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    /** The official directory bundled with this module (read once per call; hold on to the result). */
    public static MunicipalityCodes official() {
        try (InputStream in = MunicipalityCodes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        "municipality directory " + RESOURCE + " is missing from the classpath");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the municipality directory", e);
        }
    }

    /** Parses a directory in the bundled CSV format (header {@value #HEADER}). */
    public static MunicipalityCodes parse(InputStream csv) throws IOException {
        Map<String, Municipality> byCode = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (header == null || !header.strip().equals(HEADER)) {
            throw new IOException("municipality directory must start with the header '" + HEADER + "'");
        }
        String line;
        int lineNumber = 1;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split(",", -1);
            if (cols.length != 4) {
                throw new IOException("line " + lineNumber + ": expected 4 columns, found " + cols.length);
            }
            Municipality m = new Municipality(cols[0].strip(), cols[1].strip(), cols[2].strip(), cols[3].strip());
            if (byCode.putIfAbsent(m.code(), m) != null) {
                throw new IOException("line " + lineNumber + ": duplicate municipality code " + m.code());
            }
        }
        return new MunicipalityCodes(byCode);
    }

    public boolean isKnown(String code) {
        return code != null && byCode.containsKey(code);
    }

    public Optional<Municipality> find(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }

    /** All municipalities in official code order. */
    public Collection<Municipality> all() {
        return byCode.values();
    }

    public int size() {
        return byCode.size();
    }

    /**
     * One municipality.
     *
     * @param code       official four-digit code, starting with the county code (Gotland: 0980)
     * @param name       the municipality's name
     * @param countyCode two-digit county (län) code
     * @param countyName the county's name
     */
    public record Municipality(String code, String name, String countyCode, String countyName) {
        public Municipality {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            if (!code.matches("\\d{4}") || countyCode == null || !code.startsWith(countyCode)) {
                throw new IllegalArgumentException("malformed municipality entry for code '" + code + "'");
            }
        }
    }
}
