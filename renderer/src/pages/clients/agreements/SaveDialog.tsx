import { Form, Input, Modal, type ModalProps } from 'antd';
import { useTranslation } from 'react-i18next';

// What the offers' and agreements' dialogs share: Save and Cancel, and the note field.

type SaveDialogProps = Omit<ModalProps, 'open' | 'onCancel' | 'onOk' | 'okText' | 'cancelText' | 'confirmLoading'> & {
  onClose: () => void;
  onSave: () => void;
  /** Save shows it is busy while the change is on its way. */
  saving: boolean;
};

/** A dialog with Save and Cancel; Cancel (and Escape, and the close button) closes it. */
export function SaveDialog({ onClose, onSave, saving, ...modal }: SaveDialogProps) {
  const { t } = useTranslation();
  return <Modal open onCancel={onClose} onOk={onSave} okText={t('agreements.actions.save')} cancelText={t('agreements.actions.cancel')} confirmLoading={saving} {...modal} />;
}

/** The note a step, a status change or a payment carries (the form field `note`). */
export function NoteField({ testId }: { testId?: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item name="note" label={t('agreements.fields.note')}>
      <Input.TextArea rows={2} maxLength={2000} data-testid={testId} />
    </Form.Item>
  );
}
