package vn.cchcflow.organisation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Spelling-tolerant comparison of unit names ("Phòng Văn hóa – Xã hội xã" = "Phòng Văn hoá - Xã hội"). */
final class UnitNames {

  private static final Pattern PUNCTUATION = Pattern.compile("[\\-–—_/,.;:]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private UnitNames() {
  }

  static String normalise(String text) {
    if (text == null) {
      return "";
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
        // old and new tone placement: "hoá" and "hóa" are the same word
        .replace("oá", "óa").replace("oà", "òa").replace("oả", "ỏa").replace("oã", "õa").replace("oạ", "ọa")
        .replace("uý", "úy").replace("uỳ", "ùy").replace("uỷ", "ủy").replace("uỹ", "ũy").replace("uỵ", "ụy");
    s = SPACES.matcher(PUNCTUATION.matcher(s).replaceAll(" ")).replaceAll(" ").trim();
    // "Phòng Kinh tế xã", and in page-broken cells even "… xã xã"
    while (s.endsWith(" xã") || s.endsWith(" phường")) {
      s = s.substring(0, s.lastIndexOf(' ')).trim();
    }
    return s;
  }
}
