/**
 * Support for generated code and for the hand-written entry points around it ({@code CyclisClient},
 * {@code CyclrClient}, their error parsers and OAuth): Moshi adapters, required-field checks, header
 * value checks, the checked converter and body redaction.
 *
 * <p>Public because generated code in other packages calls it; not for application code. It may
 * change with the generator and the templates, without notice and without a major version.
 */
package dev.apiclients.runtime.codegen;
