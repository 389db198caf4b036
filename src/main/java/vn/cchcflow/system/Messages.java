package vn.cchcflow.system;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/** Vietnamese texts for officials, kept in {@code messages.properties}. */
@Component
public class Messages {

  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private final MessageSource source;

  public Messages(MessageSource source) {
    this.source = source;
  }

  /** For code running outside Spring (engine unit tests). */
  public static Messages fromBundle() {
    ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
    bundle.setBasename("messages");
    bundle.setDefaultEncoding("UTF-8");
    bundle.setFallbackToSystemLocale(false);
    return new Messages(bundle);
  }

  public String get(String key, Object... args) {
    return source.getMessage(key, args, VIETNAMESE);
  }
}
