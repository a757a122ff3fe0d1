import { defineMessages } from '../catalog';

// The form shell: keyboard rules and the question asked before unsaved changes are dropped.
export const formsMessages = defineMessages({
  'zh-CN': {
    discardTitle: '放弃未保存的修改？',
    discardBody: '这张表单里有还没保存的内容。关闭后这些内容会丢失。',
    discard: '放弃修改',
    keepEditing: '继续编辑',
    submitHint: '按 Ctrl+Enter（Mac 上为 ⌘+Enter）保存',
    precision: { label: '精确到', day: '具体日期', month: '只知月份' },
  },
  'zh-TW': {
    discardTitle: '放棄未儲存的修改？',
    discardBody: '這張表單裡有尚未儲存的內容。關閉後這些內容會遺失。',
    discard: '放棄修改',
    keepEditing: '繼續編輯',
    submitHint: '按 Ctrl+Enter（Mac 上為 ⌘+Enter）儲存',
    precision: { label: '精確到', day: '具體日期', month: '只知月份' },
  },
  en: {
    discardTitle: 'Discard unsaved changes?',
    discardBody: 'This form has changes that are not saved yet. Closing it loses them.',
    discard: 'Discard changes',
    keepEditing: 'Keep editing',
    submitHint: 'Ctrl+Enter (⌘+Enter on a Mac) saves',
    precision: { label: 'How precise', day: 'Exact day', month: 'Month only' },
  },
});
