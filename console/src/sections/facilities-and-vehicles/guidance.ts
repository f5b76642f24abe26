/** 整改事项 typed one a line as `内容｜YYYY-MM-DD` (or with `|`) → the items; a line without a valid date is kept as typed for the server to refuse. */
export function itemsOf(text: unknown): { content: string; deadline: string }[] {
  return String(text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const at = Math.max(line.lastIndexOf('｜'), line.lastIndexOf('|'));
      return at < 0 ? { content: line, deadline: '' } : { content: line.slice(0, at).trim(), deadline: line.slice(at + 1).trim() };
    });
}
