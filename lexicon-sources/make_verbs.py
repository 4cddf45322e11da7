#!/usr/bin/env python3
"""Builds lexicon-sources/news-verbs.txt: inflected verb forms (and a few particles and verbal nouns)
that Arabic news writes right after a person's title, where a name might otherwise be expected.

Each verb is given as PAST/PRESENT in the 3rd person masculine singular (قال/يقول). The script
inflects it by its ending:
  sound, hollow, doubled, assimilated   قال/يقول  ردّ/يرد  وصل/يصل   (3rd-person forms keep the stem)
  final weak with present in و          دعا/يدعو
  final weak with present in ي          التقى/يلتقي  أحيا/يحيي
  final weak with present in ى          تلقى/يتلقى  رأى/يرى  (past in ي: بقي/يبقى)
  final hamza                           بدأ/يبدأ  أنشأ/ينشئ
Forms: past 3ms 3fs 3mp 3md, present 3ms 3fs 3mp 3md, future س + 3ms 3fs, and with the conjunctions
و/ف. Tier A verbs (the most frequent after titles) get all of these; tier B verbs get past and present
3ms/3fs, future 3ms and و + past 3ms. Forms that fold (hamza on alef, ى/ي, ة/ه) to a given name in given-names.tsv are
left out and listed on stderr, so that names such as يزيد، يحيى، أشرف، وعد stay names.
"""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'news-verbs.txt')
NAMES = os.path.join(HERE, 'given-names.tsv')

TIER_A = '''
قال/يقول أكد/يؤكد أعلن/يعلن أشار/يشير أوضح/يوضح أضاف/يضيف شدد/يشدد دعا/يدعو بحث/يبحث التقى/يلتقي استقبل/يستقبل
زار/يزور وصل/يصل غادر/يغادر ترأس/يترأس تلقى/يتلقى أجرى/يجري أعرب/يعرب عبر/يعبر رحب/يرحب أدان/يدين حذر/يحذر
نفى/ينفي كشف/يكشف طالب/يطالب هنأ/يهنئ بعث/يبعث وقع/يوقع أصدر/يصدر افتتح/يفتتح شارك/يشارك حضر/يحضر اعتبر/يعتبر
رأى/يرى أبدى/يبدي توجه/يتوجه عقد/يعقد ناقش/يناقش استعرض/يستعرض اتهم/يتهم انتقد/ينتقد رفض/يرفض هدد/يهدد
تعهد/يتعهد قرر/يقرر وجه/يوجه أشاد/يشيد تحدث/يتحدث صرح/يصرح اجتمع/يجتمع أطلق/يطلق تفقد/يتفقد قدم/يقدم طلب/يطلب
حث/يحث جدد/يجدد اعتزم/يعتزم وعد/يعد قام/يقوم
'''

TIER_B = '''
أمر/يأمر ثمن/يثمن دشن/يدشن أقال/يقيل عين/يعين كلف/يكلف ألقى/يلقي أبلغ/يبلغ ناشد/يناشد استهل/يستهل اختتم/يختتم
عاد/يعود ودع/يودع رافق/يرافق بدأ/يبدأ تابع/يتابع لفت/يلفت ذكر/يذكر أفاد/يفيد نقل/ينقل استنكر/يستنكر ندد/يندد
شكر/يشكر أجاب/يجيب رد/يرد علق/يعلق هاتف/يهاتف اتصل/يتصل أرسل/يرسل سلم/يسلم تسلم/يتسلم منح/يمنح أقر/يقر
سعى/يسعى توقع/يتوقع حل/يحل أقام/يقيم اختار/يختار وافق/يوافق روى/يروي بين/يبين شرح/يشرح اعترف/يعترف زعم/يزعم
ادعى/يدعي كرر/يكرر استبعد/يستبعد رجح/يرجح تساءل/يتساءل أدلى/يدلي غرد/يغرد كتب/يكتب نشر/ينشر قرأ/يقرأ خاطب/يخاطب
تكلم/يتكلم أثنى/يثني امتدح/يمتدح هاجم/يهاجم حمل/يحمل توعد/يتوعد أنذر/ينذر شجب/يشجب عارض/يعارض بارك/يبارك
عزى/يعزي واسى/يواسي أيد/يؤيد دعم/يدعم ساند/يساند قبل/يقبل اتفق/يتفق أوعز/يوعز عزل/يعزل استقال/يستقيل تنحى/يتنحى
أعفى/يعفي صادق/يصادق أبرم/يبرم ألغى/يلغي مدد/يمدد أجل/يؤجل فرض/يفرض رفع/يرفع خفض/يخفض شكل/يشكل أسس/يؤسس
أنشأ/ينشئ استأنف/يستأنف أنهى/ينهي أتم/يتم واصل/يواصل استمر/يستمر قابل/يقابل رجع/يرجع سافر/يسافر انتقل/ينتقل
رأس/يرأس قاد/يقود أدار/يدير ساهم/يساهم أسهم/يسهم مثل/يمثل ناب/ينوب جال/يجول تجول/يتجول عاين/يعاين اطلع/يطلع
استمع/يستمع تناول/يتناول تباحث/يتباحث تشاور/يتشاور تداول/يتداول تبادل/يتبادل راسل/يراسل استلم/يستلم قلد/يقلد
كرم/يكرم نظم/ينظم استضاف/يستضيف ضم/يضم جمع/يجمع توسط/يتوسط رعى/يرعى أشرف/يشرف أقسم/يقسم تولى/يتولى باشر/يباشر
شغل/يشغل عمل/يعمل أكمل/يكمل التزم/يلتزم تمسك/يتمسك حرص/يحرص عمد/يعمد نوى/ينوي أراد/يريد رغب/يرغب فضل/يفضل
تمنى/يتمنى أمل/يأمل تطلع/يتطلع انتخب/ينتخب رشح/يرشح أهدى/يهدي أصيب/يصاب توفي/يتوفى رحل/يرحل نجا/ينجو اغتيل/يغتال
قتل/يقتل اعتقل/يعتقل أفرج/يفرج أوقف/يوقف فر/يفر هرب/يهرب لجأ/يلجأ اختفى/يختفي ظهر/يظهر غاب/يغيب أدين/يدان
حكم/يحكم سجن/يسجن خضع/يخضع دخل/يدخل خرج/يخرج ذهب/يذهب أتى/يأتي كان/يكون أصبح/يصبح بات/يبيت ظل/يظل صار/يصير
بقي/يبقى أعاد/يعيد أتاح/يتيح سمح/يسمح منع/يمنع حظر/يحظر أجاز/يجيز أغلق/يغلق فتح/يفتح حدد/يحدد اقترح/يقترح
طرح/يطرح عرض/يعرض تقدم/يتقدم وضع/يضع وجد/يجد وقف/يقف وفر/يوفر وصف/يصف وسع/يوسع تطرق/يتطرق ركز/يركز جزم/يجزم
نبه/ينبه لوح/يلوح ألمح/يلمح اعتذر/يعتذر طمأن/يطمئن حاور/يحاور فاوض/يفاوض تفاوض/يتفاوض أوفد/يوفد أمضى/يمضي
قضى/يقضي أمهل/يمهل تحدى/يتحدى واجه/يواجه تصدى/يتصدى دافع/يدافع أظهر/يظهر ضمن/يضمن أوصى/يوصي نصح/ينصح التمس/يلتمس
سأل/يسأل استدعى/يستدعي استجوب/يستجوب حقق/يحقق أحال/يحيل اشتكى/يشتكي شكا/يشكو تبنى/يتبنى تضامن/يتضامن انحاز/ينحاز
أرسى/يرسي أعطى/يعطي أذن/يأذن فوض/يفوض خول/يخول تبرع/يتبرع خصص/يخصص رصد/يرصد مول/يمول فاز/يفوز خسر/يخسر
تراجع/يتراجع انسحب/ينسحب ترشح/يترشح حصل/يحصل نال/ينال حظي/يحظى عدل/يعدل سحب/يسحب طرد/يطرد قطع/يقطع خفف/يخفف
أطلع/يطلع أحاط/يحيط أخطر/يخطر تواصل/يتواصل راقب/يراقب شهد/يشهد استعد/يستعد ترقب/يترقب انتظر/ينتظر تعرض/يتعرض
عانى/يعاني تعافى/يتعافى نعى/ينعى شيع/يشيع لقي/يلقى خشي/يخشى احتج/يحتج أصر/يصر اهتم/يهتم أطل/يطل مر/يمر
أعد/يعد عد/يعد أحيا/يحيي حيا/يحيي أولى/يولي أرجأ/يرجئ تنبأ/يتنبأ بدا/يبدو تلا/يتلو نادى/ينادي حمى/يحمي
اكتفى/يكتفي انتهى/ينتهي تخلى/يتخلى تفادى/يتفادى نأى/ينأى جاء/يجيء أوقع/يوقع تمكن/يتمكن استطاع/يستطيع
نجح/ينجح فشل/يفشل أخفق/يخفق حاول/يحاول درس/يدرس راجع/يراجع سارع/يسارع بادر/يبادر أسرع/يسرع أدى/يؤدي احتفل/يحتفل
اعتمد/يعتمد أنكر/ينكر أقصى/يقصي استثنى/يستثني ختم/يختم لخص/يلخص استطرد/يستطرد عقب/يعقب استدرك/يستدرك أردف/يردف
تحفظ/يتحفظ اعترض/يعترض أطاح/يطيح أفتى/يفتي نوه/ينوه أفصح/يفصح قلل/يقلل
'''

PARTICLES = '''
قد لقد وقد فقد ولقد سوف وسوف فسوف
'''

# Nouns that follow a title when the name is left out: أجرى الرئيس اتصالا، تلقى الوزير برقية.
VERBAL_NOUNS = '''
اتصالا اتصالاً اتصالات مباحثات محادثات مشاورات برقية برقيات رسالة رسائل كلمة خطابا خطاباً بيانا بياناً
تصريحات تصريحا تصريحاً مرسوما مرسوماً مراسيم قرارا قراراً أمرا أمراً أوامر تعليمات توجيهات اجتماعا اجتماعاً
لقاء لقاءً لقاءات زيارة جولة مؤتمرا مؤتمراً حوارا حواراً مقابلة دعوة دعوات وفدا وفداً جلسة قمة مأدبة حفلا حفلاً
مراسم استقبالا استقبالاً ترحيبا ترحيباً تهنئة تعزية شكرا شكراً تحية إشادة تقديرا تقديراً دعما دعماً تأكيدا تأكيداً
تحذيرا تحذيراً إدانة رفضا رفضاً قلقا قلقاً أسفا أسفاً ارتياحا ارتياحاً تضامنا تضامناً نقاشا نقاشاً كتابا كتاباً
خطة مبادرة اقتراحا اقتراحاً مقترحا مقترحاً عرضا عرضاً موافقة حكما حكماً جائزة هدية أوراق اعتماد
برسالة ببرقية باتصال بكلمة ببيان بزيارة بجولة بخطاب بتصريحات بمرسوم بقرار بأمر بتعليمات بتوجيهات بدعوة
بدوره بدورها بدورهما بدورهم بنفسه بنفسها نفسه نفسها ذاته ذاتها شخصيا شخصياً مجددا مجدداً سابقا سابقاً
حاليا حالياً آنذاك نيابة بالنيابة بالإنابة المكلف المنتهية المنتخب المنتخبة الجديد الجديدة السابق السابقة
الأسبق الراحل الراحلة المقبل المستقيل المقال المعين المؤقت بالوكالة
'''

def norm(s):
    s = re.sub('[\u064B-\u0652\u0670\u0640]', '', s)
    s = re.sub('[أإآٱ]', 'ا', s)
    return s.replace('ى', 'ي').replace('ة', 'ه')

def t(i):
    """Present 3ms (ي...) to 3fs (ت...)."""
    return 'ت' + i[1:]

def inflect(p, i):
    """Returns dict of form name -> spelling."""
    f = {'p3ms': p, 'i3ms': i, 'i3fs': t(i)}
    if p.endswith('أ'):                              # بدأ
        f.update(p3fs=p + 'ت', p3mp=p + 'وا', p3mp2=p[:-1] + 'ؤوا', p3md=p[:-1] + 'آ')
    elif p.endswith('ي') and i.endswith('ى'):         # بقي/يبقى
        f.update(p3fs=p + 'ت', p3mp=p[:-1] + 'وا', p3md=p + 'ا')
    elif p[-1] in 'اى' and i.endswith('و'):           # دعا/يدعو
        f.update(p3fs=p[:-1] + 'ت', p3mp=p[:-1] + 'وا', p3md=p[:-1] + 'وا')
    elif p[-1] in 'اى':                               # التقى/يلتقي, تلقى/يتلقى, أحيا/يحيي
        f.update(p3fs=p[:-1] + 'ت', p3mp=p[:-1] + 'وا', p3md=p[:-1] + 'يا')
    elif p == 'جاء':
        f.update(p3fs='جاءت', p3mp='جاءوا', p3mp2='جاؤوا', p3md='جاءا')
    else:
        f.update(p3fs=p + 'ت', p3mp=p + 'وا', p3md=p + 'ا')
    if i.endswith('ى'):                               # يتلقى, يرى
        f.update(i3mp=i[:-1] + 'ون', i3md=i[:-1] + 'يان')
    elif i.endswith('و'):                             # يدعو
        f.update(i3mp=i[:-1] + 'ون', i3md=i + 'ان')
    elif i.endswith('ي') and p[-1] in 'اى':           # يلتقي
        f.update(i3mp=i[:-1] + 'ون', i3md=i + 'ان')
    elif i.endswith('أ'):                             # يبدأ
        f.update(i3mp=i + 'ون', i3mp2=i[:-1] + 'ؤون', i3md=i[:-1] + 'آن')
    elif i.endswith('يء'):                            # يجيء
        f.update(i3mp=i[:-1] + 'ئون', i3md=i[:-1] + 'ئان')
    else:                                             # يقول, ينشئ
        f.update(i3mp=i + 'ون', i3md=i + 'ان')
    if p == i:                                        # يعتزم listed as its own past: present only
        for k in [k for k in f if k.startswith('p')]:
            del f[k]
    return f

def forms(p, i, tier):
    f = inflect(p, i)
    out = []
    past = [f[k] for k in ('p3ms', 'p3fs', 'p3mp', 'p3mp2', 'p3md') if k in f]
    pres = [f[k] for k in ('i3ms', 'i3fs', 'i3mp', 'i3mp2', 'i3md') if k in f]
    sing_past = [f[k] for k in ('p3ms', 'p3fs') if k in f]
    sing_pres = [f['i3ms'], f['i3fs']]
    if tier == 'A':
        out += past + pres
        out += ['س' + x for x in sing_pres]
        out += ['و' + x for x in sing_past + sing_pres]
        out += ['وس' + f['i3ms']]
        out += ['ف' + x for x in sing_past]
    else:
        out += sing_past + sing_pres
        out += ['س' + f['i3ms']]
        out += ['و' + f['p3ms']] if 'p3ms' in f else []
    return [x for x in out if x]

def given_names():
    names = {}
    if os.path.exists(NAMES):
        for line in open(NAMES, encoding='utf-8'):
            if line.startswith('#') or line.startswith('name\t'):
                continue
            n = line.split('\t')[0]
            if ' ' not in n:
                names.setdefault(norm(n), n)
    return names

def main():
    names = given_names()
    seen, out, dropped = set(), [], []
    def add(w, section):
        if norm(w) in names:
            dropped.append(f'{w} (= name {names[norm(w)]})')
            return
        if w in seen:
            return
        seen.add(w)
        out.append((section, w))
    verbs_seen = set()
    for tier, block in (('A', TIER_A), ('B', TIER_B)):
        for pair in block.split():
            p, i = pair.split('/')
            if (p, i) in verbs_seen:
                continue
            verbs_seen.add((p, i))
            for w in forms(p, i, tier):
                add(w, 'verbs')
    for w in PARTICLES.split():
        add(w, 'particles')
    for w in VERBAL_NOUNS.split():
        add(w, 'nouns')
    with open(OUT, 'w', encoding='utf-8') as fh:
        fh.write('# Words that Arabic news writes right after a person\'s title where a name might otherwise be\n')
        fh.write('# expected (الرئيس المصري يستقبل، وزير الخارجية أكد، الرئيس الفرنسي وبحث): inflected verbs of\n')
        fh.write('# political news (past 3rd person m./f. sing., plural and dual; present with ي/ت; future with س;\n')
        fh.write('# with و/ف attached), then the particles قد/لقد/سوف with their conjunctions, then nouns and\n')
        fh.write('# adverbs that follow a title when the name is left out (أجرى الرئيس اتصالا، الرئيس بدوره،\n')
        fh.write('# الرئيس السابق). Generated by make_verbs.py from a hand-made list of %d verbs (past/present\n' % len(verbs_seen))
        fh.write('# 3ms pairs); written with hamza and ة as usual; the library folds hamza on alef, ى/ي and ة/ه.\n')
        fh.write('# Forms that fold to a given name in given-names.tsv (يزيد، يحيى، أشرف، وعد، شهد ...) are left out.\n')
        cur = None
        for section, w in out:
            if section != cur:
                fh.write({'verbs': '# --- verbs\n', 'particles': '# --- particles\n',
                          'nouns': '# --- nouns and adverbs after a title\n'}[section])
                cur = section
            fh.write(w + '\n')
    print(f'{len(verbs_seen)} verbs, {sum(1 for s, _ in out if s == "verbs")} verb forms, {len(out)} lines in all', file=sys.stderr)
    for d in sorted(set(dropped)):
        print('left out:', d, file=sys.stderr)

if __name__ == '__main__':
    main()
