package dev.frontline.shared.web;

import java.io.IOException;
import java.io.PrintWriter;
import org.apache.catalina.Container;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Failures Tomcat answers itself, before any filter or servlet runs (a malformed request line, an encoded
 * slash, headers over the size limit), are reported as problem+json instead of Tomcat's HTML page: the
 * host's error report valve is replaced by {@link ProblemReportValve}.
 */
@Component
class ContainerProblems implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container parent = context.getParent();
            if (parent instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve.getClass() == ErrorReportValve.class) {
                        host.getPipeline().removeValve(valve);
                    }
                }
            }
        });
    }

    /** Tomcat's error report, as problem+json with a detail chosen by status only (never Tomcat's message). */
    public static class ProblemReportValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            try {
                // No filter ran, so the headers the security chains send are set here.
                SecurityHeaders.setWhereMissing(response);
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                PrintWriter writer = response.getReporter();
                if (writer != null) {
                    writer.write(ProblemResponses.body(status, ProblemResponses.detailFor(status)));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException clientGone) {
                // nothing more can be told to this client
            }
        }
    }
}
