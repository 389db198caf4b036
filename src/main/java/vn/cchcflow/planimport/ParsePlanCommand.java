package vn.cchcflow.planimport;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.CommuneDirectory;
import vn.cchcflow.planimport.internal.PlanAssembler;

/**
 * {@code java -jar cchc-flow.jar parse-plan FILE [--commune ID]}: prints the parsed plan as JSON and exits 0,
 * without server or database. On a file it cannot read it prints a Vietnamese error and exits 2.
 * Communes come from {@code CCHC_COMMUNES} (a resource pattern) or the shipped demo communes.
 */
public final class ParsePlanCommand {

  public static final String NAME = "parse-plan";
  static final int UNREADABLE = 2;
  static final int USAGE = 64;

  private ParsePlanCommand() {
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
    String file = null;
    String communeId = null;
    for (int i = 0; i < args.length; i++) {
      if ("--commune".equals(args[i]) && i + 1 < args.length) {
        communeId = args[++i];
      } else if (file == null && !args[i].startsWith("--")) {
        file = args[i];
      } else {
        return usage(err);
      }
    }
    if (file == null) {
      return usage(err);
    }
    try {
      String wanted = communeId;
      Commune commune = wanted == null ? null : communes().find(wanted)
          .orElseThrow(() -> new PlanParseException("Không có xã/phường \"" + wanted + "\"."));
      ParsedPlan parsed = PlanAssembler.parse(file, Files.readAllBytes(Path.of(file)), commune);
      out.println(json().writeValueAsString(parsed));
      return 0;
    } catch (PlanParseException e) {
      err.println("Lỗi: " + e.getMessage());
      return UNREADABLE;
    } catch (NoSuchFileException e) {
      err.println("Lỗi: không tìm thấy tệp \"" + file + "\".");
      return UNREADABLE;
    } catch (IOException e) {
      err.println("Lỗi: không đọc được tệp \"" + file + "\" (" + e.getMessage() + ").");
      return UNREADABLE;
    }
  }

  private static CommuneDirectory communes() {
    String location = System.getenv("CCHC_COMMUNES");
    return CommuneDirectory.fromLocation(location == null || location.isBlank() ? "classpath:communes/*.yaml" : location);
  }

  static ObjectMapper json() {
    return new ObjectMapper().findAndRegisterModules()
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT);
  }

  private static int usage(PrintStream err) {
    err.println("Cách dùng: java -jar cchc-flow.jar parse-plan TỆP [--commune MÃ_XÃ]");
    return USAGE;
  }
}
