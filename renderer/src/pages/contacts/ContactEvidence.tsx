import { Typography } from 'antd';

// Evidence of one contact entry (screenshots, recordings). Engineer B's
// components/evidence/AttachmentList.tsx shows and adds them; until it lands this says nothing.
export function ContactEvidence({ clientId, debtId, contactId, compact }: { clientId: number; debtId?: number; contactId: number; compact?: boolean }) {
  void clientId;
  void debtId;
  void contactId;
  return compact ? null : <Typography.Text type="secondary">—</Typography.Text>;
}
