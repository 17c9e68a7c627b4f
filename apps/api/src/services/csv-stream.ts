/** One CSV record and the file line it starts on (line 1 is the first line of the file). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * Reads CSV (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF,
 * a leading BOM) from a stream of text chunks, yielding the records of each chunk as one
 * array: one await per chunk, not per record. Lines without a quote take a fast path
 * (`split(",")`); only quoted lines are read character by character. Blank lines are
 * skipped but counted, so line numbers stay those of the file. Memory holds one chunk and
 * an unfinished record, never the file.
 *
 * @example
 * for await (const records of csvRecords(textChunks)) for (const { line, fields } of records) …
 */
export async function* csvRecords(chunks: AsyncIterable<string>): AsyncGenerator<CsvRecord[]> {
  let pending = "";
  let nextLine = 1;
  let first = true;
  for await (const chunk of chunks) {
    let text = pending + chunk;
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    const end = text.lastIndexOf("\n");
    if (end < 0) {
      pending = text;
      continue;
    }
    const { records, consumed, lines } = parseComplete(text, end + 1, nextLine);
    nextLine += lines;
    pending = text.slice(consumed);
    if (records.length > 0) yield records;
  }
  if (pending !== "") {
    const { records } = parseComplete(`${pending}\n`, pending.length + 1, nextLine);
    if (records.length > 0) yield records;
  }
}

// Parses the records of text[0, limit) (limit is just after a "\n"). A quoted record that
// does not end before the limit is left for the next chunk: `consumed` says where it starts.
function parseComplete(text: string, limit: number, startLine: number) {
  const records: CsvRecord[] = [];
  let pos = 0;
  let line = startLine;
  while (pos < limit) {
    const newline = text.indexOf("\n", pos);
    let raw = text.slice(pos, newline);
    if (raw.indexOf('"') < 0) {
      if (raw.endsWith("\r")) raw = raw.slice(0, -1);
      if (raw.trim() !== "") records.push({ line, fields: raw.split(",") });
      pos = newline + 1;
      line++;
      continue;
    }
    const quoted = parseQuotedRecord(text, pos, limit);
    if (quoted === undefined) break; // its closing quote is in the next chunk
    records.push({ line, fields: quoted.fields });
    line += quoted.lines;
    pos = quoted.next;
  }
  return { records, consumed: pos, lines: line - startLine };
}

function parseQuotedRecord(text: string, start: number, limit: number): { fields: string[]; next: number; lines: number } | undefined {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  let lines = 1;
  for (let i = start; i < limit; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (char === "\n") lines++;
        field += char;
      }
    } else if (char === '"' && field === "") quoted = true;
    else if (char === ",") {
      fields.push(field);
      field = "";
    } else if (char === "\n") {
      fields.push(field.endsWith("\r") ? field.slice(0, -1) : field);
      return { fields, next: i + 1, lines };
    } else field += char;
  }
  return undefined;
}
