package vn.cchcflow.system;

import java.net.InetAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This node's name ({@code cchc.node-id}, env {@code CCHC_NODE_ID}; default the host name, which in
 * docker-compose is the container's): the engine's job lock owner and the host name in its history
 * ({@code ACT_HI_JOB_LOG.HOSTNAME_}), so an operator can tell which node ran a job.
 */
@Component
public class NodeIdentity {

  private final String id;

  public NodeIdentity(@Value("${cchc.node-id:}") String configured) {
    this.id = configured == null || configured.isBlank() ? hostName() : configured.strip();
  }

  public String id() {
    return id;
  }

  static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (Exception e) {
      return "node";
    }
  }
}
