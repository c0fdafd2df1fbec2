"""targets, issue 17 round 4: company news (figures of a company's own accounts and plans in an article dominated by
company vocabulary), the figure of an earlier period compared with, fires as incidents, and a private person known
by the given name (not the family name) when looking for a post elsewhere in the article.

Sentences are from the news corpus (../shared/corpus/news), shortened; each class has traps that must not fire.
"""
from __future__ import annotations

import pytest

from tests.test_targets import rows


def texts_of(text: str, context: bool = True) -> list[str]:
    return [r["text"] for r in rows(text, context=context)]


# ---------------------------------------------------------------- company news: the company's own figures
VIETCOMBANK = (
    "Sáng nay (23/4), Ngân hàng TMCP Ngoại Thương Việt Nam (Vietcombank) tổ chức họp đại hội cổ đông thường niên "
    "năm 2021.\nTheo báo cáo, năm 2020, ngân hàng lãi hợp nhất trước thuế 23.050 tỷ đồng. Tổng tài sản đạt "
    "1.326.230 tỷ đồng, tăng 8,5% so với năm 2019. Dư nợ tín dụng đạt 845.128 tỷ đồng, tăng 14% so với năm 2019. "
    "Tổng huy động vốn đạt 1.053.354 tỷ đồng, tăng 10,9% so với năm 2019.\nTổng tài sản được đặt mục tiêu tăng 5%, "
    "huy động vốn từ nền kinh tế tăng 7%, tín dụng tăng 10,5%, tỷ lệ nợ xấu dưới 1%. Ngoài ra, ngân hàng cũng dự "
    "kiến trả cổ tức 2021 với tỷ lệ 8%.\nThứ hai, ngân hàng phát hành cổ phiếu riêng lẻ với quy mô 6,5% vốn điều "
    "lệ cho tối đa 99 nhà đầu tư, theo ý kiến của Ngân hàng Nhà nước và Bộ Tài chính.")
SACOMBANK = (
    "Ngày 23/4, Ngân hàng TMCP Sài Gòn Thương Tín (Sacombank) tổ chức đại hội đồng cổ đông thường niên.\n"
    "Năm 2021, Sacombank đặt chỉ tiêu tổng tài sản tăng lên 553.300 tỷ đồng, tổng nguồn vốn huy động đạt 485.500 tỷ "
    "đồng, tổng dư nợ tín dụng là 372.000 tỷ đồng và tỷ lệ nợ xấu đạt dưới 2%.\nNgân hàng dự kiến chia cổ tức cho "
    "cổ đông, lợi nhuận trước thuế của ngân hàng tăng mạnh, cổ phiếu ngân hàng được nhà đầu tư quan tâm.")


@pytest.mark.parametrize("text", [VIETCOMBANK, SACOMBANK])
def test_company_news_figures_are_no_targets(text):
    assert texts_of(text) == []


def test_public_work_on_companies_in_company_news_stays():
    # the social insurance agency's collection of companies' debts, amid much company vocabulary
    text = (SACOMBANK + "\nTháng 5, cơ quan Bảo hiểm đã gửi thư nhắc nợ tới 134 doanh nghiệp, sau đó đã có 60 đơn "
            "vị khắc phục, trả nợ được hơn 7 tỷ đồng.")
    got = texts_of(text)
    assert "60 đơn vị" in got and "hơn 7 tỷ đồng" in got, got


def test_state_programme_in_company_news_stays():
    text = SACOMBANK + "\nNăm 2017, tập đoàn đã hoàn thành cổ phần hóa 6 doanh nghiệp nhà nước và thoái vốn tại 3 công ty."
    assert "6 doanh nghiệp nhà nước" in texts_of(text)


def test_company_figures_in_public_news_are_judged_as_before():
    # one company sentence in an article about public work: the article is no company news
    text = ("UBND tỉnh tổ chức hội nghị tổng kết nhiệm vụ phát triển kinh tế - xã hội năm 2017 và triển khai kế "
            "hoạch năm 2018. Năm 2017, tỉnh đã hỗ trợ 120 doanh nghiệp đổi mới công nghệ, giải ngân 85 tỷ đồng.")
    got = texts_of(text)
    assert "120 doanh nghiệp" in got and "85 tỷ đồng" in got, got


# ---------------------------------------------------------------- the figure of an earlier period compared with
@pytest.mark.parametrize("text, kept, dropped", [
    ("Chỉ số sản xuất công nghiệp 5 tháng đầu năm của tỉnh tăng 5,7%, thấp hơn cùng kỳ năm 2016 (7,4%).",
     "5,7%", "7,4%"),
    ("Tăng trưởng kinh tế của tỉnh đạt 6,45%, cao hơn bình quân chung cả nước nhưng thấp hơn cùng kỳ năm 2016 (6,5%).",
     "6,45%", "6,5%"),
    ("Năm nay huyện đã thu ngân sách 500 tỷ đồng, cùng kỳ năm trước là 450 tỷ đồng.", "500 tỷ đồng", "450 tỷ đồng"),
])
def test_earlier_period_figure_is_no_target(text, kept, dropped):
    got = texts_of(text)
    assert kept in got and dropped not in got, got


def test_earlier_period_count_in_brackets_is_no_target():
    got = texts_of("Báo cáo nhận định số lượng kiến nghị cử tri gửi tới Chính phủ là rất lớn (3.119 kiến nghị, kỳ "
                   "trước chỉ là 856 kiến nghị).")
    assert "856 kiến nghị" not in got, got


def test_result_of_last_year_with_its_verb_stays():
    got = texts_of("Tổng mức đầu tư toàn xã hội trên địa bàn tỉnh năm ngoái đạt khoảng 41.000 tỷ đồng, tăng gần 7% "
                   "so với năm 2015.")
    assert "khoảng 41.000 tỷ đồng" in got, got


# ---------------------------------------------------------------- fires are incidents
@pytest.mark.parametrize("text", [
    "Phó Chủ tịch UBND TP cho biết, trong 6 tháng đầu năm đã diễn ra 447 vụ hỏa hoạn, giảm 12 vụ so với cùng kỳ.",
    "Trong năm, trên địa bàn huyện đã xảy ra 15 vụ hỏa hoạn, giảm 3 vụ so với năm trước.",
])
def test_fire_counts_are_no_targets(text):
    assert texts_of(text) == []


@pytest.mark.parametrize("text, span", [
    ("Huyện đã huy động gần 300 người gồm các lực lượng công an, quân đội để cùng hỗ trợ dập tắt đám cháy.",
     "gần 300 người"),
    ("Lực lượng chữa cháy đã khống chế đám cháy, cứu được 12 người ra khỏi đám cháy.", "12 người"),
])
def test_work_against_a_fire_stays(text, span):
    assert span in texts_of(text)


# ---------------------------------------------------------------- a private person: the given name holds no post
def test_shared_family_name_is_no_post():
    text = ("Ông Nguyễn Văn Hùng, Chủ tịch UBND xã cho biết như vậy. Với chuyến đi biển dài gần 20 ngày, tàu của "
            "ông Nguyễn Minh bán cá được 340 triệu đồng.")
    assert "340 triệu đồng" not in texts_of(text)


def test_person_with_a_post_elsewhere_stays():
    text = ("Ông Nguyễn Đăng Khoa, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp. Ông Khoa đề nghị huyện phải di dời 4 hộ "
            "dân trong tháng 7.")
    assert "4 hộ dân" in texts_of(text)
