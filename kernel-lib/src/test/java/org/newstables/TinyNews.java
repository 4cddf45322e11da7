package org.newstables;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Three short news articles written for the table tests, small enough to count everything by
 * hand. The table tests derive their expected values from the listing below.
 *
 * <pre>
 * id  date        dateline  topic    text
 * a1  2021-03-10  Cairo     economy  وقعت مصر والصين اتفاقا في مجال الطاقة. وقال الوزير إن التجارة بين مصر والصين تنمو.⏎
 *                                    وزار وفد من السعودية القاهرة.
 * a2  2021-07-04  Beijing   economy  بحثت الصين والسعودية التعاون في مجال الطاقة. وأكدت الصين أهمية التجارة.
 * a3  2022-01-20  Cairo     health   أعلنت مصر خطة للصحة. وقالت مصر إن اللقاح متاح.
 * </pre>
 *
 * Tokens (Lucene's word boundaries: punctuation is no token), by sentence (a sentence ends at
 * . before white space, and at a line break); stop words (Lucene's Arabic list) marked *:
 * <pre>
 * a1 s1  1 وقعت  2 مصر  3 والصين  4 اتفاقا  5 في*  6 مجال  7 الطاقة
 *    s2  8 وقال  9 الوزير  10 إن*  11 التجارة  12 بين*  13 مصر  14 والصين  15 تنمو
 *    s3  16 وزار  17 وفد  18 من*  19 السعودية  20 القاهرة                       20 tokens, 4 stop words
 * a2 s1  1 بحثت  2 الصين  3 والسعودية  4 التعاون  5 في*  6 مجال  7 الطاقة
 *    s2  8 وأكدت  9 الصين  10 أهمية  11 التجارة                                 11 tokens, 1 stop word
 * a3 s1  1 أعلنت  2 مصر  3 خطة  4 للصحة
 *    s2  5 وقالت  6 مصر  7 إن*  8 اللقاح  9 متاح                                  9 tokens, 1 stop word
 * </pre>
 *
 * Entities (built-in lexicon; a proclitic و or ال is part of the surface): EG مصر a1 s1, a1 s2,
 * a3 s1, a3 s2; CN والصين a1 s1, a1 s2, الصين a2 s1, a2 s2; SA السعودية a1 s3, والسعودية a2 s1;
 * Cairo (a PLACE) القاهرة a1 s3. Themes: energy الطاقة a1 s1, a2 s1; trade التجارة a1 s2, a2 s2;
 * health للصحة a3 s1, اللقاح a3 s2.
 */
public final class TinyNews {

    /** The text of a1. */
    public static final String A1 = "وقعت مصر والصين اتفاقا في مجال الطاقة. وقال الوزير إن التجارة بين مصر والصين تنمو.\n"
            + "وزار وفد من السعودية القاهرة.";
    /** The text of a2. */
    public static final String A2 = "بحثت الصين والسعودية التعاون في مجال الطاقة. وأكدت الصين أهمية التجارة.";
    /** The text of a3. */
    public static final String A3 = "أعلنت مصر خطة للصحة. وقالت مصر إن اللقاح متاح.";

    private TinyNews() {
    }

    /** The three articles as the table a user would pass to {@link Corpus#from(Table)}. */
    public static Table table() {
        return Table.create("news",
                StringColumn.create("id", "a1", "a2", "a3"),
                StringColumn.create("date", "2021-03-10", "2021-07-04", "2022-01-20"),
                StringColumn.create("dateline", "Cairo", "Beijing", "Cairo"),
                StringColumn.create("topic", "economy", "economy", "health"),
                StringColumn.create("text", A1, A2, A3));
    }

    /** The three articles as a corpus. */
    public static Corpus corpus() {
        return Corpus.from(table());
    }
}
