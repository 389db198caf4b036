package vn.cchcflow.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A commune's plan (kế hoạch), registered once; its tasks each run as a PlanTaskProcess instance. */
@Entity
@Table(name = "cchc_plan")
public class Plan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String commune;
  private String code;
  private String title;
  private LocalDate periodStart;
  private LocalDate periodEnd;
  private Instant createdAt;
  private String createdBy;
  @Convert(converter = PlanCommitmentsConverter.class)
  @Column(name = "facts_json")
  private PlanCommitments commitments;

  @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<PlanTask> tasks = new ArrayList<>();

  protected Plan() {
  }

  Plan(String commune, String code, String title, LocalDate periodStart, LocalDate periodEnd, Instant createdAt,
       String createdBy, PlanCommitments commitments) {
    this.commune = commune;
    this.code = code;
    this.title = title;
    this.periodStart = periodStart;
    this.periodEnd = periodEnd;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
    this.commitments = commitments == null ? PlanCommitments.NONE : commitments;
  }

  void addTask(PlanTask task) {
    tasks.add(task);
  }

  public Long getId() {
    return id;
  }

  public String getCommune() {
    return commune;
  }

  public String getCode() {
    return code;
  }

  public String getTitle() {
    return title;
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public PlanCommitments getCommitments() {
    return commitments;
  }

  public List<PlanTask> getTasks() {
    return tasks;
  }
}
