/**
 * Helpers that generated code calls: running a Retrofit {@code Call} synchronously or as a {@link
 * java.util.concurrent.CompletableFuture}, checking arguments before anything is sent, formatting
 * query parameters, and the header scope of a client view. Not API: names and signatures change
 * with the templates.
 */
package dev.apiclients.runtime.codegen;
