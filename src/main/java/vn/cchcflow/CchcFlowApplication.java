package vn.cchcflow;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import vn.cchcflow.planimport.ParsePlanCommand;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CchcFlowApplication {

  public static void main(String[] args) {
    if (args.length > 0 && ParsePlanCommand.NAME.equals(args[0])) {
      // a preview on the command line: no server, no database
      System.exit(ParsePlanCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
    }
    SpringApplication.run(CchcFlowApplication.class, args);
  }
}
