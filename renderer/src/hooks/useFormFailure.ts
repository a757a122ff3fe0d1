import { App, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, errorText } from '../api/errors';

/**
 * What a form does when saving is refused: the main process's field messages go under
 * their fields; a refusal no field of the form explains is shown as a message.
 */
export function useFormFailure(): (form: FormInstance, err: unknown) => void {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (form, err) => {
    if (!applyFieldErrors(form, err)) void message.error(errorText(err, t));
  };
}

/**
 * A dialog's save: checks the form's fields (an invalid field stops here, shown at the field),
 * runs `save` with the values, says `done` and closes the dialog; a refusal goes under its
 * fields or is shown as a message (useFormFailure), and the dialog stays open.
 */
export function useSaveAndClose<V>(form: FormInstance<V>, onClose: () => void): (save: (values: V) => Promise<unknown>, done: string) => Promise<void> {
  const { message } = App.useApp();
  const showFailure = useFormFailure();
  return async (save, done) => {
    const values = await form.validateFields();
    try {
      await save(values);
      void message.success(done);
      onClose();
    } catch (err) {
      showFailure(form, err);
    }
  };
}
