#!/usr/bin/env python3
"""Build lexicon-sources/common-words.txt: ordinary Arabic words of news text (not names).

Sources: hand-written lemma lists in lexicon-sources/common-words-src/*.txt, by domain.

Noun/adjective files (every file except verbs*.txt): whitespace-separated tokens, '#' starts a
comment. A token is a word, optionally followed by ':' and code letters that generate forms:
  p  sound plural: ة -> ات, ى -> يات, otherwise + ات      (زيارة -> زيارات)
  f  feminine + ة                                          (بحري -> بحرية)
  F  f, and the feminine plural + ات                       (سابق -> سابقة سابقات)
  m  masculine sound plural + ون / + ين                    (مهندس -> مهندسون مهندسين)
  a  adjective: f + F + m
  d  dual + ان / + ين (ة -> تان / تين, ى -> يان / يين)
  h  possessive pronouns + ه / ها / هم (ة -> ته ...; ى -> اه ...)
  n  accusative indefinite + ا (وقت -> وقتا)

Verb files (verbs*.txt): one verb a line, "PAST PRESENT", then optionally "|" and extra forms
written out. From PAST: PAST, +ت, +وا, +ا (dual) (defective verbs in ى / ا / ي and verbs in أ
handled); from PRESENT (3rd masc. sing. with ي-): ي/ت/ن + stem, ي..ون, ي..وا, ي..ان, and the
future with سـ (سي.. ست..). A line starting with "=" lists forms written out.

Names are then removed: every form whose normalized spelling (أ إ آ -> ا, ى -> ي, ة -> ه, as the
library normalizes) is a given name of the library's given-names.tsv or of
lexicon-sources/given-names-src/, or is in EXCLUDE below (given names and family names that are also
ordinary words), or is a token of a person's name in the library's people.tsv / data people files
unless listed in PEOPLE_TOKEN_OK (reviewed by hand).
"""
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "common-words-src")
OUT = os.path.join(HERE, "common-words.txt")
LEX = os.path.join(HERE, "..", "kernel-lib", "src", "main", "resources", "org", "newstables", "lexicon")

ARABIC = re.compile(r"^[\u0621-\u064A]+$")


def norm(w):
    w = re.sub("[\u064B-\u065F\u0670\u0640]", "", w)
    w = w.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا")
    return w.replace("ى", "ي").replace("ة", "ه")


# ---------------------------------------------------------------- nouns and adjectives
def sound_plural(w):
    if w.endswith("اة") or w.endswith("أة"):
        raise ValueError("sound plural of %s: write it out" % w)
    if w.endswith("ة"):
        return w[:-1] + "ات"
    if w.endswith("ى"):
        return w[:-1] + "يات"
    if w.endswith("ا"):           # ميليشيا -> ميليشيات
        return w[:-1] + "ات"
    return w + "ات"


def dual(w):
    if w.endswith("ة"):
        return [w[:-1] + "تان", w[:-1] + "تين"]
    if w.endswith("ى"):
        return [w[:-1] + "يان", w[:-1] + "يين"]
    return [w + "ان", w + "ين"]


def possessive(w):
    if w.endswith("ة"):
        s = w[:-1] + "ت"
    elif w.endswith("ى"):
        s = w[:-1] + "ا"
    else:
        s = w
    return [s + "ه", s + "ها", s + "هم"]


def expand_token(tok):
    if ":" not in tok:
        return [tok]
    w, codes = tok.split(":", 1)
    forms = [w]
    if "a" in codes:
        codes += "fFm"
    stem = w[:-1] + "ئ" if w.endswith("يء") else w   # بريء -> بريئة
    if "f" in codes or "F" in codes:
        forms.append(stem + "ة")
    if "F" in codes:
        forms.append(stem + "ات")
    if "m" in codes:
        forms += [w + "ون", w + "ين"]
    if "p" in codes:
        forms.append(sound_plural(w))
    if "d" in codes:
        forms += dual(w)
    if "h" in codes:
        forms += possessive(w)
    if "n" in codes:
        forms.append(w + "ا")
    return forms


# ---------------------------------------------------------------- verbs
def past_forms(p, present=""):
    if p.endswith("ي") and present.endswith("ى"):   # بقي يبقى، نسي ينسى
        s = p[:-1]
        return [p, p + "ت", s + "وا", p + "ا"]
    if p.endswith("ى"):           # التقى، أجرى، سعى
        s = p[:-1]
        return [p, s + "ت", s + "وا", s + "يا"]
    if p.endswith("ا"):           # دعا، نما
        s = p[:-1]
        return [p, s + "ت", s + "وا"]
    if p.endswith("أ"):           # بدأ، قرأ
        s = p[:-1]
        return [p, p + "ت", p + "وا", s + "ؤوا", s + "آ"]
    return [p, p + "ت", p + "وا", p + "ا"]


def present_forms(i):
    assert i.startswith("ي"), i
    s = i[1:]
    out = [x + s for x in ("ي", "ت", "ن")]
    if s.endswith("ي"):           # يلتقي -> يلتقون، يلتقيان
        pl, du = s[:-1] + "ون", s + "ان"
        plsub = s[:-1] + "وا"
    elif s.endswith("و"):         # يدعو -> يدعون، يدعوان
        pl, du = s[:-1] + "ون", s + "ان"
        plsub = s[:-1] + "وا"
    elif s.endswith("ى"):         # يسعى -> يسعون، يسعيان
        pl, du = s[:-1] + "ون", s[:-1] + "يان"
        plsub = s[:-1] + "وا"
    else:
        pl, du, plsub = s + "ون", s + "ان", s + "وا"
    if s.endswith("أ"):           # يبدأ -> يبدآن
        du = s[:-1] + "آن"
    out += ["ي" + pl, "ي" + plsub, "ي" + du]
    out += ["س" + "ي" + s, "س" + "ت" + s]
    return out


def expand_verb_line(line):
    if line.startswith("="):
        return line[1:].split()
    extra = []
    if "|" in line:
        line, rest = line.split("|", 1)
        extra = rest.split()
    parts = line.split()
    out = []
    if parts:
        out += past_forms(parts[0], parts[1] if len(parts) > 1 else "")
    if len(parts) > 1:
        out += present_forms(parts[1])
    if len(parts) > 2:
        raise ValueError("verb line with more than two words: " + line)
    return out + extra


# ---------------------------------------------------------------- names to keep out
# Ordinary words that are also common given names or family names (Arab world and beyond); they are
# left out whatever the given-names files say. Normalized before comparison.
EXCLUDE = """
كمال جمال سعيد رشيد أمين نبيل باسم وليد منير سالم سليم عادل حسن جميل كريم نجاة أمل هدى نور سلطان ملك
أمير عباس بطيخ خليفة حمد راشد ناصر منصور عزيز فهد نمر أسد صقر ذيب ذئب
علي على عمر خالد موسى يحيى تركي سلمان بندر مشعل سيف حميد مجد قاسم طاهر يزيد بكر بشر كرم أكرم
فؤاد رياض رضا خليل نعيم شريف أشرف شرف رفيق نصر منتصر عامر صالح صلاح فلاح فاتح مفتاح رمضان رجب شعبان
محرم خميس جمعة أيمن أمان مؤمن أنور أنيس مؤيد جبر غازي غيث غالب فضل فاضل أفضل عاطف عطية منتظر
سلام عون حرب صباح نجاح حياة إسلام إيمان إحسان إخلاص وفاء صفاء رجاء ثناء سناء هناء بهاء علاء شفاء عرفان
فداء نضال كفاح جهاد ندى سحر أحلام أماني آمال ثريا دعاء رحاب آية بشرى بشارة حنان عفاف جنة رغد شروق
سعادة فرح سرور عز نعمة رحمة بركة هبة بسمة دنيا عطاء حكمة فريد فريدة وحيد وحيدة ممتاز مختار مبارك
مسعود سعود سعد حافظ ظاهر صادق كافي وافي شافي راضي غالي ثابت واثق صابر شاكر حامد فائز فائزة ناجي سامي
سامية عالية غالية جليل عظيم رفيع رابح رابعة شهيد خان شاه حداد نجار خياط عطار صباغ جزار خطيب مفتي
قاضي حكيم كاتب خوري نحاس حديد مطر رعد نسيم صخر غزال شبل ليث بدر هلال نجم شمس قمر ريم وردة زهرة
ياسمين ربيع ضحى عثماني عربي ثاني خلف أحسن أكبر أعظم أجمل سام عزة كريمة جميلة سعيدة أمينة نبيلة سليمة
رشيدة منيرة عزيزة لطيفة لطيف شريفة ظريف حكيمة عادلة نزهة أمنية عمران عمار مأمون مشرف نصير هادي
حسين حسان ماجد مجيد زاهر زهير زياد منجي رامي رامز هاني عاصم عصام هشام بشير بسام طارق واصل فيصل نايف
حازم حاتم معتز معاذ أيوب يونس إدريس إلياس آدم نوح داود هارون إبراهيم عيسى يعقوب يوسف زكريا
سيد سيدي شيخ حاج بن ابن بنت أبو أم آل عبد ولد بك بيك باشا ملا مولاي لالة
نادر نادرة نادية ناجية نجيب نجيبة وجيه وجيهة مهدي منى جواد صفوان وديع وديعة ودود رضوان
أسامة أسماء سمير سميرة سمر فاروق مصطفى مختارة ممدوح محمود مسرور مشهور مشهورة منتصرة
عارف عارفة عاقل عاقلة فهيم فطين لبيب أديب أديبة نبيه نبيهة وفيق موفق موفقة توفيق
رؤوف رؤوفة رحيم رحيمة حليم حليمة كريمة لبنى سلوى نجوى منال نوال عبير غادة هيام كوثر
زينب زين زينة جنى رنا رانيا لمى دانة دانا ماسة لؤلؤة مرجان ياقوت فيروز ألماس جوهرة
نسرين ورود وعد وئام هيفاء شهد شهدي عسل بلبل عصفور حمامة فراشة طاووس
فخر فخري حمدي شكري صبري حلمي رشدي فوزي لطفي عزمي رمزي فتحي مجدي شوقي زكي
فتح غنيمة غنيم غانم ثامر تامر مرزوق رزق رزاق وهبة هبات وهاب
ساطع مشرق باهر منيف أصيل أصيلة نبل جوهر شامخ شامل
عيد
غير بري رئيسي نظيف غني غنى معلم علمي سريع ربيعي بدوي أخضر غريب عريض حتى حق أدى أميري بينت ترأس جيله
حاجة دار درامي دفع روت سأل سفر سفن سوقا فاز فوري فيلم مآس ماي مولوا ميت نشيد نضيف نفطي واد
انتصار اعتدال صديق صديقة سنية خيرية صافي شرقي غربي ريفي قروي صحراوي حربي صياد حلا شمسي ليالي عدوان عمارة حيه حية نزال هيكل عريقات
""".split()

# Tokens of people's names (people.tsv) that are ordinary words and are kept after review: the
# name use is rare or the token is a particle/number that no one is called by alone.
PEOPLE_TOKEN_OK = set("""
آلة آوى أتوا أمور أو أول أي إلى بين بينه توفي ثالث ثانية جنرال خامس دورية دير ديون رأس رأى رأي ري رعاية
سادس سوى سير سيرا سيروا سيل ظل عاشر عشر عهد قائد قال قول كأن كان كانون كي لا له ما مال مالي مايو مشير
معظم منه نسوي هام هنآ هنأ هنا هي ورق يناير في عمود أمام
""".split())


def read_given_names():
    names = set()
    path = os.path.join(LEX, "given-names.tsv")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#") or line.startswith("name\t"):
                    continue
                n = line.split("\t")[0].strip()
                if n:
                    names.add(norm(n))
    for path in glob.glob(os.path.join(HERE, "given-names-src", "*.txt")):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                line = line.split("#", 1)[0].strip()
                if not line or line.startswith("@"):
                    continue
                for tok in line.split():
                    for spelling in tok.rstrip("*^!").split("|"):
                        spelling = spelling.replace("_", " ")
                        if " " not in spelling:
                            names.add(norm(spelling))
    return names


def read_people_tokens():
    toks = {}
    files = [os.path.join(LEX, "people.tsv")] + glob.glob(os.path.join(HERE, "people-*.tsv"))
    for path in files:
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#") or line.startswith("key\t"):
                    continue
                cols = line.rstrip("\n").split("\t")
                if len(cols) < 6:
                    continue
                for kind, text in (("partial", cols[5].replace("|", " ")),
                                   ("name", cols[3] + " " + cols[4].replace("|", " "))):
                    text = re.sub(r"\{[^}]*\}", " ", text)
                    for t in re.findall(r"[\u0621-\u064A]+", text):
                        n = norm(t)
                        if n.startswith("ال") and len(n) > 4:
                            n = n[2:]
                        toks.setdefault(n, kind + " " + cols[0])
    return toks


def main():
    forms = []
    # a verb line of one word is a cross-reference when that past has a full line elsewhere
    full_pasts = set()
    for path in glob.glob(os.path.join(SRC, "verbs*.txt")):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                line = line.split("#", 1)[0].split("|", 1)[0].strip()
                if line and not line.startswith("=") and len(line.split()) == 2:
                    full_pasts.add(line.split()[0])
    for path in sorted(glob.glob(os.path.join(SRC, "*.txt"))):
        verbs = os.path.basename(path).startswith("verbs")
        with open(path, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                line = line.split("#", 1)[0].strip()
                if not line:
                    continue
                if verbs and len(line.split()) == 1 and line in full_pasts:
                    continue
                try:
                    new = expand_verb_line(line) if verbs else [f for t in line.split() for f in expand_token(t)]
                except Exception as e:  # noqa: BLE001
                    sys.exit(f"{path}:{lineno}: {e}")
                for f in new:
                    f = re.sub("[\u064B-\u065F\u0670\u0640]", "", f)
                    if not ARABIC.match(f):
                        sys.exit(f"{path}:{lineno}: not an Arabic word: {f!r}")
                    forms.append((f, os.path.basename(path)))

    given = read_given_names()
    people = read_people_tokens()
    excl = {norm(w) for w in EXCLUDE}
    ok = {norm(w) for w in PEOPLE_TOKEN_OK}

    seen, out = set(), []
    dropped = {"given": set(), "exclude": set(), "people": set()}
    for f, src in forms:
        n = norm(f)
        if f in seen:
            continue
        seen.add(f)
        if f.startswith("ال") and f not in ARTICLE_OK and f not in ROOT_AL:
            sys.exit(f"{src}: {f}: written with the article")
        if n in excl:
            dropped["exclude"].add(f)
            continue
        if n in given:
            dropped["given"].add(f)
            continue
        if n in people and n not in ok:
            dropped["people"].add(f + "\t" + people[n])
            continue
        out.append(f)

    header = [
        "# Common Arabic words of news text: ordinary nouns, verbal nouns, adjectives, participles,",
        "# adverbs, particles, numbers and verbs in their usual inflections, one form a line, without",
        "# the article or attached prepositions/conjunctions. A word after a title that is in this list is",
        "# not a person's name. Made by lexicon-sources/make_common_words.py from hand-written lemma lists",
        "# (common-words-src/*.txt, by domain: politics, diplomacy, economy, security, health, sport,",
        "# culture, society, courts, weather, time, numbers, everyday words, verbs) with plurals,",
        "# feminines, duals, possessives and verb inflections generated by rule; every form that is a",
        "# given name (library given-names.tsv, data/given-names-src), a token of a person's name in",
        "# people.tsv, or a known name/family name that is also an ordinary word was removed.",
        "# Spelling with hamza and ة as usual; the library folds hamza, ى/ي and ة/ه itself.",
    ]
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("\n".join(header) + "\n")
        for f in out:
            fh.write(f + "\n")
    with open(os.path.join(SRC, "dropped.log"), "w", encoding="utf-8") as fh:
        for k, v in dropped.items():
            fh.write(f"## {k} ({len(v)})\n")
            for x in sorted(v):
                fh.write(x + "\n")
    print(f"forms generated {len(forms)}, unique {len(seen)}, written {len(out)}; dropped: "
          + ", ".join(f"{k} {len(v)}" for k, v in dropped.items()))


# Words whose first letters ا ل are part of the word (form VIII of roots with ل), not the article.
ROOT_AL = {"التحاق", "التزام", "التزامات", "التزم", "التزما", "التزمت", "التزموا", "التفاف", "التقت",
           "التقوا", "التقى", "التقيا", "التهاب", "التهابات"}

# Words spelled with ال that is not the article (relative pronouns, الآن).
ARTICLE_OK = {"الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين", "اللواتي", "اللاتي",
              "الآن", "اللائي"}

if __name__ == "__main__":
    main()
