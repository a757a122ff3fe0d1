import { Alert, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { fieldLabelKey } from '../../../../shared/schemas/letters';
import { navigateToField } from '../../components/focusField';
import { paths, type AppPath } from '../../router';

// Where each merge field's value comes from, so a letter blocked by a missing value links
// straight to the field to fill in (咨询师姓名 is a setting, not the case's 负责咨询师).
function sourceOf(path: string, clientId: number, lenderId: number | null): { path: AppPath; field: string; where: string } {
  const group = path.split('.')[0];
  if (group === 'counsellor') return { path: paths.settings(), field: 'counsellorName', where: 'letters.missingWhere.settings' };
  if (group === 'lender' && lenderId !== null) return { path: paths.lender(lenderId), field: 'name', where: 'letters.missingWhere.lender' };
  if (group === 'debt') return { path: paths.client(clientId, 'debts'), field: '', where: 'letters.missingWhere.debts' };
  if (group === 'proposal') return { path: paths.client(clientId, 'proposals'), field: '', where: 'letters.missingWhere.proposals' };
  const field = path.split('.')[1] === 'idMasked' ? 'idNumber' : (path.split('.')[1] ?? '');
  return { path: paths.editClient(clientId), field, where: 'letters.missingWhere.client' };
}

export function MissingFields({ paths, clientId, lenderId }: { paths: string[]; clientId: number; lenderId: number | null }) {
  const { t } = useTranslation();
  const labels = paths.map((p) => t(fieldLabelKey(p)));
  return (
    <Alert
      style={{ marginTop: 12 }}
      type="warning"
      showIcon
      title={t('letters.letter.missing', { fields: labels.join(t('common.listSeparator')) })}
      description={
        <Space wrap size={4}>
          {paths.map((p, i) => {
            const src = sourceOf(p, clientId, lenderId);
            return (
              <Button key={p} size="small" onClick={() => navigateToField(src.path, src.field)}>
                {t('letters.missingWhere.fill', { field: labels[i], where: t(src.where) })}
              </Button>
            );
          })}
        </Space>
      }
    />
  );
}
