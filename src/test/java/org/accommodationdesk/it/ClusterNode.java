package org.accommodationdesk.it;

import java.nio.file.Path;
import java.util.List;

/** How the cluster test and the cluster benchmark start a node: Payara Micro's options. */
public final class ClusterNode {
  private ClusterNode() {}

  /**
   * The options of a node of cluster {@code cluster} on the loopback address, as docs/operations.md
   * gives them: the members' data grid addresses, this node's grid port, and the cluster's pre-boot
   * file. Both members share one address, so each one's backups must be allowed on the other anyway
   * ({@code --nohostaware}).
   */
  public static List<String> options(String cluster, String members, int gridPort) {
    return List.of(
        "--clustername",
        cluster,
        "--interfaces",
        "127.0.0.1",
        "--clustermode",
        members,
        "--startport",
        String.valueOf(gridPort),
        "--nohostaware",
        "--prebootcommandfile",
        Path.of("src/main/payara/cluster-pre-boot-commands.asadmin").toAbsolutePath().toString());
  }
}
