import { GlobalOutlined } from '@ant-design/icons';
import { App, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LOCALE } from '../../../shared/i18n';
import { LOCALES, type Locale } from '../../../shared/schemas/common';
import { errorText } from '../api/errors';
import { useSettings, useUpdateSettings } from '../api/settings';
import { applyLocale, LANGUAGE_NAMES } from '../i18n';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const settings = useSettings();
  const update = useUpdateSettings();
  const change = (language: Locale) =>
    update.mutate(
      { language },
      { onSuccess: () => applyLocale(language), onError: (err) => void message.error(errorText(err, t)) },
    );
  return (
    <Space>
      <GlobalOutlined aria-hidden />
      <Select
        aria-label={t('common.language')}
        data-testid="language-switch"
        value={settings.data?.language ?? DEFAULT_LOCALE}
        onChange={change}
        style={{ width: 120 }}
        options={LOCALES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
      />
    </Space>
  );
}
