package org.accommodationdesk.infrastructure.health;

import com.hazelcast.cluster.Member;
import com.hazelcast.config.TcpIpConfig;
import com.hazelcast.core.HazelcastInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Whether this node is part of the cluster it was told to join (Payara's data grid, which holds the
 * web sessions). Not ready when:
 *
 * <ul>
 *   <li>{@code accommodationdesk.cluster.required} is true but the data grid is off (a node started
 *       with {@code --nohazelcast} by mistake would sign its users out when it dies), or
 *   <li>a member given in the configuration ({@code --clustermode tcpip:host:port,...}) answers on
 *       its address but is not a member of this node's cluster: the two are split (another cluster
 *       name, a network that lets them connect but not join), and sessions on one are unknown to
 *       the other.
 * </ul>
 *
 * A configured member that does not answer at all is taken for stopped or dead: the node goes on
 * alone and stays ready, since taking the survivors out of the load balancer would turn one lost
 * node into an outage. The answer gives counts only, no addresses (health answers anyone).
 */
@Readiness
@ApplicationScoped
public class ClusterCheck implements HealthCheck {
  /** Payara's JNDI name of its Hazelcast instance. */
  static final String GRID = "payara/Hazelcast";

  private static final int PROBE_MILLIS = 300;

  @Inject
  @ConfigProperty(name = "accommodationdesk.cluster.required", defaultValue = "false")
  private boolean required;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder answer = HealthCheckResponse.named("cluster");
    Optional<HazelcastInstance> grid = grid();
    if (grid.isEmpty()) {
      answer.withData("members", 1).withData("grid", "off");
      if (required) {
        return answer
            .down()
            .withData(
                "problem",
                "told to join a cluster (accommodationdesk.cluster.required)"
                    + " but the data grid is off")
            .build();
      }
      return answer.up().build();
    }
    HazelcastInstance hz = grid.get();
    Set<String> members = new HashSet<>();
    for (Member m : hz.getCluster().getMembers()) {
      InetSocketAddress at = m.getSocketAddress();
      members.add(key(at.getAddress(), at.getPort()));
    }
    List<String> configured = configuredMembers(hz);
    int strays = 0;
    for (String address : configured) {
      Optional<InetSocketAddress> a = parse(address);
      if (a.isPresent()
          && !members.contains(key(a.get().getAddress(), a.get().getPort()))
          && answers(a.get())) {
        strays++;
      }
    }
    answer
        .withData("grid", "on")
        .withData("members", members.size())
        .withData("configuredMembers", configured.size());
    if (strays > 0) {
      return answer
          .down()
          .withData("problem", strays + " configured member(s) answer but are not in this cluster")
          .build();
    }
    return answer.up().build();
  }

  private static Optional<HazelcastInstance> grid() {
    try {
      Object found = new InitialContext().lookup(GRID);
      if (found instanceof HazelcastInstance hz && hz.getLifecycleService().isRunning()) {
        return Optional.of(hz);
      }
    } catch (NamingException | RuntimeException off) {
      // --nohazelcast: nothing bound, or an instance that was never started
    }
    return Optional.empty();
  }

  private static List<String> configuredMembers(HazelcastInstance hz) {
    TcpIpConfig tcp = hz.getConfig().getNetworkConfig().getJoin().getTcpIpConfig();
    List<String> all = new ArrayList<>();
    if (tcp.isEnabled()) {
      for (String entry : tcp.getMembers()) {
        for (String one : entry.split(",")) {
          if (!one.isBlank()) {
            all.add(one.strip());
          }
        }
      }
    }
    return all;
  }

  private static Optional<InetSocketAddress> parse(String hostAndPort) {
    int colon = hostAndPort.lastIndexOf(':');
    if (colon <= 0) {
      return Optional.empty(); // no port given: Hazelcast tries a range; nothing to probe
    }
    try {
      int port = Integer.parseInt(hostAndPort.substring(colon + 1));
      InetAddress host = InetAddress.getByName(hostAndPort.substring(0, colon));
      return Optional.of(new InetSocketAddress(host, port));
    } catch (NumberFormatException | UnknownHostException e) {
      return Optional.empty();
    }
  }

  private static boolean answers(InetSocketAddress address) {
    try (Socket s = new Socket()) {
      s.connect(address, PROBE_MILLIS);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** As Hazelcast names a member: its IP address and port. */
  private static String key(InetAddress address, int port) {
    return address.getHostAddress() + ":" + port;
  }
}
