package dev.apiclients.cyclr.spec;

import dev.apiclients.spectooling.SpecGates;

/** Lints the Cyclr spec and checks it against its baseline (the gates live in spec-tooling). */
class CyclrSpecGatesTest extends SpecGates {}
