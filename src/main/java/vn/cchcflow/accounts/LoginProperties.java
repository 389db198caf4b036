package vn.cchcflow.accounts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cchc.login.*}.
 *
 * @param freeFailures           wrong passwords per account and address before waiting starts
 * @param maxDelay               longest wait between two attempts
 * @param forgetAfter            failures are forgotten this long after the last one
 * @param addressFailures        wrong passwords from one address (any accounts) before it waits as a whole
 * @param initialPasswordValidity how long an initial password may be used to set one's own
 */
@ConfigurationProperties("cchc.login")
public record LoginProperties(@DefaultValue("3") int freeFailures, @DefaultValue("60s") Duration maxDelay,
                              @DefaultValue("15m") Duration forgetAfter, @DefaultValue("30") int addressFailures,
                              @DefaultValue("14d") Duration initialPasswordValidity) {
}
