// A published file's content: text (written as UTF-8) or bytes (the workbook).
export type FileContent = string | Uint8Array;

export function bytesOf(content: FileContent): Buffer {
  return typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content);
}
