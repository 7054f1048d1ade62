package se.oroshub.connector.support;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

class ProblemDetailsAdviceTest {

    record Body(String name, int count, Kind kind) {}

    enum Kind {
        A,
        B
    }

    @RestController
    static class ThrowingController {

        @GetMapping("/rejected")
        String rejected() {
            throw new SubmissionRejectedException(List.of(
                    new FieldError(
                            "child.personalIdentityNumber",
                            ErrorCode.INVALID_PERSONAL_IDENTITY_NUMBER,
                            "wrong check digit"),
                    new FieldError("observations", ErrorCode.NO_OBSERVATIONS, "at least one")));
        }

        @GetMapping("/unavailable")
        String unavailable() {
            throw new IntakeUnavailableException("no ack", Duration.ofSeconds(10), null);
        }

        @GetMapping("/external")
        String external() {
            throw new ExternalSystemUnavailableException("case-management-0180", "open", null);
        }

        @GetMapping("/reports/{id}")
        String missing(@PathVariable String id) {
            throw new NotFoundException("no report " + id);
        }

        @GetMapping("/denied")
        String denied() {
            throw new AccessDeniedException("no");
        }

        @PostMapping("/body")
        String body(@RequestBody Body body) {
            return body.name();
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new ThrowingController())
            .setControllerAdvice(new ProblemDetailsAdvice())
            .build();

    @Test
    void aRejectedSubmissionNamesEveryFieldAndReason() throws Exception {
        mvc.perform(get("/rejected"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.code").value("submission_rejected"))
                .andExpect(jsonPath("$.type").value("urn:oroshub:problem:submission_rejected"))
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].field").value("child.personalIdentityNumber"))
                .andExpect(jsonPath("$.errors[0].code").value("invalid_personal_identity_number"))
                .andExpect(jsonPath("$.errors[0].message").value("wrong check digit"))
                .andExpect(jsonPath("$.errors[1].field").value("observations"))
                .andExpect(jsonPath("$.errors[1].code").value("no_observations"));
    }

    @Test
    void anUnacknowledgedSubmissionIs503WithRetryAfterAndSaysItWasNotAccepted() throws Exception {
        mvc.perform(get("/unavailable"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "10"))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("intake_unavailable"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("NOT accepted")));
    }

    @Test
    void anUnavailableExternalSystemIs503() throws Exception {
        mvc.perform(get("/external"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.code").value("external_system_unavailable"));
    }

    @Test
    void notFoundAndAccessDeniedHaveTheirCodes() throws Exception {
        mvc.perform(get("/reports/abc"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not_found"));
        mvc.perform(get("/denied"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("access_denied"));
    }

    @Test
    void aBodyOfTheWrongShapeNamesTheField() throws Exception {
        mvc.perform(post("/body").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\",\"kind\":\"C\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("malformed_request"))
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.errors[0].code").value("malformed_request"));
    }

    @Test
    void bodyThatIsNotJsonIsMalformed() throws Exception {
        mvc.perform(post("/body").contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("malformed_request"));
    }

    @Test
    void anUnsupportedMediaTypeHasItsCode() throws Exception {
        mvc.perform(post("/body").contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("unsupported_media_type"));
    }
}
