package vn.cchcflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailTemplatesTest {

  @AfterEach
  void shippedTemplatesAgain() {
    NoticeTexts.useOverrides(null);
  }

  @Test
  void a_template_in_the_operators_folder_replaces_the_shipped_one_and_the_others_stay(@TempDir Path folder) throws Exception {
    Map<String, String> values = Map.of("name", "Bùi Thị Ngọc", "userId", "namanphukinhtecv1", "password", "Kp7m-Xr4t-Hq9w",
        "changeUrl", "https://cchc.example.gov.vn/doi-mat-khau.html", "validUntil", "15/03/2026",
        "loginUrl", "https://cchc.example.gov.vn/camunda/app/tasklist/");
    String shipped = NoticeTexts.render("initial-password", values)[0];

    Files.writeString(folder.resolve("initial-password.txt"),
        "[UBND xã Nam An Phụ] Tài khoản của {name}\nĐồng chí {name}: tên đăng nhập {userId}, mật khẩu {password}.\n");
    new MailTemplates(folder.toString());
    String[] own = NoticeTexts.render("initial-password", values);
    assertThat(own[0]).isEqualTo("[UBND xã Nam An Phụ] Tài khoản của Bùi Thị Ngọc").isNotEqualTo(shipped);
    assertThat(own[1]).contains("tên đăng nhập namanphukinhtecv1, mật khẩu Kp7m-Xr4t-Hq9w");
    assertThat(NoticeTexts.override("reminder")).as("templates not in the folder stay the shipped ones").isNull();

    new MailTemplates("");
    assertThat(NoticeTexts.render("initial-password", values)[0]).isEqualTo(shipped);
  }
}
