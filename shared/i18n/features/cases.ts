import { defineMessages } from '../catalog';

// Strings of the cases capability.
export const casesMessages = defineMessages({
  'zh-CN': {},
  'zh-TW': {},
  en: {},
});
