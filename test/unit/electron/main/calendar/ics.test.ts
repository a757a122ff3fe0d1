import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, writeIcs } from '../../../../../electron/main/calendar/ics';

// The .ics writer, read back line by line the way a calendar app does (RFC 5545): unfold
// (a CRLF followed by one space joins lines), split each line at its first unquoted colon,
// unescape the text. Lines stay within 75 octets and a fold never splits a character.

function unfold(text: string): string[] {
  expect(text.endsWith('\r\n')).toBe(true);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    expect(line).not.toMatch(/[\r\n]/);
  }
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ')) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  return logical;
}

function unescape(v: string): string {
  return v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

interface Parsed {
  name: string;
  params: string;
  value: string;
}
const parse = (line: string): Parsed => {
  const colon = line.indexOf(':');
  const [name, ...params] = line.slice(0, colon).split(';');
  return { name: name!, params: params.join(';'), value: line.slice(colon + 1) };
};

function events(text: string): Record<string, Parsed>[] {
  const out: Record<string, Parsed>[] = [];
  let current: Record<string, Parsed> | null = null;
  for (const line of unfold(text).map(parse)) {
    if (line.name === 'BEGIN' && line.value === 'VEVENT') current = {};
    else if (line.name === 'END' && line.value === 'VEVENT') {
      out.push(current!);
      current = null;
    } else if (current) current[line.name] = line;
  }
  return out;
}

const STAMP = new Date('2025-03-15T01:02:03.456Z');

describe('writeIcs', () => {
  it('writes a calendar of all-day events with UID, DTSTAMP and DTSTART as a date', () => {
    const text = writeIcs([{ uid: 'followup-7@abc.parley.invalid', date: '2025-04-30', summary: '跟进 · P-2025-0001' }], { calendarName: 'Parley 日历', stamp: STAMP });
    const lines = unfold(text);
    expect(lines.slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0']);
    expect(lines).toContain('PRODID:-//Parley//Parley calendar//EN');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    const [e] = events(text);
    expect(e!['UID']!.value).toBe('followup-7@abc.parley.invalid');
    expect(e!['DTSTAMP']!.value).toBe('20250315T010203Z');
    expect(e!['DTSTART']).toEqual({ name: 'DTSTART', params: 'VALUE=DATE', value: '20250430' });
    // An all-day event ends the next day (exclusive), across a month's end.
    expect(e!['DTEND']).toEqual({ name: 'DTEND', params: 'VALUE=DATE', value: '20250501' });
    expect(unescape(e!['SUMMARY']!.value)).toBe('跟进 · P-2025-0001');
  });

  it('escapes backslashes, semicolons, commas and newlines, and reads them back', () => {
    const nasty = 'a\\b;c,d\ne\r\nf: g';
    expect(escapeText(nasty)).toBe('a\\\\b\\;c\\,d\\ne\\nf: g');
    const [e] = events(writeIcs([{ uid: 'u1@x', date: '2025-01-01', summary: nasty, description: '第一行\n第二行' }], { calendarName: 'P', stamp: STAMP }));
    expect(unescape(e!['SUMMARY']!.value)).toBe('a\\b;c,d\ne\nf: g');
    expect(unescape(e!['DESCRIPTION']!.value)).toBe('第一行\n第二行');
  });

  it('folds long lines at 75 octets without splitting a UTF-8 character', () => {
    const long = '开庭 · 北京市朝阳区人民法院 '.repeat(12) + 'x'.repeat(100) + '😀'.repeat(30);
    const line = `SUMMARY:${escapeText(long)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(5);
    for (const [k, p] of parts.entries()) {
      expect(Buffer.byteLength(p, 'utf8')).toBeLessThanOrEqual(75);
      if (k > 0) expect(p.startsWith(' ')).toBe(true);
      // No replacement character: each physical line is whole characters.
      expect(Buffer.from(p, 'utf8').toString('utf8')).toBe(p);
    }
    // The first line is filled as far as a whole character allows.
    expect(Buffer.byteLength(parts[0]!, 'utf8')).toBeGreaterThan(72);
    const [e] = events(writeIcs([{ uid: 'u2@x', date: '2025-01-01', summary: long }], { calendarName: 'P', stamp: STAMP }));
    expect(unescape(e!['SUMMARY']!.value)).toBe(long);
    // A short line is left alone.
    expect(foldLine('UID:1@x')).toBe('UID:1@x');
  });
});
