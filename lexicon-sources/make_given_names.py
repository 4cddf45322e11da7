#!/usr/bin/env python3
"""Builds lexicon-sources/given-names.tsv from the hand-written lists in lexicon-sources/given-names-src/.

Source format (one file per group of origins):
  @origin            sets the origin of the entries that follow
  # ...              comment
  %abd X Y ...       compound names عبد X (spaced) and عبدX (joined)
  %din X Y ...       compound names X الدين (spaced), and joined Xالدين where X ends in a letter
                     that does not join to the left (نورالدين، عزالدين، علاءالدين)
  %allah X Y ...     compound names X الله (spaced), and joined Xالله where X ends in a letter
                     that does not join to the left (عطاالله، خيرالله، نصرالله)
  entries            whitespace-separated; "_" inside an entry is a space; suffix "*" = the
                     spelling is also a frequent ordinary word (note common-word); "^" = compound
                     head (note compound-head); "!" = honorific written before a name (note
                     honorific); an entry ENDING in "_" is skipped (a way to note an exclusion).
One row per spelling. A spelling listed under several origins gets them all, "|"-joined.
The common-word flag is also set from COMMON_EXTRA below and whenever the normalized spelling
(hamza on alef, ى/ي, ة/ه folded as the library does) equals a normalized common word or a verb
form in news-verbs.txt. Spellings in DROP are never written.
"""
import glob, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'given-names-src')
OUT = os.path.join(HERE, 'given-names.tsv')
VERBS = os.path.join(HERE, 'news-verbs.txt')

ORDER = ['arabic.txt', 'compounds.txt', 'maghrebi.txt', 'persian_turkish_kurdish.txt', 'asia.txt',
         'europe_east.txt', 'english.txt', 'europe_west.txt', 'europe_west2.txt',
         'hebrew_africa.txt', 'eastasia.txt', 'extra.txt']

def norm(s):
    s = re.sub('[\u064B-\u0652\u0670\u0640]', '', s)
    s = re.sub('[أإآٱ]', 'ا', s)
    return s.replace('ى', 'ي').replace('ة', 'ه')

# Spellings never written: they fold to a function word or are far more often something else
# (then: far more often a verb or ordinary word in news: بنى، روى، مرّت، يولي، يدير، أكمل، فجّر، يعرب،
# أولى/أولي (first), أُقيل, ديني (religious), وأنا; ألا/إلا and وأن fold to function words; Sharon,
# Carter, Cameron, Perry are in Arabic news nearly always surnames; فخر, مهاتما are not first names).
DROP = set(norm(w) for w in '''
آن أن إن أنا آل أو بن مات بني روي مرت يولي يدير أكمل فجر يعرب أولى أولي أقيل ديني وانا ونا
ألا آلا وان شارون كارتر كاميرون بيري فخر ماهاتما شيخ صادر ما هي هم من في لا لم لن عن مع كل بعد قبل حتى أي ثم هذا
ذلك كان قد إذ إذا لو كي بل لي_ دون_ ملك أمس يوم عام سنة ضد حول عبر نحو غير منذ لدى عند
'''.split() if not w.endswith('_'))

# Forms (normalized) that are also frequent ordinary words, titles, places or acronym parts.
COMMON_EXTRA = '''
علي على عمر تحسين حسن سعيد خالد تركي سلطان مشعل بندر سيف حمد حميد مجد قاسم بشر بكر أكرم كريم كرم طاهر يزيد عادل
نبيل نجم جمال جميل كمال كامل فؤاد رياض رضا وليد خليل نعيم شريف أشرف شرف رفيق رفيع ناصر نصر منتصر عماد عامر
باسم ماهر هادي صالح صلاح فلاح فاتح مفتاح رمضان رجب شعبان محرم خميس جمعة أيمن أمين أمان مؤمن أنور منير نور
أنيس مؤيد جبر غازي غيث غالب ضياء فضل فاضل أفضل زكي سامح عطية منتظر مراد زين يسري يسار تيسير وسام وحيد واثق
وجيه توفيق موفق ثابت ثائر جهاد مجاهد جواد حازم حافظ محسن إحسان خلف خليفة راغب رائد رابح ربيع رعد رشيد سالم
سامي سليم سلامة سلام سند سهل سيد شاكر صادق صديق صباح صخر صقر طالب طيب عبيد عرفان عزيز عطاء علوي عمران عوض
عيد فارس فرج فرحان فريد مالك مبارك مختار مظهر نادر نافع نزيه نسيم نضال هلال أديب بهاء حكمت خيري خير محفوظ
مدني مفيد يحيى موسى نوح سجاد تقي نقي أكبر أصغر سرور عتيق مانع حارب عارف معين مطر عقبة أمل آمال رجاء سعاد نجاة
نجوى هدى منى هالة وفاء صفاء ثناء ضحى نهى بسمة ابتسام إلهام إيمان أمينة عفاف عزة فريدة فرح كريمة لطيفة نبيلة
نوال هبة يسرى ياسمين سهام سلوى سها علياء نسمة وداد وعد آية آيات آلاء إسراء ألفت إخلاص بشرى بيان تغريد تهاني
ثريا جميلة جنى حياة حنان خلود دعاء رحمة زهرة زهور سحر سكينة سماح سمر شهد صبا عالية عواطف غالية غفران قمر ليال
ملاك منار وئام ولاء وجدان وردة يمنى شيخة موزة حصة مهرة جواهر فجر روضة مشاعل آمنة أسماء هاجر بشارة نعمة حنا
العربي الأمين الصادق الصديق الأخضر اليمين العيد الطيب الهادي المختار السعيد الحبيب الغالي الزين الطاهر المعطي
مبروك مولود خيرة فضيلة وسيلة رشيدة حفيظة سليمة سعيدة سيدي سي أبو أمير شي لي هو بان دون جان جو سام دان روس جيل
جين آني دين سيلفي صوفي لولا جورجيا فرانس بيني يولي شاي غال دوري ألفا بابا دوما جامع آبي جوار ريو ولي مرت أصلي
أمره أوزان أنار رسول نظامي فضولي مهين سيما ديار شامل جوهر شاهد شهيد عظمى إقبال تنوير ظهير قيصر منظور نصير ثمينة
ميزان كاش آنا أوسكار بارك رفعت ثان نيو رام ميلان سانتياغو صديقي شيك قربان خيرات كرمان عاقل روبي
أعلى شاه أسد خواجة برهان دارية ليش بيت ميل ميغ ليون سكوت كيس كون يهودا فور أماما يماني باي وون سري سيتي هداية سيدني تشاد رحمن نام منتظر عادلة باسل مهدي إسلام إسلام حسام نصرت عصمت فتح نجاح فوز
'''.split()

COMMON = set(norm(w) for w in COMMON_EXTRA)

# Frequent function and news words (normalized); a name that folds to one of them is flagged.
STOP = set(norm(w) for w in '''
من في على إلى عن مع أن إن لا ما هو هي هم كان قد لم لن كل بعد قبل بين حتى أي أو ثم الذي التي هذا هذه ذلك تلك عند
لدى ضد حول دون غير منذ خلال عبر نحو لكن بل إذ إذا لو لولا كما كي حين أمام وراء تحت فوق يوم أمس سنة عام جدا أيضا
فقط بعض جميع كلا أمر شأن حال وقت مرة عدد نفس ذات ليس وزير رئيس ملك أمير شيخ سيد حاكم قائد نائب مدير عضو رسالة
كلمة دعوة زيارة لقاء بيان قرار اتصال اجتماع مؤتمر حرب سلام أمن دولة حكومة شعب وطن مصر ليبيا تونس سوريا عمان
'''.split())

def verb_forms():
    s = set()
    if os.path.exists(VERBS):
        for line in open(VERBS, encoding='utf-8'):
            line = line.strip()
            if line and not line.startswith('#'):
                s.add(norm(line))
    return s

NONJOIN = set('اأإآدذرزوء')
NONJOIN_ALLAH = set('اأإآدذرزو')
ARABIC_OK = re.compile(r'^[\u0621-\u064A\u067E\u0686\u0698\u06AF\u06A4 ]+$')

def main():
    rows = {}          # spelling -> [origins list, flags set]
    order = []
    problems = []
    def add(sp, origin, flags):
        sp = sp.strip()
        if not sp:
            return
        if not ARABIC_OK.match(sp):
            problems.append(f'not Arabic: {sp!r} ({origin})')
            return
        if norm(sp) in DROP:
            return
        if sp not in rows:
            rows[sp] = [[], set()]
            order.append(sp)
        if origin not in rows[sp][0]:
            rows[sp][0].append(origin)
        rows[sp][1] |= flags
    files = [f for f in ORDER if os.path.exists(os.path.join(SRC, f))]
    extra = sorted(set(os.listdir(SRC)) - set(files))
    if extra:
        problems.append(f'source files not in ORDER: {extra}')
    for fn in files:
        origin = None
        for raw in open(os.path.join(SRC, fn), encoding='utf-8'):
            line = raw.strip()
            if not line or line.startswith('#'):
                continue
            if line.startswith('@'):
                origin = line[1:].strip()
                continue
            if line.startswith('%'):
                kind, *parts = line.split()
                for p in parts:
                    p = p.replace('_', ' ')
                    if kind == '%abd':
                        add('عبد ' + p, origin, set()); add('عبد' + p, origin, set())
                    elif kind == '%din':
                        add(p + ' الدين', origin, set())
                        if p[-1] in NONJOIN:
                            add(p + 'الدين', origin, set())
                    elif kind == '%allah':
                        add(p + ' الله', origin, set())
                        if p[-1] in NONJOIN_ALLAH:
                            add(p + 'الله', origin, set())
                continue
            for tok in line.split():
                if tok.endswith('_'):
                    continue
                flags = set()
                while tok and tok[-1] in '*^!':
                    flags.add({'*': 'common-word', '^': 'compound-head', '!': 'honorific'}[tok[-1]])
                    tok = tok[:-1]
                add(tok.replace('_', ' '), origin, flags)
    verbs = verb_forms()
    collisions = []
    for sp in order:
        n = norm(sp)
        if n in COMMON:
            rows[sp][1].add('common-word')
        if n in STOP and 'common-word' not in rows[sp][1]:
            rows[sp][1].add('common-word'); collisions.append(f'stop word: {sp}')
        if n in verbs and 'common-word' not in rows[sp][1]:
            rows[sp][1].add('common-word'); collisions.append(f'verb form: {sp}')
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write('# Given (first) names as Arabic news writes them, for telling a name from a verb or common noun\n')
        f.write('# after a title. One spelling per row; the library folds hamza on alef, ى/ي and ة/ه itself.\n')
        f.write('# origin: where the name is usual ("|" when several). chinese-surname, korean-surname and\n')
        f.write('# vietnamese-surname rows are SURNAMES: those names are written surname first in Arabic news.\n')
        f.write('# note: ";"-separated tags. common-word = the spelling is also a frequent ordinary Arabic word,\n')
        f.write('# title, place or function word (require more evidence); compound-head = first word of a compound\n')
        f.write('# name (عبد، أبو); honorific = a word written before names, not a name itself (للا، مولاي، سيدي).\n')
        f.write('# Sources: compiled by hand for NewsTables from general knowledge of names in Arabic news\n')
        f.write('# (Al Jazeera, Al Arabiya, BBC Arabic, Sky News Arabia, RT Arabic, Asharq Al-Awsat, Hespress,\n')
        f.write('# Xinhua and CGTN Arabic, agency wires) and of office-holder names; a few uncertain spellings were\n')
        f.write('# spot-checked against stored Arabic web pages. Transliteration variants (غ/ج/ق for g, with and\n')
        f.write('# without long vowels) are listed where news uses them. Built by make_given_names.py from given-names-src/.\n')
        f.write('name\torigin\tnote\n')
        for sp in order:
            o, fl = rows[sp]
            tags = [t for t in ('common-word', 'compound-head', 'honorific') if t in fl]
            f.write(f"{sp}\t{'|'.join(o)}\t{';'.join(tags)}\n")
    print(f'{len(order)} rows, {len(set(norm(s) for s in order))} distinct after normalization', file=sys.stderr)
    by = {}
    for sp in order:
        for o in rows[sp][0]:
            by[o] = by.get(o, 0) + 1
    print(' '.join(f'{k}={v}' for k, v in sorted(by.items(), key=lambda x: -x[1])), file=sys.stderr)
    print(f"common-word rows: {sum(1 for s in order if 'common-word' in rows[s][1])}", file=sys.stderr)
    for p in problems + collisions:
        print(p, file=sys.stderr)

if __name__ == '__main__':
    main()
