package vn.cchcflow.planimport;

import java.io.ByteArrayOutputStream;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** Copies of a seed saved the way other editors save Vietnamese text, made from its UTF-8 original. */
public final class EncodedSeeds {

  private static final String TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";

  private EncodedSeeds() {
  }

  /** UTF-16 with a byte-order mark, as Notepad's "Unicode" saves it (little-endian). */
  public static byte[] utf16(String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    return bytes;
  }

  /**
   * Windows-1258 as Vietnamese Windows writes it: a letter the code page has whole (â, ơ, á …) is one byte;
   * any other is its base letter (with circumflex, breve or horn) followed by its combining tone mark.
   */
  public static byte[] windows1258(String text) {
    CharsetEncoder encoder = Charset.forName("windows-1258").newEncoder();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
        if (encoder.canEncode(c)) {
          out.writeBytes(encoder.encode(CharBuffer.wrap(String.valueOf(c))).array());
          continue;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder();
        StringBuilder tones = new StringBuilder();
        for (char part : decomposed.toCharArray()) {
          (TONE_MARKS.indexOf(part) >= 0 ? tones : base).append(part);
        }
        String letters = Normalizer.normalize(base, Normalizer.Form.NFC) + tones;
        out.writeBytes(encoder.encode(CharBuffer.wrap(letters)).array());
      }
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("Not encodable in Windows-1258", e);
    }
    return out.toByteArray();
  }
}
