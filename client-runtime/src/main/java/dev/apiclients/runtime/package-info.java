/**
 * The runtime shared by the generated Cyclis and Cyclr clients: {@link
 * dev.apiclients.runtime.ClientBuilder} settings, the {@link dev.apiclients.runtime.ApiException}
 * hierarchy, {@link dev.apiclients.runtime.RetryPolicy}, {@link dev.apiclients.runtime.OpenEnum}.
 * {@code codegen} is support for generated code (public, not for applications); {@code internal} is
 * not API.
 */
package dev.apiclients.runtime;
