/**
 * The runtime's own machinery (retries, error mapping, body buffering, date parsing). Nothing
 * outside {@code client-runtime} may import it; generated code uses {@code
 * dev.apiclients.runtime.codegen}.
 */
package dev.apiclients.runtime.internal;
