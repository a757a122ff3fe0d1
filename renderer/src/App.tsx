import { App as AntApp, Button, ConfigProvider, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from './api/errors';
import { DEFAULT_LOCALE } from '../../shared/i18n';
import { useSettings } from './api/settings';
import { ANTD_LOCALES } from './i18n';
import { Shell } from './layout/Shell';
import { LockGate } from './lock/LockGate';
import { Routes } from './Routes';

// Readable colours where antd's defaults fall below WCAG AA (4.5:1 for small text), as the axe
// pass found (test/e2e/accessibility.spec.ts): coloured tags keep their tint and take the
// darker shade of their hue for text (palette 8, gold and yellow 9); status tags likewise; an
// empty table says so in secondary text, not in the disabled grey.
const TAG_TEXT = {
  red7: '#a8071a',
  volcano7: '#ad2102',
  orange7: '#ad4e00',
  gold7: '#874d00',
  yellow7: '#876800',
  lime7: '#3f6600',
  green7: '#237804',
  cyan7: '#006d75',
  blue7: '#003eb3',
  geekblue7: '#10239e',
  purple7: '#391085',
  magenta7: '#9e1068',
};

const theme = {
  components: {
    Menu: { itemSelectedBg: '#e3f0f1', itemSelectedColor: '#1f6f78' },
    Tag: { ...TAG_TEXT, colorSuccess: '#237804', colorInfo: '#003eb3', colorWarning: '#ad4e00', colorError: '#a8071a' },
    Table: { colorTextDisabled: '#595959' },
  },
  token: {
    colorPrimary: '#1f6f78',
    // Secondary and hint text dark enough for WCAG AA contrast (4.5:1) on white and on the grey page.
    colorTextSecondary: '#595959',
    colorTextTertiary: '#5f5f5f',
    colorTextDescription: '#5f5f5f',
    colorTextPlaceholder: '#6e6e6e',
    colorLink: '#1f6f78',
    colorWarningText: '#874d00',
    // Danger buttons and links (标记未还, 删除草稿) in a red that reads on white (5.6:1; antd's is 3.3:1).
    colorError: '#cf1322',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif",
  },
};

export function App() {
  const settings = useSettings();
  const { t } = useTranslation();
  const locale = settings.data?.language ?? DEFAULT_LOCALE;
  return (
    // virtual={false}: dropdown lists here are short, and unvirtualised ones give every option
    // its role and name (screen readers, and e2e steps that choose by name).
    <ConfigProvider locale={ANTD_LOCALES[locale]} theme={theme} virtual={false}>
      <AntApp>
        {settings.isPending ? (
          <Spin fullscreen />
        ) : settings.isError ? (
          <Result
            status="error"
            title={t('common.errorTitle')}
            subTitle={errorText(settings.error, t)}
            extra={<Button onClick={() => void settings.refetch()}>{t('common.retry')}</Button>}
          />
        ) : (
          <LockGate>
            <Shell>
              <Routes />
            </Shell>
          </LockGate>
        )}
      </AntApp>
    </ConfigProvider>
  );
}
