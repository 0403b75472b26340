/**
 * The Cyclr Partner API client: {@link dev.apiclients.cyclr.CyclrClient} is the entry point,
 * {@link dev.apiclients.cyclr.CyclrRegion} names Cyclr's regions. The Retrofit interfaces in
 * {@code dev.apiclients.cyclr.api} and the models in {@code dev.apiclients.cyclr.model} are
 * generated from the spec; {@code dev.apiclients.cyclr.internal} is not API.
 */
package dev.apiclients.cyclr;
