package vn.cchcflow.organisation.directory;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An LDAP server for the directory test: Debian's slapd (installed by .ci/run) in a temporary directory on
 * a free port, loaded with {@code directory/people.ldif}; where slapd is missing, UnboundID's in-memory
 * server with the same entries (and the test says so).
 */
final class TestLdap implements AutoCloseable {

  static final String BASE_DN = "dc=cchc,dc=test";
  static final String MANAGER_DN = "cn=admin," + BASE_DN;
  static final String MANAGER_PASSWORD = "ldap-admin-secret";
  private static final Path SLAPD = Path.of("/usr/sbin/slapd");
  private static final Path SLAPADD = Path.of("/usr/sbin/slapadd");

  private final int port;
  private final String kind;
  private Process slapd;
  private Path folder;
  private InMemoryDirectoryServer inMemory;

  private TestLdap(int port, String kind) {
    this.port = port;
    this.kind = kind;
  }

  static TestLdap start() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    if (Files.isExecutable(SLAPD) && Files.isExecutable(SLAPADD) && Files.exists(Path.of("/etc/ldap/schema/core.schema"))) {
      TestLdap ldap = new TestLdap(port, "Debian slapd");
      ldap.startSlapd();
      return ldap;
    }
    System.out.println("DirectoryLoginTests: slapd is missing (.ci/run installs Debian's slapd); using UnboundID's"
        + " in-memory LDAP server instead");
    TestLdap ldap = new TestLdap(port, "in-memory LDAP (slapd missing)");
    ldap.startInMemory();
    return ldap;
  }

  String url() {
    return "ldap://127.0.0.1:" + port;
  }

  String kind() {
    return kind;
  }

  private void startSlapd() throws Exception {
    folder = Files.createTempDirectory("cchc-slapd");
    Files.createDirectories(folder.resolve("db"));
    Path conf = folder.resolve("slapd.conf");
    Files.writeString(conf, String.join("\n",
        "include /etc/ldap/schema/core.schema",
        "include /etc/ldap/schema/cosine.schema",
        "include /etc/ldap/schema/inetorgperson.schema",
        "modulepath /usr/lib/ldap",
        "moduleload back_mdb",
        "pidfile " + folder.resolve("slapd.pid"),
        "database mdb",
        "maxsize 104857600",
        "suffix \"" + BASE_DN + "\"",
        "rootdn \"" + MANAGER_DN + "\"",
        "rootpw " + MANAGER_PASSWORD,
        "directory " + folder.resolve("db"),
        "access to attrs=userPassword by anonymous auth by * none",
        "access to * by * read", ""));
    Path ldif = folder.resolve("people.ldif");
    try (InputStream in = TestLdap.class.getResourceAsStream("/directory/people.ldif")) {
      Files.write(ldif, in.readAllBytes());
    }
    Process load = new ProcessBuilder(SLAPADD.toString(), "-f", conf.toString(), "-l", ldif.toString())
        .redirectErrorStream(true).start();
    String loadOutput = new String(load.getInputStream().readAllBytes());
    if (!load.waitFor(60, TimeUnit.SECONDS) || load.exitValue() != 0) {
      throw new IllegalStateException("slapadd failed: " + loadOutput);
    }
    slapd = new ProcessBuilder(SLAPD.toString(), "-f", conf.toString(), "-h", url() + "/", "-d", "0")
        .redirectErrorStream(true).redirectOutput(folder.resolve("slapd.log").toFile()).start();
    Instant until = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(until)) {
      try (Socket ignored = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        if (!slapd.isAlive()) {
          throw new IllegalStateException("slapd stopped: " + Files.readString(folder.resolve("slapd.log")));
        }
        Thread.onSpinWait();
      }
    }
    throw new IllegalStateException("slapd did not listen on " + url());
  }

  private void startInMemory() throws Exception {
    InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
    config.addAdditionalBindCredentials(MANAGER_DN, MANAGER_PASSWORD);
    config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", port));
    config.setSchema(null);
    inMemory = new InMemoryDirectoryServer(config);
    try (InputStream in = TestLdap.class.getResourceAsStream("/directory/people.ldif")) {
      inMemory.importFromLDIF(true, new com.unboundid.ldif.LDIFReader(in));
    }
    inMemory.startListening();
  }

  @Override
  public void close() throws Exception {
    if (inMemory != null) {
      inMemory.shutDown(true);
    }
    if (slapd != null) {
      slapd.destroy();
      if (!slapd.waitFor(10, TimeUnit.SECONDS)) {
        slapd.destroyForcibly();
      }
    }
    if (folder != null) {
      try (Stream<Path> files = Files.walk(folder)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
