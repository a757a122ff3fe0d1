import { z } from 'zod';
import { Locale, optionalText } from './common';

export const Settings = z.object({
  language: Locale,
  counsellorName: z.string().nullable(),
});
export type Settings = z.infer<typeof Settings>;

export const SettingsUpdateInput = z
  .object({
    language: Locale,
    counsellorName: optionalText(100),
  })
  .partial()
  .strict();

export const AppInfo = z.object({
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  dataDir: z.string(),
  shell: z.enum(['electron', 'harness']),
});
