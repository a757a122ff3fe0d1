// Phone numbers as counsellors type them: mainland mobiles (1[3-9]x, 11 digits),
// landlines with area code, Hong Kong / Macau / Taiwan numbers, or +<country> numbers.

/** Removes spaces, dashes, dots and brackets; keeps a leading +. */
export function normalisePhone(raw: string): string {
  const trimmed = raw.trim();
  const plus = trimmed.startsWith('+') ? '+' : '';
  return plus + trimmed.replace(/[^\d]/g, '');
}

export function isValidPhone(phone: string): boolean {
  if (/^1[3-9]\d{9}$/.test(phone)) return true; // mainland mobile
  if (/^0\d{9,11}$/.test(phone)) return true; // mainland landline with area code
  if (/^\+86(1[3-9]\d{9}|10\d{8}|[2-9]\d{8,10})$/.test(phone)) return true; // mobile, Beijing (10), other area codes
  if (/^\+(852|853)\d{8}$/.test(phone)) return true; // Hong Kong, Macau
  if (/^\+886\d{8,9}$/.test(phone)) return true; // Taiwan
  // Country codes are prefix-free: a number under one of the codes above that failed its
  // own rule is wrong, and must not slip through the general rule below.
  if (/^\+(86|852|853|886)/.test(phone)) return false;
  if (/^\+[1-9]\d{6,14}$/.test(phone)) return true; // any other E.164 number
  return false;
}

/** Shows 138 0013 8000 for mainland mobiles; other forms unchanged. */
export function formatPhone(phone: string): string {
  const m = /^(1\d{2})(\d{4})(\d{4})$/.exec(phone);
  return m ? `${m[1]} ${m[2]} ${m[3]}` : phone;
}
