package vn.cchcflow.planimport.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchcflow.organisation.CommuneDirectory;
import vn.cchcflow.planimport.EncodedSeeds;
import vn.cchcflow.planimport.ParsedPlan;
import vn.cchcflow.planimport.PlanParseException;

/** Text plans are read whatever Vietnamese encoding they were saved in, or refused naming the encoding. */
class TextEncodingTest {

  private static final CommuneDirectory COMMUNES = CommuneDirectory.fromLocation("classpath:communes/*.yaml");

  @Test
  void reads_seed_001_saved_as_utf8_with_bom_utf16_and_windows_1258_to_the_same_36_tasks() throws IOException {
    byte[] utf8 = seed();
    String text = new String(utf8, StandardCharsets.UTF_8);
    var commune = COMMUNES.find("namanphu").orElseThrow();
    ParsedPlan original = PlanAssembler.parse("cchc.txt", utf8, commune);
    assertThat(original.tasks()).hasSize(36);

    byte[] withBom = new byte[utf8.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, withBom, 3, utf8.length);
    for (byte[] copy : List.of(withBom, EncodedSeeds.utf16(text), text.getBytes(StandardCharsets.UTF_16BE),
        text.getBytes(StandardCharsets.UTF_16LE), EncodedSeeds.windows1258(text))) {
      ParsedPlan read = PlanAssembler.parse("cchc.txt", copy, commune);
      assertThat(read).isEqualTo(original);
    }
    // the Windows-1258 copy really is the single-byte code page with combining tone marks
    byte[] ansi = EncodedSeeds.windows1258("Kế hoạch");
    assertThat(ansi).containsExactly('K', 0xEA, 0xEC, ' ', 'h', 'o', 'a', 0xF2, 'c', 'h');
  }

  @Test
  void names_tcvn3_and_vni_and_refuses_them() {
    // "Kế hoạch cải cách hành chính nhà nước" typed with the .VnTime (TCVN3) and VNI-Times fonts
    byte[] tcvn3 = "KÕ ho¹ch c¶i c¸ch hµnh chÝnh nhµ n\u00adíc n¨m 2026".getBytes(StandardCharsets.ISO_8859_1);
    byte[] vni = "Keá hoaïch caûi caùch haønh chính nhaø nöôùc naêm 2026".getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> TextEncoding.decode("cu.txt", tcvn3)).isInstanceOf(PlanParseException.class)
        .hasMessage("Tệp \"cu.txt\" được soạn bằng bảng mã TCVN3 (ABC, phông chữ .VnTime), không phải Unicode, nên "
            + "không đọc được chữ tiếng Việt. Hãy chuyển tệp sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey, "
            + "hoặc mở bằng Word và lưu lại dạng Unicode) rồi nhập lại.");
    assertThatThrownBy(() -> TextEncoding.decode("cu.csv", vni)).isInstanceOf(PlanParseException.class)
        .hasMessageStartingWith("Tệp \"cu.csv\" được soạn bằng bảng mã VNI (phông chữ VNI-Times), không phải Unicode");
    assertThatThrownBy(() -> PlanAssembler.parse("cu.txt", tcvn3, null)).hasMessageContaining("TCVN3");
  }

  @Test
  void reads_windows_1258_to_composed_unicode() {
    String text = "Trước ngày 15/01/2026: Phòng Văn hóa - Xã hội, Ủy ban nhân dân phường, đơn vị sự nghiệp";
    assertThat(TextEncoding.decode("a.txt", EncodedSeeds.windows1258(text))).isEqualTo(text);
    assertThat(TextEncoding.decode("a.txt", text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
  }

  private static byte[] seed() throws IOException {
    try (InputStream in = TextEncodingTest.class.getClassLoader().getResourceAsStream("plans/seed-001-namanphu.txt")) {
      return in.readAllBytes();
    }
  }
}
