package dev.apiclients.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a generated model field that the spec lists as {@code required}.
 *
 * <p>The client checks these fields on every request body before anything is sent and on every
 * decoded response, and names the missing field in the error.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Required {}
