package vn.cchcflow.notification;

/** What a notice says about the plan task it concerns, from the plan's facts (the plan provides it). */
public interface NoticeSubjects {

  Subject of(long planTaskId);

  record Subject(String number, String planTitle, String deadlineText) {
  }
}
