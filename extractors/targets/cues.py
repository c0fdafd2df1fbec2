"""Cue words (targets.json `cues`): their classes, and finding them around a figure."""
from __future__ import annotations

from enum import Enum

from vnextract.extractors.lexicon import load_json

from .phrases import LEX, MAX_NGRAM, Syllable, phrase_key, phrase_set, suffix_match


class Cue(str, Enum):
    """The class of a cue word; the values are the keys of targets.json `cues`."""
    PLAN = "plan"                    # `phấn đấu`, `mục tiêu`: a goal
    PLAN_NOUN = "plan_noun"          # `kế hoạch`, `dự toán`: a goal within its clause
    PLAN_AFTER = "plan_after"        # a plan word as the figure's own predicate
    MODAL = "modal"                  # `sẽ`, `phải`: a goal with a work verb or a bound
    WORK = "work"                    # `đạt`, `giải ngân`: a result
    COMPLETION = "completion"        # `hoàn thành`: a result after the unit, or over a plan noun
    DONE = "done"                    # `đã`, `đến nay`: what follows is done
    DONE_WORK = "done_work"          # `kết quả`, `lũy kế`: a result
    BACKLOG = "backlog"              # `chậm tiến độ`: the current state of work left
    UNMET = "unmet"                  # `không đạt`: a goal before the figure, a backlog after
    DELTA = "delta"                  # `tăng`, `giảm`: only against a baseline or under a plan
    DELTA_LEVEL = "delta_level"      # `giảm còn`: a level reached
    PASSIVE = "passive"              # `được`: with a work verb after the unit
    COMPARE = "compare"              # `so với`: a baseline follows
    NEUTRAL = "neutral"              # compounds that hide a cue (`giao thông` is no `giao`)
    NEG = "neg"                      # prices, sizes, fines, damage: no result
    NEG_AFTER = "neg_after"          # `người chết`, `đại biểu dự` right after the unit
    ATTEND = "attend"                # attendance
    MARKET = "market"                # company indicators
    MARKET_STRONG = "market_strong"  # prices, stock, votes, polls
    LEGAL = "legal"                  # a legal norm


FoundCue = tuple[Cue, tuple[str, ...], int, int]  # (class, phrase, start, end)

CUES = LEX["cues"]
SANCTION_VERBS = LEX["sanction_verbs"]  # work verbs too (`kỷ luật khiển trách 15 cá nhân`), not after `bị`


def _phrase_dict(classes: list[Cue]) -> dict[tuple[str, ...], Cue]:
    """Syllable tuple -> class; a phrase listed in two classes keeps the first class in `classes`."""
    out: dict[tuple[str, ...], Cue] = {}
    for cls in reversed(classes):
        for p in CUES.get(cls.value, []) + (SANCTION_VERBS if cls == Cue.WORK else []):
            k = phrase_key(p)
            if k:
                out[k] = cls
    return out


_LEFT_ORDER = [Cue.LEGAL, Cue.MARKET_STRONG, Cue.NEUTRAL, Cue.MARKET, Cue.NEG, Cue.ATTEND, Cue.DONE_WORK, Cue.DONE,
               Cue.UNMET, Cue.BACKLOG, Cue.PLAN, Cue.PLAN_NOUN, Cue.MODAL, Cue.WORK, Cue.DELTA_LEVEL, Cue.DELTA,
               Cue.COMPARE]
_RIGHT_ORDER = [Cue.NEUTRAL, Cue.NEG_AFTER, Cue.COMPARE, Cue.DONE_WORK, Cue.UNMET, Cue.BACKLOG, Cue.PLAN_AFTER,
                Cue.PLAN, Cue.PLAN_NOUN, Cue.MODAL, Cue.WORK, Cue.DELTA_LEVEL, Cue.DELTA, Cue.DONE, Cue.PASSIVE,
                Cue.COMPLETION]
# Cues read before the figure (not the classes that only follow a unit: neg_after, passive, completion,
# plan_after) and after its unit, the quantity's own predicate (not neg, attend, market, market_strong, legal).
LEFT = _phrase_dict(_LEFT_ORDER)
RIGHT = _phrase_dict(_RIGHT_ORDER)
ALL_CUE_WORDS = {k[0] for k in LEFT} | {k[0] for k in RIGHT}
COMPLETION = phrase_set(CUES["completion"])
WORK_PHRASES = {phrase_key(w) for w in CUES["work"] + SANCTION_VERBS if len(phrase_key(w)) > 1}
_SANCTIONS = phrase_set(SANCTION_VERBS)
UNMET = phrase_set(CUES["unmet"])
PASSIVE = phrase_set(CUES["passive"] + CUES["done"])
WORKISH = (Cue.WORK, Cue.DELTA_LEVEL, Cue.DONE_WORK, Cue.COMPLETION, Cue.BACKLOG)
GOVERNING = (Cue.WORK, Cue.DONE_WORK, Cue.PLAN, Cue.DELTA_LEVEL)  # verbs that make a rate or a size a result or goal

NEGATORS = frozenset(load_json("common.json")["negators"])
BACKLOG_NEGATORS = {"chưa"}
_NOT_BACKLOG = phrase_set(LEX["backlog_not_under_chua"])
_NAME_OPENERS = set(".:;!?\n\"“(-–•*")
PLAN_OPENERS = phrase_set(LEX["plan_openers"])
_CLAUSE_OPENERS = set(",;:(-\n\"“")
# plan nouns that set the status of the figures they cover, before them only, and make no target by themselves
SCHEME_NOUNS = phrase_set(LEX["scheme_nouns"])
_REQUEST_NOUNS = phrase_set(LEX["request_nouns"])
_REQUEST_NOUN_BEFORE = phrase_set(LEX["request_noun_before"])
_REQUEST_NOUN_AFTER = phrase_set(LEX["request_noun_after"])


def find_cues(sylls: list[Syllable], table: dict) -> list[FoundCue]:
    """Greedy longest match of lexicon phrases over syllables."""
    out = []
    i, n = 0, len(sylls)
    while i < n:
        if sylls[i][0] not in ALL_CUE_WORDS:
            i += 1
            continue
        for k in range(min(MAX_NGRAM, n - i), 0, -1):
            key = tuple(s[0] for s in sylls[i:i + k])
            cls = table.get(key)
            if cls is not None:
                out.append((cls, key, sylls[i][1], sylls[i + k - 1][2]))
                i += k
                break
        else:
            i += 1
    return out


def in_name(text: str, pos: int, sent_start: int) -> bool:
    """A cue word written with a capital inside a sentence is part of a name (`Ủy ban Kiểm tra`)."""
    if pos <= sent_start or not text[pos].isupper():
        return False
    j = pos - 1
    while j > sent_start and text[j] in " \t":
        j -= 1
    return text[j] not in _NAME_OPENERS


def names_baseline(cue: FoundCue, sylls: list[Syllable]) -> bool:
    """`đạt 51,1% dự toán`: a plan noun right after a figure names its baseline, it states no plan."""
    if cue[0] != Cue.PLAN_NOUN:
        return False
    prev = None
    for syl, a, _ in sylls:
        if a >= cue[2]:
            break
        prev = syl
    return prev is not None and (prev == "%" or prev[0].isdigit())


def _negator(cue: FoundCue, sylls: list[Syllable]) -> str | None:
    """The negator right before a work verb (`chưa xử lý`, `không được giải quyết`), if any."""
    if cue[0] not in WORKISH:
        return None
    i = next((k for k, syl in enumerate(sylls) if syl[1] == cue[2]), None)
    if not i:
        return None
    prev = [syl[0] for syl in sylls[max(0, i - 2):i]]
    if prev[-1] in NEGATORS:
        return prev[-1]
    if prev[-1] in ("được", "bị", "thể") and len(prev) > 1 and prev[0] in NEGATORS:
        return prev[0]
    return None


def negated(cue: FoundCue, sylls: list[Syllable]) -> bool:
    """A work verb under `không` (`không xử lý`) states no result; under `chưa` it states a backlog,
    unless the verb is too general to count work left (``backlog_not_under_chua``)."""
    neg = _negator(cue, sylls)
    return neg is not None and (neg not in BACKLOG_NEGATORS or cue[1] in _NOT_BACKLOG)


def as_stated(cue: FoundCue, sylls: list[Syllable], unmet_as: Cue) -> FoundCue:
    """The cue's class as the clause states it: a work verb under `chưa` is work still to do
    (`chưa hoàn thành 501 nhiệm vụ`, `4.000 ngôi mộ chưa được di dời`: a backlog, the current state);
    an unmet goal (`không đạt chỉ tiêu 60%`) names a goal before its figure (`unmet_as` = plan) and
    a state after it (`3 xã chưa đạt chuẩn`: backlog)."""
    if cue[0] == Cue.UNMET:
        return (unmet_as,) + cue[1:]
    if _negator(cue, sylls) in BACKLOG_NEGATORS and cue[1] not in _NOT_BACKLOG:
        return (Cue.BACKLOG,) + cue[1:]
    return cue


def as_opened(cue: FoundCue, folded: str, sent_start: int) -> FoundCue:
    """`Theo kế hoạch, đơn vị thi công sẽ di chuyển 158 cây`: a plan noun after `theo` opening its sentence or
    clause states the plan of what follows, a plan word; after a verb or a figure (`hoàn thành 12 phòng học
    theo kế hoạch`) it stays the plan noun of its clause."""
    if cue[0] != Cue.PLAN_NOUN or cue[1] not in PLAN_OPENERS:
        return cue
    head = folded[sent_start:cue[2]].rstrip()
    return (Cue.PLAN,) + cue[1:] if not head or head[-1] in _CLAUSE_OPENERS else cue


def is_request_noun(cue: FoundCue, sylls: list[Syllable]) -> bool:
    """`100% kiến nghị của cử tri`, `số lượng kiến nghị`, `đạt yêu cầu`: a request word after a determiner, a figure
    or a verb taking it as object, or before `cử tri`, is a noun naming requests; it sets no plan (targets.json
    `_doc_request_nouns`); `đề nghị của Bộ Tài chính về việc thanh tra 60 dự án` is still a request of work."""
    if cue[0] != Cue.MODAL or cue[1] not in _REQUEST_NOUNS:
        return False
    i = next((k for k, syl in enumerate(sylls) if syl[1] == cue[2]), None)
    if i is None:
        return False
    if i and (sylls[i - 1][0][0].isdigit() or suffix_match(sylls[:i], _REQUEST_NOUN_BEFORE)):
        return True
    after = [s[0] for s in sylls[i + len(cue[1]):i + len(cue[1]) + 2]]
    return any(tuple(after[:k]) in _REQUEST_NOUN_AFTER for k in (1, 2))


def undergone(cue: FoundCue, sylls: list[Syllable]) -> bool:
    """`Thí sinh bị cảnh cáo bị trừ 50% tổng điểm`: a sanction right after `bị` names the one sanctioned, no work
    done by a public body."""
    if cue[1] not in _SANCTIONS:
        return False
    prev = [syl[0] for syl in sylls if syl[2] <= cue[2]]
    return bool(prev) and prev[-1] == "bị"
