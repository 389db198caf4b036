package vn.cchcflow.organisation.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cchc.directory.*}: people from the organisation's LDAP / Active Directory (read-only). Defaults fit
 * OpenLDAP ({@code inetOrgPerson}, {@code groupOfNames}); for Active Directory set
 * {@code userIdAttribute=sAMAccountName}, {@code userSearchFilter=(objectclass=user)},
 * {@code groupSearchFilter=(objectclass=group)}. The family name ({@code sn}) is Camunda's first name and
 * the given names ({@code givenName}) its last name, so every screen shows "Bùi Thị Ngọc".
 *
 * @param operatorGroup directory group whose members are the app's operators (Camunda's camunda-admin)
 * @param cityGroup     directory group of the city's Sở Nội vụ staff (the app's sonoivu group), optional
 */
@ConfigurationProperties("cchc.directory")
public record DirectoryProperties(
    @DefaultValue("false") boolean enabled,
    @DefaultValue("ldap://localhost:389") String url,
    String managerDn,
    String managerPassword,
    @DefaultValue("") String baseDn,
    @DefaultValue("") String userSearchBase,
    @DefaultValue("(objectclass=person)") String userSearchFilter,
    @DefaultValue("uid") String userIdAttribute,
    @DefaultValue("sn") String userFirstnameAttribute,
    @DefaultValue("givenName") String userLastnameAttribute,
    @DefaultValue("mail") String userEmailAttribute,
    @DefaultValue("") String groupSearchBase,
    @DefaultValue("(objectclass=groupOfNames)") String groupSearchFilter,
    @DefaultValue("cn") String groupIdAttribute,
    @DefaultValue("member") String groupMemberAttribute,
    String operatorGroup,
    String cityGroup) {
}
