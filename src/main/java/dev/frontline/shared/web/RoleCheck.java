package dev.frontline.shared.web;

import dev.frontline.shared.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Enforces {@link RequiresRole} in a handler interceptor, which runs after the handler is chosen and before its
 * arguments are resolved: reading and validating the body come later. A request without a {@link Caller} is left
 * to the security chain, which already refused it if the path needs one.
 */
@Configuration(proxyBeanMethods = false)
class RoleCheck implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            RequiresRole required = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequiresRole.class);
            if (required == null) {
                required = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RequiresRole.class);
            }
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (required != null && authentication != null && authentication.getPrincipal() instanceof Caller caller) {
                caller.require(required.value());
            }
        }
        return true;
    }
}
