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
