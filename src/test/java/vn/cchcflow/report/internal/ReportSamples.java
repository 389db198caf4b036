package vn.cchcflow.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cchcflow.report.CityRollup;
import vn.cchcflow.report.ReportFigures;
import vn.cchcflow.report.ReportFigures.TargetLine;
import vn.cchcflow.report.ReportFigures.TaskLine;
import vn.cchcflow.report.ReportPeriod;
import vn.cchcflow.report.StatusCounts;
import vn.cchcflow.tasklifecycle.TaskStatus;

/** Figures and document details built by hand for the writers' tests. */
public final class ReportSamples {

  static final String VHXH = "Phòng Văn hóa - Xã hội";
  static final String TTPVHCC = "Trung tâm Phục vụ hành chính công";
  static final String VPUB = "Văn phòng HĐND và UBND";
  static final String KINHTE = "Phòng Kinh tế";
  static final String TTDVSNC = "Trung tâm Dịch vụ sự nghiệp công";
  static final String AREA_1 = "I. Chỉ đạo điều hành, kiểm tra và tuyên truyền";
  static final String AREA_3 = "III. Cải cách thủ tục hành chính";
  static final String PLAN = "KH-CCHC-2026";
  static final ReportPeriod Q1_2026 = ReportPeriod.parse("2026-Q1").orElseThrow();

  private ReportSamples() {
  }

  /** 2 areas, 2 units, 6 tasks in all five statuses, one overdue with a reason, one target met, one not. */
  static ReportFigures small() {
    List<TaskLine> tasks = List.of(
        task("1", AREA_1, "Ban hành Kế hoạch cải cách hành chính năm 2026", VHXH, "Trước ngày 15/01/2026",
            d("2026-01-15"), TaskStatus.DONE_ON_TIME, d("2026-01-12"), null, 0, null),
        task("2", AREA_1, "Ban hành, triển khai Kế hoạch tuyên truyền cải cách hành chính năm 2026", VHXH,
            "Tháng 02/2026", d("2026-02-28"), TaskStatus.DONE_LATE, d("2026-03-06"), null, 0, null),
        task("3", AREA_1, "Xây dựng Báo cáo CCHC hàng quý và năm", VHXH, "Trước ngày 05 của tháng cuối quý",
            d("2026-03-05"), TaskStatus.OVERDUE, null, "Thực hiện nhiệm vụ", 26,
            "Các đơn vị chưa gửi số liệu"),
        task("7", AREA_1, "Tham gia Hội thi trực tuyến tìm hiểu công tác Cải cách hành chính", VHXH,
            "Khi thành phố tổ chức", null, TaskStatus.NO_DEADLINE, null, "Chờ xác định thời hạn", 0, null),
        task("17", AREA_3, "Xây dựng Kế hoạch công tác cải cách thủ tục hành chính", TTPVHCC, "Quý II/2026",
            d("2026-06-30"), TaskStatus.IN_PROGRESS, null, "Thực hiện nhiệm vụ", 0, null),
        task("18", AREA_3, "Cập nhật, công khai TTHC trên Cơ sở dữ liệu Quốc gia về TTHC", TTPVHCC, "Thường xuyên",
            d("2026-03-31"), TaskStatus.DONE_ON_TIME, d("2026-03-20"), null, 0, null));
    List<TargetLine> targets = List.of(
        new TargetLine("CT1", "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn", "tối thiểu 98%", "99,2%", true),
        new TargetLine("CT2", "Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia", "tối thiểu 80%", "65%",
            false));
    return figures(d("2026-03-31"), tasks, targets);
  }


  /** The same figures with no overdue task and no target. */
  static ReportFigures withoutOverdueAndTargets() {
    ReportFigures f = small();
    return new ReportFigures(f.communeId(), f.communeName(), f.province(), f.period(), f.asOf(), f.total(),
        f.byArea(), f.byUnit(), f.tasks(), List.of(), List.of(), List.of());
  }

  static CityRollup rollup() {
    return new CityRollup(Q1_2026, List.of(
        new CityRollup.Row(1, "namanphu", "Xã Nam An Phụ", new StatusCounts(20, 2, 10, 1, 2)),
        new CityRollup.Row(2, "aiquoc", "Phường Ái Quốc", new StatusCounts(12, 3, 14, 0, 1)),
        new CityRollup.Row(3, "quyetthang", "Xã Quyết Thắng", new StatusCounts(0, 0, 5, 3, 0))));
  }

  // ---- xã Nam An Phụ, quý I năm 2026: the 35 tasks of the CCHC 2026 plan (seed 001) as of 31/03/2026

  public static ReportFigures namAnPhuQ1() {
    String a1 = AREA_1;
    String a2 = "II. Cải cách thể chế";
    String a3 = AREA_3;
    String a4 = "IV. Cải cách tổ chức bộ máy";
    String a5 = "V. Cải cách chế độ công vụ";
    String a6 = "VI. Cải cách tài chính công";
    String a7 = "VII. Xây dựng Chính quyền điện tử, Chính quyền số";
    LocalDate yearEnd = d("2026-12-31");
    List<TaskLine> t = new ArrayList<>();
    t.add(task("1", a1, "Ban hành Kế hoạch cải cách hành chính năm 2026", VHXH, "Trước ngày 15/01/2026",
        d("2026-01-15"), TaskStatus.DONE_ON_TIME, d("2026-01-09"), null, 0, null));
    t.add(task("2", a1, "Ban hành, triển khai thực hiện Kế hoạch tuyên truyền cải cách hành chính nhà nước xã Nam An "
        + "Phụ năm 2026", VHXH, "Quý I/2026", d("2026-03-31"), TaskStatus.DONE_ON_TIME, d("2026-02-10"), null, 0,
        null));
    t.add(task("3", a1, "Xây dựng Báo cáo CCHC hàng quý và năm về thực hiện công tác CCHC trên địa bàn xã", VHXH,
        "Trước ngày 05 của tháng cuối quý", d("2026-03-05"), TaskStatus.DONE_LATE, d("2026-03-09"), null, 0, null));
    t.add(task("4", a1, "Thực hiện tự đánh giá Chỉ số CCHC và đánh giá trách nhiệm người đứng đầu", VHXH,
        "Quý IV/2026", yearEnd, TaskStatus.IN_PROGRESS, null, "Thực hiện nhiệm vụ", 0, null));
    t.add(task("5", a1, "Phối hợp khảo sát đo lường sự hài lòng của người dân, tổ chức", VHXH,
        "Cả năm 2026/theo thời gian đánh giá của Bộ Y tế", yearEnd, TaskStatus.IN_PROGRESS, null,
        "Góp ý của đơn vị phối hợp", 0, null));
    t.add(task("6", a1, "Kiểm tra cải cách hành chính các cơ quan chuyên môn", VHXH, "Cả năm 2026", yearEnd,
        TaskStatus.IN_PROGRESS, null, "Thực hiện nhiệm vụ", 0, null));
    t.add(task("7", a1, "Tham gia Hội thi trực tuyến tìm hiểu công tác Cải cách hành chính thành phố Hải Phòng năm "
        + "2026", VHXH, "Khi thành phố tổ chức", null, TaskStatus.NO_DEADLINE, null, "Chờ xác định thời hạn", 0,
        null));
    t.add(task("8", a1, "Tham gia cuộc thi phát thanh viên tuyên truyền về cải cách hành chính", TTDVSNC, "Tháng 11",
        d("2026-11-30"), TaskStatus.IN_PROGRESS, null, "Phân công thực hiện", 0, null));
    t.add(task("9", a1, "Tham gia xây dựng các chuyên đề phát thanh tuyên truyền về CCHC", TTDVSNC,
        "Tháng 10 hàng năm", d("2026-10-31"), TaskStatus.IN_PROGRESS, null, "Thực hiện nhiệm vụ", 0, null));
    for (String[] x : new String[][] {
        {"10", "Tham gia tập huấn, họp giao ban nghiệp vụ về xây dựng, ban hành văn bản quy phạm pháp luật"},
        {"11", "Ban hành, triển khai kế hoạch rà soát văn bản quy phạm pháp luật năm 2026 của xã"},
        {"12", "Ban hành, tổ chức thực hiện kế hoạch kiểm tra, xử lý văn bản quy phạm pháp luật"},
        {"13", "Tăng cường kiểm tra văn bản quy phạm pháp luật"},
        {"14", "Ban hành Kế hoạch triển khai các hoạt động tổ chức thi hành pháp luật trên địa bàn xã"},
        {"16", "Tiếp nhận và xử lý kiến nghị về văn bản quy phạm pháp luật"}}) {
      t.add(task(x[0], a2, x[1], VPUB, "Cả năm 2026", yearEnd, TaskStatus.IN_PROGRESS, null, "Thực hiện nhiệm vụ", 0,
          null));
    }
    t.add(task("15", a2, "Ban hành Kế hoạch theo dõi việc thi hành văn bản quy phạm pháp luật hằng năm", VPUB,
        "Ngay sau khi thành phố ban hành Kế hoạch", null, TaskStatus.NO_DEADLINE, null, "Chờ xác định thời hạn", 0,
        null));
    t.add(task("17", a3, "Xây dựng Kế hoạch công tác cải cách thủ tục hành chính, kiểm soát thủ tục hành chính",
        TTPVHCC, "Quý I năm 2026", d("2026-03-31"), TaskStatus.DONE_ON_TIME, d("2026-01-28"), null, 0, null));
    for (String[] x : new String[][] {
        {"18", "Cập nhật, công khai TTHC trên Cơ sở dữ liệu Quốc gia về TTHC, cổng thông tin điện tử xã"},
        {"19", "Tổ chức rà soát, đơn giản hóa thủ tục hành chính"},
        {"20", "Tiếp tục thực hiện thủ tục hành chính không phụ thuộc vào địa giới hành chính"},
        {"21", "Tiếp nhận, xử lý, công khai kết quả xử lý phản ánh, kiến nghị về quy định thủ tục hành chính"},
        {"22", "Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia đạt tối thiểu 80%"}}) {
      t.add(task(x[0], a3, x[1], TTPVHCC, "Thường xuyên", d("2026-03-31"),
          x[0].equals("18") ? TaskStatus.DONE_ON_TIME : TaskStatus.IN_PROGRESS,
          x[0].equals("18") ? d("2026-03-27") : null, x[0].equals("18") ? null : "Kiểm tra định kỳ", 0, null));
    }
    t.add(task("23", a4, "Xây dựng chính sách, pháp luật về tổ chức bộ máy hành chính nhà nước", VHXH, "Cả năm 2026",
        yearEnd, TaskStatus.IN_PROGRESS, null, "Thực hiện nhiệm vụ", 0, null));
    t.add(task("24", a4, "Tổ chức sắp xếp, kiện toàn các cơ quan trong bộ máy hành chính nhà nước", VHXH,
        "Theo hướng dẫn của Trung ương và Kế hoạch số 310/KH-UBND ngày 24/11/2025 của UBND thành phố", null,
        TaskStatus.NO_DEADLINE, null, "Chờ xác định thời hạn", 0, null));
    t.add(task("25", a4, "Thực hiện các quy định về phân cấp quản lý giữa UBND xã với các cơ quan chuyên môn", VHXH,
        "Cả năm 2026", yearEnd, TaskStatus.IN_PROGRESS, null, "Thực hiện nhiệm vụ", 0, null));
    t.add(task("26", a5, "Đổi mới phương pháp, quy trình đánh giá, phân loại cán bộ, công chức, viên chức", VHXH,
        "Cả năm 2026", yearEnd, TaskStatus.IN_PROGRESS, null, "Thực hiện nhiệm vụ", 0, null));
    t.add(task("27", a5, "Ban hành và triển khai Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức", VHXH,
        "Cả năm 2026", yearEnd, TaskStatus.IN_PROGRESS, null, "Thực hiện nhiệm vụ", 0, null));
    t.add(task("28", a6, "Thực hiện Tổng kiểm kê tài sản công tại cơ quan, tổ chức, đơn vị", KINHTE,
        "Tháng 01/2026 đến tháng 5/2026", d("2026-05-31"), TaskStatus.IN_PROGRESS, null, "Thực hiện nhiệm vụ", 0,
        null));
    t.add(task("29", a6, "Ban hành quy chế quản lý, sử dụng tài sản công của các cơ quan, đơn vị", KINHTE,
        "Trước ngày 15/02/2026", d("2026-02-15"), TaskStatus.OVERDUE, null, "Thực hiện nhiệm vụ", 44,
        "Chờ hướng dẫn của Sở Tài chính về định mức sử dụng tài sản công"));
    t.add(task("30", a6, "Tiếp tục thực hiện cơ chế tự chủ đối với đơn vị sự nghiệp công lập", KINHTE,
        "Cả năm 2026", yearEnd, TaskStatus.IN_PROGRESS, null, "Thực hiện nhiệm vụ", 0, null));
    t.add(task("31", a7, "Tham gia các lớp Tập huấn ứng dụng trí tuệ nhân tạo, CNTT và chuyển đổi số", VHXH,
        "Tháng 10/2026", d("2026-10-31"), TaskStatus.IN_PROGRESS, null, "Phân công thực hiện", 0, null));
    t.add(task("32", a7, "Triển khai tích hợp dữ liệu lên hệ thống IOC thành phố", VHXH, "Trước ngày 20/03/2026",
        d("2026-03-20"), TaskStatus.OVERDUE, null, "Nộp sản phẩm", 11,
        "Hệ thống IOC của thành phố chưa mở kết nối cho cấp xã"));
    t.add(task("33", a7, "Tham gia Tập huấn quản trị, khai thác dữ liệu số", VHXH, "Tháng 7-9/2026", d("2026-09-30"),
        TaskStatus.IN_PROGRESS, null, "Phân công thực hiện", 0, null));
    t.add(task("34", a7, "Triển khai áp dụng Tiêu chuẩn TCVN ISO 18091:2020", VHXH, "Cả năm 2026", yearEnd,
        TaskStatus.IN_PROGRESS, null, "Thực hiện nhiệm vụ", 0, null));
    t.add(task("35", a7, "Kiểm tra việc duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015", VHXH,
        "Cả năm 2026", yearEnd, TaskStatus.IN_PROGRESS, null, "Thực hiện nhiệm vụ", 0, null));
    List<TargetLine> targets = List.of(
        new TargetLine("CT1", "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn", "tối thiểu 98%", "99,1%", true),
        new TargetLine("CT2", "Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán của dịch vụ công",
            "tối thiểu 80%", "72,5%", false),
        new TargetLine("CT3", "Mức độ hài lòng của người dân, tổ chức đối với dịch vụ hành chính công", "trên 95%",
            null, null));
    return figures(d("2026-03-31"), t, targets);
  }


  // ---- building blocks

  static TaskLine task(String number, String area, String content, String unit, String deadlineText, LocalDate due,
                       TaskStatus status, LocalDate completedOn, String step, int daysOverdue, String reason) {
    return new TaskLine(PLAN, number, area, content, unit, deadlineText, due, status, completedOn,
        step == null ? List.of() : List.of(step), daysOverdue, reason, null);
  }

  /** Figures whose counts are computed from the tasks, as the calculator does. */
  static ReportFigures figures(LocalDate asOf, List<TaskLine> tasks, List<TargetLine> targets) {
    StatusCounts total = StatusCounts.ZERO;
    Map<String, StatusCounts> byArea = new LinkedHashMap<>();
    Map<String, StatusCounts> byUnit = new LinkedHashMap<>();
    for (TaskLine task : tasks) {
      total = total.plus(task.status());
      byArea.put(task.area(), byArea.getOrDefault(task.area(), StatusCounts.ZERO).plus(task.status()));
      byUnit.put(task.leadUnits(), byUnit.getOrDefault(task.leadUnits(), StatusCounts.ZERO).plus(task.status()));
    }
    List<TaskLine> overdue = tasks.stream().filter(t -> t.status() == TaskStatus.OVERDUE)
        .sorted((a, b) -> Integer.compare(b.daysOverdue(), a.daysOverdue())).toList();
    return new ReportFigures("namanphu", "Xã Nam An Phụ", "Thành phố Hải Phòng", Q1_2026, asOf, total,
        groups(byArea), groups(byUnit), tasks, overdue, targets, List.of());
  }

  private static List<ReportFigures.Group> groups(Map<String, StatusCounts> counts) {
    return counts.entrySet().stream().map(e -> new ReportFigures.Group(e.getKey(), e.getValue())).toList();
  }

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }
}
