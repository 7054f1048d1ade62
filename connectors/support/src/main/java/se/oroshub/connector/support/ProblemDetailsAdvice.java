package se.oroshub.connector.support;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Renders every error of a connector's JSON API ({@link RestController}s) as RFC 9457 problem details
 * ({@code application/problem+json}) with a stable {@code code} and, for rejected input, an {@code errors} array of
 * {@link FieldError}s, each naming the field and the reason:
 *
 * <pre>
 * {"type": "urn:oroshub:problem:submission_rejected", "title": "Submission rejected", "status": 400,
 *  "detail": "1 field rejected", "code": "submission_rejected",
 *  "errors": [{"field": "child.personalIdentityNumber", "code": "invalid_personal_identity_number", "message": "..."}]}
 * </pre>
 *
 * <p>It has the lowest precedence, so a connector with another error format on some endpoints (FHIR's
 * {@code OperationOutcome}) registers its own advice for them. Server-rendered pages handle their errors themselves.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    /** The problem type of a rejected submission; its {@code errors} array names each field. */
    public static final String SUBMISSION_REJECTED = "submission_rejected";

    @ExceptionHandler(SubmissionRejectedException.class)
    public ResponseEntity<ProblemDetail> rejected(SubmissionRejectedException e) {
        int count = e.errors().size();
        return problem(
                HttpStatus.BAD_REQUEST,
                SUBMISSION_REJECTED,
                "Submission rejected",
                count + (count == 1 ? " field rejected" : " fields rejected"),
                e.errors(),
                HttpHeaders.EMPTY);
    }

    @ExceptionHandler(IntakeUnavailableException.class)
    public ResponseEntity<ProblemDetail> intakeUnavailable(IntakeUnavailableException e) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(
                HttpHeaders.RETRY_AFTER,
                Long.toString(Math.max(1, e.retryAfter().toSeconds())));
        return problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                ErrorCode.INTAKE_UNAVAILABLE.code(),
                "Report not accepted",
                "The report was NOT accepted: the intake did not confirm it in time. Submit it again later.",
                List.of(),
                headers);
    }

    @ExceptionHandler(ExternalSystemUnavailableException.class)
    public ResponseEntity<ProblemDetail> externalUnavailable(ExternalSystemUnavailableException e) {
        return problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                ErrorCode.EXTERNAL_SYSTEM_UNAVAILABLE.code(),
                "External system unavailable",
                "The system '" + e.backend() + "' did not answer. Try again later.",
                List.of(),
                HttpHeaders.EMPTY);
    }

    @ExceptionHandler(NotFoundException.class)
    public ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(
                HttpStatus.NOT_FOUND,
                ErrorCode.NOT_FOUND.code(),
                "Not found",
                e.getMessage(),
                List.of(),
                HttpHeaders.EMPTY);
    }

    @ExceptionHandler(AccessDeniedException.class)
    public ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
        return problem(
                HttpStatus.FORBIDDEN,
                ErrorCode.ACCESS_DENIED.code(),
                "Access denied",
                "The signed-in user may not act for this organisation.",
                List.of(),
                HttpHeaders.EMPTY);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = ex.getCause() instanceof JacksonException jackson ? path(jackson) : "";
        FieldError error = ex.getCause() instanceof UnrecognizedPropertyException
                ? new FieldError(
                        field,
                        ErrorCode.UNKNOWN_FIELD,
                        "Not a field of this request; remove it. Who reports, and for which organisation, is always"
                                + " the signed-in user.")
                : new FieldError(
                        field,
                        ErrorCode.MALFORMED_REQUEST,
                        field.isEmpty()
                                ? "The request body is not valid JSON of the expected shape."
                                : "The value has the wrong type or is not one of the allowed values.");
        return widen(problem(
                HttpStatus.BAD_REQUEST,
                ErrorCode.MALFORMED_REQUEST.code(),
                "Malformed request",
                "The request body could not be read.",
                List.of(error),
                HttpHeaders.EMPTY));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return widen(problem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                ErrorCode.UNSUPPORTED_MEDIA_TYPE.code(),
                "Unsupported media type",
                "Send " + ex.getSupportedMediaTypes() + ".",
                List.of(),
                headers));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        FieldError error = new FieldError(ex.getParameterName(), ErrorCode.MISSING_FIELD, "The parameter is required.");
        return widen(problem(
                HttpStatus.BAD_REQUEST,
                ErrorCode.MISSING_FIELD.code(),
                "Missing parameter",
                "A required parameter is missing.",
                List.of(error),
                HttpHeaders.EMPTY));
    }

    /** The problem-details body every handler of this advice renders. */
    public static ProblemDetail problemDetail(
            HttpStatusCode status, String code, String title, String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:oroshub:problem:" + code));
        problem.setTitle(title);
        problem.setProperty("code", code);
        if (!errors.isEmpty()) {
            problem.setProperty(
                    "errors",
                    errors.stream()
                            .map(e ->
                                    Map.of("field", e.field(), "code", e.code().code(), "message", e.message()))
                            .toList());
        }
        return problem;
    }

    private static ResponseEntity<ProblemDetail> problem(
            HttpStatus status, String code, String title, String detail, List<FieldError> errors, HttpHeaders headers) {
        return ResponseEntity.status(status)
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problemDetail(status, code, title, detail, errors));
    }

    private static ResponseEntity<Object> widen(ResponseEntity<ProblemDetail> response) {
        return new ResponseEntity<>(response.getBody(), response.getHeaders(), response.getStatusCode());
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
