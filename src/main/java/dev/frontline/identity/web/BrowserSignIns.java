package dev.frontline.identity.web;

import dev.frontline.identity.StaffSignedIn;
import dev.frontline.identity.internal.ClientAddress;
import dev.frontline.identity.internal.PasswordLogin;
import dev.frontline.identity.internal.StaffSessions;
import dev.frontline.shared.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Turns a verified member into a browser session, the same for a password, an invitation or single sign-on. */
@Component
class BrowserSignIns {

    private final SecurityContextRepository contextRepository;
    private final StaffSessions sessions;
    private final ClientAddress clientAddress;
    private final ApplicationEventPublisher events;

    BrowserSignIns(SecurityContextRepository contextRepository, StaffSessions sessions, ClientAddress clientAddress,
                   ApplicationEventPublisher events) {
        this.contextRepository = contextRepository;
        this.sessions = sessions;
        this.clientAddress = clientAddress;
        this.events = events;
    }

    void start(Caller caller, StaffSessions.Method method, HttpServletRequest request, HttpServletResponse response) {
        // A fresh session id at login defeats session fixation.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(PasswordLogin.authentication(caller));
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
        request.getSession().setAttribute(StaffSessions.ATTRIBUTE,
                sessions.start(caller, request.getHeader(HttpHeaders.USER_AGENT), clientAddress.of(request), method));
        events.publishEvent(new StaffSignedIn(caller.workspaceId(), caller.userId()));
    }
}
