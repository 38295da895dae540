/**
 * Serializes a value for a `<script type="application/json">` data block. `<`, `>`, `&` and the line separators
 * U+2028/U+2029 become `\uXXXX` escapes inside the JSON strings, so no value (a title containing `</script>`, say)
 * can end the element early or be read as markup, and `JSON.parse` of the element's text gives the value back.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
