/**
 * The runtime shared by the generated Cyclis and Cyclr clients: {@link
 * dev.apiclients.runtime.ClientBuilder} settings, the {@link dev.apiclients.runtime.ApiException}
 * hierarchy, {@link dev.apiclients.runtime.RetryPolicy}, {@link dev.apiclients.runtime.OpenEnum}.
 * Classes under {@code internal} are not API.
 */
package dev.apiclients.runtime;
