package se.oroshub.connector.healthcare.web;

import java.util.List;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import se.oroshub.connector.healthcare.fhir.FhirCodec;
import se.oroshub.connector.healthcare.fhir.FhirFormat;

/** Content negotiation and encoding of FHIR responses. */
@Component
class FhirHttp {

    private final FhirCodec codec;

    FhirHttp(FhirCodec codec) {
        this.codec = codec;
    }

    FhirCodec codec() {
        return codec;
    }

    /** The format of a request body; empty when the media type is not one of FHIR's. */
    static Optional<FhirFormat> requestFormat(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return Optional.of(FhirFormat.JSON);
        }
        try {
            return FhirFormat.of(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            return Optional.empty();
        }
    }

    /** The format to answer in: the first FHIR format the client accepts, else {@code fallback}. */
    static FhirFormat responseFormat(String accept, FhirFormat fallback) {
        if (accept == null || accept.isBlank()) {
            return fallback;
        }
        try {
            List<MediaType> accepted = MediaType.parseMediaTypes(accept);
            return accepted.stream()
                    .filter(type -> type.getQualityValue() > 0)
                    .map(FhirFormat::of)
                    .flatMap(Optional::stream)
                    .findFirst()
                    .orElse(fallback);
        } catch (InvalidMediaTypeException e) {
            return fallback;
        }
    }

    ResponseEntity<String> respond(HttpStatusCode status, IBaseResource resource, FhirFormat format) {
        return respond(status, resource, format, new HttpHeaders());
    }

    ResponseEntity<String> respond(
            HttpStatusCode status, IBaseResource resource, FhirFormat format, HttpHeaders headers) {
        return ResponseEntity.status(status)
                .headers(headers)
                .contentType(new MediaType(format.mediaType(), java.nio.charset.StandardCharsets.UTF_8))
                .body(codec.encode(resource, format));
    }
}
