package vn.cchcflow.organisation;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Process models are deployed once, without tenant; every instance belongs to the commune named by its
 * {@code commune} start variable, or to its parent's commune, or (started by hand in Tasklist) to the
 * commune of the user who starts it.
 */
public class CommuneTenantIdProvider implements TenantIdProvider {

  public static final String COMMUNE_VARIABLE = "commune";

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    if (ctx.getSuperExecution() != null) {
      return ctx.getSuperExecution().getTenantId();
    }
    Object commune = ctx.getVariables().get(COMMUNE_VARIABLE);
    if (commune != null) {
      return commune.toString();
    }
    Authentication starter = Context.getCommandContext() == null ? null
        : Context.getCommandContext().getAuthentication();
    List<String> tenants = starter == null || starter.getTenantIds() == null ? List.of() : starter.getTenantIds();
    return tenants.size() == 1 ? tenants.get(0) : null;
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
