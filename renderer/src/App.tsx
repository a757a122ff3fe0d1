import { App as AntApp, Button, ConfigProvider, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from './api/errors';
import { DEFAULT_LOCALE } from '../../shared/i18n';
import { useSettings } from './api/queries';
import { ANTD_LOCALES } from './i18n';
import { Shell } from './layout/Shell';
import { LockGate } from './lock/LockGate';
import { Routes } from './Routes';

const theme = {
  components: { Menu: { itemSelectedBg: '#e3f0f1', itemSelectedColor: '#1f6f78' } },
  token: {
    colorPrimary: '#1f6f78',
    // Secondary and hint text dark enough for WCAG AA contrast (4.5:1) on white and on the grey page.
    colorTextSecondary: '#595959',
    colorTextTertiary: '#5f5f5f',
    colorTextDescription: '#5f5f5f',
    colorTextPlaceholder: '#6e6e6e',
    colorLink: '#1f6f78',
    colorWarningText: '#ad6800',
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
