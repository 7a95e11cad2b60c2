/** `use(value)` at once when the value is there, after it when it is a promise: a synchronous path stays without a promise. */
export const mapMaybePromise = <T, R>(value: T | Promise<T>, use: (value: T) => R): R | Promise<R> =>
  value instanceof Promise ? value.then(use) : use(value);
