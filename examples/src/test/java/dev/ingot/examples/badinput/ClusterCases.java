package dev.ingot.examples.badinput;

import static dev.ingot.examples.badinput.BadInput.bad;
import static dev.ingot.examples.badinput.Fixture.BASE;
import static dev.ingot.examples.badinput.Fixture.GPU;
import static dev.ingot.examples.badinput.Fixture.GPU_NODE;
import static dev.ingot.examples.badinput.Fixture.PVE;
import static dev.ingot.examples.badinput.Fixture.TANK;
import static dev.ingot.examples.badinput.Fixture.UTIL;
import static dev.ingot.examples.badinput.Fixture.cluster;
import static dev.ingot.examples.badinput.Fixture.site;
import static dev.ingot.examples.badinput.Fixture.worker;
import static dev.ingot.talos.schematic.OfficialExtension.QEMU_GUEST_AGENT;

import dev.ingot.core.value.Size;
import dev.ingot.talos.cluster.LoadBalancer;
import dev.ingot.talos.cluster.TalosCluster;
import dev.ingot.talos.cluster.TalosProvider;
import dev.ingot.talos.cluster.Vip;
import dev.ingot.talos.patch.RawPatch;
import dev.ingot.talos.patch.Taint;
import dev.ingot.talos.schematic.TalosSchematic;
import java.util.List;

/** Talos clusters: versions, endpoint, node groups, addresses, GPUs, Longhorn, patches, node settings. */
final class ClusterCases {
  private ClusterCases() {}

  /** The cases of this area, each with every problem it must report. */
  static List<BadInput> cases() {
    return List.of(
        bad("a Talos release Ingot does not know", () -> site(cluster().talos("v1.20.0")), """
            error: talos cluster "homelab" › talos: Ingot does not know which Kubernetes releases Talos v1.20.0 \
            supports; it knows Talos v1.6 to v1.14
            warning: talos cluster "homelab" › talos: the machine configuration of Talos v1.20.0 is generated for \
            contract v1.13: siderolabs/talos 0.11.0 is built with Talos machinery v1.13.0, which generates \
            configuration up to its own release line
            warning: talos cluster "homelab" › schematic › talosVersion: Ingot's catalog of official extensions covers \
            Talos v1.6 to v1.14, so the extension names are not checked for v1.20.0
            """),
        bad("a Kubernetes release the Talos release does not support", () -> site(cluster().kubernetes("1.29.4")),
            """
            error: talos cluster "homelab" › kubernetes: Kubernetes 1.29.4 is not supported by Talos v1.13.9, which \
            supports Kubernetes 1.31 to 1.36
            """),
        bad("a Talos provider release Ingot does not know", () -> site(cluster(), TalosProvider.siderolabs()
            .version("0.99.0")), """
            error: terraform provider "talos" › machinery: Ingot does not know which Talos machinery siderolabs/talos \
            0.99.0 is built with; give it with machinery(…), as the provider's go.mod names it
            """),
        bad("no control planes", () -> site(TalosCluster.named("homelab").endpoint(Vip.of("10.0.10.10"))
            .gateway("10.0.10.1").schematic(BASE)), """
            error: talos cluster "homelab" › controlPlanes: a cluster needs at least one control plane node: add them \
            with controlPlanes(3, …)
            """),
        bad("two control planes, no endpoint, no gateway", () -> site(TalosCluster.named("homelab").schematic(BASE)
            .controlPlanes(2, Fixture::controlPlane)), """
            warning: talos cluster "homelab" › controlPlanes: 2 control plane nodes tolerate no more failures than 1: \
            etcd needs a majority, so use an odd number such as 3
            error: talos cluster "homelab" › endpoint: the cluster needs an endpoint for its Kubernetes API: \
            endpoint(Vip.of("10.0.10.10")) or endpoint(LoadBalancer.at("k8s.lan"))
            error: talos cluster "homelab" › group "cp" › ip: nodes with static addresses need the cluster's gateway: \
            gateway("…")
            """),
        bad("control planes with nothing set", () -> site(TalosCluster.named("homelab").endpoint(Vip.of("10.0.10.10"))
            .controlPlanes(3, n -> n)), """
            error: talos cluster "homelab" › group "cp" › node: the nodes need a Proxmox node to run on: on(pve)
            error: talos cluster "homelab" › group "cp" › storage: the nodes need a storage for their disks: \
            storage(pool)
            error: talos cluster "homelab" › group "cp" › cores: the nodes need a number of CPU cores: cores(4)
            error: talos cluster "homelab" › group "cp" › memory: the nodes need memory: memory(Size.gib(8))
            error: talos cluster "homelab" › group "cp": the nodes need an address: ip("10.0.10.11/24") for a static \
            one (preferred), or dhcp("10.0.10.31") with the address their DHCP reservation gives
            """),
        bad("the VIP is the address of a control plane", () -> site(cluster().endpoint(Vip.of("10.0.10.12"))), """
            error: talos cluster "homelab" › endpoint: the VIP 10.0.10.12 is also the address of node homelab-cp-2: \
            the VIP must be a free address
            """),
        bad("the VIP is outside the control planes' subnet", () -> site(cluster().endpoint(Vip.of("10.0.20.10"))),
            """
            error: talos cluster "homelab" › endpoint: the VIP 10.0.20.10 is not in the subnet of control plane node \
            homelab-cp-1 (10.0.10.11/24): a layer 2 VIP must be an address of the control planes' network
            """),
        bad("the VIP has three octets", () -> site(cluster().endpoint(Vip.of("10.0.10"))), """
            error: talos cluster "homelab" › endpoint: "10.0.10" is not an IPv4 or IPv6 address
            """),
        bad("a load balancer without host on port 0", () -> site(cluster().endpoint(LoadBalancer.at(" ", 0))), """
            error: talos cluster "homelab" › endpoint › host: the load balancer needs a host name or address
            error: talos cluster "homelab" › endpoint › port: 0 is not a port: use 1 to 65535
            """),
        bad("a worker group reuses the addresses and VM ids of the control planes",
            () -> site(cluster().workers("w", 2, w -> worker(12).apply(w))), """
            error: talos cluster "homelab" › node "homelab-w-1" › address: the address 10.0.10.12 is already taken by \
            node homelab-cp-2
            error: talos cluster "homelab" › node "homelab-w-1" › vmId: the VM id 1012 is already taken by node \
            homelab-cp-2
            error: talos cluster "homelab" › node "homelab-w-2" › address: the address 10.0.10.13 is already taken by \
            node homelab-cp-3
            error: talos cluster "homelab" › node "homelab-w-2" › vmId: the VM id 1013 is already taken by node \
            homelab-cp-3
            """),
        bad("a Talos node has the VM id and address of a VM", () -> site(UTIL.vmId(1012).ip("10.0.10.13/24"),
            cluster()), """
            error: talos cluster "homelab" › node "homelab-cp-2" › vmId: VM id 1012 is also the id of vm "util"
            error: talos cluster "homelab" › node "homelab-cp-3" › network[0] › ipv4 › address: 10.0.10.13 is also the \
            address of vm "util" › network[0]
            """),
        bad("two clusters have a worker of one name", () -> site(cluster().worker("w-1", worker(21)),
            TalosCluster.named("lab").endpoint(Vip.of("10.0.10.110")).gateway("10.0.10.1").schematic(BASE)
                .controlPlanes(1, n -> Fixture.controlPlane(n).vmId(2011).ip("10.0.10.111/24"))
                .worker("w-1", worker(121))), """
            error: talos cluster "lab" › node "w-1" › name: the name w-1 is already taken by w-1 of cluster homelab
            """),
        bad("a worker without an address, one with a DHCP reservation that is not an address",
            () -> site(cluster().worker("w-1", w -> w.on(PVE).storage(TANK).cores(4).memory(Size.gib(8)).vmId(1021))
                .worker("w-2", w -> w.on(PVE).storage(TANK).cores(4).memory(Size.gib(8)).vmId(1022)
                    .dhcp("10.0.10.256"))), """
            error: talos cluster "homelab" › group "w-1": the nodes need an address: ip("10.0.10.11/24") for a static \
            one (preferred), or dhcp("10.0.10.31") with the address their DHCP reservation gives
            error: talos cluster "homelab" › group "w-2" › dhcp: "10.0.10.256" is not an IPv4 or IPv6 address
            """),
        bad("the GPU worker lacks the NVIDIA extensions, another has them without a GPU",
            () -> site(cluster().worker("gpu-1", w -> worker(21).apply(w).passthrough(GPU))
                .worker("cpu-1", w -> worker(22).apply(w).schematic(GPU_NODE))), """
            error: talos cluster "homelab" › group "gpu-1" › schematic: the nodes pass through an NVIDIA GPU, but \
            schematic base lacks the NVIDIA extensions: add siderolabs/nvidia-open-gpu-kernel-modules-production and \
            siderolabs/nvidia-container-toolkit-production (or their LTS or proprietary variants)
            error: talos cluster "homelab" › group "cpu-1" › passthrough: schematic gpu carries NVIDIA drivers, but \
            the nodes pass through no NVIDIA device: add the GPU with passthrough(gpu)
            """),
        bad("two workers pass through one GPU", () -> site(cluster()
            .worker("gpu-1", w -> worker(21).apply(w).schematic(GPU_NODE).passthrough(GPU))
            .worker("gpu-2", w -> worker(22).apply(w).schematic(GPU_NODE).passthrough(GPU))), """
            error: talos cluster "homelab" › node "gpu-2" › passthrough[0]: PCI device pve/0000:01:00 is also passed \
            through to node gpu-1, and a device serves one VM: give each GPU node its own device and its own worker(…)
            """),
        bad("the GPU worker and a VM that starts on boot share the GPU", () -> site(UTIL.passthrough(GPU),
            cluster().worker("gpu-1", w -> worker(21).apply(w).schematic(GPU_NODE).passthrough(GPU))), """
            error: talos cluster "homelab" › node "gpu-1" › passthrough[0]: pci device "pve/0000:01:00" is also passed \
            through to vm "util", and both start on boot; a device serves one running VM, so set onBoot(false) on one \
            of them
            """),
        bad("Longhorn without workers", () -> site(cluster().longhorn()), """
            error: talos cluster "homelab" › longhorn: Longhorn keeps its data on the workers, but the cluster has \
            none: add a worker with worker(…) or workers(…)
            """),
        bad("Longhorn on a worker without iSCSI tools, with an empty data disk",
            () -> site(cluster().longhorn(Size.ZERO).worker("w-1", w -> worker(21).apply(w)
                .schematic(TalosSchematic.with(QEMU_GUEST_AGENT).named("minimal")))), """
            error: talos cluster "homelab" › group "w-1" › schematic: Longhorn needs siderolabs/iscsi-tools and \
            siderolabs/util-linux-tools on every worker, but schematic minimal lacks siderolabs/iscsi-tools and \
            siderolabs/util-linux-tools
            error: talos cluster "homelab" › node "w-1" › disk[1] › size: a disk of 0 B is too small: the smallest is \
            1 GiB
            """),
        bad("the guest agent is enabled on nodes whose schematic lacks it", () -> site(cluster()
            .worker("w-1", w -> worker(21).apply(w).schematic(TalosSchematic.vanilla().named("vanilla"))
                .guestAgent(true))), """
            error: talos cluster "homelab" › group "w-1" › guestAgent: the QEMU guest agent is enabled, but schematic \
            vanilla lacks siderolabs/qemu-guest-agent: add the extension, or Proxmox waits for an agent that never \
            answers
            """),
        bad("a worker labels itself as a Kubernetes role", () -> site(cluster().worker("w-1", w -> worker(21).apply(w)
            .label("node-role.kubernetes.io/worker", "").taint(Taint.of("dedicated", "db", Taint.Effect.NO_SCHEDULE)))),
            """
            error: talos cluster "homelab" › group "w-1" › labels["node-role.kubernetes.io/worker"]: a worker may not \
            set label node-role.kubernetes.io/worker on itself (the NodeRestriction admission plugin reserves the \
            kubernetes.io and k8s.io prefixes): use another prefix, such as example.com/worker
            """),
        bad("patches that are not YAML, set the CNI under Cilium, hold a secret, take a node's file name, are empty",
            () -> site(cluster()
                .patch(RawPatch.of("My Patch", "machine: ["))
                .patch(RawPatch.of("cni", "cluster:\n  network:\n    cni:\n      name: flannel\n"))
                .patch(RawPatch.of("token", "machine:\n  token: abcdef.0123456789abcdef\n"))
                .patch(RawPatch.of("homelab-cp-1", "machine:\n  install:\n    wipe: true\n"))
                .patch(RawPatch.of("empty", "# nothing yet\n"))), """
            error: talos cluster "homelab" › patches[0] › name: "My Patch" is not a valid name: use 1 to 63 lower-case \
            letters, digits and hyphens, starting and ending with a letter or digit
            error: talos cluster "homelab" › patches[0]: the patch is not YAML: while parsing a flow node, expected \
            the node content, but found '<stream end>' (line 1, column 11)
            error: talos cluster "homelab" › patches[1]: the patch sets cluster.network.cni, which conflicts with \
            cilium(): Ingot already removes the default CNI and kube-proxy for Cilium, so remove it from the patch
            error: talos cluster "homelab" › patches[2]: the patch holds a secret at machine.token: a token value; \
            patches are committed files, so keep secrets out of them (Talos machine secrets stay in the Terraform state)
            error: talos cluster "homelab" › patches[4]: the patch is empty
            error: talos cluster "homelab" › patches[3] › name: the patch name homelab-cp-1 is taken by the patch file \
            of the node homelab-cp-1; patch files share talos/patches/, so rename it
            """),
        bad("a patch for a node the cluster does not have", () -> site(cluster().patch("homelab-cp-4",
            RawPatch.of("cp-4", "machine:\n  install:\n    wipe: true\n"))), """
            error: talos cluster "homelab" › nodePatches[0] › node: the cluster has no node "homelab-cp-4"
            """));
  }
}
