package vn.cchcflow.planimport.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import vn.cchcflow.planimport.PlanParseException;

/**
 * Decodes a text plan (.txt, .md, .csv) whatever Vietnamese encoding it was saved in: UTF-8 with or without
 * BOM, UTF-16 (BOM, or the zero bytes of ASCII text without one), and Windows-1258 (Vietnamese ANSI: base
 * letters with combining tone marks, composed here to NFC). The legacy font encodings of old documents,
 * TCVN3 (ABC, ".VnTime") and VNI ("VNI-Times"), are recognised and refused with a message naming the
 * encoding and how to convert it, instead of being read as garbled text.
 */
final class TextEncoding {

  static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

  /** Letters Windows-1258 gives only to Vietnamese text: ă ơ ư đ and the five combining tone marks. */
  private static final String VIETNAMESE = "ăĂơƠưƯđĐ\u0300\u0301\u0303\u0309\u0323";
  /** What VNI's tone and vowel bytes look like in Windows-1258: Latin letters Vietnamese does not use. */
  private static final String VNI_LOOK = "øûïäåöñëîüØÛÏÄÅÖÑËÎÜ";

  private TextEncoding() {
  }

  static String decode(String fileName, byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return nfc(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return nfc(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE));
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return nfc(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE));
    }
    Charset utf16 = utf16WithoutBom(bytes);
    if (utf16 != null) {
      return nfc(new String(bytes, utf16));
    }
    try {
      return nfc(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException notUtf8) {
      return legacy(fileName, bytes);
    }
  }

  /** Single-byte Vietnamese: Windows-1258 is read; TCVN3 and VNI are named and refused. */
  private static String legacy(String fileName, byte[] bytes) {
    String text = new String(bytes, WINDOWS_1258);
    int vietnamese = 0;
    int vni = 0;
    int tcvn3 = 0;
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if (b >= 0xA1 && b <= 0xBF) {
        tcvn3++; // TCVN3 puts its lower-case vowels here; in Windows-1258 these are symbols (¡ ¸ µ ¶ ¹ …)
      }
    }
    for (char c : text.toCharArray()) {
      if (VIETNAMESE.indexOf(c) >= 0) {
        vietnamese++;
      } else if (VNI_LOOK.indexOf(c) >= 0) {
        vni++;
      }
    }
    if (tcvn3 > vietnamese && tcvn3 >= vni) {
      throw refused(fileName, "TCVN3 (ABC, phông chữ .VnTime)");
    }
    if (vni > vietnamese) {
      throw refused(fileName, "VNI (phông chữ VNI-Times)");
    }
    return nfc(text);
  }

  private static PlanParseException refused(String fileName, String encoding) {
    return new PlanParseException("Tệp \"" + fileName + "\" được soạn bằng bảng mã " + encoding + ", không phải Unicode, "
        + "nên không đọc được chữ tiếng Việt. Hãy chuyển tệp sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey, "
        + "hoặc mở bằng Word và lưu lại dạng Unicode) rồi nhập lại.");
  }

  /** ASCII-heavy text in UTF-16 without a BOM has a zero in every other byte. */
  private static Charset utf16WithoutBom(byte[] bytes) {
    if (bytes.length < 4 || bytes.length % 2 != 0) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < bytes.length; i += 2) {
      evenZeros += bytes[i] == 0 ? 1 : 0;
      oddZeros += bytes[i + 1] == 0 ? 1 : 0;
    }
    int pairs = bytes.length / 2;
    if (oddZeros * 10 > pairs * 4 && evenZeros * 10 < pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZeros * 10 > pairs * 4 && oddZeros * 10 < pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String nfc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }
}
