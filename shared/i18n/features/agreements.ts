import { defineMessages } from '../catalog';

// Strings of the agreements capability.
export const agreementsMessages = defineMessages({
  'zh-CN': {},
  'zh-TW': {},
  en: {},
});
