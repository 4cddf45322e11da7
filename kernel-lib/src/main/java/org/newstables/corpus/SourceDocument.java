package org.newstables.corpus;

import java.util.Map;
import org.newstables.common.Internal;

/**
 * One article's raw text as a reader found it, before cleaning, with the fields that came
 * with it (CSV or JSONL columns, or a row of a folder's metadata.csv).
 *
 * @param id       the article id: a file name without extension, or the id column
 * @param origin   where it came from, for messages: a path, or a path and a row
 * @param raw      the decoded text
 * @param fields   metadata fields by lower-case column name, values as written
 * @param encoding the encoding the bytes were read in
 */
@Internal
public record SourceDocument(String id, Origin origin, String raw, Map<String, String> fields, String encoding) {
}
