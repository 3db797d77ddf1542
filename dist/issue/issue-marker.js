/** Hidden in the product-health issue's body: how the issue is recognised, whatever its title or author. */
export const HEALTH_ISSUE_MARKER = '<!-- product-health:issue -->';
const MARKER_PATTERN = /<!--\s*product-health:issue\s*-->/;
/** True when an issue body carries the product-health marker. */
export function hasHealthMarker(body) {
    return typeof body === 'string' && MARKER_PATTERN.test(body);
}
