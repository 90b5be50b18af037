/** The Vietnamese help of the command line. */
import { DEFAULT_REPORT } from './consolidate';
import { DEMO_FILES } from './demo';
import { DEFAULT_FORM, DEFAULT_SAMPLE, DEFAULT_SPLIT_DIR } from './formCommand';
import { DEFAULT_NEXT_DIR } from './kyMoi';
import { XLSX_COMPUTED_SECTION_ROWS } from '../core/tabLayout';

export const PROGRAM = 'bao-cao-ktxh';

export const GENERAL_HELP = `${PROGRAM} — báo cáo kinh tế - xã hội 6 tháng, cả năm của các phòng, đơn vị (làm việc không cần mạng, không cần tài khoản Google)

Cách dùng:
  ${PROGRAM} <lệnh> [tùy chọn] [tệp hoặc thư mục ...]

Lệnh:
  bieu-mau  (form)          Ghi biểu mẫu trống ra tệp .xlsx: trang tính «Cấu hình» và một trang tính
                            cho mỗi phòng, đơn vị (các mục, tiêu đề cột, danh sách chọn, định dạng số
                            và công thức như tab trên Google Trang tính); với --tach, mỗi phòng,
                            đơn vị một tệp riêng.
  kiem-tra  (check)         Kiểm tra một tệp .xlsx hoặc một thư mục các tệp (mỗi phòng, đơn vị một tệp,
                            như nhận qua e-mail); in từng lỗi kèm tệp, trang tính và ô.
  tong-hop  (consolidate)   Tổng hợp các tệp đó thành báo cáo .docx theo thể thức Nghị định 30/2020/NĐ-CP.
  ky-moi    (next-period)   Chuẩn bị kỳ báo cáo tiếp theo từ các tệp của kỳ đang kết thúc: biểu mẫu
                            kỳ mới (.xlsx) giữ chỉ tiêu mục I, nhiệm vụ chưa hoàn thành mục IV, mục
                            tiêu mục VI, các mục khác để trống; kèm cấu hình kỳ mới (.json).
  demo                      Chạy thử trên số liệu mẫu: ghi biểu mẫu, bảng tính mẫu và báo cáo tổng hợp
                            vào thư mục out/ (đây là lệnh «npm start» chạy).

Tùy chọn:
  --settings <tệp>   Cấu hình kỳ báo cáo: tệp .json như sheets-templates/settings.json (khóa nào
                     thiếu thì lấy mặc định), hoặc tệp .xlsx có trang tính «Cấu hình».
                     Không có tùy chọn này: dùng trang tính «Cấu hình» trong tệp đầu vào nếu có
                     (nhiều tệp có thì phải giống nhau), nếu không thì dùng cấu hình mặc định.
                     Cấu hình có lỗi thì dừng lại, không kiểm tra, không lập báo cáo.
  -o, --out <đường dẫn>  Tệp (hoặc thư mục) ghi kết quả. Mặc định: ${DEFAULT_FORM}, ${DEFAULT_REPORT}.
  --force            Cho phép ghi đè tệp kết quả đã có (không bao giờ ghi đè tệp đầu vào).
  --pdf              Với tong-hop: ghi thêm bản PDF để ký số cạnh tệp .docx (cần LibreOffice).
  --ky-truoc <tệp hoặc thư mục>  Với tong-hop: các tệp của cùng kỳ năm trước, để mục I so sánh
                     «so với cùng kỳ năm trước» (bảng và lời văn).
  --so-voi <tệp.json>  Với tong-hop: tệp .json lệnh tong-hop đã ghi cạnh báo cáo bản trước (hoặc
                     chính tệp .docx đó); phụ lục và màn hình ghi những gì đã thay đổi so với bản đó.
  --mau (--sample)   Với bieu-mau: điền sẵn số liệu mẫu (mặc định ghi ra ${DEFAULT_SAMPLE}).
  --tach (--split)   Với bieu-mau: mỗi phòng, đơn vị một tệp (ví dụ bieu-mau-QLKH.xlsx) trong thư mục
                     -o (mặc định ${DEFAULT_SPLIT_DIR}).
  -h, --help         In hướng dẫn này; «${PROGRAM} <lệnh> --help» in hướng dẫn của một lệnh.

Ví dụ:
  ${PROGRAM} bieu-mau --settings cau-hinh.json -o out/bieu-mau-2025.xlsx
  ${PROGRAM} bieu-mau --settings cau-hinh.json --tach -o out/gui-cac-phong/
  ${PROGRAM} kiem-tra bao-cao-nhan-ve/
  ${PROGRAM} tong-hop bao-cao-nhan-ve/ -o out/bao-cao-6-thang.docx
  ${PROGRAM} tong-hop bang-tinh-tai-tu-google.xlsx
  ${PROGRAM} tong-hop bao-cao-nhan-ve/ -o out/ban-2.docx --so-voi out/ban-1.json --ky-truoc 6-thang-2023/
  ${PROGRAM} ky-moi bao-cao-nhan-ve/ -o out/ky-moi/

Tệp tải từ Google Trang tính (Tệp → Tải xuống → Microsoft Excel (.xlsx)) dùng được làm đầu vào.

Mã thoát: 0 thành công; 1 kiem-tra còn lỗi, tong-hop không đọc được số liệu nào, hoặc cấu hình
          có lỗi (hay các tệp đầu vào mang trang tính «Cấu hình» khác nhau): khi đó không kiểm tra,
          không lập báo cáo; 2 sai cách dùng (lệnh, tùy chọn), hoặc tệp kết quả đã có mà không có
          --force, hoặc tệp kết quả trùng một tệp đầu vào (kể cả qua liên kết), có --force cũng vậy;
          3 tong-hop --pdf đã ghi .docx nhưng chưa xuất được PDF (ví dụ chưa cài LibreOffice).`;

export const COMMAND_HELP: Record<string, string> = {
  'bieu-mau': `${PROGRAM} bieu-mau [--settings <tệp>] [-o <tệp.xlsx | thư mục>] [--tach] [--mau] [--force]

Ghi biểu mẫu trống ra tệp .xlsx (mặc định ${DEFAULT_FORM}): trang tính «Cấu hình» và mỗi phòng,
đơn vị một trang tính với bảy mục, tiêu đề cột có ghi chú hướng dẫn, danh sách chọn, định dạng số,
ngày và công thức tự tính. Gửi tệp này cho các phòng, đơn vị điền rồi gửi lại.
Trang tính của phòng, đơn vị đã khóa tiêu đề và cột tự tính (không đặt mật khẩu: chỉ để tránh sửa
nhầm); các ô nhập vẫn nhập, chèn dòng được. Mục có cột tự tính (mục I) có sẵn ít nhất
${XLSX_COMPUTED_SECTION_ROWS} dòng kèm công thức; dòng có ô tự tính đã khóa thì muốn bỏ, xóa nội dung là đủ. In ra giấy A4 khổ ngang, vừa một trang theo chiều ngang.
  --tach    mỗi phòng, đơn vị một tệp riêng trong thư mục -o (mặc định ${DEFAULT_SPLIT_DIR}), tên tệp
            theo tên tab, ví dụ bieu-mau-QLKH.xlsx; mỗi tệp có trang tính «Cấu hình» (đã khóa) và
            trang tính của phòng, đơn vị đó. kiem-tra nhận ra mỗi tệp theo tên trang tính.
  --mau     điền sẵn số liệu mẫu (mặc định ghi ra ${DEFAULT_SAMPLE}).
  --force   ghi đè tệp đã có (không có --force thì không ghi tệp nào khi có tệp trùng tên).`,
  'kiem-tra': `${PROGRAM} kiem-tra <tệp.xlsx | thư mục> ... [--settings <tệp>]

Kiểm tra số liệu các phòng, đơn vị: một bảng tính có nhiều trang tính (ví dụ tải từ Google Trang tính),
hoặc một thư mục mỗi phòng, đơn vị một tệp. Trang tính được nhận ra theo tên tab, dòng tiêu đề hoặc
tên tệp. In từng lỗi, cảnh báo kèm tệp, trang tính và ô; cuối cùng là bảng tình trạng.
Một phòng, đơn vị có nhiều nguồn: trang tính có số liệu luôn được dùng thay trang tính trống; hai
nguồn cùng có số liệu thì dùng bảng tính được lưu muộn hơn (theo thời điểm lưu ghi trong tệp).
Mã thoát 1 khi còn lỗi, hoặc khi cấu hình có lỗi (khi đó không kiểm tra).`,
  'tong-hop': `${PROGRAM} tong-hop <tệp.xlsx | thư mục> ... [--settings <tệp>] [-o <tệp.docx>] [--pdf] [--force]
                     [--ky-truoc <tệp.xlsx | thư mục>] [--so-voi <tệp.json>]

Lập báo cáo tổng hợp .docx (mặc định ${DEFAULT_REPORT}) theo thể thức Nghị định 30/2020/NĐ-CP.
Tệp hỏng, thiếu hoặc sai vẫn được báo rõ; báo cáo vẫn được lập từ số liệu đọc được, phụ lục ghi
phòng, đơn vị nào chưa có số liệu. Không ghi đè báo cáo đã có nếu không có --force.
  --pdf   ghi thêm bản PDF cạnh tệp .docx (cùng tên), để ký số trên hệ thống quản lý văn bản;
          cần LibreOffice (Debian, Ubuntu: sudo apt-get install libreoffice-writer-nogui).
Cạnh tệp .docx, lệnh ghi tệp .json cùng tên: dữ liệu bản này đã báo cáo, để lần sau so sánh.
  --so-voi <tệp.json>   tệp .json của bản trước (hoặc tệp .docx của bản trước: lấy tệp .json
          cạnh nó). Phụ lục mở đầu bằng «Thay đổi so với bản …»: phòng, đơn vị nào thay đổi, số liệu
          cũ → mới, nội dung thêm, bỏ; màn hình in cùng danh sách đó.
  --ky-truoc <tệp.xlsx | thư mục>   các tệp của cùng kỳ năm trước (ví dụ 6 tháng đầu năm 2023 khi
          lập báo cáo 6 tháng đầu năm 2024). Mục I có thêm cột «Cùng kỳ năm …», «So với cùng kỳ (%)»
          và lời văn so với cùng kỳ năm trước. Tệp có tiêu đề của năm khác, kỳ khác thì bị từ chối
          (lệnh chỉ rõ tệp, trang tính, ô), không lập báo cáo.
Mã thoát 1 khi không phòng, đơn vị nào có số liệu, khi cấu hình có lỗi, hoặc khi tệp --ky-truoc, --so-voi
không dùng được: khi đó không lập báo cáo;
3 khi đã ghi .docx mà chưa xuất được PDF.`,
  'ky-moi': `${PROGRAM} ky-moi <tệp.xlsx | thư mục> ... [--settings <tệp>] [-o <thư mục>] [--force]

Chuẩn bị kỳ báo cáo tiếp theo (6 tháng → 9 tháng → cả năm → 6 tháng năm sau; quý I → II → III → IV)
từ các tệp các phòng, đơn vị đã nộp kỳ này. Ghi vào thư mục -o (mặc định ${DEFAULT_NEXT_DIR}):
  bieu-mau-<kỳ mới>.xlsx   biểu mẫu kỳ mới: mục I giữ chỉ tiêu, đơn vị tính (cùng năm: cả kế hoạch và
                           số năm trước; sang năm mới: «Thực hiện năm trước» lấy số ước cả năm, có ghi
                           chú ở ô); mục IV giữ nhiệm vụ chưa hoàn thành (văn bản, thời hạn); mục VI giữ
                           mục tiêu, đánh giá kỳ trước ghi ở ghi chú ô Đánh giá; các mục khác để trống.
  cau-hinh-<kỳ mới>.json   cấu hình kỳ mới (năm, kỳ, hạn nộp đề xuất, ngày số liệu theo Nghị định
                           09/2019/NĐ-CP); sửa nếu văn bản yêu cầu khác, rồi dùng với --settings.
Tệp của kỳ cũ giữ nguyên (là số liệu lưu trữ). Trang tính vẫn là biểu mẫu của kỳ khác với cấu hình
thì báo lỗi và trang tính kỳ mới của đơn vị đó để trống.`,
  demo: `${PROGRAM} demo [-o <thư mục>]

Chạy thử trên số liệu mẫu: ghi ${DEMO_FILES.form}, ${DEMO_FILES.sample} và ${DEMO_FILES.report}
vào thư mục out/ (hoặc thư mục cho bởi -o), in bảng tình trạng các phòng, đơn vị.`,
};
