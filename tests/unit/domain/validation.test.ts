import { describe, expect, it } from 'vitest';
import { isHttpUrl, NOTE_MAX_LENGTH, validateEvidenceUrl, validateNoteText } from '../../../src/domain/validation';

describe('validateEvidenceUrl', () => {
  it.each([
    ['https://github.com/me/portfolio', null],
    ['http://example.org/x?y=1#z', null],
    ['  https://github.com/me/trimmed  ', null],
    ['', /Enter a link/],
    ['github.com/me/portfolio', /Start the link with https:\/\//],
    ['javascript:alert(1)', /Only http/],
    ['JaVaScRiPt:alert(1)', /Only http/],
    ['data:text/html,<script>alert(1)</script>', /Only http/],
    ['ftp://example.org/file', /Only http/],
    ['https://', /Only http/],
    [`https://example.org/${'a'.repeat(2100)}`, /longer than 2,000/],
  ])('%s', (value, expected) => {
    const result = validateEvidenceUrl(value);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toMatch(expected);
  });
});

describe('isHttpUrl', () => {
  it.each([
    ['https://a.b', true],
    ['http://localhost:4173/', true],
    ['javascript:void(0)', false],
    ['vbscript:x', false],
    ['//example.org', false],
    ['not a url', false],
  ])('%s → %s', (value, expected) => {
    expect(isHttpUrl(value)).toBe(expected);
  });
});

describe('validateNoteText', () => {
  it('accepts an empty note and one at the limit', () => {
    expect(validateNoteText('')).toBeNull();
    expect(validateNoteText('x'.repeat(NOTE_MAX_LENGTH))).toBeNull();
  });
  it('rejects a note over the limit with the sizes', () => {
    expect(validateNoteText('x'.repeat(NOTE_MAX_LENGTH + 1))).toMatch(/at most 20,000 characters; this one has 20,001/);
  });
});
