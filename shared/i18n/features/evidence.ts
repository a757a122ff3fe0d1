import { defineMessages } from '../catalog';

// Strings of the evidence capability.
export const evidenceMessages = defineMessages({
  'zh-CN': {},
  'zh-TW': {},
  en: {},
});
