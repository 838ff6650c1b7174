import { Alert, Form, Modal } from 'antd';
import type { FormInstance } from 'antd';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t';

/** Why a submit did not go through: a message, and the field it is about if there is one. */
export interface SubmitError {
  message: string;
  field?: string;
}

export interface FormModalProps<V> {
  /** Prefixes the fields' ids, which must be unique in the page (the lock screen has a password too). */
  name: string;
  title: string;
  okText?: string;
  width?: number;
  initialValues?: Partial<V>;
  /** The form's instance, when the caller watches its fields; otherwise the dialog makes its own. */
  form?: FormInstance<V>;
  /** Focused when the dialog opens. */
  firstField: string;
  /** Resolves null when done (the dialog closes) or with an error (the dialog stays, values kept). */
  onSubmit: (values: V, form: FormInstance<V>) => Promise<SubmitError | null>;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A dialog holding one form. Enter submits (the OK button is the form's submit button); a refusal
 * is shown above the fields and, when it names one, on that field; nothing typed is lost.
 */
export const FormModal = <V extends object>(props: FormModalProps<V>) => {
  const t = useT();
  const [form] = Form.useForm<V>(props.form);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const finish = async (values: V) => {
    setBusy(true);
    setError(null);
    try {
      const failure = await props.onSubmit(values, form);
      if (!failure) {
        props.onClose();
        return;
      }
      setError(failure.message);
      if (failure.field) {
        form.setFields([{ name: failure.field, errors: [failure.message] } as never]);
        form.focusField(failure.field);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={props.title}
      width={props.width ?? 520}
      onCancel={props.onClose}
      okText={props.okText ?? t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', loading: busy }}
      mask={{ closable: false }}
      destroyOnHidden
      afterOpenChange={(open) => open && form.focusField(props.firstField)}
      modalRender={(dom) => (
        <Form<V>
          form={form}
          name={props.name}
          layout="vertical"
          {...(props.initialValues ? { initialValues: props.initialValues } : {})}
          onFinish={(v) => void finish(v)}
          requiredMark
        >
          {dom}
        </Form>
      )}
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" /> : null}
      {props.children}
    </Modal>
  );
};
