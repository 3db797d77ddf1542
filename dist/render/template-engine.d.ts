import { Liquid } from 'liquidjs';
/** The Liquid engine reading `templates/`, with Markdown-safety filters. */
export declare function templateEngine(): Liquid;
