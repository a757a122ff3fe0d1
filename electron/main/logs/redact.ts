// What may reach a log file: nothing that identifies a client. Every value logged passes
// through redact() first (logger.ts installs it as a hook in front of every transport).
//
// Two layers, because errors carry data in two ways:
// - Structured: fields whose names say they hold personal data (name, phone, idNumber, notes,
//   amounts in fen, …) are replaced whole, whatever their value looks like.
// - Text (messages, stacks, other strings): patterns that identify a person or their money –
//   ID numbers (mainland, Taiwan, Hong Kong, Macau), phone numbers, e-mail addresses, long
//   numbers (accounts, amounts in fen), currency amounts, any Chinese text (a Chinese name in
//   an error is always the counsellor's data: Parley's own messages are in English), and the
//   names of documents (letters and backups are named after the case).
// Limit, said plainly: a Latin-script name inside free text (e.g. "Chan Tai Man") has no
// pattern; it is caught only when it sits in a field with a personal name.

export const REDACTED = '«redacted»';

const SENSITIVE_KEY =
  /^(name|.*Name|fullName|phone.*|mobile|tel|email|address|idNumber|id_number|nationalId|passport|birth.*|dob|employer|notes?|body|text|title|content|summary|description|account.*|iban|card.*|.*Fen|.*_fen|amount.*|income.*|balance.*|principal.*|salary|passphrase|password|secret|key|token|dependants?|household|spouse|relatives?|input|params|before|after)$/i;

// Order matters: the specific identity patterns run before the general number rules.
const TEXT_RULES: [RegExp, string][] = [
  [/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '«email»'],
  // Mainland resident ID (18, the last may be X) and the old 15-digit form.
  [/(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])|(?<!\d)\d{15}(?!\d)/g, '«id»'],
  // Taiwan national ID: a letter, 1 or 2 (8 or 9 on resident certificates), eight digits.
  [/(?<![A-Za-z\d])[A-Z][1289]\d{8}(?!\d)/g, '«id»'],
  // Hong Kong identity card: one or two letters, six digits, check digit (often in brackets).
  [/(?<![A-Za-z\d])[A-Z]{1,2}\d{6}\s?\(?[\dA]\)?/g, '«id»'],
  // Macau: 1/5/7, six digits, check digit.
  [/(?<!\d)[157]\d{6}\s?\(\d\)/g, '«id»'],
  // Phone numbers: mainland mobiles (+86), HK/Macau/Taiwan with their codes, and any run of
  // 7+ digits broken by spaces or dashes.
  [/(\+?86[\s-]?)?(?<!\d)1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)/g, '«phone»'],
  [/\+?\(?(852|853|886)\)?[\s-]?\d[\d\s-]{6,12}\d/g, '«phone»'],
  // Hong Kong and Macau numbers written without their codes, as Parley shows them: 9123 4567.
  [/(?<![\d-])[2-9]\d{3}[\s-]\d{4}(?![\d-])/g, '«phone»'],
  [/(?<!\d)\d{2,4}[\s-]\d{3,4}[\s-]\d{3,4}(?!\d)/g, '«number»'],
  // Money: a currency sign or code before a number, or a number before 元 (the CJK rule takes 元 too).
  [/(¥|￥|\$|NT\$|HK\$|MOP\$?|CNY|RMB|TWD|HKD)\s?-?\d[\d,]*(\.\d+)?/gi, '«amount»'],
  // Long numbers: amounts in fen, account and contract numbers.
  [/(?<![\d.])\d{1,3}(,\d{3})+(\.\d+)?(?![\d])/g, '«number»'],
  [/(?<![\d])\d{5,}(\.\d+)?(?![\d])/g, '«number»'],
  // Chinese (and other CJK) text: names, addresses, notes. Includes the rare-character planes.
  [/[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef\u{20000}-\u{3134f}]+/gu, '«text»'],
  // Documents are named after the case and the client: keep the type, drop the name.
  [/[^\s/\\'"`()]+\.(pdf|parleybak|parleycase|xlsx|xls|csv|docx?|png|jpe?g|heic|gif|webp|txt|zip)\b/gi, '«file».$1'],
];

export function redactText(text: string): string {
  let out = text;
  for (const [pattern, replacement] of TEXT_RULES) out = out.replace(pattern, replacement);
  return out;
}

function redactError(err: Error, seen: WeakSet<object>): Record<string, unknown> {
  const own: Record<string, unknown> = {};
  for (const key of Object.keys(err)) own[key] = redactField(key, (err as unknown as Record<string, unknown>)[key], seen);
  const cause = (err as { cause?: unknown }).cause;
  return {
    error: err.name,
    // The stack starts with "Name: message", so the message is in it once.
    stack: redactText(err.stack ?? `${err.name}: ${err.message}`),
    ...own,
    ...(cause === undefined ? {} : { cause: redactValue(cause, seen) }),
  };
}

function redactField(key: string, value: unknown, seen: WeakSet<object>): unknown {
  if (value === null || value === undefined || typeof value === 'boolean') return value;
  if (SENSITIVE_KEY.test(key)) return REDACTED;
  return redactValue(value, seen);
}

function redactValue(value: unknown, seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return redactText(value);
  if (typeof value === 'number' || typeof value === 'bigint') return redactText(String(value)) === String(value) ? value : '«number»';
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  if (value instanceof Error) return redactError(value, seen);
  if (value instanceof Date) return value;
  if (Buffer.isBuffer(value) || ArrayBuffer.isView(value)) return `[${value.byteLength} bytes]`;
  if (Array.isArray(value)) return value.map((v) => redactValue(v, seen));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = redactField(key, v, seen);
  return out;
}

/** A copy of any logged value with everything that could identify a client taken out. */
export function redact(value: unknown): unknown {
  return redactValue(value, new WeakSet());
}
