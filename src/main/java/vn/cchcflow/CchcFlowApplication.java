package vn.cchcflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CchcFlowApplication {

  public static void main(String[] args) {
    SpringApplication.run(CchcFlowApplication.class, args);
  }
}
