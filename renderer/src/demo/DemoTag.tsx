import { ExperimentOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** The mark every demo case and demo lender carries wherever it appears (示例 / 範例 / Demo). */
export function DemoTag() {
  const { t } = useTranslation();
  return (
    <Tag color="purple" icon={<ExperimentOutlined />} data-testid="demo-tag" style={{ marginInlineEnd: 0 }}>
      {t('demo.tag')}
    </Tag>
  );
}
