package vn.cchcflow.report;

import java.time.LocalDate;
import java.util.List;
import vn.cchcflow.plan.PlanKind;
import vn.cchcflow.report.internal.ReportSamples;
import vn.cchcflow.tasklifecycle.DeliverableKind;

/** A quarterly report of xã Nam An Phụ (seed 001) with everything a period report says, built by hand. */
final class ReportDocumentSamples {

  static final String VHXH = "Phòng Văn hóa - Xã hội";
  static final String TTPVHCC = "Trung tâm Phục vụ hành chính công";
  static final String KINHTE = "Phòng Kinh tế";

  private ReportDocumentSamples() {
  }

  static ReportContent namAnPhuQ1(PlanKind kind) {
    ReportFigures sample = ReportSamples.namAnPhuQ1();
    ReportFigures f = new ReportFigures(sample.communeId(), sample.communeName(), sample.province(), sample.period(),
        sample.asOf(), sample.total(), sample.byArea(), sample.byUnit(), sample.tasks(), sample.overdue(),
        sample.targets(), List.of(
            new ReportFigures.StandingDutyLine("KH-CCHC-2026", "3", "Xây dựng Báo cáo CCHC hàng quý và năm",
                DeliverableKind.RESULT, LocalDate.of(2026, 3, 4), 1, 0, 1, 0, List.of()),
            new ReportFigures.StandingDutyLine("KH-CCHC-2026", "18", "Cập nhật, công khai TTHC trên Cơ sở dữ liệu "
                + "Quốc gia về TTHC (báo cáo tiến độ quý I)", DeliverableKind.PROGRESS_REPORT,
                LocalDate.of(2026, 2, 25), 5, 4, 0, 1, List.of(KINHTE))));
    List<ReportContent.AreaResult> areas = f.byArea().stream().map(g -> new ReportContent.AreaResult(g.name(),
        g.counts(), g.name().startsWith("I.") ? List.of(
            new ReportContent.UnitText(VHXH, "Tham mưu ban hành Kế hoạch cải cách hành chính, Kế hoạch tuyên truyền "
                + "năm 2026; tổng hợp báo cáo quý I."))
            : g.name().startsWith("III.") ? List.of(new ReportContent.UnitText(TTPVHCC,
                "Tiếp nhận 1.245 hồ sơ, giải quyết đúng hạn 99,1%; công khai đầy đủ thủ tục hành chính."))
            : List.of())).toList();
    List<ReportContent.OverdueItem> overdue = f.overdue().stream().map(t -> new ReportContent.OverdueItem(t,
        t.number().equals("29") ? "Chờ hướng dẫn của Sở Tài chính về định mức sử dụng tài sản công" : null,
        t.number().equals("29") ? LocalDate.of(2026, 5, 15) : null)).toList();
    List<ReportContent.TargetResult> targets = List.of(
        new ReportContent.TargetResult("c", "Hoàn thành, bảo đảm tiến độ, chất lượng 100% nhiệm vụ cụ thể trong Kế "
            + "hoạch cải cách hành chính năm 2026 của xã.", "tối thiểu 100%", "57,1%", false,
            ReportContent.Source.COMPUTED, "Hệ thống tính: 4/7 nhiệm vụ đã đến hạn hoặc đã hoàn thành được hoàn "
            + "thành đúng hạn"),
        new ReportContent.TargetResult("22", "Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia đạt tối "
            + "thiểu 80%", "tối thiểu 80%", "72,5%", false, ReportContent.Source.UNIT_REPORTED,
            TTPVHCC + " báo cáo; căn cứ: Báo cáo số 15/BC-TTPVHCC ngày 28/03/2026"),
        new ReportContent.TargetResult("f", "Mức độ hài lòng của người dân và doanh nghiệp về giải quyết thủ tục hành "
            + "chính đạt 90% trở lên.", "tối thiểu 90%", null, null, ReportContent.Source.NONE,
            "Chưa đơn vị nào báo cáo"));
    List<ReportContent.NextTask> next = List.of(
        new ReportContent.NextTask("KH-CCHC-2026", "29", "Ban hành quy chế quản lý, sử dụng tài sản công", KINHTE,
            LocalDate.of(2026, 5, 15), "Chuyển tiếp; đơn vị đề xuất hoàn thành trước 15/05/2026"),
        new ReportContent.NextTask("KH-CCHC-2026", "28", "Thực hiện Tổng kiểm kê tài sản công", KINHTE,
            LocalDate.of(2026, 5, 31), "Đến hạn trong kỳ"),
        new ReportContent.NextTask("KH-CCHC-2026", "3", "Xây dựng Báo cáo CCHC hàng quý và năm", VHXH,
            LocalDate.of(2026, 6, 4), "Định kỳ (Trước ngày 05 của tháng cuối quý)"));
    return new ReportContent(f, 1L, "KH-CCHC-2026", "Kế hoạch cải cách hành chính nhà nước xã Nam An Phụ năm 2026",
        kind, List.of(), areas, overdue, targets, f.period().next(), next,
        "Trong quý I năm 2026, Ủy ban nhân dân xã đã ban hành kịp thời Kế hoạch cải cách hành chính năm 2026 và các "
            + "kế hoạch chuyên đề.\nCòn 02 nhiệm vụ chưa hoàn thành, quá hạn do phụ thuộc hướng dẫn của cấp trên.",
        List.of(new ReportContent.UnitText(KINHTE, "Chưa có hướng dẫn về định mức sử dụng tài sản công.")),
        "Đề nghị Sở Tài chính sớm ban hành hướng dẫn định mức sử dụng tài sản công.\n"
            + "Đề nghị thành phố mở kết nối IOC cho cấp xã.");
  }

  static ReportDocumentInfo info(String signerTitle) {
    return new ReportDocumentInfo("UBND Thành phố Hải Phòng", "Ủy ban nhân dân xã Nam An Phụ", "12/BC-UBND",
        "Nam An Phụ", LocalDate.of(2026, 3, 3), List.of("Sở Nội vụ thành phố Hải Phòng", "UBND thành phố",
        "TT Đảng ủy, HĐND xã", "Lãnh đạo UBND xã", "Lưu: VT, VHXH"), "TM. Ủy ban nhân dân\nKT. Chủ tịch",
        signerTitle, "Trần Văn Hùng");
  }
}
