"""The officials extractor's word lists, loaded once from `extractors/lexicons/` (folded where matched folded)."""
from __future__ import annotations

import re
from enum import Enum

from vnextract.extractors.lexicon import load_json, load_lines, load_tsv
from vnextract.extractors.normalize import fold


class TitleKind(str, Enum):
    """Second column of `titles.tsv`."""
    POST = "post"      # a post head (`Chủ tịch`, `Giám đốc`)
    MEMBER = "member"  # a membership read as a post (`Ủy viên`, `Đại biểu`)
    RANK = "rank"      # a military or police rank (`Thiếu tướng`): introduces a name, is no post


_TITLE_ROWS = load_tsv("titles.tsv")
# folded head -> canonical spelling (third column, for abbreviated heads like `PCT`, else as listed)
POSTS = {fold(r[0]): (r[2] if len(r) > 2 and r[2] else r[0]) for r in _TITLE_ROWS
         if r[1] in (TitleKind.POST, TitleKind.MEMBER)}
RANKS = {fold(r[0]): r[0] for r in _TITLE_ROWS if r[1] == TitleKind.RANK}
MAX_TITLE_WORDS = max(len(k.split()) for k in list(POSTS) + list(RANKS))
ABBREVIATIONS = {r[0]: r[1] for r in load_tsv("abbreviations.tsv")}
ABBREVIATIONS_FOLDED = {fold(k): v for k, v in ABBREVIATIONS.items()}
# `H` -> `huyện`: a level's abbreviation before its place's name (`H.Phong Điền`, `X. Điền Hải`)
LEVEL_ABBREVIATIONS = {r[0]: r[1] for r in load_tsv("level_abbreviations.tsv")}
SURNAMES = frozenset(fold(s) for s in load_lines("surnames.txt"))
ORG_WORDS = frozenset([fold(w) for w in load_lines("org_words.txt")] + [fold(v) for v in ABBREVIATIONS.values()])
HONORIFICS = tuple(sorted((fold(h) for h in load_lines("honorifics.txt")), key=len, reverse=True))
# `ông` / `đồng chí` ... ending the text before a name (the text folded)
HONORIFIC_BEFORE = re.compile(
    r"(?:^|[\s,.;:(\"“])(" + "|".join(re.escape(h).replace(r"\ ", r"\s*") for h in HONORIFICS) + r")\s*$")

# ---------------------------------------------------------------- roles
_ROLE_LEXICON = load_json("roles.json")  # role -> cues (its keys are data), plus `_`-prefixed cue lists
ROLE_CUES = sorted(((fold(c), role) for role, cues in _ROLE_LEXICON.items() if not role.startswith("_")
                    for c in cues), key=lambda cr: -len(cr[0]))
ROLE_BY_CUE = dict(ROLE_CUES)
MAX_CUE_WORDS = max(len(c.split()) for c, _ in ROLE_CUES)
NEEDS_MEETING = frozenset(_ROLE_LEXICON["_needs_meeting"])  # cues that give a role only before a meeting's name
MEETINGS = frozenset(_ROLE_LEXICON["_meetings"])
ON_BEHALF = frozenset(_ROLE_LEXICON["_on_behalf"])          # `thay mặt` + the body a person acts for

# ---------------------------------------------------------------- words around posts
_POST_MODIFIERS = load_json("post_modifiers.json")
FORMER = frozenset(_POST_MODIFIERS["former"])                # `nguyên`, `cựu`: dropped, flagged former
FORMER_BEFORE = frozenset(_POST_MODIFIERS["former_before"])  # `từng là` + post
HOLDING = frozenset(_POST_MODIFIERS["holding"])              # `hiện giữ chức vụ` + post
DROPPED = frozenset(_POST_MODIFIERS["dropped"])              # `tân`, `đương nhiệm`: no part of the post
STANDING = frozenset(_POST_MODIFIERS["standing"])            # `Phó Thủ tướng (Thường trực) Chính phủ`: one post
DECEASED = frozenset(_POST_MODIFIERS["deceased"])            # `cố` + post: named once, a historical figure
MODIFIERS = FORMER | DROPPED | frozenset(_POST_MODIFIERS["kept"])
VICE = "phó"  # `Phó` + a post head: the deputy's post (`Phó Chủ tịch`), whether or not the lexicon lists it
POSTS_AT_PLACE = frozenset(_POST_MODIFIERS["posts_at_place"])
BODIES_AT_PLACE = frozenset(fold(w) for w in _POST_MODIFIERS["bodies_at_place"])  # `Chi nhánh ... tại` + a place
# Words joining a name to its post as a predicate (`ông X là Chủ tịch ...`); the former ones are in FORMER_BEFORE.
PREDICATES = frozenset({"là", "hiện là", "đang là"}) | FORMER_BEFORE | HOLDING
TITLE_STOP_WORDS = frozenset(fold(w) for w in load_lines("title_stop_words.txt"))
# Capitalised organisation words whose next name is the organisation's (`Bệnh viện Bạch Mai`).
ORG_NAMED_HEADS = frozenset(fold(w) for w in load_lines("org_named_heads.txt"))
FOREIGN_ORG_WORDS = frozenset(load_json("officials.json")["foreign_org_words"])
CREDIT_WORDS = frozenset(fold(w) for w in load_json("officials.json")["credit_words"])  # `- Ảnh:` opens a credit
NAME_PARTICLES = frozenset(load_lines("name_particles.txt"))
TITLE_KEPT_ABBREVIATIONS = frozenset(load_lines("title_kept_abbreviations.txt"))
# Words after which a personal name names a thing: `Viện Phan Châu Trinh`, `đường Lê Lợi`, `giải Bùi Xuân Phái`.
NAMED_AFTER = frozenset(fold(w) for w in load_lines("named_after.txt"))
# Posts whose holder after them is a person, whatever the name looks like (`Thủ tướng Lào Phankham Viphavanh`).
STATE_POSTS = frozenset(fold(w) for w in load_lines("state_posts.txt"))

_OFFICIALS = load_json("officials.json")
FILLERS = frozenset(_OFFICIALS["fillers"])            # between a person's chain and the role verb
ORG_TYPES = frozenset(_OFFICIALS["org_types"])        # open a body's name (`trung tâm`, `công ty`)
SENTENCE_OPENERS = frozenset(fold(w) for w in _OFFICIALS["sentence_openers"])  # `... Vĩnh Phúc` + `Theo ông X`
DATE_OPENERS = frozenset(fold(w) for w in _OFFICIALS["date_openers"])  # `... TP.HCM` + `Sáng 10.5, ...`
# Bodies of a state whose posts' holders are people whatever their names look like (`Chủ tịch Hạ viện Nancy Pelosi`)
STATE_BODIES = frozenset(fold(w) for w in _OFFICIALS["state_bodies_before_foreign_name"])
STAFF_POSTS_AFTER_FOREIGN_NAME = frozenset(fold(w) for w in _OFFICIALS["staff_posts_after_foreign_name"])
# what may stand between the words of a body's name (`Sở Lao động - Thương binh và Xã hội`)
BODY_NAME_JOINERS = frozenset({",", "-", "–", "và"})
NAME_OPENER_COMPOUNDS = frozenset(fold(w) for w in _OFFICIALS["name_opener_compounds"])  # `Đào tạo Sau đại học`
LEGAL_FORMS = {fold(w): True for w in _OFFICIALS["legal_forms"]}  # `Công ty` + `cổ phần`, `TNHH một thành viên`
LEGAL_FORM_HEADS = frozenset(fold(w) for w in _OFFICIALS["legal_form_heads"])
BODIES_DESCRIBED_AFTER_OF = frozenset(fold(w) for w in _OFFICIALS["bodies_described_after_of"])  # `của` + `hãng` ...
LOWER_CASE_BODY_NAMES = {fold(k): fold(v) for k, v in _OFFICIALS["lower_case_body_names"].items()}  # after head
BAN_KINDS = frozenset(fold(w) for w in _OFFICIALS["ban_kinds"])  # `Ban` + `chỉ đạo`: the body's name
WORK_NEEDING_AN_OBJECT = frozenset(fold(w) for w in _OFFICIALS["work_needing_an_object"])  # `Cục Quản lý` + `dược`
# `Cục khám chữa bệnh` + `nhận định`: words opening the predicate after a body's lower-case name
CLAUSE_WORDS_AFTER_BODY = frozenset(fold(w) for w in _OFFICIALS["clause_words_after_body"])
POSTS_NAMING_A_BAN = frozenset(fold(w) for w in _OFFICIALS["posts_naming_a_ban"])  # `Ban` + `Thư ký`: the body's name
BODIES_OF_THE_NEXT_POST = tuple(_OFFICIALS["bodies_of_the_next_post"])
COMPANY_BOARDS = tuple(_OFFICIALS["company_boards"])  # `hội đồng quản trị`: no party committee sits in it
PLACE_BODIES = tuple(_OFFICIALS["place_bodies"])
POST_IMPLIED_BODY = fold(_OFFICIALS["post_implied_body"])
POSTS_OF_THEIR_OWN_BODY = frozenset(_OFFICIALS["posts_of_their_own_body"])
LIST_OPENERS = frozenset(_OFFICIALS["list_openers"])  # before a post heading a colon list of people
LIST_JOINERS = frozenset({",", ";", "và", "cùng", "cùng với", "với"})
SEPARATORS = frozenset({",", "-", "–", "—", "(", ":", "kiêm"})  # between a name and a post after it


def _admin_words(name: str) -> frozenset[str]:
    """One of officials.json's `admin_word_sets`, built from common.json's `admin_levels`."""
    levels = load_json("common.json")["admin_levels"]
    spec = _OFFICIALS["admin_word_sets"][name]
    words = {w for group in spec["levels"] for w in levels[group]}
    short_forms = spec.get("short_forms", [])
    unknown = [s for s in short_forms if s not in levels["abbreviated"]]
    assert not unknown, f"officials.json admin_word_sets.{name}: not in common.json abbreviated: {unknown}"
    return frozenset((words | set(short_forms)) - set(spec.get("left_out", [])))


# Lower-case words that belong inside an organisation name after a post head.
ORG_LOWER = _admin_words("org_lower") | frozenset(_OFFICIALS["org_lower"])
COMMUNE_WORDS = frozenset(load_json("common.json")["admin_levels"]["commune"])  # `CAP` ends on `phường`
VILLAGE_WORDS = frozenset(load_json("common.json")["admin_levels"]["village"])  # `Trưởng thôn` + the village's name
ADMIN_BEFORE_PLACE = _admin_words("before_place")        # `phường` + a name: a place
GAZETTEER_LEVELS = _admin_words("gazetteer_decides")     # `tỉnh` + a name: a place only if the gazetteer knows it
# Admin words a post comparison leaves out, longest first so `thành phố` goes before any word it holds.
_POST_KEY_DROPPED = sorted(_admin_words("post_key_dropped"), key=lambda w: (-len(w), w))
POST_KEY_ADMIN_WORDS = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in _POST_KEY_DROPPED) + r")\b ?")
# `Bí thư Hà Nội` ~ `Bí thư Thành ủy Hà Nội`: the party bodies as post keys hold them (`tỉnh` dropped from `tỉnh ủy`)
POST_IMPLIED_PARTY_BODIES = tuple(POST_KEY_ADMIN_WORDS.sub("", fold(b)).strip()
                                  for b in _OFFICIALS["post_implied_party_bodies"])

# A sentence is read only if one of its words could open a post, a rank or an honorific.
TRIGGER_WORDS = frozenset(
    " ".join(key.split()[:n]) for key in list(POSTS) + list(RANKS) + list(HONORIFICS) + ["đ"]
    for n in range(1, len(key.split()) + 1))  # a tokenizer word may hold a whole post (`người phát ngôn`)
