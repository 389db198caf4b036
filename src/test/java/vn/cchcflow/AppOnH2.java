package vn.cchcflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The app as a newcomer runs it (demo profile), on an in-memory H2 of its own: each test class starts from the
 * demo data, whatever the classes before it did to theirs. The context is closed after each test
 * class: the REST API finds "the default engine" through Camunda's static ProcessEngines registry, so two
 * live contexts in one JVM would answer each other's requests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:cchc-${random.uuid};DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false", "cchc.import.background-threshold=40"})
@ActiveProfiles("demo")
@DirtiesContext
public @interface AppOnH2 {
}
