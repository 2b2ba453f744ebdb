import type { StaleNoticeText } from '../en/notices';

export const staleNoticesVi: StaleNoticeText = {
  outOfDate: 'KẾT QUẢ ĐÃ CŨ: bảng dữ liệu đã thay đổi sau lần chạy ngày {date}; hãy chạy lại kịch bản',
  edited: 'KẾT QUẢ ĐÃ CŨ: kịch bản đã được sửa sau lần chạy ngày {date}; hãy chạy lại kịch bản',
  followed: 'CÓ THỂ ĐÃ CŨ: các kịch bản đã được chạy lại ngày {date} mà không ghi lại trang này; hãy theo dõi lại những người này để ghi trang mới',
};
