import { AttachmentList } from '../../components/evidence/AttachmentList';

// Evidence of one contact entry (screenshots, recordings), through the evidence capability's list.
export function ContactEvidence({ clientId, debtId, contactId, compact }: { clientId: number; debtId?: number; contactId: number; compact?: boolean }) {
  return <AttachmentList clientId={clientId} debtId={debtId} contactId={contactId} compact={compact} />;
}
