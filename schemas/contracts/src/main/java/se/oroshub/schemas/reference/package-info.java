/**
 * Reference data every party shares: the directory of Sweden's 290 municipality codes ({@link
 * se.oroshub.schemas.reference.MunicipalityCodes}), read from the classpath. Guarded by {@code MunicipalityCodesTest}.
 */
package se.oroshub.schemas.reference;
