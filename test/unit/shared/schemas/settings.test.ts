import { describe, expect, it } from 'vitest';
import { SettingsUpdateInput } from '../../../../shared/schemas/settings';
import { IsoDate } from '../../../../shared/schemas/common';

describe('SettingsUpdateInput', () => {
  it('accepts each language', () => {
    for (const language of ['zh-CN', 'zh-TW', 'en']) expect(SettingsUpdateInput.parse({ language })).toEqual({ language });
  });

  it('refuses other languages and unknown keys', () => {
    expect(SettingsUpdateInput.safeParse({ language: 'fr' }).success).toBe(false);
    expect(SettingsUpdateInput.safeParse({ theme: 'dark' }).success).toBe(false);
  });

  it("turns an empty counsellor name into null", () => {
    expect(SettingsUpdateInput.parse({ counsellorName: '  ' })).toEqual({ counsellorName: null });
  });
});

describe('IsoDate', () => {
  it.each(['2024-02-29', '2025-12-31', '1900-01-01'])('accepts %s', (d) => expect(IsoDate.safeParse(d).success).toBe(true));
  it.each(['2026-02-30', '2025-02-29', '2025-13-01', '2025-1-1', '20250101', '2025-01-01T00:00:00Z', ''])('refuses %s', (d) =>
    expect(IsoDate.safeParse(d).success).toBe(false),
  );
});
