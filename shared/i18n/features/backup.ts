import { defineMessages } from '../catalog';

// Strings of the backup capability.
export const backupMessages = defineMessages({
  'zh-CN': {},
  'zh-TW': {},
  en: {},
});
