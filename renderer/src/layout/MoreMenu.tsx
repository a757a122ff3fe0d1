import { EllipsisOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDemoStatus } from '../api/demo';
import { useDemoActions } from '../demo/useDemoActions';

/** The header's menu: actions that belong to no single page (demo data, for now). */
export function MoreMenu() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const status = useDemoStatus();
  const { load, askLoad, remove } = useDemoActions();
  const loaded = status.data?.loaded ?? false;
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'load', label: t('demo.load'), disabled: loaded || load.isPending },
          { key: 'remove', label: t('demo.remove'), disabled: !loaded || remove.isPending, danger: true },
        ],
        onClick: ({ key }) => {
          if (key === 'load') askLoad();
          else modal.confirm({ title: t('demo.remove'), content: t('demo.removeConfirm'), okButtonProps: { danger: true }, onOk: () => remove.mutateAsync() });
        },
      }}
    >
      <Button icon={<EllipsisOutlined />} aria-label={t('demo.more')}>
        {t('demo.more')}
      </Button>
    </Dropdown>
  );
}
