package vn.cchcflow.organisation;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** At start-up, brings Camunda's identity, grants and Tasklist filters in line with the commune files. */
@Component
@Order(OrganisationSync.ORDER)
class OrganisationSync implements ApplicationRunner {

  static final int ORDER = 10;

  private final CommuneDirectory communes;
  private final IdentitySync identity;
  private final AuthorizationSync authorizations;
  private final TasklistFilterSync filters;

  OrganisationSync(CommuneDirectory communes, IdentitySync identity, AuthorizationSync authorizations,
                   TasklistFilterSync filters) {
    this.communes = communes;
    this.identity = identity;
    this.authorizations = authorizations;
    this.filters = filters;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    for (Commune commune : communes.all()) {
      identity.sync(commune);
      authorizations.sync(commune);
      filters.sync(commune);
    }
  }
}
