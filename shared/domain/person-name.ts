// Names: Chinese names (including rare characters outside the BMP, e.g. 𠮷),
// names with the middle dot of minority and transliterated names (买买提·艾力),
// and Latin names. Digits and most symbols are refused.

const NAME_PATTERN = /^[\p{Script=Han}\p{L}\p{M}][\p{Script=Han}\p{L}\p{M}·•.'’\- ]*$/u;

export function normaliseName(raw: string): string {
  return raw.normalize('NFC').replace(/\s+/g, ' ').trim().replace(/•/g, '·');
}

export function isValidPersonName(name: string): boolean {
  const length = [...name].length;
  return length >= 1 && length <= 60 && NAME_PATTERN.test(name);
}
