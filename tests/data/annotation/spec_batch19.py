GOLD = [
# baomoi-21512103 — Phó Chủ tịch UBND TP.HCM Huỳnh Cách Mạng works with UBND huyện Củ Chi on its 2017 plan (10-2)
{"article_id": "baomoi-21512103", "title": "Lãnh đạo huyện phải chia nhau đi cơ sở",
 "event_date": "2017-02-10", "locality": "Hồ Chí Minh", "authors": [],
 "officials": [
   {"name": "Huỳnh Cách Mạng", "titles": ["Phó Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh"], "roles": ["speak", "direct"]},
 ],
 "dates": [
   {"text": "năm 2017", "value": "2017"},
   {"text": "10-2", "value": "2017-02-10"},
 ],
 "deadlines": [],
 "targets": [],
 "optional": [{"text": "21 xã/thị trấn"}, {"text": "thời gian qua"}]},

# baomoi-22237648 — residents of tổ dân phố 6, thị trấn Đức Thọ built >1.5 km of road that is now dangerous
{"article_id": "baomoi-22237648", "title": "Đoạn đường… 'thử thách'",
 "event_date": None, "locality": "Đức Thọ", "authors": ["Trần Vương"],
 "officials": [],
 "dates": [],
 "deadlines": [],
 "targets": [
   {"text": "hơn 1,5 km", "value": 1.5, "total": None, "unit": "km", "status": "achieved", "year": None,
    "comparator": ">", "indicator": "tổng chiều dài đường giao thông xây dựng"},
 ],
 "optional": []},

# baomoi-22517210 — TAND TP Hà Nội sentences three former GPMB officials of Đống Đa / Trung Tự (trial 12/6, year unknown)
{"article_id": "baomoi-22517210", "title": "Tắc trách bồi thường GPMB, cán bộ lĩnh án",
 "event_date": "?", "locality": "Hà Nội", "authors": ["Thúy Nguyễn"],
 "officials": [
   {"name": "Trương Đình Đức", "titles": ["Trưởng ban Ban Bồi thường giải phóng mặt bằng quận Đống Đa",
                                          "Phó Chủ tịch Hội đồng Bồi thường, hỗ trợ và tái định cư quận Đống Đa",
                                          "Thành viên Tổ công tác - Hội đồng Bồi thường, hỗ trợ tái định cư quận Đống Đa"],
    "roles": [], "former": ["Trưởng ban Ban Bồi thường giải phóng mặt bằng quận Đống Đa"]},
   {"name": "Đinh Quốc Trung", "titles": ["Phó Chủ tịch Ủy ban nhân dân phường Trung Tự",
                                          "Tổ trưởng Tổ công tác - Hội đồng Bồi thường, hỗ trợ tái định cư quận Đống Đa"],
    "roles": [], "former": ["Phó Chủ tịch Ủy ban nhân dân phường Trung Tự"]},
   {"name": "Vũ Văn Minh", "titles": ["Thành viên Tổ công tác - Hội đồng Bồi thường, hỗ trợ tái định cư quận Đống Đa"],
    "roles": []},
 ],
 "dates": [
   {"text": "năm 1964", "value": "1964"},
   {"text": "năm 1973", "value": "1973"},
   {"text": "năm 1983", "value": "1983"},
   {"text": "năm 2013", "value": "2013"},
   {"text": "từ năm 1999 - 2001", "value": "1999/2001"},
   {"text": "ngày 5/1/2007", "value": "2007-01-05"},
   {"text": "năm 2016", "value": "2016"},
   {"text": "ngày 15/10/1993", "nth": 0, "value": "1993-10-15"},
   {"text": "năm 1992 - 2005", "value": "1992/2005"},
   {"text": "năm 1993", "value": "1993"},
   {"text": "năm 1994", "value": "1994"},
   {"text": "ngày 15/10/1993", "nth": 1, "value": "1993-10-15"},
 ],
 "deadlines": [],
 "targets": [],
 "optional": [{"text": "Ngày 12/6"}, {"text": "gần 856 triệu đồng"}]},

# baomoi-21485619 — Minister Phùng Xuân Nhạ works with Cần Thơ on new universities (7-2, no year)
{"article_id": "baomoi-21485619", "title": "Cần Thơ đề xuất thành lập thêm nhiều trường ĐH",
 "event_date": "XXXX-02-07", "locality": "Cần Thơ", "authors": ["Văn Vĩnh"],
 "officials": [
   {"name": "Phùng Xuân Nhạ", "titles": ["Bộ trưởng Bộ Giáo dục và Đào tạo"], "roles": ["speak"]},
   {"name": "Võ Thành Thống", "titles": ["Chủ tịch Ủy ban nhân dân thành phố Cần Thơ"], "roles": ["speak"]},
 ],
 "dates": [
   {"text": "Ngày 7-2", "value": "XXXX-02-07"},
 ],
 "deadlines": [],
 "targets": [],
 "optional": [{"text": "16 trường ĐH, CĐ và trung cấp chuyên nghiệp"}, {"text": "117.548 sinh viên"}]},

# baomoi-22718730 — caged fish die on sông Bồ (Hương Xuân, Hương Trà; Quảng Thọ, Quảng Điền)
{"article_id": "baomoi-22718730", "title": "Hàng tấn cá lồng bỗng nhiên chết ở Huế",
 "event_date": None, "locality": "?", "authors": ["Quang Thành"],
 "officials": [
   {"name": "Ngô Quang Thảo", "titles": ["Chủ tịch Ủy ban nhân dân phường Hương Xuân"], "roles": ["speak"]},
 ],
 "dates": [],
 "deadlines": [],
 "targets": [],
 "optional": [{"text": "Sáng nay", "nth": 0}, {"text": "Sáng nay", "nth": 1},
              {"text": "khoảng 350 lồng cá"}, {"text": "trên 3.5 tấn cá"}]},

# baomoi-22250837 — Hải Phòng market: two women threw waste oil on a pork seller; ward chairman confirms (12/5, year unknown)
{"article_id": "baomoi-22250837", "title": "Ai là người đã hất dầu luyn vào cô gái và phản thịt lợn?",
 "event_date": "?", "locality": "Ngô Quyền", "authors": ["Hải Sơn"],
 "officials": [
   {"name": "Phạm Văn Thạo", "titles": ["Chủ tịch Ủy ban nhân dân phường Máy Tơ"], "roles": ["speak", "direct"]},
 ],
 "dates": [
   {"text": "1995", "value": "1995"},
   {"text": "1993", "value": "1993"},
 ],
 "deadlines": [],
 "targets": [],
 "optional": [{"text": "Sáng 12/5"}, {"text": "sáng 11/5", "nth": 0}, {"text": "sáng 11/5", "nth": 1},
              {"text": "ngày hôm qua"},
              {"text": "45.000-50.000 đồng/kg"}, {"text": "70.000-80.000 đồng/kg"},
              {"text": "6 triệu đồng", "nth": 0}, {"text": "6 triệu đồng", "nth": 1}]},

# baomoi-22670616 — TAND TP.HCM upholds cancelling the auction of house 19 Bùi Thị Xuân, quận 1
{"article_id": "baomoi-22670616", "title": "Hủy kết quả đấu giá căn nhà hàng chục tỉ đồng",
 "event_date": None, "locality": "Hồ Chí Minh", "authors": [],
 "officials": [],
 "dates": [
   {"text": "Năm 2007", "value": "2007"},
   {"text": "Năm 2013", "value": "2013"},
   {"text": "ngày 29-12-2014", "nth": 0, "value": "2014-12-29"},
   {"text": "tháng 3-2015", "value": "2015-03"},
   {"text": "Tháng 6-2015", "value": "2015-06"},
   {"text": "ngày 1-7-2015", "value": "2015-07-01"},
   {"text": "ngày 29-12-2014", "nth": 1, "value": "2014-12-29"},
 ],
 "deadlines": [],
 "targets": [],
 "optional": [{"text": "năm 2008"},
              {"text": "36,2 tỉ đồng", "nth": 0}, {"text": "hơn 31,6 tỉ đồng"}, {"text": "hơn 42 tỉ đồng"},
              {"text": "36,2 tỉ đồng", "nth": 1}, {"text": "36,2 tỉ đồng", "nth": 2}, {"text": "54 tỉ đồng"},
              {"text": "hơn 143 triệu đồng"}]},

# baomoi-22707296 — Huế: tomb of a wife of king Tự Đức levelled for a car park; tổ trưởng contradicts the city's report (8/7, no year)
{"article_id": "baomoi-22707296", "title": "Vụ san phẳng mộ vợ vua: Sự thật đằng sau lời nói dối",
 "event_date": "XXXX-07-08", "locality": "Huế", "authors": ["Công Định"],
 "officials": [
   {"name": "Đỗ Trọng Bướm", "titles": ["Tổ trưởng tổ dân phố 11"], "roles": ["speak"]},
   {"name": "Lê Quốc Tuấn", "titles": ["Giám đốc Công ty TNHH Thương mại và Dịch vụ Chuỗi Giá Trị"], "roles": ["speak"]},
   {"name": "Tôn Thất Giáp", "titles": ["Đại diện Hội đồng trị sự dòng tộc Nguyễn Phước"], "roles": ["speak"]},
   {"name": "Nguyễn Anh Tuấn", "titles": ["Phó Giám đốc Trung tâm Phát triển quỹ đất thành phố Huế"], "roles": ["speak"]},
 ],
 "dates": [
   {"text": "Sáng 8/7", "value": "XXXX-07-08"},
   {"text": "Ngày 26/6", "value": "XXXX-06-26"},
   {"text": "Sáng 6/7", "value": "XXXX-07-06"},
 ],
 "deadlines": [],
 "targets": [],
 "optional": [{"text": "Hôm đó"}, {"text": "sáng hôm sau"}]},

# dantri-unc-news_education_222 — Hà Nội grade-10 admission rules 2021-2022: changing zones, aspirations, confirmation 1/7-3/7
{"article_id": "dantri-unc-news_education_222", "title": "Học sinh được đổi khu vực tuyển sinh",
 "event_date": None, "locality": "Hà Nội", "authors": ["M. Hà"],
 "officials": [],
 "dates": [
   {"text": "2021-2022", "value": "2021/2022"},
   {"text": "từ ngày 1/7 đến ngày 3/7", "value": "2021-07-01/2021-07-03"},
   {"text": "1/7 đến 3/7/2021", "value": "2021-07-01/2021-07-03"},
 ],
 "deadlines": [
   {"anchor": "từ ngày 1/7 đến ngày 3/7", "due": "2021-07-01/2021-07-03",
    "task": "thực hiện thao tác xác nhận nhập học",
    "responsible": "học sinh có nguyện vọng theo học tại một nguyện vọng trúng tuyển", "directed_by": None},
 ],
 "targets": [],
 "optional": [{"text": "Năm nay"},
              {"text": "Trong thời gian tuyển sinh (1/7 đến 3/7/2021)"},
              {"text": "tối đa 3 NV"}, {"text": "tối đa 15 nguyện vọng", "nth": 0}, {"text": "tối đa 15 nguyện vọng", "nth": 1},
              {"text": "ít nhất 1,0 điểm"}, {"text": "ít nhất 2,0 điểm"}, {"text": "tối đa 8 nguyện vọng"},
              {"text": "7 nguyện vọng chuyên"}, {"text": "3 nguyện vọng không chuyên"},
              {"text": "2 nguyện vọng song bằng tú tài"}, {"text": "2 nguyện vọng song ngữ tiếng Pháp"},
              {"text": "1 nguyện vọng Tăng cường tiếng Pháp"}]},

# dantri-unc-news_health_081 — patient complains of overcharging at a men's-health clinic in TPHCM; Sở Y tế to inspect
{"article_id": "dantri-unc-news_health_081", "title": "Làm giá… trên giường bệnh",
 "event_date": "2021-04-16", "locality": "Hồ Chí Minh", "authors": ["Vân Sơn"],
 "officials": [
   {"name": "Võ Thị Lan Anh", "titles": ["Giám đốc Công ty TNHH Thương mại Dịch vụ Nam học"], "roles": []},
   {"name": "Nguyễn Thị Huỳnh Mai", "titles": ["Chánh Văn phòng Sở Y tế Thành phố Hồ Chí Minh"], "roles": ["speak"]},
 ],
 "dates": [
   {"text": "Ngày 16/4", "value": "2021-04-16"},
   {"text": "ngày 13/4", "nth": 0, "value": "2021-04-13"},
   {"text": "19/4", "value": "2021-04-19"},
   {"text": "ngày 13/4", "nth": 1, "value": "2021-04-13"},
 ],
 "deadlines": [],
 "targets": [],
 "optional": [{"text": "hơn 12 triệu đồng"}, {"text": "gần 20 triệu"}, {"text": "9,8 triệu đồng"},
              {"text": "hơn 11 triệu đồng"}, {"text": "6,5 triệu đồng"}, {"text": "hơn 12,6 triệu đồng"},
              {"text": "19.600.000đ"}, {"text": "9.800.000đ"}, {"text": "3.000.000đ đến 25.000.000đ"},
              {"text": "khoảng 2 triệu đồng"}]},

# dantri-unc-news_sport_012 — Thai League: Muangthong (Văn Lâm) beat Buriram of ex-coach Gama 3-2 on 31/10
{"article_id": "dantri-unc-news_sport_012", "title": "Cựu HLV Muangthong sửng sốt trước tài phòng ngự của Văn Lâm và đồng đội",
 "event_date": "2020-10-31", "locality": None, "authors": [],
 "officials": [],
 "dates": [
   {"text": "31/10", "value": "2020-10-31"},
 ],
 "deadlines": [],
 "targets": [],
 "optional": [{"text": "hôm nay"}]},

# dantri-unc-news_world_052 — India's Covid-19 wave and the B.1.617 "double mutant" variant (26/4)
{"article_id": "dantri-unc-news_world_052", "title": None,
 "event_date": "2021-04-26", "locality": None, "authors": ["Mai Trang"],
 "officials": [],
 "dates": [
   {"text": "26/4", "value": "2021-04-26"},
   {"text": "20/4", "value": "2021-04-20"},
   {"text": "năm 2020", "value": "2020"},
 ],
 "deadlines": [],
 "targets": [],
 "optional": [{"text": "Hôm nay"}, {"text": "hơn 300.000 ca/ngày"}, {"text": "khoảng 20%"}]},
]
