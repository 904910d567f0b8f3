package dev.ingot.core;

/**
 * A component that writes files about the whole generated tree, such as a README or a CI
 * workflow. {@link Infra#generate} emits these after every other component, wherever they are
 * declared, so that {@link Emission#paths()} and {@link Emission#document} show the other
 * components' files.
 */
public interface SiteSummary extends Component {}
