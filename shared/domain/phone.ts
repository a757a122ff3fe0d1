// Phone numbers as counsellors type them: mainland mobiles (1[3-9]x, 11 digits),
// landlines with area code, Hong Kong / Macau / Taiwan numbers (with or without their
// country codes +852 / +853 / +886), or +<country> numbers.

/** Removes spaces, dashes, dots and brackets; keeps a leading +; drops the trunk 0 people type after +886 (+886 0912…). */
export function normalisePhone(raw: string): string {
  const trimmed = raw.trim();
  const plus = /^[(（]?\+/.test(trimmed) ? '+' : '';
  return (plus + trimmed.replace(/[^\d]/g, '')).replace(/^\+8860(?=\d{8,9}$)/, '+886');
}

export function isValidPhone(phone: string): boolean {
  if (/^1[3-9]\d{9}$/.test(phone)) return true; // mainland mobile
  if (/^0\d{9,11}$/.test(phone)) return true; // mainland landline with area code; Taiwan 09xx mobiles and 0x landlines
  if (/^[2-9]\d{7}$/.test(phone)) return true; // Hong Kong or Macau, eight digits without +852 / +853
  if (/^\+86(1[3-9]\d{9}|10\d{8}|[2-9]\d{8,10})$/.test(phone)) return true; // mobile, Beijing (10), other area codes
  if (/^\+(852|853)\d{8}$/.test(phone)) return true; // Hong Kong, Macau
  if (/^\+886\d{8,9}$/.test(phone)) return true; // Taiwan
  // Country codes are prefix-free: a number under one of the codes above that failed its
  // own rule is wrong, and must not slip through the general rule below.
  if (/^\+(86|852|853|886)/.test(phone)) return false;
  if (/^\+[1-9]\d{6,14}$/.test(phone)) return true; // any other E.164 number
  return false;
}

/**
 * A stored (normalised) number grouped the way it is read out where it belongs:
 * mainland mobiles 138 0013 8000 (+86 138 0013 8000); Taiwan mobiles 0912-345-678
 * (+886 912-345-678); Hong Kong and Macau 9123 4567 (+852 9123 4567). Other forms unchanged.
 */
export function formatPhone(phone: string): string {
  let m = /^(\+86)?(1\d{2})(\d{4})(\d{4})$/.exec(phone);
  if (m) return `${m[1] ? '+86 ' : ''}${m[2]} ${m[3]} ${m[4]}`;
  m = /^(09\d{2})(\d{3})(\d{3})$/.exec(phone);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^\+886(9\d{2})(\d{3})(\d{3})$/.exec(phone);
  if (m) return `+886 ${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\+85[23])?([2-9]\d{3})(\d{4})$/.exec(phone);
  if (m) return `${m[1] ? `${m[1]} ` : ''}${m[2]} ${m[3]}`;
  return phone;
}
