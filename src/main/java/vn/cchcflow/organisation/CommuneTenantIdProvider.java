package vn.cchcflow.organisation;

import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import vn.cchcflow.system.Messages;
import vn.cchcflow.system.OfficialRefusal;

/**
 * Tenancy from identity, never from input. Process models are deployed once, without tenant; a new
 * instance belongs to
 * <ul>
 *   <li>its parent's commune, when called from another instance;</li>
 *   <li>the commune of the person who starts it (a {@code commune} start value is accepted only when it
 *       names one of the person's own communes, for someone who belongs to several);</li>
 *   <li>the commune the application's own step names, when no person starts it (plan registration,
 *       report schedules), or that the operator names deliberately.</li>
 * </ul>
 * A person who belongs to no commune (or to several, without saying which of them) cannot start one.
 */
public class CommuneTenantIdProvider implements TenantIdProvider {

  /** The start value naming the commune of an instance the application (or the operator) starts. */
  public static final String COMMUNE_VARIABLE = "commune";

  private final Messages messages;

  public CommuneTenantIdProvider(Messages messages) {
    this.messages = messages;
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    if (ctx.getSuperExecution() != null) {
      return ctx.getSuperExecution().getTenantId();
    }
    Object named = ctx.getVariables() == null ? null : ctx.getVariables().get(COMMUNE_VARIABLE);
    Authentication starter = Context.getCommandContext() == null ? null
        : Context.getCommandContext().getAuthentication();
    if (starter == null || starter.getUserId() == null) {
      return named == null ? null : named.toString();
    }
    List<String> groups = starter.getGroupIds() == null ? List.of() : starter.getGroupIds();
    if (groups.contains(Groups.CAMUNDA_ADMIN) && named != null) {
      return named.toString();
    }
    List<String> tenants = starter.getTenantIds() == null ? List.of() : starter.getTenantIds();
    if (named != null && tenants.contains(named.toString())) {
      return named.toString();
    }
    if (named == null && tenants.size() == 1) {
      return tenants.get(0);
    }
    throw new OfficialRefusal(OfficialRefusal.Kind.FORBIDDEN, named == null
        ? messages.get("tenancy.noCommune") : messages.get("tenancy.notMember", named));
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
    return ctx.getExecution() == null ? null : ctx.getExecution().getTenantId();
  }
}
