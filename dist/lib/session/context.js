import { AsyncLocalStorage } from 'node:async_hooks';
const storage = new AsyncLocalStorage();
export function runInSession(context, fn) {
    return storage.run(context, fn);
}
export function currentSession() {
    return storage.getStore();
}
export function requireSession() {
    const context = storage.getStore();
    if (!context)
        throw new Error('no session: records can only be written inside runInSession()');
    return context;
}
