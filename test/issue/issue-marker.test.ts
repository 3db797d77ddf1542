import { describe, expect, it } from 'vitest';
import { HEALTH_ISSUE_MARKER, hasHealthMarker } from '../../src/issue/issue-marker.js';

describe('hasHealthMarker', () => {
  it('finds the hidden marker wherever the body holds it, CRLF included', () => {
    expect(HEALTH_ISSUE_MARKER).toMatch(/^<!--.*-->$/);
    expect(hasHealthMarker(`${HEALTH_ISSUE_MARKER}\r\n\r\n**Note globale**`)).toBe(true);
    expect(hasHealthMarker(`Some text typed above it\n${HEALTH_ISSUE_MARKER}`)).toBe(true);
    expect(hasHealthMarker('<!--product-health:issue-->')).toBe(true);
  });

  it('ignores bodies without it, and the marker quoted as text', () => {
    expect(hasHealthMarker(null)).toBe(false);
    expect(hasHealthMarker('')).toBe(false);
    expect(hasHealthMarker('Santé produit — product-health:issue')).toBe(false);
    expect(hasHealthMarker('&lt;!-- product-health:issue --&gt;')).toBe(false);
    expect(hasHealthMarker('<!-- product-health:state {} -->')).toBe(false);
  });
});
