package vn.cchcflow.accounts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import vn.cchcflow.notification.Notice;
import vn.cchcflow.notification.NoticeTexts;
import vn.cchcflow.notification.Outbox;
import vn.cchcflow.notification.Recipient;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.CommuneDirectory;
import vn.cchcflow.organisation.Person;
import vn.cchcflow.system.Messages;
import vn.cchcflow.system.OfficialRefusal;
import vn.cchcflow.system.VietnamTime;
import vn.cchcflow.system.DayFormats;

/**
 * Accounts of the commune files (the YAML path, without a directory):
 * <ul>
 *   <li>{@code POST /api/account/password} {@code {"newPassword": "…"}}, with HTTP Basic of the current
 *       (initial) password: a person sets their own password (the page {@code /doi-mat-khau.html});</li>
 *   <li>{@code POST /api/accounts/initial-passwords} (operator): bulk onboarding of a commune's people:
 *       {@code {"commune": "namanphu", "delivery": "email"}} e-mails each person who has an address their
 *       user name and initial password through the outbox; {@code "delivery": "sheet"} answers a printable
 *       sheet (HTML) to hand out. Only people not onboarded yet, or those listed in {@code "users"} with
 *       {@code "reissue": true} (a forgotten password).</li>
 * </ul>
 */
@RestController
@RequestMapping("/api")
class AccountsController {

  private final InitialPasswords passwords;
  private final IdentityService identity;
  private final CommuneDirectory communes;
  private final Outbox outbox;
  private final Messages messages;
  private final String publicUrl;
  private final boolean directory;

  AccountsController(InitialPasswords passwords, IdentityService identity, CommuneDirectory communes, Outbox outbox,
                     Messages messages, @Value("${cchc.public-url:http://localhost:8080}") String publicUrl,
                     @Value("${cchc.directory.enabled:false}") boolean directory) {
    this.passwords = passwords;
    this.identity = identity;
    this.communes = communes;
    this.outbox = outbox;
    this.messages = messages;
    this.publicUrl = publicUrl.replaceAll("/+$", "");
    this.directory = directory;
  }

  record NewPassword(String newPassword) {
  }

  @PostMapping("/account/password")
  Map<String, String> change(@RequestBody NewPassword request) {
    refuseWithDirectory();
    passwords.change(currentUser(), request.newPassword());
    return Map.of("message", messages.get("ops.password.changed"));
  }

  record Onboarding(String commune, List<String> users, String delivery, Boolean reissue) {
  }

  @PostMapping("/accounts/initial-passwords")
  ResponseEntity<?> onboard(@RequestBody Onboarding request) {
    refuseWithDirectory();
    requireOperator();
    Commune commune = communes.find(request.commune()).orElseThrow(() -> new OfficialRefusal(
        OfficialRefusal.Kind.NOT_FOUND, messages.get("plan.commune.unknown", request.commune())));
    boolean sheet = "sheet".equals(request.delivery());
    Set<String> listed = request.users() == null ? Set.of() : Set.copyOf(request.users());
    boolean reissue = Boolean.TRUE.equals(request.reissue());
    List<String> emailed = new ArrayList<>();
    List<String> withoutEmail = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    Instant now = Instant.now();
    String validUntil = DayFormats.OFFICIAL.format(passwords.validUntil(now).atZone(VietnamTime.ZONE));
    for (Person person : commune.people().toList()) {
      boolean wanted = listed.isEmpty() ? !passwords.issued(person.id()) : listed.contains(person.id())
          && (reissue || !passwords.issued(person.id()));
      if (!wanted) {
        continue;
      }
      if (!sheet && (person.email() == null || person.email().isBlank())) {
        withoutEmail.add(person.id());
        continue;
      }
      String password = passwords.issue(person.id());
      if (sheet) {
        rows.add(new String[] {person.name(), person.title() == null ? "" : person.title(), person.id(), password});
      } else {
        String[] mail = NoticeTexts.render("initial-password", Map.of("name", person.name(), "userId", person.id(),
            "password", password, "changeUrl", publicUrl + "/doi-mat-khau.html", "validUntil", validUntil,
            "loginUrl", publicUrl + "/camunda/app/tasklist/"));
        outbox.enqueue(new Notice("initial-password:" + person.id() + ":" + now.toEpochMilli(), commune.id(), null,
            null, "INITIAL_PASSWORD", List.of(new Recipient(person.id(), person.name(), person.email())), mail[0],
            mail[1]));
        emailed.add(person.id());
      }
    }
    if (sheet) {
      return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(sheet(commune, rows, validUntil));
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("emailed", emailed);
    answer.put("withoutEmail", withoutEmail);
    answer.put("message", messages.get("ops.onboarding.emailed", emailed.size(), withoutEmail.size()));
    return ResponseEntity.ok(answer);
  }

  private String sheet(Commune commune, List<String[]> rows, String validUntil) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>")
        .append(HtmlUtils.htmlEscape(messages.get("ops.onboarding.sheetTitle", commune.name()), "UTF-8"))
        .append("</title><style>body{font-family:'Times New Roman',serif}table{border-collapse:collapse}"
            + "td,th{border:1px solid #000;padding:4px 8px}</style></head><body><h2>")
        .append(HtmlUtils.htmlEscape(messages.get("ops.onboarding.sheetTitle", commune.name()), "UTF-8")).append("</h2><p>")
        .append(HtmlUtils.htmlEscape(messages.get("ops.onboarding.sheetHint", publicUrl + "/doi-mat-khau.html",
            validUntil), "UTF-8"))
        .append("</p><table><tr>");
    for (String column : messages.get("ops.onboarding.sheetColumns").split("\\|")) {
      html.append("<th>").append(HtmlUtils.htmlEscape(column, "UTF-8")).append("</th>");
    }
    html.append("</tr>");
    for (String[] row : rows) {
      html.append("<tr>");
      for (String cell : row) {
        html.append("<td>").append(HtmlUtils.htmlEscape(cell, "UTF-8")).append("</td>");
      }
      html.append("</tr>");
    }
    return html.append("</table></body></html>").toString();
  }

  private void refuseWithDirectory() {
    if (directory) {
      throw new OfficialRefusal(OfficialRefusal.Kind.CONFLICT, messages.get("ops.password.directory"));
    }
  }

  private String currentUser() {
    Authentication authentication = identity.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw new OfficialRefusal(OfficialRefusal.Kind.FORBIDDEN, messages.get("api.unauthenticated"));
    }
    return authentication.getUserId();
  }

  private void requireOperator() {
    Authentication authentication = identity.getCurrentAuthentication();
    if (authentication == null || authentication.getGroupIds() == null
        || !authentication.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
      throw new OfficialRefusal(OfficialRefusal.Kind.FORBIDDEN, messages.get("api.forbidden"));
    }
  }
}
