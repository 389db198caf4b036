package vn.cchcflow.organisation.directory;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.identity.impl.ldap.LdapConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.cchcflow.organisation.CommuneDirectory;

/** With {@code cchc.directory.enabled=true}: the engine's identity is {@link DirectoryIdentityProvider}. */
@Configuration
@ConditionalOnProperty(name = "cchc.directory.enabled", havingValue = "true")
class DirectoryConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(DirectoryConfiguration.class);

  @Bean
  ProcessEnginePlugin directoryIdentity(DirectoryProperties properties, CommuneDirectory communes) {
    LdapConfiguration ldap = new LdapConfiguration();
    ldap.setServerUrl(properties.url());
    ldap.setManagerDn(properties.managerDn());
    ldap.setManagerPassword(properties.managerPassword());
    ldap.setBaseDn(properties.baseDn());
    ldap.setUserSearchBase(properties.userSearchBase());
    ldap.setUserSearchFilter(properties.userSearchFilter());
    ldap.setUserIdAttribute(properties.userIdAttribute());
    ldap.setUserFirstnameAttribute(properties.userFirstnameAttribute());
    ldap.setUserLastnameAttribute(properties.userLastnameAttribute());
    ldap.setUserEmailAttribute(properties.userEmailAttribute());
    ldap.setUserPasswordAttribute("userPassword");
    ldap.setGroupSearchBase(properties.groupSearchBase());
    ldap.setGroupSearchFilter(properties.groupSearchFilter());
    ldap.setGroupIdAttribute(properties.groupIdAttribute());
    ldap.setGroupNameAttribute(properties.groupIdAttribute());
    ldap.setGroupMemberAttribute(properties.groupMemberAttribute());
    ldap.setSortControlSupported(false);
    GroupMapping mapping = new GroupMapping(communes.all(), properties.operatorGroup(), properties.cityGroup());
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
          @Override
          public Class<?> getSessionType() {
            return ReadOnlyIdentityProvider.class;
          }

          @Override
          public Session openSession() {
            return new DirectoryIdentityProvider(ldap, mapping);
          }
        });
        LOG.info("People come from the directory at {} ({} app groups mapped)", properties.url(),
            mapping.groups().size());
      }
    };
  }
}
