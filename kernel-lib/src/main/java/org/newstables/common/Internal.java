package org.newstables.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public type that is not part of NewsTables' API: it is public only because a package
 * after it in the data flow (or the Spark module, or a service loader) calls it, and it may change
 * in any release. Java cannot hide a type from the other packages of one library on a notebook's
 * class path (a jar added with {@code %classpath} is an unnamed module, so a module's exports do not
 * apply), so this says it instead, as Spark's {@code @Private} and Lucene's {@code @lucene.internal} do.
 *
 * <p>The API is what the front door ({@code Corpus}, {@code CorpusLoader}, {@code Lexicon},
 * {@code Charts}, the report and notebook display) reaches through its public signatures; {@code
 * PublicSurfaceTest} checks that every other public type carries this annotation and no API type does.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Internal {
}
