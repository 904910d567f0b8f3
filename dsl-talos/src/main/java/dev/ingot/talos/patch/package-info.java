/**
 * Talos machine configuration patches.
 *
 * <p>{@link dev.ingot.talos.patch.MachinePatch} types the common settings and writes each where the
 * cluster's {@link dev.ingot.talos.patch.ConfigContract} keeps it: in the {@code v1alpha1} document
 * or in the document that replaced the field (network documents from Talos v1.12, Kubernetes and
 * runtime documents from v1.14). {@link dev.ingot.talos.patch.PatchFile} is a generated patch file;
 * {@link dev.ingot.talos.patch.RawPatch} one written by hand, checked to be YAML and free of
 * secrets. Patch files are committed and reviewed; the machine configurations they patch exist
 * only in the Terraform state.
 */
package dev.ingot.talos.patch;
