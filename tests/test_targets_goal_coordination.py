"""targets, issue 17 round 13 (a blind read of 30 whole corpus articles, seed 53171: 20 baomoi government news, 10
dantri; an audit of 40 rows of a quick run, seed 8181; the dev errors as a second source): a goal coordinated with `và`
after a reached figure is the subject's next step, no goal of the figure; a plan word naming the plan a result is
measured against (`vượt kế hoạch thành phố giao`) puts no plan in force; a contrast word (`nhưng`) opens a predicate of
its own; `nút giao` (an interchange) is no `giao`; checkpoints and shelters are counted units; unsold produce is no
target.

Sentences are from the news corpus (../shared/corpus/news), shortened; each class has traps that must not fire.
"""
from __future__ import annotations

import pytest

from tests.test_targets import rows


def found(text: str) -> dict[str, str]:
    """figure text -> status"""
    return {r["text"]: r["status"] for r in rows(text)}


# ---------------------------------------------------------------- a goal coordinated after a reached figure
@pytest.mark.parametrize("sentence,figure", [
    # dantri-unc-news_society_186, baomoi-22603107
    ("Đến nay, khối lượng thi công đạt khoảng 87% và dự kiến hoàn thành cuối năm nay.", "khoảng 87%"),
    ("Kim ngạch thương mại hai nước đạt trung bình 3 tỷ USD/năm và phấn đấu nâng lên 5 tỷ USD trong những năm tới.",
     "3 tỷ USD/năm"),
])
def test_a_goal_after_va_leaves_the_reached_figure_achieved(sentence, figure):
    assert found(sentence).get(figure) == "achieved"


@pytest.mark.parametrize("sentence,figure", [
    # the goal itself stays planned; a modal right after the unit is the figure's own predicate
    ("Kim ngạch thương mại hai nước đạt trung bình 3 tỷ USD/năm và phấn đấu nâng lên 5 tỷ USD trong những năm tới.",
     "5 tỷ USD"),
    ("Chưa có DN nào được cổ phần hóa trong danh sách 39 DNNN phải cổ phần hóa năm 2017.", "39 DNNN"),
])
def test_traps_goals_stay_planned(sentence, figure):
    assert found(sentence).get(figure) == "planned"


# ---------------------------------------------------------------- the plan a result is measured against
@pytest.mark.parametrize("sentence,figure", [
    # baomoi-21478615 (dev error)
    ("Cụ thể, quận thực hiện đạt và vượt 21/22 chỉ tiêu, trong đó có 9 chỉ tiêu vượt kế hoạch thành phố giao, "
     "4 chỉ tiêu vượt kế hoạch quận đề ra.", "4 chỉ tiêu"),
    ("Cụ thể, quận thực hiện đạt và vượt 21/22 chỉ tiêu, trong đó có 9 chỉ tiêu vượt kế hoạch thành phố giao, "
     "4 chỉ tiêu vượt kế hoạch quận đề ra.", "9 chỉ tiêu"),
])
def test_a_baseline_plan_puts_no_plan_in_force(sentence, figure):
    assert found(sentence).get(figure) == "achieved"


@pytest.mark.parametrize("sentence,figure", [
    # a plan word opening the sentence stays in force
    ("Theo kế hoạch, đơn vị thi công sẽ di chuyển 158 cây, giữ lại để cắt tỉa 142 cây.", "158 cây"),
    ("Huyện giao chỉ tiêu cho các xã, 15 xã phải hoàn thành trong năm 2017.", "15 xã"),
])
def test_traps_plans_in_force_stay_planned(sentence, figure):
    assert found(sentence).get(figure) == "planned"


# ---------------------------------------------------------------- a contrast word opens a predicate of its own
@pytest.mark.parametrize("sentence,figure,status", [
    # issue 17 round 12 leftover: the backlog after `nhưng` is the state now
    ("Qua rà soát, trên địa bàn huyện có 50 cơ sở phải di dời nhưng hiện vẫn còn 11 cơ sở chưa chuyển đi.",
     "11 cơ sở", "achieved"),
    # baomoi-22638478
    ("Dù đã hết hạn giữ các chức vụ của UBND tỉnh Kiên Giang giao và chờ nghỉ hưu, nhưng ông Hiền vẫn ký bổ nhiệm "
     "thăng chức cho 4 cán bộ và tuyển dụng 13 nhân viên mới.", "13 nhân viên", "achieved"),
    # trap: the requirement before `nhưng` stays a requirement
    ("Qua rà soát, trên địa bàn huyện có 50 cơ sở phải di dời nhưng hiện vẫn còn 11 cơ sở chưa chuyển đi.",
     "50 cơ sở", "planned"),
])
def test_contrast_word(sentence, figure, status):
    assert found(sentence).get(figure) == status


# ---------------------------------------------------------------- `nút giao` is no `giao`
def test_an_interchange_sets_no_plan():
    # baomoi-22361400: `nút giao` in the clause before made the next breakdown item planned
    got = found("Theo VEC, hiện nay tại tỉnh Quảng Nam còn 24 vị trí vướng mắc, gồm 10 điểm vướng mặt bằng thuộc đường "
                "ngang, đường gom và đường nối vào, ra nút giao thuộc phạm vi các gói thầu số 4, số 5; 14 điểm vướng mắc "
                "mặt bằng trên tuyến chính thuộc phạm vi các gói thầu A1, A2.")
    assert got.get("24 vị trí") == "achieved" and got.get("14 điểm vướng mắc") != "planned"


def test_trap_giao_still_assigns():
    assert found("UBND tỉnh giao Sở Xây dựng hoàn thành 3 nút giao trong năm 2018.").get("3 nút giao") != "achieved"


# ---------------------------------------------------------------- checkpoints and shelters are counted
@pytest.mark.parametrize("sentence,figure", [
    # dantri-unc-news_health_252, baomoi-21511176, baomoi-21493860
    ("UBND xã Đạo Lý cũng tiến hành khoanh vùng, triển khai lập 3 chốt kiểm soát dịch bệnh.", "3 chốt kiểm soát"),
    ("UBND phường Vàng Danh tổ chức lực lượng tiến hành việc giải tỏa, phá dỡ hơn 120 lán trại.", "hơn 120 lán trại"),
])
def test_checkpoints_and_shelters(sentence, figure):
    assert found(sentence).get(figure) == "achieved"


@pytest.mark.parametrize("sentence,figure", [
    # baomoi-22362002: a lock pin of a climbing route; narrative posts with no work verb
    ("UBND huyện cho biết tổng cộng đoạn này có 23 chốt khóa gắn vào vách đá để gắn dây an toàn cho khách.", "23 chốt"),
    ("Đồn biên phòng cho biết, cứ 100 - 200m lại có 1 chốt trực 24/24.", "1 chốt trực"),
])
def test_traps_pins_and_rates_are_no_posts(sentence, figure):
    assert not any(t.startswith(figure) for t in found(sentence))


# ---------------------------------------------------------------- unsold produce
@pytest.mark.parametrize("sentence,figure", [
    # baomoi-22414268, dantri-unc-news_business_033
    ("UBND xã cho biết, hiện xã Cư Yang còn khoảng 500 tấn bí ngô chưa có nơi thu mua.", "khoảng 500 tấn"),
    ("Hiện nay sản lượng hành tím trên địa bàn thị xã còn tồn đọng trên 50.000 tấn, nếu không tiêu thụ kịp thời "
     "sẽ gây hư hỏng.", "trên 50.000 tấn"),
])
def test_unsold_produce_is_no_target(sentence, figure):
    assert figure not in found(sentence)


@pytest.mark.parametrize("sentence,figure", [
    # dantri-unc-news_business_114, baomoi-22552588: what a campaign sold is its result
    ("Sau gần 10 ngày phát động, nhiều tổ chức, đơn vị, cá nhân đã đăng ký, tiêu thụ được trên 315 tấn hành tím.",
     "trên 315 tấn"),
    ("Theo Sở Công Thương Bắc Giang, từ đầu vụ 2017, toàn tỉnh đã tiêu thụ được khoảng 22.000 tấn vải thiều.",
     "khoảng 22.000 tấn"),
])
def test_traps_produce_sold_stays(sentence, figure):
    assert found(sentence).get(figure) == "achieved"


# ---------------------------------------------------------------- a purpose clause opening the sentence
@pytest.mark.parametrize("sentence,figure,status", [
    # baomoi-22246042 (issue 17 round 12 leftover: resources deployed)
    ("Ông Dương Mạnh Hưng, Chánh Thanh tra Sở GTVT tỉnh Đồng Nai cho biết, nhằm tăng cường sự phối hợp lực lượng trong "
     "việc kiểm tra xử lý vi phạm, lực lượng TTGT đang bố trí 5 chốt kiểm soát tải trọng xe trên các tuyến Quốc lộ.",
     "5 chốt kiểm soát", "achieved"),
    # trap: a purpose in the figure's own clause is its goal
    ("Công an huyện triển khai nhiều giải pháp nhằm kéo giảm 5% số vụ tai nạn giao thông so với năm 2016.",
     "5%", "planned"),
])
def test_purpose_clause(sentence, figure, status):
    assert found(sentence).get(figure) == status


def test_contrast_keeps_the_work_verb():
    # baomoi-22431577: the cost now, after `nhưng`, is a result of the work named before it
    got = found("Theo tính toán ban đầu, việc giải phóng mặt bằng sẽ mất khoảng 18.000 tỷ đồng nhưng hiện nay đã lên "
                "tới 23.000 tỷ đồng.")
    assert got.get("23.000 tỷ đồng") == "achieved" and got.get("khoảng 18.000 tỷ đồng") == "planned"
