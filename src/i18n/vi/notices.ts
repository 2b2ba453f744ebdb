import type { StaleNoticeText } from '../en/notices';

export const staleNoticesVi: StaleNoticeText = {
  outOfDate: 'KẾT QUẢ ĐÃ CŨ: bảng dữ liệu đã thay đổi sau lần chạy ngày {date}; hãy chạy lại kịch bản',
  edited: 'KẾT QUẢ ĐÃ CŨ: kịch bản đã được sửa sau lần chạy ngày {date}; hãy chạy lại kịch bản',
};
