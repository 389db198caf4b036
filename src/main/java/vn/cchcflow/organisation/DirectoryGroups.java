package vn.cchcflow.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which group of the organisation's directory (LDAP / Active Directory, by its {@code cn}) is which part of
 * the commune, written in the commune file under {@code directoryGroups:} when people come from the
 * directory ({@code cchc.directory.enabled}):
 * <pre>
 * directoryGroups:
 *   leaders: ubnd-namanphu-lanh-dao
 *   units:
 *     vhxh: {members: namanphu-phong-vhxh, heads: namanphu-phong-vhxh-lanh-dao}
 * </pre>
 * Members of a unit's {@code members} group work in the unit; members of its {@code heads} group head it
 * (and work in it); everyone in any of these groups is staff of the commune.
 */
public record DirectoryGroups(String leaders, Map<String, UnitGroupsInDirectory> units) {

  public DirectoryGroups {
    units = units == null ? Map.of() : Map.copyOf(units);
  }

  /** A unit's two directory groups. */
  public record UnitGroupsInDirectory(String members, String heads) {
  }

  List<String> problems(Set<String> unitCodes) {
    List<String> problems = new ArrayList<>();
    units.keySet().stream().filter(code -> !unitCodes.contains(code))
        .forEach(code -> problems.add("directoryGroups names unit '" + code + "' that the file does not have"));
    unitCodes.stream().filter(code -> !units.containsKey(code))
        .forEach(code -> problems.add("directoryGroups has no groups for unit '" + code + "'"));
    return problems;
  }
}
