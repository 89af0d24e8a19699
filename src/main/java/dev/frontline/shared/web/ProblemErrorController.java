package dev.frontline.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page: whatever failed outside Spring MVC's handlers (a filter's or the container's {@code sendError},
 * Spring Security's firewall, an exception escaping a filter) is answered as problem+json, with a detail chosen
 * by status, never the exception's message. It replaces Spring Boot's error controller, whose JSON is not RFC 9457
 * and whose HTML page is not needed: the UI's pages are served by the UI's routes.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<String> error(HttpServletRequest request, HttpServletResponse response) {
        // A request rejected before the security chain wrote its headers (e.g. by its firewall) has none yet.
        SecurityHeaders.setWhereMissing(response);
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code && code >= 400
                ? code : HttpStatus.INTERNAL_SERVER_ERROR.value();
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemResponses.body(status, ProblemResponses.detailFor(status)));
    }
}
