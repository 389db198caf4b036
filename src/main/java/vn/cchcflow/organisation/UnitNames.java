package vn.cchcflow.organisation;

import java.text.Normalizer;
import java.util.Locale;

/** Spelling-tolerant comparison of unit names ("Phòng Văn hóa – Xã hội xã" = "Phòng Văn hoá - Xã hội"). */
final class UnitNames {

  private UnitNames() {
  }

  static String normalise(String text) {
    if (text == null) {
      return "";
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
        // old and new tone placement: "hoá" and "hóa" are the same word
        .replace("oá", "óa").replace("oà", "òa").replace("oả", "ỏa").replace("oã", "õa").replace("oạ", "ọa")
        .replace("uý", "úy").replace("uỳ", "ùy").replace("uỷ", "ủy").replace("uỹ", "ũy").replace("uỵ", "ụy")
        .replaceAll("[\\-–—_/,.;:]", " ")
        .replaceAll("\\s+", " ")
        .trim();
    if (s.endsWith(" xã")) {
      s = s.substring(0, s.length() - 3).trim();
    }
    return s;
  }
}
