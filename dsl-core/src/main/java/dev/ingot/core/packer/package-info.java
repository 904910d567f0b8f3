/**
 * A typed model of a Packer HCL2 template: the {@code packer} block with its version and plugin
 * pins, variables (sensitive ones for secrets), locals, sources and builds with their provisioners
 * and post-processors. {@link dev.ingot.core.packer.PackerTemplate} turns it into an
 * {@link dev.ingot.core.hcl.HclFile}, so the single HCL writer lays it out as {@code packer fmt} does.
 *
 * <p>The model knows no builder or plugin: a source's and a provisioner's settings are an
 * {@link dev.ingot.core.hcl.HclBody} built by the module that knows the plugin.
 */
package dev.ingot.core.packer;
