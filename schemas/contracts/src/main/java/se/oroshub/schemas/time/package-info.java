/**
 * Swedish time ({@link se.oroshub.schemas.time.SwedishTime#ZONE}), the one zone every deadline and page counts in.
 * Guarded by {@code SwedishTimeTest}.
 */
package se.oroshub.schemas.time;
