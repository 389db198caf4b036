package vn.cchcflow.organisation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the commune files are: a Spring resource pattern, e.g. {@code file:./config/communes/*.yaml}.
 */
@ConfigurationProperties("cchc.organisation")
public record OrganisationProperties(String location) {
}
