/** Ingot core: the model SPI, validation, format writers and the generator. */
module dev.ingot.core {
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires static org.assertj.core;

  exports dev.ingot.core;
  exports dev.ingot.core.value;
  exports dev.ingot.core.validate;
  exports dev.ingot.core.hcl;
  exports dev.ingot.core.terraform;
  exports dev.ingot.core.yaml;
  exports dev.ingot.core.xml;
  exports dev.ingot.core.ansible;
  exports dev.ingot.core.packer;
  exports dev.ingot.core.cloudinit;
  exports dev.ingot.core.generate;
  exports dev.ingot.core.repository;
  exports dev.ingot.core.testing;
}
