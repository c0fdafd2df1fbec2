"""Officials, round 9b (issue #15): titles from a blind audit of random corpus rows. Sentences from corpus articles."""
from conftest import official_titles

# A high court or procuracy is named by its level and seat (`TAND Cấp cao tại Hà Nội`): the title went on to `Cấp`
# and stopped at the lower-case `cao`.


def test_high_court_with_its_seat():
    assert official_titles("Ông Lê Hồng Quang và ông Nguyễn Văn Tiến (sinh năm 1966) - Thẩm phán cao cấp, Phó Chánh án "
                           "TAND Cấp cao tại Hà Nội. Kết quả kiểm phiếu như sau.")["Nguyễn Văn Tiến"] == [
        "Thẩm phán cao cấp", "Phó Chánh án Tòa án nhân dân Cấp cao tại Hà Nội"]
    assert official_titles("Ông Trần Văn Bình, Viện trưởng VKSND cấp cao tại TP.HCM cho biết vụ án đã được kháng "
                           "nghị.") == {"Trần Văn Bình": [
                               "Viện trưởng Viện Kiểm sát nhân dân cấp cao tại Thành phố Hồ Chí Minh"]}
    assert official_titles("Ông Lê Văn Hải, Chánh án Tòa án nhân dân cấp cao tại Đà Nẵng, nói bản án đã có hiệu "
                           "lực.") == {"Lê Văn Hải": ["Chánh án Tòa án nhân dân cấp cao tại Đà Nẵng"]}


def test_high_court_without_its_seat():
    assert official_titles("Ông Lê Văn Hải, Chánh án TAND cấp cao đã nói rõ quan điểm của tòa.") == {
        "Lê Văn Hải": ["Chánh án Tòa án nhân dân cấp cao"]}


def test_court_of_a_province_is_not_a_high_court():
    assert official_titles("Ông Lê Văn Hải, Chánh án TAND tỉnh Đồng Nai cho biết phiên tòa sẽ mở lại.") == {
        "Lê Văn Hải": ["Chánh án Tòa án nhân dân tỉnh Đồng Nai"]}
    # `cấp cao` after a post that is no court's: the rule does not apply (`cán bộ cấp cao` is a rank of cadres)
    titles = official_titles("Ông Lê Văn Hải, Giám đốc Sở Nội vụ cho biết cán bộ cấp cao tại tỉnh đã kê khai tài "
                             "sản.")
    assert titles == {"Lê Văn Hải": ["Giám đốc Sở Nội vụ"]}


# A body's words written twice in a row by the text (`Công ty Công ty`, `Chủ tịch Chủ tịch`): one in the title.

def test_words_written_twice_are_one():
    assert official_titles("Ông Đào Minh - Tổng Giám đốc Công ty Công ty Thiết bị giao thông vận tải Viettraco (Hà "
                           "Nội) cho biết: Công nghệ cào bóc tái sinh nguội hiện khá phổ biến.") == {
        "Đào Minh": ["Tổng Giám đốc Công ty Thiết bị giao thông vận tải Viettraco"]}
    assert official_titles("Trong đó, ông Nguyễn Minh Hồng - Chủ tịch Chủ tịch Hội Truyền thông số Việt Nam giữ vai "
                           "trò là Chủ tịch Hội đồng cố vấn.")["Nguyễn Minh Hồng"][0] == \
        "Chủ tịch Hội Truyền thông số Việt Nam"
    assert official_titles("Ông Trần Thanh Mẫn, Ủy viên Trung ương Đảng, Phó Chủ tịch - Tổng Thư ký Ủy ban Trung "
                           "ương Mặt trận Tổ quốc Việt Nam Việt Nam (UBTƯ MTTQ) vừa được hiệp thương giữ chức Chủ "
                           "tịch.")["Trần Thanh Mẫn"][-1].endswith("Mặt trận Tổ quốc Việt Nam")


def test_one_word_written_twice_is_the_official_form():
    # `Trưởng phòng Phòng ...`, `Trưởng ban Ban ...`: the post, then its body's name that opens with the same word
    assert official_titles("Tối 5-2, bà Trần Lưu Hoa, Trưởng phòng Phòng Giáo dục và Đào tạo quận Hai Bà Trưng xác "
                           "nhận sự việc.") == {
        "Trần Lưu Hoa": ["Trưởng Phòng Phòng Giáo dục và Đào tạo quận Hai Bà Trưng"]}
    assert official_titles("Ông Trần Văn Bình, Phó Chủ tịch Hội đồng quản trị Công ty TNHH Sâm Sâm cho biết giá "
                           "đã giảm.") == {"Trần Văn Bình": ["Phó Chủ tịch Hội đồng quản trị Công ty TNHH Sâm Sâm"]}


# A mission or a branch is named by its seat: `tại` and the place go on the title (`Tổng Lãnh sự Hàn Quốc tại Thành
# phố Hồ Chí Minh`, `Chi nhánh Ngân hàng Nhà nước Việt Nam tại Quảng Ninh`), also after a level's word or abbreviation.

def test_consul_at_a_city_written_with_its_level():
    assert official_titles("Ông Park Noh Wan, Tổng lãnh sự Hàn Quốc tại Thành phố Hồ Chí Minh cho rằng Việt Nam là "
                           "điểm đến hấp dẫn.") == {"Park Noh Wan": ["Tổng Lãnh sự Hàn Quốc tại Thành phố Hồ Chí Minh"]}
    assert official_titles("Ông Sam Wood, Phó Tổng Lãnh sự Anh tại TP. HCM đã chia sẻ về các chương trình học.") == {
        "Sam Wood": ["Phó Tổng Lãnh sự Anh tại Thành phố Hồ Chí Minh"]}


def test_country_director_and_branch_at_their_seat():
    assert official_titles("Ông Ousmane Dione, Giám đốc Quốc gia của WB tại Việt Nam cho biết.") == {
        "Ousmane Dione": ["Giám đốc Quốc gia của WB tại Việt Nam"]}
    assert official_titles("Ông Nguyễn Ngọc Thạch - Giám đốc Chi nhánh Ngân hàng Nhà nước Việt Nam tại Quảng Ninh - "
                           "cho biết, các chủ cửa hàng phải đứng tên.") == {
        "Nguyễn Ngọc Thạch": ["Giám đốc Chi nhánh Ngân hàng Nhà nước Việt Nam tại Quảng Ninh"]}


def test_at_an_event_is_not_a_seat():
    assert official_titles("Ông Sun Bohan, Tổng Giám đốc Huawei Việt Nam tại Hội nghị Hệ sinh thái các đối tác nói "
                           "rằng mạng 5G sẽ sớm có.") == {"Sun Bohan": ["Tổng Giám đốc Huawei Việt Nam"]}
    assert official_titles("Ông Lê Văn An, Giám đốc Chi nhánh Ngân hàng Nhà nước tỉnh tại buổi làm việc cho biết nợ "
                           "xấu đã giảm.") == {"Lê Văn An": ["Giám đốc Chi nhánh Ngân hàng Nhà nước tỉnh"]}
    assert official_titles("Ông Lê Văn An, Tổng Lãnh sự Việt Nam tại Lễ kỷ niệm phát biểu chúc mừng.") == {
        "Lê Văn An": ["Tổng Lãnh sự Việt Nam"]}


# A post's `của` may name its organisation in lower-case words of what it does, then its name (world news):
# `Giám đốc điều hành của tổ chức từ thiện ... Good Things Foundation`; the title stopped at the post.

def test_organisation_described_after_of():
    assert official_titles("Theo Helen Milner, Giám đốc điều hành của tổ chức từ thiện hòa nhập kỹ thuật số Good "
                           "Things Foundation, một số gia đình tại Anh đã phải cắt giảm.") == {
        "Helen Milner": ["Giám đốc điều hành của tổ chức từ thiện hòa nhập kỹ thuật số Good Things Foundation"]}
    assert official_titles("Ông Michael Dunne, CEO của công ty tư vấn ô tô ZoZo Go, không tin điều đó.") == {
        "Michael Dunne": ["CEO của công ty tư vấn ô tô ZoZo Go"]}
    assert official_titles("Larry Ellison, chủ tịch của hãng phần mềm Oracle - Ảnh: Getty Images.") == {
        "Larry Ellison": ["Chủ tịch của hãng phần mềm Oracle"]}


def test_no_name_after_the_described_organisation():
    # `một công ty ...` names no organisation; a clause after `công ty` is no name (`đã ký ...`)
    assert official_titles("Ông Chip Harris, chủ tịch của một công ty nghiên cứu công nghệ sinh học, nói.") == {
        "Chip Harris": ["Chủ tịch"]}
    assert official_titles("Ông Lê Văn An, Giám đốc của công ty đã ký hợp đồng với đối tác.") == {
        "Lê Văn An": ["Giám đốc"]}
    # A name that reads as a foreign person's is left out (the chain would take it for the next person)
    assert official_titles("Ông Dennis Kelleher, CEO của nhóm vận động Better Markets, nói.") == {
        "Dennis Kelleher": ["CEO"]}
