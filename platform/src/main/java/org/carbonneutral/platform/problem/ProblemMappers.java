package org.carbonneutral.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.carbonneutral.contracts.json.Json;
import org.carbonneutral.platform.failure.Failures;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error the HTTP API gives is an {@code application/problem+json} document: bad input is a 4xx naming the field,
 * and nothing internal (class names, stack traces) ever leaves the service.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    static final int RETRY_AFTER_SECONDS = 5;

    public static Response response(Problem problem) {
        Response.ResponseBuilder b = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(Json.write(problem));
        if (problem.status() == 401) {
            b.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return b.build();
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return response(e.toProblem());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return response(ProblemException.invalid(violations).toProblem());
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e) {
        return jsonMapping(e);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return jsonMapping(e);
    }

    @ServerExceptionMapper
    public Response valueInstantiation(ValueInstantiationException e) {
        return jsonMapping(e);
    }

    @ServerExceptionMapper
    public Response jsonMappingException(JsonMappingException e) {
        return jsonMapping(e);
    }

    @ServerExceptionMapper
    public Response jsonParse(JsonParseException e) {
        return response(new ProblemException(400, "malformed-json", "Malformed JSON",
                "the request body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")", List.of(new Problem.Violation("$", "not valid JSON")), null)
                .toProblem());
    }

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException e) {
        if (e instanceof JsonMappingException m) {
            return jsonMapping(m);
        }
        return response(new ProblemException(400, "malformed-json", "Malformed JSON", "the request body is not valid JSON",
                List.of(new Problem.Violation("$", "not valid JSON")), null).toProblem());
    }

    @ServerExceptionMapper
    public Response optimisticLock(org.hibernate.StaleObjectStateException e) {
        return response(ProblemException.conflict("concurrent-change",
                "someone else changed this resource at the same moment; reload and try again").toProblem());
    }

    @ServerExceptionMapper
    public Response optimisticLockJpa(jakarta.persistence.OptimisticLockException e) {
        return response(ProblemException.conflict("concurrent-change",
                "someone else changed this resource at the same moment; reload and try again").toProblem());
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return response(new Problem(Problem.TYPE_BASE + "unauthorized", "Unauthorized", 401,
                "a valid bearer token (JWT) is required", null, null));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return response(new Problem(Problem.TYPE_BASE + "unauthorized", "Unauthorized", 401,
                "the bearer token is missing, expired or not signed by a trusted key", null, null));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return response(new Problem(Problem.TYPE_BASE + "forbidden", "Forbidden", 403,
                "your role does not allow this operation", null, null));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonMappingException m) {
            return jsonMapping(m);
        }
        if (cause instanceof JsonProcessingException p) {
            return jsonProcessing(p);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String detail = status == 404 ? "no such resource" : status == 405 ? "method not allowed on this resource"
                : status == 415 ? "unsupported media type: send application/json"
                : status == 406 ? "no acceptable representation" : title;
        if (status >= 500) {
            return unexpected(e);
        }
        return response(new Problem(Problem.TYPE_BASE + "http-" + status, title, status, detail, null, null));
    }

    /**
     * A request that fails because the database or broker is unavailable for now is a 503 with {@code Retry-After}: the
     * client may send it again unchanged. Anything else unexpected is a 500 with an incident id in the log.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (Failures.isTransient(e)) {
            LOG.warnf("a request failed on an unavailable dependency and is answered 503: %s", e.toString());
            return Response.fromResponse(response(new Problem(Problem.TYPE_BASE + "unavailable", "Service Unavailable",
                    503, "a dependency (database or broker) is unavailable for now; nothing was changed, send the "
                            + "request again in " + RETRY_AFTER_SECONDS + " seconds", null, null)))
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error, incident %s", incident);
        return response(new Problem(Problem.TYPE_BASE + "internal", "Internal error", 500,
                "the request could not be completed; incident " + incident, null, null));
    }

    private Response jsonMapping(JsonMappingException e) {
        String field = pathOf(e);
        String message;
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
            message = "unknown property" + (u.getKnownPropertyIds() == null ? "" : "; known: "
                    + u.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")));
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            message = ExpectedInput.of(m);
        } else if (e instanceof ValueInstantiationException) {
            message = "could not be read: " + rootMessage(e);
        } else {
            message = "could not be read";
        }
        return response(ProblemException.invalid(field, message).toProblem());
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? "invalid value" : t.getMessage();
    }

    static String pathOf(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "$" : sb.toString();
    }

    static String fieldOf(ConstraintViolation<?> v) {
        StringBuilder sb = new StringBuilder();
        boolean afterParameter = false;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                afterParameter = true;
                continue;
            }
            if (node.getIndex() != null && !sb.isEmpty()) {
                sb.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) { // not "<list element>" and the like
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(node.getName());
            }
        }
        if (sb.isEmpty()) {
            return afterParameter ? "$" : v.getPropertyPath().toString();
        }
        return sb.toString();
    }
}
