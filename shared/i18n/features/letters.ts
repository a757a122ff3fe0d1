import { defineMessages } from '../catalog';

// Strings of the letters capability.
export const lettersMessages = defineMessages({
  'zh-CN': {},
  'zh-TW': {},
  en: {},
});
