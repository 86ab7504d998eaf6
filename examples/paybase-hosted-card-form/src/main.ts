// The page's entry (index.html): one "add a card" flow against Paybase's sandbox hosted form.
import { addCard } from './add-card.js';

const container = document.querySelector<HTMLElement>('#card-form');
const status = document.querySelector<HTMLElement>('#card-form-status');
if (container && status) void addCard({ container, status, serverUrl: '/card-form', hosted: { environment: 'sandbox' } }).catch(() => undefined);
