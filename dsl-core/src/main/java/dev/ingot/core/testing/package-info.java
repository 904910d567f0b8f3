/**
 * AssertJ assertions for users' tests of their generated files: start with
 * {@link dev.ingot.core.testing.IngotAssertions#assertThat(dev.ingot.core.generate.ArtifactSet)}.
 * AssertJ is an optional dependency: this package is usable when the test class path has it.
 */
package dev.ingot.core.testing;
