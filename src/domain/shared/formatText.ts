/** Fills {0}, {1}… in a localised string; translators can reorder placeholders freely. */
export function formatText(template: string, ...values: Array<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? whole : String(value);
  });
}
