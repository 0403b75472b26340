/** Runnable samples, one class per task a user of the Cyclis and Cyclr clients performs. */
package dev.apiclients.samples;
