package vn.cchcflow.schedule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The working-day calendar notices are sent by (see {@link CalendarProperties} for its settings). */
@Configuration
class WorkingCalendarConfiguration {

  @Bean
  WorkingCalendar workingCalendar(CalendarProperties properties) {
    return properties.calendar();
  }
}
