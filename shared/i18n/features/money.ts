import { defineMessages } from '../catalog';

// What a money box says when what was typed is not an amount (one message per reason the
// shared parser gives), shown at the field; nothing is rounded or guessed instead.
export const moneyMessages = defineMessages({
  'zh-CN': {
    problems: {
      empty: '请输入金额',
      decimals: '金额最多两位小数（到分），不会自动四舍五入',
      grouping: '逗号只用作千位分隔，小数点请用“.”：如 1,234.56 或 1234.56',
      negative: '金额不能为负数',
      tooLarge: '金额太大',
      notNumber: '请输入金额，如 1,234.56',
    },
  },
  'zh-TW': {
    problems: {
      empty: '請輸入金額',
      decimals: '金額最多兩位小數（到分），不會自動四捨五入',
      grouping: '逗號只用作千位分隔，小數點請用「.」：如 1,234.56 或 1234.56',
      negative: '金額不能為負數',
      tooLarge: '金額太大',
      notNumber: '請輸入金額，如 1,234.56',
    },
  },
  en: {
    problems: {
      empty: 'Enter an amount',
      decimals: 'At most two decimals (to the fen); nothing is rounded for you',
      grouping: 'Commas only group thousands and the decimal point is “.”: 1,234.56 or 1234.56',
      negative: 'The amount cannot be negative',
      tooLarge: 'The amount is too large',
      notNumber: 'Enter an amount such as 1,234.56',
    },
  },
});
