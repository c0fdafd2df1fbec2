"""The title of an untitled text whose first line ends in a full stop (CONTRACT articles.title).

Such a line is a sentence: a headline only when the lead's first sentence restates it whole (government
sites: `UBND huyện tổ chức hội nghị ...` / `Chiều ngày 26/10, UBND huyện đã tổ chức hội nghị ...`). In
dantri texts it is mostly a photo caption or a lead the body restates later, in part, or a short caption
naming a person (corpus: 16 such first lines titled, none a headline).
"""
from __future__ import annotations

import pytest

from tests.conftest import make_doc


@pytest.mark.parametrize("text", [
    # government headlines restated by the lead's first sentence, one word (`đã`) inserted or none
    "UBND huyện tổ chức hội nghị thường kỳ đánh giá kết quả tháng 10, triển khai nhiệm vụ tháng 11.\n\n"
    "Chiều ngày 26/10, UBND huyện đã tổ chức hội nghị thường kỳ đánh giá kết quả tháng 10, triển khai "
    "nhiệm vụ tháng 11.\nTham dự hội nghị có lãnh đạo các phòng, ban.",
    "Thủ tướng họp bàn về giá điện.\n\nSáng nay, Thủ tướng họp bàn về giá điện với các bộ.\n"
    "Cuộc họp kéo dài đến trưa.",
    "Huyện ủy Hàm Thuận Bắc tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm.\n\n"
    "Sáng 5/7, Huyện ủy Hàm Thuận Bắc tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm.\n"
    "Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ.",
    # a place at the end is no person's name, even when it opens with a surname (`Hồ`, `Trần`)
    "Đoàn công tác của Bộ Y tế làm việc tại TP Hồ Chí Minh.\n\n"
    "Ngày 12/5, đoàn công tác của Bộ Y tế làm việc tại TP Hồ Chí Minh về công tác phòng chống dịch.\n"
    "Đoàn do Thứ trưởng dẫn đầu.",
    "Tỉnh Cà Mau kiểm tra tiến độ dự án tại huyện Trần Văn Thời.\n\n"
    "Sáng 3/6, tỉnh Cà Mau kiểm tra tiến độ dự án tại huyện Trần Văn Thời.\nĐoàn đã đến thăm công trường.",
])
def test_headline_restated_by_the_first_sentence(text):
    assert make_doc(text)._.layout.title == text.split("\n", 1)[0]


@pytest.mark.parametrize("text", [
    # a caption naming the person in the photo, even where the lead repeats the name and post
    "Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên.\n\nSau nhậm chức, tân Bộ trưởng Bộ Công Thương Nguyễn "
    "Hồng Diên đã chủ trì các cuộc hội nghị triển khai nhiệm vụ với các đơn vị thuộc Bộ về công tác lĩnh vực "
    "ngành.\nTại buổi làm việc, Bộ trưởng Nguyễn Hồng Diên giao nhiệm vụ cụ thể cho từng đơn vị.",
    # a caption the lead restates only in part (`trụ sở làm việc Cục ...`)
    "Trụ sở Cục Thi hành án dân sự tỉnh Đồng Nai.\n\nThanh tra Bộ Tư pháp vừa công bố quyết định thanh tra "
    "công tác đầu tư xây dựng công trình trụ sở làm việc Cục Thi hành án dân sự tỉnh Đồng Nai. Ông Đặng Quốc "
    "Tuấn - Trưởng phòng Phòng Thanh tra hành chính (Thanh tra Bộ Tư pháp) được giao làm trưởng đoàn.",
    # a short caption
    "Thang dây Cave Peak.\n\nNằm trong gói thám hiểm của một trong những khu nghỉ dưỡng sang trọng nhất ở Mỹ "
    "- Amangiri, cầu thang dây Cave Peak hiện được coi là một trong những điểm vui chơi giải trí thu hút đông "
    "khách du lịch tới nhất ở Bắc Mỹ.\nCầu cao hơn 122 mét so với mặt đất.",
    # a lead restated word for word, but far into the body (not by the first sentence)
    "Cả hai bệnh nhi đều bị thủng ruột do cây tăm xuyên qua.\n\nTrước đó, sau khi ăn cơm bé P.T.A (13 tuổi, "
    "trú xã Thanh Xuân, huyện Thanh Chương. Nghệ An) dùng tăm xỉa răng, vô tình trong lúc ngậm tăm đã nuốt "
    "vào bụng.\nCác bác sĩ cho biết cả hai bệnh nhi đều bị thủng ruột do cây tăm xuyên qua.",
    # a lead the next sentences restate in part
    "Loài sói xám cổ đại đã tồn tại được qua thời kỳ vô cùng khắc nghiệt Kỷ băng hà.\n\nNhưng sói xám (Canis "
    "lupus) là một trong những kẻ săn mồi lớn nhất vượt qua được \"đại nạn\".\nNghiên cứu mới phân tích xương "
    "cổ của loài sói xám cổ đại đã tiết lộ bí mật vì sao chúng có thể tồn tại được qua thời kỳ vô cùng khắc "
    "nghiệt Kỷ băng hà.",
    "Một hộ dân tự ý cắt đứt đường dây truyền tải điện 22KV.\n\nSự việc xảy ra khi tỉnh Quảng Ngãi vẫn mất "
    "điện trên diện rộng do ảnh hưởng bão số 9.\nMột hộ dân tại huyện Ba Tơ (Quảng Ngãi) đã tự ý cắt đứt "
    "đường dây điện 22KV đi ngang vườn nhà.",
])
def test_caption_or_lead_with_full_stop_is_no_headline(text):
    assert make_doc(text)._.layout.title is None


def test_headline_without_full_stop_needs_no_restating():
    text = "Vé trụ hạng của CLB Nam Định và nỗi buồn cựu vương V-League\n\nDân trí Nhóm dưới của V-League 2020 " \
           "đã hạ màn, với vé trụ hạng dành cho Nam Định.\nNhà cựu vô địch V-League xuống hạng."
    assert make_doc(text)._.layout.title.startswith("Vé trụ hạng")
