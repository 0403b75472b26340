package dev.apiclients.runtime.testing.clashing;

/** A fixture for {@code ModelNameClashesTest}: a model named like a type users import, or not. */
public final class Callback {}
