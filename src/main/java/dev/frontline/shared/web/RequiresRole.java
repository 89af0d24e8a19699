package dev.frontline.shared.web;

import dev.frontline.shared.Role;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The role an endpoint needs, checked before its request body is read or validated ({@link RoleCheck}), so a
 * caller without the role gets 403 and learns nothing about the body's fields. On a controller class it applies
 * to all its endpoints; a method's own annotation wins. The use case still checks the role too.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresRole {

    Role value();
}
