package vn.cchcflow.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code cchc.web.*}: what every door of the app shares.
 *
 * @param uploadLimit largest file one upload may carry (a plan document with scanned pages, a deliverable);
 *                    over it the answer is 413 naming the limit
 * @param retryAfter  what a 503 during a database outage tells the client to wait
 */
@ConfigurationProperties("cchc.web")
public record WebProperties(@DefaultValue("20MB") DataSize uploadLimit, @DefaultValue("30s") Duration retryAfter) {
}
