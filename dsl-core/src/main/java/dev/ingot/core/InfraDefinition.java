package dev.ingot.core;

/**
 * A site definition that the generator can load by class name: implement it with a public no-argument
 * constructor and return the model from {@link #define()}.
 */
public interface InfraDefinition {
  /** Builds the site's model. */
  Infra define();
}
