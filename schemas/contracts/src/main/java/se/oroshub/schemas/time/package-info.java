/** Swedish time ({@link se.oroshub.schemas.time.SwedishTime#ZONE}), the one zone every deadline and page counts in. */
package se.oroshub.schemas.time;
