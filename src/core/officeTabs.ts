/**
 * The tabs the add-on keeps for the Office beside the division tabs. A division's tab may not take one of
 * these names: the settings check refuses it, naming the cell (both shells read settings through it).
 */
export const OFFICE_TABS = {
  settings: 'Cấu hình',
  summaryLog: 'Lịch sử tổng hợp',
  reminderLog: 'Nhật ký nhắc hạn',
  comments: 'Góp ý',
  submissionHistory: 'Lịch sử nộp, mở lại',
  versionRecords: 'Dữ liệu tổng hợp',
} as const;

/** The archive tab of each past period begins so ("Lưu trữ 6 tháng đầu năm 2024", core/periods/archive.ts). */
export const ARCHIVE_TAB_PREFIX = 'Lưu trữ ';

export const OFFICE_TAB_NAMES: readonly string[] = Object.values(OFFICE_TABS);
