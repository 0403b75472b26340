package dev.apiclients.runtime.codegen;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a generated Retrofit method whose operation acts inside a client view's {@link
 * HeaderScope} (Cyclr's {@code x-account-scoped} operations, the ones whose spec requires the
 * {@code CyclrAccount} security scheme). A scoped view's transport ({@link
 * dev.apiclients.runtime.Transport#withScopeHeader}) sends its header on these methods only: the
 * spec declares it nowhere else, and a pact recorded through the view must not carry it on the
 * other operations (PactFlow's validator warns about a header sent but not declared).
 *
 * <p>Read at run time from the {@link retrofit2.Invocation} that Retrofit tags each request with.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ScopedOperation {}
