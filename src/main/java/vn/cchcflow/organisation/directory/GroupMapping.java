package vn.cchcflow.organisation.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Groups;
import vn.cchcflow.organisation.CityAccounts;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.DirectoryGroups;
import vn.cchcflow.organisation.UnitGroups;

/**
 * The app's groups (ids of {@link UnitGroups}, tenants of the communes) against the directory's groups, as
 * the commune files' {@code directoryGroups:} say. Tenants, grants and Tasklist filters stay the app's own;
 * only who is in which group comes from the directory.
 */
final class GroupMapping {

  /** An app group: id, name, and the tenant (commune) it belongs to, if any. */
  record AppGroup(String id, String name, String tenant) {
  }

  private final Map<String, AppGroup> groups = new LinkedHashMap<>();
  private final Map<String, String> tenants = new LinkedHashMap<>();
  /** directory group → app groups its members are in */
  private final Map<String, Set<String>> byDirectoryGroup = new LinkedHashMap<>();

  GroupMapping(Collection<Commune> communes, String operatorGroup, String cityGroup) {
    if (operatorGroup != null && !operatorGroup.isBlank()) {
      add(new AppGroup(Groups.CAMUNDA_ADMIN, "Quản trị hệ thống", null), operatorGroup);
    }
    if (cityGroup != null && !cityGroup.isBlank()) {
      add(new AppGroup(CityAccounts.GROUP, "Sở Nội vụ", null), cityGroup);
    }
    for (Commune commune : communes) {
      DirectoryGroups directory = commune.directoryGroups();
      if (directory == null) {
        continue;
      }
      tenants.put(commune.id(), commune.name());
      AppGroup staff = new AppGroup(UnitGroups.staff(commune.id()), "Cán bộ " + commune.name(), commune.id());
      groups.put(staff.id(), staff);
      if (directory.leaders() != null) {
        add(new AppGroup(UnitGroups.leaders(commune.id()), "Lãnh đạo UBND " + commune.name(), commune.id()),
            directory.leaders());
        add(staff, directory.leaders());
      }
      commune.units().forEach(unit -> {
        DirectoryGroups.UnitGroupsInDirectory inDirectory = directory.units().get(unit.code());
        AppGroup members = new AppGroup(UnitGroups.unit(commune.id(), unit.code()), unit.name(), commune.id());
        AppGroup heads = new AppGroup(UnitGroups.head(commune.id(), unit.code()), "Lãnh đạo " + unit.name(),
            commune.id());
        groups.put(members.id(), members);
        groups.put(heads.id(), heads);
        for (String group : List.of(inDirectory.members(), inDirectory.heads())) {
          add(members, group);
          add(staff, group);
        }
        add(heads, inDirectory.heads());
      });
    }
  }

  private void add(AppGroup group, String directoryGroup) {
    groups.putIfAbsent(group.id(), group);
    byDirectoryGroup.computeIfAbsent(directoryGroup, g -> new LinkedHashSet<>()).add(group.id());
  }

  Collection<AppGroup> groups() {
    return groups.values();
  }

  AppGroup group(String id) {
    return groups.get(id);
  }

  Map<String, String> tenants() {
    return tenants;
  }

  /** The app groups of someone who is a member of these directory groups. */
  Set<String> appGroupsOf(Collection<String> directoryGroups) {
    Set<String> result = new LinkedHashSet<>();
    directoryGroups.forEach(g -> result.addAll(byDirectoryGroup.getOrDefault(g, Set.of())));
    return result;
  }

  /** The directory groups whose members are in the app group. */
  List<String> directoryGroupsOf(String appGroup) {
    List<String> result = new ArrayList<>();
    byDirectoryGroup.forEach((directoryGroup, appGroups) -> {
      if (appGroups.contains(appGroup)) {
        result.add(directoryGroup);
      }
    });
    return result;
  }
}
