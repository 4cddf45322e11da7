package org.newstables.topics;

import java.util.ArrayList;
import java.util.List;
import org.newstables.Corpus;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Twenty short articles on two topics that share no content word: ten on football (f01–f10) and
 * ten on the weather (w01–w10), each of three sentences of its topic's six, taken in turn, so
 * that every content word of a topic occurs in five of its articles and in none of the other's.
 * Dated a month apart from January 2021, football first; w10 has no date.
 */
final class TwoTopics {

    static final String[] FOOTBALL = {
        "فاز الفريق في المباراة بهدفين.",
        "سجل اللاعب الهدف الأول في الملعب.",
        "قال المدرب إن الفريق لعب بقوة.",
        "تصدر النادي الدوري بعد المباراة.",
        "احتفل الجمهور في الملعب بفوز النادي.",
        "أصيب اللاعب خلال تدريب الفريق.",
    };
    static final String[] WEATHER = {
        "هطلت الأمطار الغزيرة على المدينة.",
        "توقعت الأرصاد هبوب الرياح القوية.",
        "انخفضت درجات الحرارة مع وصول العاصفة.",
        "غطت الثلوج الجبال بعد العاصفة.",
        "حذرت الأرصاد من السيول والأمطار.",
        "تلبدت السماء بالغيوم وهبت الرياح.",
    };

    private TwoTopics() {
    }

    /** The articles as a table: id, date, text. */
    static Table table() {
        StringColumn id = StringColumn.create("id");
        StringColumn date = StringColumn.create("date");
        StringColumn text = StringColumn.create("text");
        for (int i = 0; i < 20; i++) {
            boolean football = i < 10;
            String[] pool = football ? FOOTBALL : WEATHER;
            int n = i % 10;
            List<String> sentences = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                sentences.add(pool[(n + 2 * s) % pool.length]);
            }
            id.append(String.format("%s%02d", football ? "f" : "w", n + 1));
            date.append(i == 19 ? "" : java.time.LocalDate.of(2021, 1, 15).plusMonths(i).toString());
            text.append(String.join(" ", sentences));
        }
        return Table.create("two topics", id, date, text);
    }

    /** The articles as a new corpus (nothing shared with another). */
    static Corpus corpus() {
        return Corpus.from(table());
    }
}
