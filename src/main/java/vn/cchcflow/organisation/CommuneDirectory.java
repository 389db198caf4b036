package vn.cchcflow.organisation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** The communes this server runs, read once from their files at start-up. */
@Component
public class CommuneDirectory {

  private static final Logger LOG = LoggerFactory.getLogger(CommuneDirectory.class);
  private static final Pattern CAMUNDA_ID = Pattern.compile("[a-zA-Z0-9]+");

  private final Map<String, Commune> communes;

  @Autowired
  public CommuneDirectory(OrganisationProperties properties) {
    this(load(properties.location()));
  }

  public CommuneDirectory(Collection<Commune> communes) {
    Map<String, Commune> byId = new LinkedHashMap<>();
    for (Commune commune : communes) {
      check(commune);
      if (byId.put(commune.id(), commune) != null) {
        throw new IllegalStateException("Two commune files declare the commune id '" + commune.id() + "'");
      }
    }
    this.communes = Map.copyOf(byId);
  }

  /** Reads and checks the commune files matching a Spring resource pattern. */
  public static CommuneDirectory fromLocation(String location) {
    return new CommuneDirectory(load(location));
  }

  public Optional<Commune> find(String communeId) {
    return Optional.ofNullable(communeId).map(communes::get);
  }

  public Collection<Commune> all() {
    return communes.values();
  }

  static List<Commune> load(String location) {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    List<Commune> result = new ArrayList<>();
    try {
      Resource[] resources = new PathMatchingResourcePatternResolver().getResources(location);
      for (Resource resource : resources) {
        try (InputStream in = resource.getInputStream()) {
          result.add(yaml.readValue(in, Commune.class));
        } catch (IOException e) {
          throw new IllegalStateException("Cannot read commune file " + resource + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      LOG.warn("No commune files found at {}: {}", location, e.getMessage());
    }
    if (result.isEmpty()) {
      LOG.warn("No commune files found at {}; no commune can import plans until one is added", location);
    }
    return result;
  }

  private static void check(Commune commune) {
    List<String> problems = new ArrayList<>();
    requireId(problems, "commune id", commune.id());
    if (commune.name() == null || commune.name().isBlank()) {
      problems.add("name is missing");
    }
    Set<String> unitCodes = new HashSet<>();
    for (Unit unit : commune.units()) {
      requireId(problems, "unit code", unit.code());
      if (!unitCodes.add(unit.code())) {
        problems.add("unit code '" + unit.code() + "' appears twice");
      }
      if (unit.head() == null && commune.directoryGroups() == null) {
        problems.add("unit '" + unit.code() + "' has no head");
      }
    }
    if (commune.coordinatingUnit() == null || commune.unit(commune.coordinatingUnit()).isEmpty()) {
      problems.add("coordinatingUnit '" + commune.coordinatingUnit() + "' is not one of its units");
    }
    for (Person leader : commune.leaders()) {
      leader.oversees().stream().filter(code -> commune.unit(code).isEmpty()).forEach(code ->
          problems.add("leader '" + leader.id() + "' oversees '" + code + "', which is not one of its units"));
    }
    Set<String> personIds = new HashSet<>();
    commune.people().forEach(person -> {
      requireId(problems, "person id", person.id());
      if (!personIds.add(person.id())) {
        problems.add("person id '" + person.id() + "' appears twice");
      }
    });
    if (commune.directoryGroups() != null) {
      problems.addAll(commune.directoryGroups().problems(unitCodes));
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Commune file of '" + commune.id() + "' is invalid: " + String.join("; ", problems));
    }
  }

  private static void requireId(List<String> problems, String what, String id) {
    if (id == null || !CAMUNDA_ID.matcher(id).matches()) {
      problems.add(what + " '" + id + "' must be letters and digits only");
    }
  }
}
