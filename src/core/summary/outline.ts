/** The outline of the summary report (summary-report.md): section headings and the line an empty section gets. */
export interface OutlineSection {
  heading: string;
  empty: string;
}

export const OUTLINE = {
  results: { heading: 'I. KẾT QUẢ THỰC HIỆN {PERIODYEAR}, ƯỚC THỰC HIỆN CẢ NĂM {YEAR}', empty: 'Chưa có phòng, đơn vị nào báo cáo kết quả thực hiện.' },
  shortcomings: { heading: 'II. TỒN TẠI, HẠN CHẾ, NGUYÊN NHÂN VÀ BÀI HỌC KINH NGHIỆM', empty: 'Không có tồn tại, hạn chế nào được báo cáo.' },
  nextTasks: { heading: 'III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM NHỮNG THÁNG CUỐI NĂM {YEAR}', empty: 'Chưa có nhiệm vụ, giải pháp nào được đề xuất.' },
  assignedTasks: { heading: 'IV. KẾT QUẢ THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO', empty: 'Không có nhiệm vụ được giao nào được báo cáo.' },
  targets: { heading: 'V. ĐÁNH GIÁ KHẢ NĂNG HOÀN THÀNH MỤC TIÊU GIAI ĐOẠN {FIVEYEARPERIOD}', empty: 'Không có mục tiêu nào được đánh giá.' },
  proposals: { heading: 'VI. ĐỀ XUẤT KẾ HOẠCH PHÁT TRIỂN KT-XH VÀ KẾ HOẠCH ĐẦU TƯ CÔNG NĂM {PLANYEAR}', empty: 'Không có đề xuất nào.' },
  recommendations: { heading: 'VII. KIẾN NGHỊ, ĐỀ XUẤT', empty: 'Không có kiến nghị.' },
} as const;
