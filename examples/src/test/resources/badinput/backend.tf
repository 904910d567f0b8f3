# Written by hand: the state of the homelab lives on the NAS, not in this repository.
terraform {
  backend "local" {
    path = "/mnt/nas/terraform/homelab.tfstate"
  }
}
