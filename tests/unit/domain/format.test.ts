import { describe, expect, it } from 'vitest';
import { endSentence, formatCount, formatMinutes, messageOf, plural } from '../../../src/domain/format';

describe('display helpers', () => {
  it.each([
    ['The file is not JSON', 'The file is not JSON.'],
    ['The file is not JSON.', 'The file is not JSON.'],
    ['Is this the right file?', 'Is this the right file?'],
    ['It must start with https://', 'It must start with https://.'],
    ['Expected a date like “2026-01-05”', 'Expected a date like “2026-01-05”.'],
    ['It was cut off…', 'It was cut off…'],
    ['It said “stop.”', 'It said “stop.”'],
    ['  trailing space  ', 'trailing space.'],
  ])('endSentence(%j) is %j', (message, sentence) => {
    expect(endSentence(message)).toBe(sentence);
  });

  it.each([
    [0, '0 goals'],
    [1, '1 goal'],
    [2, '2 goals'],
    [20000, '20,000 goals'],
  ])('plural(%i) is %j', (count, text) => {
    expect(plural(count, 'goal')).toBe(text);
  });

  it('counts with thousands separators and says something for an error without a message', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(messageOf(new Error('Disk full.'))).toBe('Disk full.');
    expect(messageOf('not an error')).toBe('Something went wrong.');
    expect([45, 60, 90, 125, 72_000, 0.4].map(formatMinutes)).toEqual(['45 min', '1 h', '1 h 30 min', '2 h 5 min', '1,200 h', '0 min']);
  });
});
