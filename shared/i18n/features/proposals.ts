import { defineMessages } from '../catalog';

// Strings of the proposals capability.
export const proposalsMessages = defineMessages({
  'zh-CN': {},
  'zh-TW': {},
  en: {},
});
