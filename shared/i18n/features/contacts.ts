import { defineMessages } from '../catalog';

// Strings of the contacts capability.
export const contactsMessages = defineMessages({
  'zh-CN': {},
  'zh-TW': {},
  en: {},
});
