import { defineMessages } from '../catalog';

// Strings of the documents capability.
export const documentsMessages = defineMessages({
  'zh-CN': {},
  'zh-TW': {},
  en: {},
});
