import { describe, expect, it } from 'vitest';
import { parseCardFormMessage } from './card-form-messages.js';

describe('parseCardFormMessage', () => {
  it('reads the success and error messages of spec §4.11', () => {
    expect(parseCardFormMessage({ type: 'success', id: 'card/1' })).toEqual({ type: 'success', id: 'card/1' });
    expect(parseCardFormMessage({ type: 'error', code: '5002', message: 'Declined' })).toEqual({ type: 'error', code: '5002', message: 'Declined', reason: 'declined' });
    expect(parseCardFormMessage({ type: 'error', code: 4060, message: 'Exists' })).toEqual({ type: 'error', code: '4060', message: 'Exists', reason: 'duplicate' });
    expect(parseCardFormMessage({ type: 'error', code: '9999' })).toEqual({ type: 'error', code: '9999', message: '', reason: 'unknown' });
    expect(parseCardFormMessage('{"type":"success","id":"card/2"}')).toEqual({ type: 'success', id: 'card/2' });
  });

  it('ignores anything else other scripts may post', () => {
    for (const data of [null, 'hello', '{bad', 42, { type: 'success' }, { type: 'success', id: '' }, { type: 'error' }, { source: 'react-devtools' }, [1]]) {
      expect(parseCardFormMessage(data)).toBeUndefined();
    }
  });
});
