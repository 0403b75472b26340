/**
 * Support for generated code and for the hand-written entry points around it ({@code CyclisClient},
 * {@code CyclrClient}, their error parsers and OAuth): Moshi adapters, required-field checks, header
 * value checks, the checked converter, a JSON syntax check, body redaction, the HTTPS-or-loopback
 * rule for URLs that carry secrets, running a Retrofit {@code Call} synchronously or as a {@link
 * java.util.concurrent.CompletableFuture}, argument checks and query formatting, and the header
 * scope of a client view.
 *
 * <p>Public because generated code in other packages calls it; not for application code. It may
 * change with the generator and the templates, without notice and without a major version.
 */
package dev.apiclients.runtime.codegen;
