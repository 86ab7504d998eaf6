import { isClienteleError, type ValidationError } from '@clientele/core';
import { createSgateEncryptor, type SgateEncryptedField } from '@clientele/sgate/encrypt';

/** Options of {@link protectPayeeForm}. */
export interface ProtectPayeeFormOptions {
  /** SGATE's system public key (PEM or the bare base64 from SGATE's dashboard). Public; fine in a page. */
  systemPublicKey: string;
  /** The request that posts the form. @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
}

/** The form's result, also shown in its `role="status"` element. */
export type PayeeFormOutcome = { ok: true; response: Response } | { ok: false; message: string };

/**
 * Takes over the submission of a payee form: the inputs marked `data-sgate-encrypt="<field>"` are checked
 * against SGATE's rule for that field, encrypted in the browser with SGATE's system public key, and sent
 * (with the other named fields) as JSON to the form's `action`. The merchant's server passes the
 * ciphertexts to `sgate.customers.create` unchanged; only SGATE can decrypt them.
 *
 * Returns a function that submits the form programmatically (the same path as the submit button).
 */
export function protectPayeeForm(form: HTMLFormElement, options: ProtectPayeeFormOptions): () => Promise<PayeeFormOutcome> {
  const encryptor = createSgateEncryptor(options.systemPublicKey);
  const status = form.querySelector<HTMLElement>('[role="status"]');
  const show = (text: string) => {
    if (status) status.textContent = text;
  };

  async function submit(): Promise<PayeeFormOutcome> {
    const body: Record<string, string> = {};
    for (const [name, value] of new FormData(form)) if (typeof value === 'string') body[name] = value.trim();
    try {
      for (const input of form.querySelectorAll<HTMLInputElement>('input[data-sgate-encrypt]')) {
        const field = input.dataset.sgateEncrypt as SgateEncryptedField;
        body[field] = encryptor.encrypt(input.value.replace(/[\s-]/g, ''), { field });
      }
    } catch (error) {
      // The rule is checked here because nobody can check it once the value is encrypted.
      const message = isClienteleError(error) && error.kind === 'validation' ? (error as ValidationError).issues.map((issue) => `${issue.path} ${issue.message}`).join('; ') : 'Could not protect the form.';
      show(message);
      return { ok: false, message };
    }
    const response = await (options.fetch ?? globalThis.fetch)(form.action, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    show(response.ok ? 'Saved.' : 'Could not save your details; try again.');
    return { ok: true, response };
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });
  return submit;
}
