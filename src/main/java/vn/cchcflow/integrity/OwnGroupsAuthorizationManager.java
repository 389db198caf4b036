package vn.cchcflow.integrity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * Camunda's authorization manager with one query changed: before checking a person's permissions, Camunda
 * keeps only those of their groups that hold any authorization, and finds them by reading every group id of
 * ACT_RU_AUTHORIZATION ({@code select distinct GROUP_ID_}), in every command. That table holds a row per
 * candidate group of every open task of every commune, so the read grew with the whole country's open work.
 * Here the same answer comes from the person's own groups only, through the group index
 * ({@link AuthorizedGroupsPlugin#STATEMENT}): which authorizations exist, and so what anyone may do, is unchanged.
 */
class OwnGroupsAuthorizationManager extends AuthorizationManager {

  /** Per command (a manager lives for one command context), as Camunda caches its own list. */
  private final Map<List<String>, Set<String>> authorized = new HashMap<>();

  @Override
  public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
    if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
      return Collections.emptyList();
    }
    Set<String> groups = authorized.computeIfAbsent(List.copyOf(authenticatedGroupIds), ids -> {
      @SuppressWarnings("unchecked")
      List<String> found = (List<String>) getDbEntityManager().selectListWithRawParameter(
          AuthorizedGroupsPlugin.STATEMENT, ids, 0, Integer.MAX_VALUE);
      return new HashSet<>(found);
    });
    return new ArrayList<>(groups);
  }
}
