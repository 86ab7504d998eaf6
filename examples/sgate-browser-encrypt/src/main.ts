// The page's entry: protect the payee form with the key from the page's <meta> tag.
import { protectPayeeForm } from './protect-payee-form.js';

const form = document.querySelector<HTMLFormElement>('#payee-form');
const systemPublicKey = document.querySelector<HTMLMetaElement>('meta[name="sgate-system-public-key"]')?.content;
if (form && systemPublicKey) protectPayeeForm(form, { systemPublicKey });
