"""deadlines round 9c (issue #14): a planned opening `từ` a time after a completion phrase, `Thủ đô` as a public
subject, a system, a task (`việc ...`) or a document (`Đề án`, `Đồ án`, `Dự thảo`) as the subject of a plan to
complete it, and `xong` as the completion (corpus sentences, with near-miss traps)."""
from __future__ import annotations

import pytest

from tests.test_deadlines import run

# a plan word, then a work opened `từ` a time: that time is the plan's due time, `từ` part of its marker
PLANNED_OPENINGS = [
    ("Tuyến Nhổn - Ga Hà Nội dự kiến hoàn thành, đưa vào khai thác từ cuối năm 2021.", "2017-02-10",
     "từ cuối năm 2021", "2021"),
    ("Tuyến metro số 1 dự kiến đưa vào khai thác từ năm 2020.", "2017-02-10", "từ năm 2020", "2020"),
    ("Bệnh viện Ung bướu dự kiến đưa vào sử dụng từ tháng 9/2017.", "2017-05-10", "từ tháng 9/2017", "2017-09"),
]


@pytest.mark.parametrize("text,published,due_text,due", PLANNED_OPENINGS)
def test_a_planned_opening_from_a_time_is_a_deadline(text, published, due_text, due):
    _, rows = run(text, published)
    assert [(r["due_text"], r["due"]) for r in rows] == [(due_text, due)]
    assert not rows[0]["task"].endswith("từ")


@pytest.mark.parametrize("text,published", [
    ("Cầu phao Bắc Danh được đưa vào sử dụng từ tháng 10/2016.", "2017-05-10"),  # told, no plan word
    ("Tuyến đường này đã được đưa vào khai thác từ năm 2010, đáp ứng cho khoảng 50.000 lượt ô tô qua lại.",
     "2017-05-10"),  # done
    ("Tàu ngầm KRI Nanggala 402 được đưa vào hoạt động từ năm 1981.", "2021-04-23"),  # history
    ("EcoDC sẽ chính thức ra mắt và bắt đầu đi vào hoạt động từ tháng 4/2021.", "2021-04-15"),  # a company's start
    ("Quyết định 26 sẽ có hiệu lực từ ngày 1/7/2017.", "2017-05-10"),  # an entry into force
    ("Theo kế hoạch, chợ hoàn thành và đưa vào sử dụng từ tháng 2/2017 nhưng thực tế đến nay công trình này vẫn "
     "đang dang dở.", "2017-06-10"),  # a missed plan, a report
])
def test_a_start_told_is_no_deadline(text, published):
    _, rows = run(text, published)
    assert rows == []


# `Thủ đô` is the capital's public body; a system, a task (`việc ...`) or a document is a work to complete
PLAN_SUBJECTS = [
    ("Thủ đô sẽ hoàn thành việc cải tạo 100 trường học vào cuối năm nay.", "2017-05-10", "vào cuối năm nay", "2017"),
    ("Hệ thống quản lý vận tải hành khách công cộng bằng xe buýt dự kiến xong trong tháng 10/2017.", "2017-05-10",
     "trong tháng 10/2017", "2017-10"),
    ("Hệ thống camera giám sát giao thông dự kiến xong trong tháng 10/2017.", "2017-05-10",
     "trong tháng 10/2017", "2017-10"),
    ("Việc xử lý các vi phạm sẽ hoàn thành trong tháng 9/2017.", "2017-05-10", "trong tháng 9/2017", "2017-09"),
    ("Việc sửa chữa phải hoàn thành trong tháng 7.", "2017-05-10", "trong tháng 7", "2017-07"),
    ("Đề án xe máy sẽ được trình HĐND Hà Nội vào đầu tháng 7.", "2017-05-10", "vào đầu tháng 7", "2017-07"),
    ("Đồ án quy hoạch này sẽ phải hoàn thành và trình Thủ tướng Chính phủ phê duyệt trong quý III/2017.",
     "2017-05-10", "trong quý III/2017", "2017-Q3"),
]


@pytest.mark.parametrize("text,published,due_text,due", PLAN_SUBJECTS)
def test_a_public_subject_or_work_to_complete_has_a_due_time(text, published, due_text, due):
    _, rows = run(text, published)
    assert [(r["due_text"], r["due"]) for r in rows] == [(due_text, due)]


@pytest.mark.parametrize("text,published", [
    ("Hệ thống đã hoàn thành vào tháng 3/2017.", "2017-05-10"),  # done
    ("Việc thi công đã hoàn thành trong tháng 4.", "2017-05-10"),  # done
    ("Hệ thống điện sẽ được bảo trì vào ngày 15/5.", "2017-05-10"),  # a scheduled event, nothing completed
    ("Việc kiểm tra công vụ này sẽ kéo dài đến hết tháng 3.", "2017-02-10"),  # a period
    ("Việc bàn giao xe cho khách hàng của công ty sẽ hoàn thành trong tháng 6.", "2017-05-10"),  # a company's
    ("Dự thảo Luật sẽ được Quốc hội xem xét vào kỳ họp tháng 10.", "2017-05-10"),  # a session, nothing completed
    ("Thủ đô đón 2 triệu lượt khách trong tháng 4/2017.", "2017-05-10"),  # a statistic
])
def test_a_subject_without_a_plan_to_complete_is_none(text, published):
    _, rows = run(text, published)
    assert rows == []


def test_a_task_of_a_public_work_after_its_body_is_a_plan():
    text = ("Trong thời gian tới, đơn vị sẽ tiến hành các biện pháp xử lý sự cố. Dự tính, việc xử lý sự cố thấm thân "
            "đập công trình thủy lợi Hồ Núi Cốc sẽ hoàn thành vào cuối tháng 7/2017 với vốn đầu tư ban đầu là hơn 76 tỉ "
            "đồng.")
    _, rows = run(text, "2017-06-20")
    assert [r["due_text"] for r in rows] == ["vào cuối tháng 7/2017"]


@pytest.mark.parametrize("text", [
    # a work of a foreign story, named by the sentence before
    "Các lữ đoàn pháo binh Nga sẽ “thay máu” hoàn toàn bằng cách chuyển sang hệ thống pháo binh Tornado-S vào năm "
    "2020, Tướng Mikhail Matveyevsky cho biết hôm 29-5. “Việc tái trang bị cho tất cả lữ đoàn tên lửa bằng hệ thống "
    "tên lửa Iskander-M sẽ được hoàn tất vào năm 2020”, ông Matveyevsky cho biết.",
    "Apple đầu tư 920 triệu USD xây dựng trung tâm dữ liệu thứ hai ở Đan Mạch. Theo dự kiến, việc khởi động xây dựng "
    "trung tâm này sẽ bắt đầu vào quý IV năm nay tại thành phố Aabenraa và sẽ hoàn thành vào đầu năm 2019.",
    # a missed plan, without a published date to tell it is past
    "Theo kế hoạch, chợ hoàn thành và đưa vào sử dụng từ tháng 2/2017 nhưng thực tế đến nay công trình này vẫn "
    "đang dở dang.",
])
def test_a_foreign_work_or_a_missed_plan_is_none(text):
    _, rows = run(text, None)
    assert rows == []
