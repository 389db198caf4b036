package vn.cchcflow.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** The one place that knows how a plan's commitments are stored: JSON in {@code cchc_plan.facts_json}. */
@Converter
class PlanCommitmentsConverter implements AttributeConverter<PlanCommitments, String> {

  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  @Override
  public String convertToDatabaseColumn(PlanCommitments commitments) {
    try {
      return JSON.writeValueAsString(commitments == null ? PlanCommitments.NONE : commitments);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot store plan commitments", e);
    }
  }

  @Override
  public PlanCommitments convertToEntityAttribute(String column) {
    if (column == null || column.isBlank()) {
      return PlanCommitments.NONE;
    }
    try {
      return JSON.readValue(column, PlanCommitments.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored plan commitments are unreadable", e);
    }
  }
}
