import { EVENT_ID, getScalarValue } from 'js-yaml';
import { parseYamlEvents } from '../util/load-yaml.js';
/**
 * Maps each JSON pointer of the first YAML document (`/feedback/labels/0`) to the 1-based line
 * where it is written, so validation errors can name the line. Keys point at the key's line.
 */
export function yamlKeyLines(text) {
    const lines = new Map();
    const events = parseYamlEvents(text);
    if (events === null)
        return lines;
    const lineOf = lineFinder(text);
    const stack = [];
    let documents = 0;
    const placeNode = (offset) => {
        const frame = stack.at(-1);
        if (!frame || frame.kind === 'ignored')
            return frame ? null : '';
        if (frame.kind === 'sequence') {
            const pointer = `${frame.pointer}/${frame.index++}`;
            if (!lines.has(pointer) && offset >= 0)
                lines.set(pointer, lineOf(offset));
            return pointer;
        }
        frame.expectingKey = true;
        return frame.key === null ? null : `${frame.pointer}/${escapePointer(frame.key)}`;
    };
    for (const event of events) {
        if (event.type === EVENT_ID.DOCUMENT) {
            documents += 1;
            if (documents > 1)
                break;
            continue;
        }
        if (event.type === EVENT_ID.POP) {
            stack.pop();
            continue;
        }
        const top = stack.at(-1);
        if (top?.kind === 'mapping' && top.expectingKey) {
            top.expectingKey = false;
            if (event.type === EVENT_ID.SCALAR) {
                top.key = getScalarValue(text, event);
                lines.set(`${top.pointer}/${escapePointer(top.key)}`, lineOf(event.valueStart));
            }
            else {
                top.key = null;
                if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE)
                    stack.push({ kind: 'ignored' });
            }
            continue;
        }
        const start = event.type === EVENT_ID.SCALAR ? event.valueStart : 'start' in event ? event.start : -1;
        const pointer = placeNode(start);
        if (event.type === EVENT_ID.MAPPING) {
            stack.push(pointer === null ? { kind: 'ignored' } : { kind: 'mapping', pointer, expectingKey: true, key: null });
        }
        else if (event.type === EVENT_ID.SEQUENCE) {
            stack.push(pointer === null ? { kind: 'ignored' } : { kind: 'sequence', pointer, index: 0 });
        }
    }
    return lines;
}
/** The line of a pointer, else of its nearest written ancestor; null when nothing matches. */
export function lineOfPointer(lines, pointer) {
    let current = pointer;
    while (current !== '') {
        const line = lines.get(current);
        if (line !== undefined)
            return line;
        current = current.slice(0, current.lastIndexOf('/'));
    }
    return null;
}
function escapePointer(key) {
    return key.replaceAll('~', '~0').replaceAll('/', '~1');
}
function lineFinder(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            starts.push(i + 1);
    return (offset) => {
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if ((starts[mid] ?? 0) <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return low + 1;
    };
}
