package dev.ingot.core.testing;

import static dev.ingot.core.testing.IngotAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingot.core.generate.ArtifactSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackerAssertTest {
  private static final ArtifactSet FILES = SampleArtifacts.files();

  private static PackerAssert debian() {
    return assertThat(FILES).packer("packer/debian");
  }

  @Test
  void passesOnWhatTheTemplatesHold() {
    debian().hasSource("proxmox-iso", "debian")
        .withAttribute("bios", "ovmf")
        .withAttribute("memory", 2048)
        .withAttribute("proxmox_url", "${var.proxmox_url}")
        .withAttribute("efi_config.efi_type", "4m")
        .withAttribute("efi_config[0].efi_type", "4m")
        .and()
        .hasVariable("proxmox_token").thatIsSensitive().withAttribute("type", "${string}")
        .and()
        .hasRequiredPlugin("proxmox", "= 1.2.4").withAttribute("source", "github.com/hashicorp/proxmox")
        .and()
        .hasBuild("source.proxmox-iso.debian").withAttribute("provisioner.shell.inline", List.of("apt-get clean"));
  }

  @Test
  void failuresNameWhatWasLookedUpAndTheClosestNames() {
    assertThatThrownBy(() -> debian().hasSource("proxmox-clone", "debian"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("no source proxmox-clone.debian in packer/debian/*.pkr.hcl; closest: proxmox-iso.debian");
    assertThatThrownBy(() -> debian().hasSource("proxmox-iso", "debian").withAttribute("efi_config.efi_type", "2m"))
        .hasMessage("source \"proxmox-iso\" \"debian\" in packer/debian/debian.pkr.hcl: efi_config.efi_type is \"4m\", "
            + "expected \"2m\"");
    assertThatThrownBy(() -> debian().hasVariable("proxmox_url").thatIsSensitive())
        .hasMessage("variable \"proxmox_url\" in packer/debian/debian.pkr.hcl is not sensitive: it has no "
            + "sensitive setting");
    assertThatThrownBy(() -> debian().hasVariable("proxmox_tokn"))
        .hasMessage("no variable proxmox_tokn in packer/debian/*.pkr.hcl; closest: proxmox_token, proxmox_url");
    assertThatThrownBy(() -> debian().hasRequiredPlugin("proxmox", ">= 1.2.2"))
        .hasMessage("required plugin proxmox in packer/debian/debian.pkr.hcl is pinned to \"= 1.2.4\", "
            + "expected \">= 1.2.2\"");
    assertThatThrownBy(() -> debian().hasRequiredPlugin("ansible", "~> 1"))
        .hasMessage("no required plugin ansible in packer/debian/*.pkr.hcl; closest: proxmox");
    assertThatThrownBy(() -> debian().hasBuild("source.proxmox-iso.ubuntu"))
        .hasMessage("no build of source.proxmox-iso.ubuntu in packer/debian/*.pkr.hcl; built sources: "
            + "source.proxmox-iso.debian");
  }

  @Test
  void aTemplateItCannotReadFailsWithTheLine() {
    ArtifactSet broken = ArtifactSet.builder()
        .add("packer/x/x.pkr.hcl", "source \"a\" \"b\" {\n  x = \"open\n}\n").build();
    assertThatThrownBy(() -> assertThat(broken).packer("packer/x"))
        .hasMessage("packer/x/x.pkr.hcl cannot be read: line 2, column 12: unterminated string");
    assertThatThrownBy(() -> assertThat(FILES).packer("packer/ubuntu"))
        .hasMessage("no *.pkr.hcl files in packer/ubuntu; closest directories with such files: packer/debian");
  }
}
