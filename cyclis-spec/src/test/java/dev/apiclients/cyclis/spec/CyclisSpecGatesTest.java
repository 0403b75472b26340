package dev.apiclients.cyclis.spec;

import dev.apiclients.spectooling.SpecGates;

/** Lints the Cyclis spec and checks it against its baseline (the gates live in spec-tooling). */
class CyclisSpecGatesTest extends SpecGates {}
