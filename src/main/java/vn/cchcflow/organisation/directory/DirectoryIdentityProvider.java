package vn.cchcflow.organisation.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TenantEntity;
import org.camunda.bpm.identity.impl.ldap.LdapConfiguration;
import org.camunda.bpm.identity.impl.ldap.LdapGroupEntity;
import org.camunda.bpm.identity.impl.ldap.LdapGroupQuery;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderSession;
import org.camunda.bpm.identity.impl.ldap.LdapUserQueryImpl;

/**
 * The engine's read-only identity when people come from the directory: Camunda's LDAP provider finds
 * people and checks passwords (a bind as the person); groups and tenants are the app's own
 * ({@link GroupMapping}, from the commune files), and membership is translated: whoever is in the
 * directory group the commune file names for a unit is in that unit's app group. So the app's grants,
 * Tasklist filters and candidate groups work as with the commune files' own people.
 */
class DirectoryIdentityProvider extends LdapIdentityProviderSession {

  private final GroupMapping mapping;

  DirectoryIdentityProvider(LdapConfiguration configuration, GroupMapping mapping) {
    super(configuration);
    this.mapping = mapping;
  }

  // people: the directory's, with app groups translated ////////////////////////////////////

  @Override
  public UserQuery createUserQuery() {
    return new DirectoryUserQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired(), ldapConfiguration);
  }

  @Override
  public UserQueryImpl createUserQuery(CommandContext commandContext) {
    return new DirectoryUserQuery(null, ldapConfiguration);
  }

  /** People who are members of an app group (or tenant), from the directory groups mapped to it. */
  List<User> usersOfAppGroups(LdapUserQueryImpl criteria, Collection<String> directoryGroups) {
    Map<String, User> users = new LinkedHashMap<>();
    for (String directoryGroup : directoryGroups) {
      LdapUserQueryImpl query = new LdapUserQueryImpl(ldapConfiguration);
      if (criteria.getId() != null) {
        query.userId(criteria.getId());
      }
      if (criteria.getIds() != null && criteria.getIds().length > 0) {
        query.userIdIn(criteria.getIds());
      }
      if (criteria.getFirstName() != null) {
        query.userFirstName(criteria.getFirstName());
      }
      if (criteria.getLastName() != null) {
        query.userLastName(criteria.getLastName());
      }
      if (criteria.getEmail() != null) {
        query.userEmail(criteria.getEmail());
      }
      query.memberOfGroup(directoryGroup);
      findUserByQueryCriteria(query).forEach(user -> users.putIfAbsent(user.getId(), user));
    }
    return new ArrayList<>(users.values());
  }

  /** Where a directory group is (the LDAP provider's own lookup would find the app's groups instead). */
  @Override
  protected String getDnForGroup(String directoryGroup) {
    LdapGroupQuery query = new LdapGroupQuery();
    query.groupId(directoryGroup);
    List<Group> found = asSystem(() -> findGroupByQueryCriteria(query));
    return found.isEmpty() ? "" : ((LdapGroupEntity) found.get(0)).getDn();
  }

  // groups: the app's own, membership from the directory ////////////////////////////////////

  @Override
  public Group findGroupById(String groupId) {
    GroupMapping.AppGroup group = mapping.group(groupId);
    return group == null ? null : entity(group);
  }

  @Override
  public GroupQuery createGroupQuery() {
    return new DirectoryGroupQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
  }

  @Override
  public GroupQuery createGroupQuery(CommandContext commandContext) {
    return new DirectoryGroupQuery(null);
  }

  List<Group> findGroups(GroupQueryImpl query) {
    Predicate<GroupMapping.AppGroup> matches = group -> (query.getId() == null || query.getId().equals(group.id()))
        && (query.getIds() == null || Arrays.asList(query.getIds()).contains(group.id()))
        && (query.getName() == null || query.getName().equals(group.name()))
        && (query.getNameLike() == null || like(group.name(), query.getNameLike()))
        && (query.getType() == null || "WORKFLOW".equals(query.getType()))
        && (query.getTenantId() == null || query.getTenantId().equals(group.tenant()));
    Set<String> ofUser = query.getUserId() == null ? null : appGroupsOfUser(query.getUserId());
    List<Group> groups = new ArrayList<>();
    for (GroupMapping.AppGroup group : mapping.groups()) {
      if (matches.test(group) && (ofUser == null || ofUser.contains(group.id()))
          && (query.getUserId() != null || isAuthorizedToRead(Resources.GROUP, group.id()))) {
        groups.add(entity(group));
      }
    }
    return page(groups, query.getFirstResult(), query.getMaxResults());
  }

  /** The app groups of a person, from the directory groups they are a member of. */
  Set<String> appGroupsOfUser(String userId) {
    LdapGroupQuery query = new LdapGroupQuery();
    query.groupMember(userId);
    List<String> directoryGroups = asSystem(() -> findGroupByQueryCriteria(query).stream().map(Group::getId).toList());
    return mapping.appGroupsOf(directoryGroups);
  }

  // tenants: the communes ////////////////////////////////////

  @Override
  public Tenant findTenantById(String id) {
    String name = mapping.tenants().get(id);
    return name == null ? null : tenant(id, name);
  }

  @Override
  public TenantQuery createTenantQuery() {
    return new DirectoryTenantQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
  }

  @Override
  public TenantQuery createTenantQuery(CommandContext commandContext) {
    return new DirectoryTenantQuery(null);
  }

  List<Tenant> findTenants(TenantQueryImpl query) {
    Set<String> groupsOfMember = new LinkedHashSet<>();
    if (query.getGroupId() != null) {
      groupsOfMember.add(query.getGroupId());
    }
    if (query.getUserId() != null && query.isIncludingGroups()) {
      groupsOfMember.addAll(appGroupsOfUser(query.getUserId()));
    }
    boolean byMember = query.getGroupId() != null || query.getUserId() != null;
    List<Tenant> tenants = new ArrayList<>();
    mapping.tenants().forEach((id, name) -> {
      boolean member = !byMember || groupsOfMember.stream().map(mapping::group)
          .anyMatch(group -> group != null && id.equals(group.tenant()));
      if (member && (query.getId() == null || query.getId().equals(id))
          && (query.getIds() == null || Arrays.asList(query.getIds()).contains(id))
          && (query.getName() == null || query.getName().equals(name))
          && (query.getNameLike() == null || like(name, query.getNameLike()))) {
        tenants.add(tenant(id, name));
      }
    });
    return page(tenants, query.getFirstResult(), query.getMaxResults());
  }

  // helpers ////////////////////////////////////

  /**
   * Resolves memberships without the caller's authorizations: the LDAP provider would filter the directory's
   * groups by the caller's READ grants on them, which nobody has (grants are on the app's groups).
   */
  private static <T> T asSystem(java.util.function.Supplier<T> lookup) {
    org.camunda.bpm.engine.IdentityService identity = Context.getProcessEngineConfiguration().getIdentityService();
    org.camunda.bpm.engine.impl.identity.Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return lookup.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  List<String> directoryGroupsOf(String appGroup) {
    return mapping.directoryGroupsOf(appGroup);
  }

  List<String> directoryGroupsOfTenant(String tenantId) {
    return mapping.groups().stream().filter(g -> tenantId.equals(g.tenant()))
        .flatMap(g -> mapping.directoryGroupsOf(g.id()).stream()).distinct().toList();
  }

  private static GroupEntity entity(GroupMapping.AppGroup group) {
    GroupEntity entity = new GroupEntity(group.id());
    entity.setName(group.name());
    entity.setType("WORKFLOW");
    return entity;
  }

  private static TenantEntity tenant(String id, String name) {
    TenantEntity tenant = new TenantEntity(id);
    tenant.setName(name);
    return tenant;
  }

  private static boolean like(String value, String pattern) {
    String regex = ("\\Q" + pattern + "\\E").replace("%", "\\E.*\\Q").replace("_", "\\E.\\Q");
    return value != null && value.toLowerCase().matches(regex.toLowerCase());
  }

  static <T> List<T> page(List<T> all, int first, int max) {
    if (first <= 0 && max >= all.size()) {
      return all;
    }
    int from = Math.min(Math.max(first, 0), all.size());
    int to = (int) Math.min((long) from + max, all.size());
    return new ArrayList<>(all.subList(from, to));
  }

  static DirectoryIdentityProvider of(CommandContext context) {
    return (DirectoryIdentityProvider) context.getReadOnlyIdentityProvider();
  }

  /** Users: the directory's query, with app groups and tenants translated to directory groups. */
  static class DirectoryUserQuery extends LdapUserQueryImpl {

    DirectoryUserQuery(org.camunda.bpm.engine.impl.interceptor.CommandExecutor executor, LdapConfiguration configuration) {
      super(executor, configuration);
    }

    @Override
    public long executeCount(CommandContext commandContext) {
      return executeList(commandContext, null).size();
    }

    @Override
    public List<User> executeList(CommandContext commandContext, Page page) {
      DirectoryIdentityProvider provider = of(commandContext);
      if (getGroupId() == null && getTenantId() == null) {
        return provider.findUserByQueryCriteria(this);
      }
      List<String> directoryGroups = getGroupId() != null ? provider.directoryGroupsOf(getGroupId())
          : provider.directoryGroupsOfTenant(getTenantId());
      return page(provider.usersOfAppGroups(this, directoryGroups), getFirstResult(), getMaxResults());
    }
  }

  static class DirectoryGroupQuery extends GroupQueryImpl {

    DirectoryGroupQuery(org.camunda.bpm.engine.impl.interceptor.CommandExecutor executor) {
      super(executor);
    }

    @Override
    public long executeCount(CommandContext commandContext) {
      return executeList(commandContext, null).size();
    }

    @Override
    public List<Group> executeList(CommandContext commandContext, Page page) {
      return of(commandContext).findGroups(this);
    }
  }

  static class DirectoryTenantQuery extends TenantQueryImpl {

    DirectoryTenantQuery(org.camunda.bpm.engine.impl.interceptor.CommandExecutor executor) {
      super(executor);
    }

    @Override
    public long executeCount(CommandContext commandContext) {
      return executeList(commandContext, null).size();
    }

    @Override
    public List<Tenant> executeList(CommandContext commandContext, Page page) {
      return of(commandContext).findTenants(this);
    }
  }
}
