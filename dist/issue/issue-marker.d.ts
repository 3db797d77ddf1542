/** Hidden in the product-health issue's body: how the issue is recognised, whatever its title or author. */
export declare const HEALTH_ISSUE_MARKER = "<!-- product-health:issue -->";
/** True when an issue body carries the product-health marker. */
export declare function hasHealthMarker(body: string | null): boolean;
