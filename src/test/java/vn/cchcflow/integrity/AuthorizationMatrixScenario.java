package vn.cchcflow.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchcflow.plan.PlanCommitments;
import vn.cchcflow.plan.PlanDocument;
import vn.cchcflow.plan.PlanService;
import vn.cchcflow.tasklifecycle.PlanTaskProcess;

/**
 * Every role against every door (the engine REST API, the webapps' engine API behind their session and
 * CSRF token, our own API), on a task of its own unit, of another unit of its commune and of another
 * commune, including each attack the integrity issue names: each case asserts allowed or refused, and
 * after each refusal that nothing changed (the task's record, its process variables, its open steps).
 * It prints how many cases it ran and how many leaked. Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class AuthorizationMatrixScenario {

  static final String PASSWORD = "demo";

  @LocalServerPort
  int port;
  @Autowired
  PlanService plans;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService management;
  @Autowired
  org.camunda.bpm.engine.IdentityService identity;

  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, Session> sessions = new HashMap<>();
  private final List<String> leaks = new ArrayList<>();
  private final List<String> blocked = new ArrayList<>();
  private int cases;

  /** The work each role holds in the matrix plans. */
  private final Map<String, Target> targets = new LinkedHashMap<>();

  /** Who is who: user → role; the operator and the city have no unit. */
  enum Role { OFFICER, UNIT_HEAD, SUPPORT_OFFICER, COORDINATING_OFFICER, COORDINATING_HEAD, CHAIR, VICE_CHAIR, CITY,
    OPERATOR, OTHER_COMMUNE_OFFICER }

  static final Map<String, Role> PEOPLE = new LinkedHashMap<>();

  static {
    PEOPLE.put("namanphukinhtecv1", Role.OFFICER);
    PEOPLE.put("namanphukinhtetp", Role.UNIT_HEAD);
    PEOPLE.put("namanphuvpubcv1", Role.SUPPORT_OFFICER);
    PEOPLE.put("namanphuvhxhcv1", Role.COORDINATING_OFFICER);
    PEOPLE.put("namanphuvhxhtp", Role.COORDINATING_HEAD);
    PEOPLE.put("namanphuct", Role.CHAIR);
    PEOPLE.put("namanphupct", Role.VICE_CHAIR);
    PEOPLE.put("sonoivuhp", Role.CITY);
    PEOPLE.put("admin", Role.OPERATOR);
    PEOPLE.put("quyetthangttpvhcccv1", Role.OTHER_COMMUNE_OFFICER);
  }

  /** One open step somebody holds: its task, process instance and the plan task's number. */
  record Target(String name, String taskId, String processInstanceId, long planId, String number, String commune,
                Set<String> units, String coordinatingGroup) {
  }

  enum Door { ENGINE_REST, WEBAPP }

  /** What a person may do to a target: read it, work on it, or only what the operator may. */
  enum Expect { ALLOWED, REFUSED }

  @Test
  void every_role_through_every_door_is_allowed_exactly_its_work_and_nothing_leaks() throws Exception {
    setUpTargets();
    for (Map.Entry<String, Role> person : PEOPLE.entrySet()) {
      for (Door door : Door.values()) {
        for (Target target : targetsFor(person.getKey())) {
          engineCases(person.getKey(), person.getValue(), door, target);
        }
      }
      for (Target target : targetsFor(person.getKey())) {
        apiCases(person.getKey(), person.getValue(), target);
      }
    }
    anOfficersFiguresHoldOnlyTheTasksTheySee();
    System.out.printf("authorization matrix: %d cases, %d leaked, %d legitimate calls refused%n", cases, leaks.size(),
        blocked.size());
    leaks.stream().limit(40).forEach(l -> System.out.println("LEAK " + l));
    blocked.stream().limit(40).forEach(b -> System.out.println("BLOCKED " + b));
    assertThat(leaks.size()).as("leaks (see LEAK lines)").isZero();
    assertThat(blocked.size()).as("legitimate work refused (see BLOCKED lines)").isZero();
    assertThat(cases).isGreaterThanOrEqualTo(1000);
  }

  // --- the cases ---

  private void engineCases(String user, Role role, Door door, Target t) throws Exception {
    boolean reads = role == Role.OPERATOR || engineReads(user, t);
    boolean works = worksOn(user, t);
    String task = "/task/" + t.taskId();
    String pi = "/process-instance/" + t.processInstanceId();

    check(user, door, t, "read the task", "GET", task, null, reads);
    check(user, door, t, "read the task's variables", "GET", task + "/variables", null, reads);
    // the attacks of the integrity issue: refused for everybody (the operator's writes are not run)
    refused(user, door, t, "set the due date variable", "PUT", task + "/variables/dueDate",
        "{\"value\": \"2099-12-31\", \"type\": \"String\"}");
    refused(user, door, t, "make oneself the reviewer", "PUT", task + "/localVariables/coordinatingUnit",
        "{\"value\": \"namanphukinhte\", \"type\": \"String\"}");
    refused(user, door, t, "complete with a due date", "POST", task + "/complete",
        "{\"variables\": {\"dueDate\": {\"value\": \"2099-12-31\"}}}");
    refused(user, door, t, "submit the form with a fact", "POST", task + "/submit-form",
        "{\"variables\": {\"partId\": {\"value\": 1, \"type\": \"Long\"}}}");
    refused(user, door, t, "modify task variables", "POST", task + "/variables",
        "{\"modifications\": {\"planTaskId\": {\"value\": 1, \"type\": \"Long\"}}, \"deletions\": [\"taskCaption\"]}");
    refused(user, door, t, "set an instance variable", "PUT", pi + "/variables/commune",
        "{\"value\": \"quyetthang\", \"type\": \"String\"}");
    refused(user, door, t, "correlate a withdrawal", "POST", "/message",
        "{\"messageName\": \"Msg_TaskWithdrawn\", \"processInstanceId\": \"" + t.processInstanceId() + "\"}");
    refused(user, door, t, "throw a signal", "POST", "/signal",
        "{\"name\": \"anything\", \"variables\": {\"dueDate\": {\"value\": \"x\"}}}");
    refused(user, door, t, "modify the instance", "POST", pi + "/modification",
        "{\"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"Task_ReviewDeliverable\"}]}");
    refused(user, door, t, "change the task's due date", "PUT", task,
        "{\"name\": \"x\", \"due\": \"2099-12-31T23:59:59.000+0700\", \"assignee\": \"" + user + "\"}");
    refused(user, door, t, "add a candidate group", "POST", task + "/identity-links",
        "{\"groupId\": \"namanphukinhte\", \"type\": \"candidate\"}");
    refused(user, door, t, "claim it for someone else", "POST", task + "/claim", "{\"userId\": \"namanphuvhxhcv2\"}");
    refused(user, door, t, "delete the instance", "DELETE", pi, null);
    refused(user, door, t, "start a task lifecycle in the commune", "POST",
        "/process-definition/key/PlanTaskProcess/start",
        "{\"variables\": {\"commune\": {\"value\": \"" + t.commune() + "\"}}}");
    refused(user, door, t, "start an import for the commune", "POST",
        "/process-definition/key/PlanImportProcess/start",
        "{\"variables\": {\"commune\": {\"value\": \"" + t.commune() + "\"}}}");
    String job = anyJob(t);
    if (job != null) {
      refused(user, door, t, "fire a timer early", "POST", "/job/" + job + "/execute", null);
    }
    check(user, door, t, "read the operator's audit log", "GET", "/history/user-operation?maxResults=5", null,
        role == Role.OPERATOR);
    // comments go on one's own step only
    check(user, door, t, "comment on the task", "POST", task + "/comment/create", "{\"message\": \"ý kiến\"}",
        works || role == Role.OPERATOR);
  }

  private void apiCases(String user, Role role, Target t) throws Exception {
    boolean reads = role == Role.OPERATOR || sameCommune(user, t) && (supervises(user, t) || takesPart(user, t));
    boolean supervises = role == Role.OPERATOR || sameCommune(user, t) && supervises(user, t);
    boolean coordinates = role == Role.OPERATOR || sameCommune(user, t) && coordinates(user, t);
    String plan = "/api/plans/" + t.planId();
    api(user, t, "open the task's page", "GET", plan + "/tasks/" + t.number() + "/trail", null, reads);
    api(user, t, "read the commune's audit trail", "GET", "/api/audit?commune=" + t.commune(), null,
        supervises || role == Role.CITY);
    // the plan's figures: members of the commune get them counted over the tasks they may see (checked below)
    api(user, t, "read the plan's figures", "GET", "/api/reports/plan/" + t.planId(), null,
        sameCommune(user, t) || role == Role.CITY || role == Role.OPERATOR);
    api(user, t, "read every commune's audit trail", "GET", "/api/audit", null, role == Role.OPERATOR);
    api(user, t, "write a follow-up note", "POST", plan + "/tasks/" + t.number() + "/follow-ups",
        "{\"text\": \"Đề nghị khẩn trương hoàn thành\"}", supervises);
    apiRefused(user, t, "preview an amendment", "POST", plan + "/amendments/preview",
        "{\"document\": {\"number\": \"9/KH-UBND\"}, \"drop\": [{\"number\": \"" + t.number() + "\"}]}", coordinates);
    apiRefused(user, t, "change the due date", "PUT", plan + "/tasks/" + t.number() + "/due-date",
        "{\"dueDate\": \"2026-12-30\", \"reason\": \"kiểm thử\"}", coordinates);
  }

  /** An officer of Phòng Kinh tế reads the matrix plan's figures: only the tasks his unit takes part in. */
  private void anOfficersFiguresHoldOnlyTheTasksTheySee() throws Exception {
    Target k = targets.get("K");
    JsonNode officer = json.readTree(basic("namanphukinhtecv1", "GET", "/api/reports/plan/" + k.planId(), null).body());
    JsonNode supervisor = json.readTree(basic("namanphuvhxhtp", "GET", "/api/reports/plan/" + k.planId(), null).body());
    cases += 2;
    List<String> seen = new ArrayList<>();
    officer.at("/tasks").forEach(line -> seen.add(line.at("/number").asText()));
    List<String> all = new ArrayList<>();
    supervisor.at("/tasks").forEach(line -> all.add(line.at("/number").asText()));
    if (!Set.copyOf(seen).equals(Set.of("K", "H"))) {
      leaks.add("API namanphukinhtecv1 reads the figures of tasks " + seen + " (only K and H are Phòng Kinh tế's)");
    }
    if (!Set.copyOf(all).equals(Set.of("K", "H", "V", "W", "R"))) {
      blocked.add("API namanphuvhxhtp reads the figures of tasks " + all + " instead of the whole plan");
    }
  }

  // --- who may do what ---

  private boolean engineReads(String user, Target t) {
    if (!sameCommune(user, t)) {
      return false;
    }
    if (supervises(user, t)) {
      return true;
    }
    Task task = taskService.createTaskQuery().taskId(t.taskId()).singleResult();
    Set<String> groups = groupsOf(user);
    return user.equals(task.getAssignee()) || taskService.getIdentityLinksForTask(t.taskId()).stream()
        .anyMatch(l -> "candidate".equals(l.getType()) && (user.equals(l.getUserId()) || groups.contains(l.getGroupId())));
  }

  /** The coordinating unit and the leaders of the target's commune. */
  private boolean supervises(String user, Target t) {
    Set<String> groups = groupsOf(user);
    return groups.contains(t.commune() + "leaders") || coordinates(user, t);
  }

  private boolean coordinates(String user, Target t) {
    return groupsOf(user).contains(t.coordinatingGroup());
  }

  private static boolean sameCommune(String user, Target t) {
    return t.commune().equals(commune(user));
  }

  private boolean worksOn(String user, Target t) {
    Task task = taskService.createTaskQuery().taskId(t.taskId()).singleResult();
    if (task == null) {
      return false;
    }
    if (user.equals(task.getAssignee())) {
      return true;
    }
    if (task.getAssignee() != null) {
      return false;
    }
    List<IdentityLink> links = taskService.getIdentityLinksForTask(t.taskId());
    Set<String> groups = groupsOf(user);
    return links.stream().anyMatch(l -> "candidate".equals(l.getType())
        && (user.equals(l.getUserId()) || groups.contains(l.getGroupId())));
  }

  /** A unit reads the tasks it takes part in (lead or support), not only the step it holds. */
  private boolean takesPart(String user, Target t) {
    return groupsOf(user).stream().anyMatch(t.units()::contains);
  }

  private Set<String> groupsOf(String user) {
    return identity.createGroupQuery().groupMember(user).list().stream().map(org.camunda.bpm.engine.identity.Group::getId)
        .collect(Collectors.toSet());
  }

  private static String commune(String user) {
    return user.startsWith("namanphu") ? "namanphu" : user.startsWith("quyetthang") ? "quyetthang" : null;
  }

  // --- the doors ---

  /** An attack: refused for everybody (the operator's writes are not run, see {@link #check}). */
  private void refused(String user, Door door, Target t, String what, String method, String path, String body)
      throws Exception {
    check(user, door, t, what, method, path, body, false);
  }

  private void check(String user, Door door, Target t, String what, String method, String path, String body,
                     boolean allowed) throws Exception {
    if (PEOPLE.get(user) == Role.OPERATOR && !"GET".equals(method) && !path.contains("/comment/")) {
      return; // the operator's writes are deliberate acts, not run against the matrix's targets
    }
    String before = state(t);
    HttpResponse<String> answer = door == Door.ENGINE_REST
        ? basic(user, method, "/engine-rest" + path, body)
        : webapp(user, method, "/camunda/api/engine/engine/default" + path, body);
    judge(user, door.name(), t, what, method, path, allowed, answer, before);
  }

  private void api(String user, Target t, String what, String method, String path, String body, boolean allowed)
      throws Exception {
    String before = state(t);
    judge(user, "API", t, what, method, path, allowed, basic(user, method, path, body), before);
  }

  /** An act that changes facts: when allowed, only its refusal cases are run here (its success is a scenario). */
  private void apiRefused(String user, Target t, String what, String method, String path, String body, boolean allowed)
      throws Exception {
    if (!allowed) {
      api(user, t, what, method, path, body, false);
    }
  }

  private void judge(String user, String door, Target t, String what, String method, String path, boolean allowed,
                     HttpResponse<String> answer, String before) {
    cases++;
    int status = answer.statusCode();
    String label = door + " " + user + " → " + t.name() + ": " + what + " (" + method + " " + path + ") = " + status;
    if (allowed) {
      if (status >= 400) {
        blocked.add(label + " " + answer.body());
      }
      return;
    }
    if (status < 400) {
      leaks.add(label + " was not refused");
    } else if (status >= 500) {
      leaks.add(label + " failed instead of being refused: " + answer.body());
    } else if (!before.equals(state(t))) {
      leaks.add(label + " was refused but changed the task");
    } else if (status == 403 && answer.body() != null && answer.body().contains("ENGINE-")) {
      leaks.add(label + " shows an engine code: " + answer.body());
    }
  }

  private HttpResponse<String> basic(String user, String method, String path, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .header("Accept", "application/json");
    return send(HttpClient.newHttpClient(), request, method, body);
  }

  private HttpResponse<String> webapp(String user, String method, String path, String body) throws Exception {
    Session session = sessions.computeIfAbsent(user, this::login);
    if (session == null) {
      return new Refusal(401);
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "application/json");
    if (session.xsrf() != null) {
      request.header("X-XSRF-TOKEN", session.xsrf());
    }
    return send(session.client(), request, method, body);
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request, String method, String body)
      throws Exception {
    HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body);
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    return client.send(request.method(method, publisher).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Logs in to Tasklist as a browser does; null when the webapps refuse the person. */
  private Session login(String user) {
    try {
      CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
      HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
      client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/app/tasklist/")).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      String xsrf = xsrf(cookies);
      HttpRequest.Builder login = HttpRequest.newBuilder(URI.create("http://localhost:" + port
              + "/camunda/api/admin/auth/user/default/login/tasklist"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
              + "&password=" + PASSWORD));
      if (xsrf != null) {
        login.header("X-XSRF-TOKEN", xsrf);
      }
      HttpResponse<String> answer = client.send(login.build(), HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() >= 400) {
        return null;
      }
      client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
          + "/camunda/api/engine/engine/default/task/count")).GET().build(), HttpResponse.BodyHandlers.ofString());
      return new Session(client, xsrf(cookies));
    } catch (Exception e) {
      throw new IllegalStateException("Login of " + user + " failed", e);
    }
  }

  private static String xsrf(CookieManager cookies) {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(java.net.HttpCookie::getValue).reduce((a, b) -> b).orElse(null);
  }

  record Session(HttpClient client, String xsrf) {
  }

  // --- the targets and their state ---

  /** Each person's own step (when they hold one), a step of another unit of the commune, one of another commune. */
  private static final Map<String, List<String>> TARGETS_OF = Map.of(
      "namanphukinhtecv1", List.of("K", "V", "T"),
      "namanphukinhtetp", List.of("H", "W", "T"),
      "namanphuvpubcv1", List.of("KS", "H", "T"),
      "namanphuvhxhcv1", List.of("V", "K", "T"),
      "namanphuvhxhtp", List.of("W", "K", "T"),
      "namanphuct", List.of("K", "V", "T"),
      "namanphupct", List.of("R", "K", "T"),
      "sonoivuhp", List.of("K", "V", "T"),
      "admin", List.of("K", "V", "T"),
      "quyetthangttpvhcccv1", List.of("T", "K", "V"));

  private List<Target> targetsFor(String user) {
    return TARGETS_OF.get(user).stream().map(targets::get).toList();
  }

  /** Everything a refused call must leave as it was: the instance's variables and its open steps. */
  private String state(Target t) {
    Map<String, Object> variables = new TreeMap<>();
    if (runtime.createProcessInstanceQuery().processInstanceId(t.processInstanceId()).count() == 1) {
      runtime.getVariables(t.processInstanceId()).forEach((k, v) -> variables.put(k, String.valueOf(v)));
    }
    String steps = taskService.createTaskQuery().processInstanceId(t.processInstanceId()).list().stream()
        .map(task -> task.getTaskDefinitionKey() + "|" + task.getAssignee() + "|" + task.getDueDate() + "|"
            + task.getFollowUpDate() + "|" + task.getName() + "|" + taskService.getIdentityLinksForTask(task.getId())
            .stream().map(l -> l.getType() + ":" + l.getGroupId() + ":" + l.getUserId()).sorted().toList())
        .sorted().collect(Collectors.joining(";"));
    long instances = runtime.createProcessInstanceQuery().count();
    return variables + "#" + steps + "#" + instances + "#" + management.createJobQuery().processInstanceId(
        t.processInstanceId()).list().stream().map(j -> j.getId() + "@" + j.getDuedate()).sorted().toList();
  }

  private String anyJob(Target t) {
    return management.createJobQuery().processInstanceId(t.processInstanceId()).list().stream()
        .map(org.camunda.bpm.engine.runtime.Job::getId).findFirst().orElse(null);
  }

  /** The matrix's own plans: each role holds a step of its own, in both communes. */
  private void setUpTargets() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    long namanphu = register("namanphu", "KH-MATRIX-" + suffix, List.of(
        task("K", List.of("kinhte"), List.of("vpub")),
        task("H", List.of("kinhte"), List.of()),
        task("V", List.of("vhxh"), List.of()),
        task("W", List.of("vhxh"), List.of()),
        task("R", List.of("vhxh"), List.of())));
    long quyetthang = register("quyetthang", "KH-MATRIX-" + suffix, List.of(
        task("T", List.of("ttpvhcc"), List.of())));
    String code = "KH-MATRIX-" + suffix;
    assign(code + "-K", "namanphukinhtecv1");
    assign(code + "-V", "namanphuvhxhcv1");
    assign(code + "-R", "namanphuvhxhcv2");
    workThrough(code + "-R");
    assign(code + "-T", "quyetthangttpvhcccv1", "quyetthang");
    Set<String> kinhte = Set.of("namanphukinhte", "namanphuvpub");
    targets.put("K", target("officer's execution", code + "-K", "Task_ExecuteTask", namanphu, "K", kinhte));
    targets.put("KS", target("support input", code + "-K", "Task_ProvideSupportInput", namanphu, "K", kinhte));
    targets.put("H", target("head's assignment", code + "-H", "Task_AssignOfficer", namanphu, "H",
        Set.of("namanphukinhte")));
    targets.put("V", target("coordinating officer's execution", code + "-V", "Task_ExecuteTask", namanphu, "V",
        Set.of("namanphuvhxh")));
    targets.put("W", target("coordinating head's assignment", code + "-W", "Task_AssignOfficer", namanphu, "W",
        Set.of("namanphuvhxh")));
    targets.put("R", target("vice-chair's review", code + "-R", "Task_ReviewDeliverable", namanphu, "R",
        Set.of("namanphuvhxh")));
    targets.put("T", target("other commune's execution", code + "-T", "Task_ExecuteTask", quyetthang, "T",
        Set.of("quyetthangttpvhcc")));
  }

  private long register(String commune, String code, List<PlanDocument.Task> tasks) {
    return plans.register(new PlanDocument(commune, code, "Kế hoạch kiểm thử phân quyền", LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 12, 31), tasks, PlanCommitments.NONE)).plan().id();
  }

  private static PlanDocument.Task task(String number, List<String> leads, List<String> supports) {
    return new PlanDocument.Task(number, "I. Chỉ đạo điều hành", "Nhiệm vụ kiểm thử " + number, leads, supports,
        "Quý IV/2026", LocalDate.of(2026, 12, 31), "Báo cáo");
  }

  private void assign(String businessKey, String officer) {
    assign(businessKey, officer, "namanphu");
  }

  private void assign(String businessKey, String officer, String commune) {
    Task assign = taskService.createTaskQuery().processInstanceBusinessKey(businessKey)
        .taskDefinitionKey("Task_AssignOfficer").singleResult();
    taskService.complete(assign.getId(), Variables.putValue(PlanTaskProcess.OFFICER, officer));
  }

  private void workThrough(String businessKey) {
    step(businessKey, "Task_ExecuteTask", Map.of(PlanTaskProcess.PROGRESS_NOTE, "Đã làm"));
    step(businessKey, "Task_SignOff", Map.of(PlanTaskProcess.SIGN_OFF_DECISION, PlanTaskProcess.APPROVE));
    step(businessKey, "Task_SubmitDeliverable", Map.of(PlanTaskProcess.DOCUMENT_NUMBER, "1/BC"));
  }

  private void step(String businessKey, String step, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(step)
        .singleResult();
    taskService.complete(task.getId(), variables);
  }

  private Target target(String name, String businessKey, String step, long planId, String number, Set<String> units) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(step).list()
        .get(0);
    String commune = task.getTenantId();
    String coordinating = commune.equals("namanphu") ? "namanphuvhxh" : "quyetthangttpvhcc";
    return new Target(name, task.getId(), task.getProcessInstanceId(), planId, number, commune, units, coordinating);
  }

  /** A refusal answered before reaching the server (the webapps refused the login). */
  private record Refusal(int statusCode) implements HttpResponse<String> {
    public HttpRequest request() {
      return null;
    }

    public java.util.Optional<HttpResponse<String>> previousResponse() {
      return java.util.Optional.empty();
    }

    public java.net.http.HttpHeaders headers() {
      return java.net.http.HttpHeaders.of(Map.of(), (a, b) -> true);
    }

    public String body() {
      return "";
    }

    public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
      return java.util.Optional.empty();
    }

    public URI uri() {
      return null;
    }

    public HttpClient.Version version() {
      return HttpClient.Version.HTTP_1_1;
    }
  }
}
