import type { SignalContext } from '../model/signal.js';
/** The period a signal judges: from the snapshot's window start to the context's `now`. */
export interface SignalWindow {
    since: number;
    until: number;
    days: number;
}
export declare function signalWindow(context: Pick<SignalContext, 'snapshot' | 'now'>): SignalWindow;
/** True when the ISO date falls inside the window (both ends included). */
export declare function inWindow(date: string, window: SignalWindow): boolean;
