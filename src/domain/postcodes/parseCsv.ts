/**
 * RFC 4180 CSV: fields separated by commas, records by CRLF (a lone LF is accepted too, as
 * spreadsheet exports on other systems write it); a field in double quotes may hold commas,
 * line breaks and doubled quotes ("" for one "). Returns the records, or why the text is not
 * CSV: a quote left open, or a quote inside a field that was not quoted.
 */
export type CsvParse =
  | { ok: true; records: string[][] }
  | { ok: false; problem: 'unclosedQuote' | 'strayQuote'; line: number };

export function parseCsv(text: string): CsvParse {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  let line = 1;
  let quoteOpenedOn = 1;
  // A leading byte order mark (Excel's "CSV UTF-8") is not part of the first header.
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endField = (): void => {
    record.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRecord = (): void => {
    endField();
    records.push(record);
    record = [];
  };
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
          const next = text[i + 1];
          if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') return { ok: false, problem: 'strayQuote', line };
        }
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"') {
      if (fieldStarted) return { ok: false, problem: 'strayQuote', line };
      quoted = true;
      fieldStarted = true;
      quoteOpenedOn = line;
    } else if (c === ',') {
      endField();
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
    } else {
      field += c;
      fieldStarted = true;
    }
  }
  if (quoted) return { ok: false, problem: 'unclosedQuote', line: quoteOpenedOn };
  // The last record need not end with a line break (RFC 4180 §2.2).
  if (fieldStarted || record.length > 0) endRecord();
  return { ok: true, records };
}
