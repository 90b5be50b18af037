/**
 * The lines of a text as the reader should see them: a line break typed in a cell (Alt+Enter), a Windows or old Mac
 * line end, or a Unicode line or paragraph separator pasted from the web all start a new line.
 */
export function textLines(text: string): string[] {
  return text.split(/\r\n?|[\n\u2028\u2029]/);
}
