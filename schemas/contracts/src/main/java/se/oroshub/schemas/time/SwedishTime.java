package se.oroshub.schemas.time;

import java.time.ZoneId;

/**
 * Swedish time: the zone whose calendar days and office hours the law's deadlines, a child's age and the pages count
 * in. Every component uses this one constant instead of spelling the zone itself.
 */
public final class SwedishTime {

    /** Europe/Stockholm. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private SwedishTime() {}
}
