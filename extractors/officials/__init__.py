"""Officials: every named person holding a post, with canonical titles, roles and mentions.

How a mention is read, per sentence, over underthesea's words (a personal name is one word,
`Bùi Quang Hoàn`):

1. Name candidates: a word of capitalised syllables that opens with a family name and is not a
   place (`Nguyễn Đức Chung`, not `Hà Nội`); or any capitalised word right after an honorific
   (`ông Chung`), a rank (`Thiếu tướng`) or a post (`Phó Thủ tướng Vũ Đức Đam`, `Tổng thống Mỹ
   Donald Trump`).
2. Titles before the name: the post chain that ends at the name (`Chủ tịch UBND TP Hà Nội`).
   Titles after it: `, / - / – / (` followed by a post, as often as the pattern repeats
   (`, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện`). A post is a head from `titles.tsv` plus the
   organisation words that follow it (capitalised words, abbreviations, places, `huyện`, `nhân dân`).
3. Titles are canonical: abbreviations expanded from `abbreviations.tsv`, heads spelled as in the
   lexicon, one tone-placement style.
4. Roles from cue words (`roles.json`) right after the person's name-and-titles chain (shared by a
   list of people that ends in one verb), or opening the clause before them (`Dự hội nghị có ...`,
   `dưới sự chủ trì của ...`, `Kết luận hội nghị, đồng chí ...`).
5. Within the article, a repeated full name, or a short form (`ông Chung`, `đồng chí Hoàn`,
   `Bí thư Dũng`) that matches the end of a full name, is the same person: one row, posts merged.

A person never given a post in the article (a resident, a victim, a photographer) is not a row.

The package, in reading order:

- `vocabulary`: the word lists (`extractors/lexicons/`), loaded once;
- `names`: shape tests on words (a full name, a foreign name, an abbreviation, a place);
- `units`: a sentence as units, and look-ups of lexicon entries over them;
- `posts`: a post head and the organisation words after it;
- `titles`: canonical titles, and `post_key` to compare them;
- `bodies`: bodies under their canonical names (`bodies.tsv`), short forms and state posts completed;
- `chains`: the title chains before and after a name;
- `foreign_names`: a foreign name's words made one unit, a country or brand before it cut off;
- `name_cuts`: names the tokenizer cut or glued (`Triệu Lập` + `Kiên`), mended before a name is read;
- `roles`: roles from cue words;
- `mentions`: a sentence's mentions (steps 1-4);
- `group_posts`: a post in a group given with `làm` (`Đoàn kiểm tra do ông X, ..., làm trưởng đoàn`);
- `article`: the article's people, one row each (step 5).
"""
from vnextract.extractors.officials.article import Official, extract
from vnextract.extractors.officials.mentions import Mention, find_mentions
from vnextract.extractors.officials.titles import canonical_title, post_key
from vnextract.extractors.officials.units import Unit, sentence_units, token_table
from vnextract.extractors.officials.vocabulary import (
    ABBREVIATIONS,
    DROPPED,
    FORMER,
    FORMER_BEFORE,
    HONORIFICS,
    NAME_PARTICLES,
    NAMED_AFTER,
    ORG_LOWER,
    ORG_NAMED_HEADS,
    ORG_WORDS,
    POSTS,
    POSTS_AT_PLACE,
    RANKS,
    ROLE_CUES,
    SURNAMES,
    TITLE_KEPT_ABBREVIATIONS,
    TITLE_STOP_WORDS,
)

__all__ = [
    "ABBREVIATIONS", "DROPPED", "FORMER", "FORMER_BEFORE", "HONORIFICS", "NAME_PARTICLES", "NAMED_AFTER", "ORG_LOWER",
    "ORG_NAMED_HEADS", "ORG_WORDS", "POSTS", "POSTS_AT_PLACE", "RANKS", "ROLE_CUES", "SURNAMES",
    "TITLE_KEPT_ABBREVIATIONS", "TITLE_STOP_WORDS", "Mention", "Official", "Unit", "canonical_title", "extract",
    "find_mentions", "post_key", "sentence_units", "token_table",
]
