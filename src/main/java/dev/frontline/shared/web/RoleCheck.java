package dev.frontline.shared.web;

import dev.frontline.shared.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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

    private record Handler(Class<?> beanType, Method method) {
    }

    /** Each handler's required role (the method's, else its class's), looked up once instead of on every request. */
    private final Map<Handler, Optional<RequiresRole>> requiredRoles = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            Optional<RequiresRole> required = requiredRoles.computeIfAbsent(
                    new Handler(method.getBeanType(), method.getMethod()), RoleCheck::requiredRole);
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (required.isPresent() && authentication != null && authentication.getPrincipal() instanceof Caller caller) {
                caller.require(required.get().value());
            }
        }
        return true;
    }

    private static Optional<RequiresRole> requiredRole(Handler handler) {
        RequiresRole onMethod = AnnotatedElementUtils.findMergedAnnotation(handler.method(), RequiresRole.class);
        return Optional.ofNullable(onMethod != null ? onMethod
                : AnnotatedElementUtils.findMergedAnnotation(handler.beanType(), RequiresRole.class));
    }
}
