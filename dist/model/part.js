export function available(value) {
    return { available: true, value };
}
export function unavailable(reason, detail) {
    return { available: false, reason, detail };
}
