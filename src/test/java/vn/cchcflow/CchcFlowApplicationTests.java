package vn.cchcflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * The app as started by the README: every model in processes/ and form in forms/ is deployed, each model
 * has its diagram and a history time to live, every user task has a deployed form, a Vietnamese name
 * and candidate groups or an assignee.
 */
@AppOnH2
class CchcFlowApplicationTests {

  @Autowired
  RepositoryService repository;

  @Autowired
  TestRestTemplate http;

  @Test
  void deploys_every_process_and_form_of_the_repository() throws IOException {
    List<String> deployed = deployedResourceNames();
    for (Path file : files("processes", ".bpmn")) {
      assertThat(deployed).as("deployed resources").anyMatch(name -> name.endsWith(file.getFileName().toString()));
    }
    for (Path file : files("forms", ".form")) {
      assertThat(deployed).as("deployed resources").anyMatch(name -> name.endsWith(file.getFileName().toString()));
    }
  }

  @Test
  void every_process_has_a_diagram_a_history_time_to_live_and_forms_for_its_user_tasks() throws IOException {
    List<String> formIds = files("forms", ".form").stream().map(CchcFlowApplicationTests::formId).toList();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
      assertThat(definition.getHistoryTimeToLive()).as("%s historyTimeToLive", definition.getKey()).isPositive();
      assertThat(model.getModelElementsByType(BpmnDiagram.class)).as("%s diagram", definition.getKey()).isNotEmpty();
      for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
        assertThat(model.getModelElementsByType(BpmnShape.class))
            .as("%s has a shape for %s", definition.getKey(), node.getId())
            .anyMatch(shape -> shape.getBpmnElement() == node);
      }
      assertThat(model.getModelElementsByType(Process.class)).allSatisfy(p ->
          assertThat(p.getName()).as("process name in Vietnamese").matches(".*[àáảãạăâđèéêìíòóôơùúưỳý].*"));
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        assertThat(task.getName()).as("name of %s", task.getId()).isNotBlank();
        assertThat(formIds).as("form of %s", task.getId()).contains(task.getCamundaFormRef());
        assertThat(task.getCamundaCandidateGroups() != null || task.getCamundaAssignee() != null)
            .as("%s has candidate groups or an assignee", task.getId()).isTrue();
        assertThat(task.getCamundaDueDate()).as("due date of %s", task.getId()).isNotBlank();
        assertThat(task.getCamundaFollowUpDate()).as("follow-up date of %s", task.getId()).isNotBlank();
      }
    }
  }

  @Test
  void forms_stay_within_what_tasklist_7_24_renders() throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (Path file : files("forms", ".form")) {
      JsonNode form = json.readTree(file.toFile());
      assertThat(form.get("schemaVersion").asInt()).as("%s schemaVersion", file).isLessThanOrEqualTo(16);
      assertThat(form.get("id").asText() + ".form").as("file name = form id").isEqualTo(file.getFileName().toString());
    }
  }

  @Test
  void engine_rest_lists_the_deployed_processes_to_an_authenticated_user() {
    var answer = http.withBasicAuth("admin", "demo").getForEntity("/engine-rest/process-definition", String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody()).contains("\"key\":\"PlanTaskProcess\"");
  }

  @Test
  void answers_404_for_a_missing_static_file() {
    assertThat(http.getForEntity("/camunda/app/welcome/default/no-such-file.js", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  private List<String> deployedResourceNames() {
    return repository.createDeploymentQuery().list().stream()
        .flatMap(d -> repository.getDeploymentResources(d.getId()).stream()).map(Resource::getName).toList();
  }

  private static List<Path> files(String directory, String suffix) throws IOException {
    try (Stream<Path> paths = Files.list(Path.of(directory))) {
      List<Path> found = paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
      assertThat(found).as("files in %s", directory).isNotEmpty();
      return found;
    }
  }

  private static String formId(Path file) {
    try {
      return new ObjectMapper().readTree(file.toFile()).get("id").asText();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
